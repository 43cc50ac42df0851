// One worksheet of an .xlsx, read as CSV-like records (a csv::RecordSource),
// so submissions and registries saved from Excel go through the very checks
// CSV files do.
//
// The sheet's XML is streamed row by row: memory is the workbook's shared
// strings and styles plus one row. Each record holds the row's cells from
// column A on (gaps are empty fields), as text the way Excel stores it:
// shared and inline strings, numbers in their shortest exact form (never an
// exponent), cells styled as dates as ISO dates ("2026-03-15"), booleans as
// TRUE/FALSE, formula cells by their cached value. A record's line is the
// sheet's row number, which the analyst sees at the left of Excel's grid.
// A merged range's value is given to every cell it covers (the sheet's
// <mergeCells>, which follow its rows, are collected in a first pass).
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "csv/reader.h"
#include "csv/record_source.h"
#include "diag/sink.h"
#include "sheet/merged_cells.h"
#include "xlsx/package.h"
#include "package/xml_stream.h"
#include "package/zip_reader.h"

namespace rmt::xlsx {

class SheetReader final : public csv::RecordSource, private XmlHandler {
 public:
  /// Opens the workbook at `path` and picks the sheet: the first whose name
  /// is one of `preferred` (any case), else the first sheet for which
  /// `has_header` (given the sheet's first records) is true, else the first
  /// sheet. A file that is not a usable workbook is reported and then reads
  /// as empty.
  SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
              const csv::ReaderOptions& options = {}, std::span<const std::string_view> preferred = {},
              const csv::HeaderProbe& has_header = {});

  bool next(csv::Record& record) override;
  const std::string& shown() const override { return shown_; }
  bool readable() const override { return readable_; }
  bool stopped() const override { return failed_; }
  std::string_view encoding() const override { return "xlsx"; }
  const std::string& sheet() const override { return sheet_; }
  bool formula_without_value(std::size_t index) const override {
    return std::find(formula_fields_.begin(), formula_fields_.end(), index) != formula_fields_.end();
  }

 private:
  /// Opens sheet `index` for streaming from its first row; false when it cannot be.
  bool open_sheet(std::size_t index, bool report);
  bool collect_merged_cells(const std::string& part);
  enum class CellType { number, shared, inline_text, formula_text, boolean, error, date };

  void start(XmlStream& stream, std::string_view name, const XmlAttributes& attributes) override;
  void end(XmlStream& stream, std::string_view name) override;
  void text(XmlStream& stream, std::string_view chars) override;
  void finish_cell(XmlStream& stream);
  void append_number(std::string_view text);
  void report_too_long(XmlStream& stream);  // past max_field_bytes or max_row_bytes
  void report_broken(const vocab::Localized& why, std::uint32_t line);
  void fill_gap(std::uint32_t up_to_column);  // empty (or merged) fields before column `up_to_column`

  std::string shown_;
  diag::DiagnosticSink& sink_;
  csv::ReaderOptions options_;
  ZipArchive zip_;
  Package package_;
  std::unique_ptr<XmlStream> stream_;
  std::string sheet_;
  bool readable_ = true, done_ = false, failed_ = false;

  // Parsing state of the current row and cell.
  csv::Record* record_ = nullptr;
  bool in_sheet_data_ = false, row_ready_ = false;
  std::uint32_t last_row_ = 0, columns_ = 0;  // columns_: fields already in the record
  std::uint32_t cell_column_ = 0, cell_style_ = 0;
  CellType cell_type_ = CellType::number;
  bool in_value_ = false, in_inline_ = false, has_formula_ = false;
  int phonetic_ = 0;
  std::string value_;
  sheet::MergedCells merged_;
  std::vector<std::size_t> formula_fields_;  // fields of the current row: formulas without a cached value
};

}  // namespace rmt::xlsx
