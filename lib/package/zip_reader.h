// A read-only view of a zip archive (an .xlsx is one), over Debian's minizip.
//
// Entries are found by name (case-insensitively, as Excel does) and read as a
// stream of uncompressed chunks, so a sheet is never held whole in memory. An
// entry larger than the caller's limit is an error: a few kilobytes of zip
// can claim gigabytes of XML.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "vocab/lang.h"

namespace rmt::package {

class ZipArchive {
 public:
  /// Opens `path`; on failure error() says why and every read fails.
  explicit ZipArchive(const std::string& path);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool is_open() const { return zip_ != nullptr; }
  const vocab::Localized& error() const { return error_; }

  /// True when the archive holds an entry called `name` ("xl/workbook.xml").
  bool contains(const std::string& name);

  /// Makes `name` the entry that read() streams; false (with error()) when it
  /// is absent, encrypted or cannot be inflated. `max_bytes` caps what read()
  /// will deliver in total.
  bool open_entry(const std::string& name, std::uint64_t max_bytes);
  /// Fills `buffer` with the next bytes of the open entry: the count, 0 at
  /// its end, -1 on a damaged entry or past the cap (with error()).
  long read(std::span<char> buffer);

 private:
  void close_entry();

  void* zip_ = nullptr;  // unzFile
  bool entry_open_ = false;
  std::string entry_;
  std::uint64_t delivered_ = 0, max_bytes_ = 0;
  vocab::Localized error_;
};

}  // namespace rmt::package
