// Helpers shared by the fuzz targets (docs/hardening.md).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "csv/reader.h"
#include "diag/sink.h"

namespace rmt::fuzz {

/// The fuzz input as a file the library can open by path: an in-memory file
/// (memfd), so that no run touches the disk and parallel runs do not collide.
class MemoryFile {
 public:
  explicit MemoryFile(std::string_view bytes) {
    fd_ = ::memfd_create("rmt-fuzz", MFD_CLOEXEC);
    if (fd_ < 0) std::abort();
    for (std::size_t done = 0; done < bytes.size();) {
      const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
      if (n <= 0) std::abort();
      done += static_cast<std::size_t>(n);
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  ~MemoryFile() { ::close(fd_); }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  const std::string& path() const { return path_; }

 private:
  int fd_ = -1;
  std::string path_;
};

/// A broken invariant: say which, then crash so that the fuzzer keeps the input.
[[noreturn]] inline void violated(const char* what) {
  std::fprintf(stderr, "invariant violated: %s\n", what);
  std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// The body of a workbook reader's target: `Reader` (xlsx, ods or xls
/// SheetReader) over the input with small limits. Checked: rows ascend, no
/// record past a limit, an unreadable workbook always has a finding.
template <class Reader, class... Extra>
int fuzz_workbook_reader(const std::uint8_t* data, std::size_t size, const char* shown, const Extra&... extra) {
  const MemoryFile file(as_text(data, size));
  csv::ReaderOptions options;
  options.limits.max_field_bytes = 4096;
  options.limits.max_row_bytes = 65536;
  options.limits.max_row_cells = 512;
  diag::DiagnosticList findings;
  Reader reader(file.path(), shown, findings, options, extra...);
  csv::Record record;
  std::uint32_t last_row = 0;
  while (reader.next(record)) {
    if (record.line <= last_row) violated("sheet rows not ascending");
    if (record.size() > options.limits.max_row_cells || record.bytes() > options.limits.max_row_bytes)
      violated("record past a limit");
    last_row = record.line;
  }
  if (!reader.readable() && findings.items().empty()) violated("an unreadable workbook without a finding");
  return 0;
}

}  // namespace rmt::fuzz
