// A CSV file or a worksheet read as a table of known columns.
//
// A Table sits on a RecordSource (csv::Reader, xlsx::SheetReader, ...): it
// finds the header (the first of the first 30 records that names every
// required column; rows above it — a title, a date — are skipped with a note),
// maps header cells to canonical columns by their English or Russian names
// (case, "ё" and spaces do not matter), and then yields data rows addressed
// by column. It reports what is wrong with the shape of the file:
// missing-column, duplicate-column, unknown-column (warning), ragged-row,
// blank-row (warning; blank rows before the header or at the end are Excel
// leftovers and pass silently), and per cell: encoding (undecodable bytes)
// and formula-like (warning). Trailing empty cells beyond the header are
// ignored, as Excel writes them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "csv/record_source.h"
#include "diag/diagnostic.h"
#include "diag/sink.h"

namespace rmt::csv {

struct ColumnSpec {
  std::string_view key;        ///< canonical English name, e.g. "status"
  std::string_view russian;    ///< the Russian header templates use, e.g. "Статус"
  std::vector<std::string_view> aliases;  ///< other accepted headers (any case)
  bool required = false;
  bool informational = false;  ///< accepted and ignored (template columns)
};

class Table {
 public:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);

  /// `columns` must outlive the table.
  Table(RecordSource& reader, std::span<const ColumnSpec> columns, diag::DiagnosticSink& sink);

  /// How many records at the start may come before the header (SPEC.md §5).
  static constexpr std::size_t kHeaderSearchRecords = 30;

  /// Registries exported from other systems carry many columns of their own
  /// (ИНН, address): with this set, columns not in the spec pass silently.
  void ignore_unknown_columns() { report_unknown_columns_ = false; }

  /// Reads up to and including the header: the first record within the first
  /// kHeaderSearchRecords that names every required column. When none does,
  /// the one naming most known columns (or else the first non-blank record)
  /// is taken and its missing columns are reported. False when the file has
  /// no header or lacks a required column (both reported): there is nothing
  /// to check.
  bool read_header();

  /// Advances to the next data row; false at the end. Blank rows are skipped.
  bool next();

  /// The current row's cell in column `index` of the spec (trimmed); "" when
  /// the file has no such column. Valid until next().
  std::string_view cell(std::size_t index) const;
  std::uint32_t line() const { return record_.line; }
  /// True when the header named column `index` of the spec.
  bool has_column(std::size_t index) const { return position_[index] != npos; }
  /// True when the cell is a workbook formula saved without its result.
  bool formula_without_value(std::size_t index) const {
    return position_[index] != npos && reader_.formula_without_value(position_[index]);
  }
  /// True when the row has more cells than the header (reported): its cells
  /// may be shifted, so callers should not check them.
  bool row_is_ragged() const { return ragged_; }
  std::size_t data_rows() const { return data_rows_; }
  std::uint32_t header_line() const { return header_line_; }

  /// A diagnostic's place: this row's line and the column as headed in the file.
  diag::Diagnostic at_cell(diag::Diagnostic diagnostic, std::size_t index) const;
  diag::SourcePos row_pos() const { return {reader_.shown(), record_.line, 0, reader_.sheet()}; }

 private:
  void check_cells();
  bool pull();  // the next record into record_: one held back while looking for the header, or the reader's
  /// The spec column each field names (npos for none), and how many known
  /// columns and required columns the record names.
  struct HeaderMatch {
    std::vector<std::size_t> columns;
    std::size_t known = 0, required = 0;
  };
  HeaderMatch match_header(const Record& record) const;

  RecordSource& reader_;
  std::span<const ColumnSpec> columns_;
  diag::DiagnosticSink& sink_;
  Record record_;
  std::vector<std::size_t> position_;     // spec column -> field index, or npos
  std::vector<std::string> header_text_;  // spec column -> header as written
  std::size_t header_width_ = 0;
  // The run of blank rows since the last data row: reported as one finding
  // when a data row follows, so ten million empty lines cost one warning.
  std::uint32_t blank_first_ = 0, blank_last_ = 0;
  std::size_t data_rows_ = 0;
  std::uint32_t header_line_ = 0;
  bool ragged_ = false;
  bool report_unknown_columns_ = true;
  std::size_t required_columns_ = 0;
  std::vector<std::pair<std::string, std::size_t>> spellings_;  // every accepted header, normalized: (key, column)
  std::vector<std::string> suggestions_;                         // English and Russian names, for "did you mean"
  std::vector<Record> held_;  // records read while looking for the header, to be read again as data
  std::size_t held_next_ = 0;
};

/// True when `record` names every required column of `columns` (by any
/// accepted spelling): it can be a table's header. Workbook readers use it to
/// find the sheet a report is on.
bool names_required_columns(const Record& record, std::span<const ColumnSpec> columns);
/// The same as a probe for open_tabular(); `columns` must outlive it.
HeaderProbe header_probe(std::span<const ColumnSpec> columns);

/// Normalizes a header cell for matching: trimmed, case-folded, without
/// spaces (so "№ п/п", "№п/п" and "№  П/П" match).
std::string header_key(std::string_view header);

/// True for text a spreadsheet would run as a formula: it starts with '=',
/// '+', '-' or '@' and is not a number.
bool looks_like_formula(std::string_view cell);

}  // namespace rmt::csv
