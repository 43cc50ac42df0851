// What a run learnt about one input file (FileReport) and over all of them
// (Totals): the record every program fills and renders, in text and JSON
// (diag/render.h), kept apart from the rendering so that readers, checks and
// merges depend on it alone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace rmt::diag {

/// One organization's rows for one period in one file, as checked: what
/// acceptance is decided on (SPEC.md §7).
struct SubmissionOutcome {
  static constexpr std::size_t kNoPeriod = static_cast<std::size_t>(-1);
  std::string org_id;  ///< as the rows name it; the registry's spelling for a look-alike code
  std::size_t period = 0;  ///< index into the roadmap's periods; kNoPeriod: its rows had none readable
  std::size_t rows = 0, error_rows = 0;
  /// Not accepted, by the merge's rule (SPEC.md §7): an error in its rows, a
  /// row of the organization without a readable period, or an error that
  /// makes the whole file unusable (a missing column, a row naming nobody).
  bool rejected = false;
};

/// What the run learnt about one input file, for the JSON document.
struct FileReport {
  std::string path;
  std::string format;     ///< "csv", "xlsx", "ods" or "xls"; empty when not a table
  std::string sheet;      ///< the worksheet read, for a workbook
  std::string encoding;   ///< "utf-8", "windows-1251"; empty when not applicable
  std::string delimiter;  ///< ";", ",", "\t"; empty when not applicable
  std::optional<std::size_t> rows;  ///< data rows read, for tabular inputs
  std::vector<Diagnostic> findings;
  std::vector<Note> notes;  ///< what a person should know that is no finding (a title row skipped)
  /// Errors not tied to one data row (a missing column, a broken structure):
  /// they make the whole file unacceptable to a merge.
  std::size_t errors_outside_rows = 0;
  /// Each organization and period whose rows the file holds, in order of appearance.
  std::vector<SubmissionOutcome> submissions;
  /// When no row names an organization (the file could not be read, or has
  /// no usable rows): the registry organization its name names
  /// («SCH-07.xlsx», «SCH-07 (2).xlsx»), so that it is not taken for silent.
  std::string named_org;
  /// The organization registry's own report (its findings, who sent
  /// nothing): listed with the files, but not counted as an input file.
  bool registry = false;

  std::size_t errors() const;
  std::size_t warnings() const;
};

/// A run's totals over its files: the one vocabulary of counts every program
/// prints. A file is valid without errors (and, with `strict`, without warnings).
struct Totals {
  std::size_t files = 0;  ///< input files (the registry's report not counted)
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t valid_files = 0;
};
Totals count_totals(const std::vector<FileReport>& files, bool strict);

}  // namespace rmt::diag
