// Reads a school's submission CSV (SPEC.md §5) row by row, turning each row's
// cells into typed values and reporting every cell that is wrong: a period
// not in the roadmap, an unknown activity, a status outside the vocabulary,
// a bad number or date, an empty required cell, a sum indicator without a
// value. Checks that relate rows to each other or to the registry live in
// validate/.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "csv/reader.h"
#include "io/tabular_input.h"
#include "csv/table.h"
#include "diag/sink.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"
#include "submission/status.h"

namespace rmt::submission {

/// Columns of a submission, in the order of SPEC.md §5, then the accepted
/// informational ones.
enum Column : std::size_t {
  col_org_id,
  col_period,
  col_activity_id,
  col_status,
  col_value,
  col_completed_on,
  col_evidence,
  col_comment,
  col_activity_title,  // informational from here on
  col_target,
  col_deadline,
  col_source_file,
  col_source_line,
};
std::span<const csv::ColumnSpec> submission_columns();

/// The data sheet's name in templates ("Отчёт", "Report"): in a workbook with
/// several sheets, the one a submission is read from.
std::span<const std::string_view> submission_sheet_names();

/// One row, typed. Views point into the reader's current record and stay
/// valid until the next call to next(). A member is nullopt when its cell was
/// empty or wrong (wrong cells are reported).
struct SubmissionRow {
  std::uint32_t line = 0;
  std::string_view org_id;
  std::optional<std::size_t> period;    ///< index into Roadmap::periods
  std::optional<std::size_t> activity;  ///< flat index into the ActivityIndex
  std::optional<Status> status;
  std::optional<double> value;
  std::optional<calendar::Date> completed_on;
  std::string_view evidence;
  std::string_view comment;
  /// Provenance carried by a merged file's own rows ("" in a school's file),
  /// so that merging a merged file again keeps the original file and line.
  std::string_view source_file;
  std::string_view source_line;
  bool has_errors = false;  ///< an error was reported for this row
  /// More cells than the header (reported): only org_id is filled, unchecked,
  /// so that the row can be attributed to its organization.
  bool ragged = false;
};

class SubmissionReader {
 public:
  /// `roadmap` and `activities` must outlive the reader.
  SubmissionReader(const std::string& path, std::string shown, const roadmap::Roadmap& roadmap,
                   const roadmap::ActivityIndex& activities, diag::DiagnosticSink& sink,
                   const csv::ReaderOptions& options = {});

  /// Reads the header; false when the file cannot be checked further.
  bool open();
  /// Reads and checks the next row; false at the end of the file.
  bool next(SubmissionRow& row);

  /// The input's format, encoding and delimiter or sheet.
  void describe(diag::FileReport& report) const { input_.describe(report); }
  std::size_t rows() const { return table_.data_rows(); }
  std::uint32_t header_line() const { return table_.header_line(); }
  /// True when reading stopped at a finding before the end of the input.
  bool stopped() const { return input_.records->stopped(); }
  /// Places a finding at a cell of the current row (for checks in validate/).
  diag::Diagnostic at_cell(diag::Diagnostic diagnostic, Column column) const {
    return table_.at_cell(std::move(diagnostic), column);
  }
  diag::SourcePos row_pos() const { return table_.row_pos(); }

 private:
  void report(diag::Diagnostic diagnostic, Column column) { sink_.report(table_.at_cell(std::move(diagnostic), column)); }
  void read_cells(SubmissionRow& row);

  const roadmap::Roadmap& roadmap_;
  const roadmap::ActivityIndex& activities_;
  diag::CountingSink sink_;  // counts each row's errors
  io::TabularInput input_;
  csv::Table table_;
  std::string period_list_;  // "2026, 2027, 2028", for messages
};

}  // namespace rmt::submission
