// One sheet of an Excel 97-2003 workbook (.xls), read as CSV-like records (a
// csv::RecordSource) through Debian's libfreexl, so a school still on an old
// Excel goes through the very checks every other file does.
//
// FreeXL parses the whole workbook when it opens it (an .xls holds at most
// 65,536 rows by 256 columns, so that is bounded) and hands out cells by row
// and column. It runs in a child process that streams the sheet's records
// back through a pipe: FreeXL 1.0.6 reads past its buffers on some damaged
// files (found by the xls_reader fuzz target), and a fault there must stay a
// finding about that file, never a crash of the run or a wrong cell. Each record holds a row's cells from column A on: text as
// typed, numbers in their shortest exact form, cells whose format shows a
// date as ISO dates (the time of a date-and-time dropped), times as
// "HH:MM:SS". A record's line is the sheet's row number.
//
// Merged ranges, which FreeXL does not give, are read from the file's own
// records (merged_ranges.h) and fill their cells as in the other readers.
// What FreeXL does not give and is not applied: the results of formulas (a
// formula cell reads as empty).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.h"
#include "csv/record_source.h"
#include "diag/sink.h"

namespace rmt::xls {

class SheetReader final : public csv::RecordSource {
 public:
  /// Opens the workbook at `path` and picks the sheet as xlsx::SheetReader
  /// does: named one of `preferred` (any case), else the first whose first
  /// records `has_header` accepts, else the first. A file that is not a
  /// usable workbook (damaged, password-protected) is reported and then
  /// reads as empty.
  SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
              const csv::ReaderOptions& options = {}, std::span<const std::string_view> preferred = {},
              const csv::HeaderProbe& has_header = {});
  ~SheetReader() override;
  SheetReader(const SheetReader&) = delete;
  SheetReader& operator=(const SheetReader&) = delete;

  /// Reads the next record the child sends; a child that dies before the
  /// end of the sheet is reported as a damaged file.
  bool next(csv::Record& record) override;
  const std::string& shown() const override { return shown_; }
  bool readable() const override { return readable_; }
  bool stopped() const override { return failed_; }
  std::string_view encoding() const override { return "xls"; }
  const std::string& sheet() const override { return sheet_; }

 private:
  bool receive(std::string& message);  // the next message from the child; false at its end
  void reap();                         // waits for the child; reports a death before the end
  void report_broken(const vocab::Localized& why, std::uint32_t line);

  std::string shown_;
  diag::DiagnosticSink& sink_;
  std::string sheet_;
  int pid_ = -1, fd_ = -1;
  std::string buffer_;  // bytes received and not yet taken
  std::size_t taken_ = 0;
  std::uint32_t last_line_ = 0;
  bool readable_ = true, failed_ = false, done_ = false;
};

/// True when the file at `path` starts like an OLE compound file (what .xls
/// workbooks, and Office's encrypted files, are).
bool is_ole_file(const std::string& path);

}  // namespace rmt::xls
