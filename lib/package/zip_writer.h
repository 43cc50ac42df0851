// Writes a zip archive (a .docx is one) over Debian's minizip: entries added
// whole, deflated, stamped with one fixed time so that the same content
// always gives the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "calendar/date.h"

namespace rmt::package {

class ZipWriter {
 public:
  /// Creates (or truncates) `path`; on failure error() says why and every add fails.
  ZipWriter(const std::string& path, const calendar::Date& stamp);
  ~ZipWriter();  // closes the archive if close() was not called
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;

  /// Adds the entry `name` holding `bytes`. False once anything failed.
  bool add(const std::string& name, std::string_view bytes);
  /// Writes the central directory. False when it, or anything before, failed.
  bool close();
  /// Which step failed, in English (minizip gives no operating-system reason).
  const std::string& error() const { return error_; }

 private:
  void* zip_ = nullptr;
  calendar::Date stamp_;
  std::string error_;
};

}  // namespace rmt::package
