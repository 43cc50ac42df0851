// A CSV file or a worksheet read as a table of known columns.
//
// A Table sits on a RecordSource (csv::Reader, xlsx::SheetReader): it finds the header (the first non-blank record),
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

  /// Reads up to and including the header. False when the file has no header
  /// or lacks a required column (both reported): there is nothing to check.
  bool read_header();

  /// Advances to the next data row; false at the end. Blank rows are skipped.
  bool next();

  /// The current row's cell in column `index` of the spec (trimmed); "" when
  /// the file has no such column. Valid until next().
  std::string_view cell(std::size_t index) const;
  std::uint32_t line() const { return record_.line; }
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
};

/// Normalizes a header cell for matching: trimmed, case-folded, without
/// spaces (so "№ п/п", "№п/п" and "№  П/П" match).
std::string header_key(std::string_view header);

/// True for text a spreadsheet would run as a formula: it starts with '=',
/// '+', '-' or '@' and is not a number.
bool looks_like_formula(std::string_view cell);

}  // namespace rmt::csv
