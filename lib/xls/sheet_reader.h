// One sheet of an Excel 97-2003 workbook (.xls), read as CSV-like records (a
// csv::RecordSource) through Debian's libfreexl, so a school still on an old
// Excel goes through the very checks every other file does.
//
// FreeXL parses the whole workbook when it opens it (an .xls holds at most
// 65,536 rows by 256 columns, so that is bounded) and hands out cells by row
// and column. Each record holds a row's cells from column A on: text as
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
#include "sheet/merged_cells.h"

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

  bool next(csv::Record& record) override;
  const std::string& shown() const override { return shown_; }
  bool readable() const override { return readable_; }
  bool stopped() const override { return failed_; }
  std::string_view encoding() const override { return "xls"; }
  const std::string& sheet() const override { return sheet_; }

 private:
  bool select(std::size_t index);
  void report_broken(const diag::Localized& why, std::uint32_t line);

  std::string shown_;
  diag::DiagnosticSink& sink_;
  csv::ReaderOptions options_;
  const void* handle_ = nullptr;
  std::vector<std::string> sheets_;
  std::vector<std::vector<sheet::CellRange>> merges_;  // per sheet
  sheet::MergedCells merged_;
  std::string sheet_;
  std::uint32_t rows_ = 0, columns_ = 0, next_row_ = 0;
  bool readable_ = true, failed_ = false;
};

/// True when the file at `path` starts like an OLE compound file (what .xls
/// workbooks, and Office's encrypted files, are).
bool is_ole_file(const std::string& path);

}  // namespace rmt::xls
