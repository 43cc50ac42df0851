// One sheet of an OpenDocument spreadsheet (.ods, what LibreOffice saves), read
// as CSV-like records (a csv::RecordSource), so a school's .ods goes through
// the very checks CSV and .xlsx files do.
//
// content.xml is streamed row by row with expat. OpenDocument compresses runs:
// a row or cell repeated N times is written once with number-rows-repeated /
// number-columns-repeated; a run of empty cells is expanded only when a
// non-empty cell follows, and a run of empty rows (LibreOffice ends every sheet
// with a million of them) costs nothing. A merged range (number-columns-spanned,
// number-rows-spanned at its anchor, covered-table-cell elements under it) gives
// the anchor's value to every covered cell. Cells are text as the person typed
// them: strings (paragraphs joined by line breaks, text:s spaces expanded,
// comments left out), numbers from office:value in their shortest exact form,
// dates from office:date-value as ISO dates whatever their display format,
// booleans as TRUE/FALSE. A record's line is the sheet's row number.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.h"
#include "csv/record_source.h"
#include "diag/sink.h"
#include "sheet/merged_cells.h"
#include "package/xml_stream.h"
#include "package/zip_reader.h"

namespace rmt::ods {

class SheetReader final : public csv::RecordSource, private package::XmlHandler {
 public:
  /// Opens the spreadsheet at `path` and picks the sheet as xlsx::SheetReader
  /// does: named one of `preferred` (any case), else the first whose first
  /// records `has_header` accepts, else the first. A file that is not a
  /// usable spreadsheet is reported and then reads as empty.
  SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
              const csv::ReaderOptions& options = {}, std::span<const std::string_view> preferred = {},
              const csv::HeaderProbe& has_header = {});

  bool next(csv::Record& record) override;
  const std::string& shown() const override { return shown_; }
  bool readable() const override { return readable_; }
  bool stopped() const override { return failed_; }
  std::string_view encoding() const override { return "ods"; }
  const std::string& sheet() const override { return sheet_; }

 private:
  enum class ValueType { none, text, number, date, boolean, other };

  bool open_sheet(std::size_t index);
  void start(package::XmlStream& stream, std::string_view name, const package::XmlAttributes& attributes) override;
  void end(package::XmlStream& stream, std::string_view name) override;
  void text(package::XmlStream& stream, std::string_view chars) override;
  void start_cell(package::XmlStream& stream, const package::XmlAttributes& attributes, bool covered);
  void finish_cell(package::XmlStream& stream);
  void finish_row(package::XmlStream& stream);
  bool place(package::XmlStream& stream, std::string_view text);  // a cell after the pending empty ones; false past a limit
  bool append_cell_text(package::XmlStream& stream, std::string_view text);  // false past a limit (stream failed)
  void report_broken(const vocab::Localized& why, std::uint32_t line);

  std::string shown_;
  diag::DiagnosticSink& sink_;
  csv::ReaderOptions options_;
  package::ZipArchive zip_;
  std::vector<std::string> sheets_;  // table names, in order
  std::size_t target_ = 0;           // which table's rows are delivered
  std::unique_ptr<package::XmlStream> stream_;
  std::string sheet_;
  bool readable_ = true, done_ = false, failed_ = false;

  // Parsing state.
  std::size_t table_index_ = 0;  // tables started so far
  bool in_target_ = false;
  int table_depth_ = 0;          // nesting of table:table inside the target (subtables are not rows of ours)
  csv::Record* record_ = nullptr;
  csv::Record row_;                // the row being built
  std::uint32_t row_number_ = 0;   // the sheet row of row_
  std::uint32_t row_repeat_ = 1;   // how many times row_ stands in the sheet
  std::uint64_t column_ = 0;         // cells placed in row_ so far (a field each)
  std::uint64_t pending_empty_ = 0;  // empty cells not yet placed (only placed when something follows)
  // Delivery of a repeated row: the copies still to give, and the next one's line.
  std::uint32_t copies_left_ = 0, copy_line_ = 0;
  std::uint64_t repeated_cells_ = 0;  // cells that row repetition made, against the budget
  bool row_ready_ = false;

  ValueType cell_type_ = ValueType::none;
  bool cell_covered_ = false;
  std::uint32_t cell_repeat_ = 1;
  std::string value_;       // office:value / office:date-value / boolean
  std::string cell_text_;   // the text:p paragraphs
  int paragraphs_ = 0, text_depth_ = 0, annotation_ = 0;
  bool in_cell_ = false;
  sheet::MergedCells merged_;
};

/// True when the zip archive at `path` says it is an OpenDocument spreadsheet
/// (its "mimetype" entry).
bool is_ods_file(const std::string& path);

}  // namespace rmt::ods
