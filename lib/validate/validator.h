// Checks submissions against a roadmap and, when given, the registry: what an
// analyst does with every school's file before accepting it.
//
// Check files one at a time with check_file(), then call finish() for the
// findings that need every file (who sent nothing). Memory grows with
// organizations × periods × activities, never with the size of the input.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "csv/reader.h"
#include "diag/render.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"
#include "submission/reader.h"

namespace rmt::validate {

/// Called for every data row after its checks: `row.has_errors` tells
/// whether any error was found in it (merge uses this to accept or reject).
using RowHandler = std::function<void(const submission::SubmissionRow& row)>;
/// Called with each file's report, in input order.
using FileHandler = std::function<void(diag::FileReport report)>;

class Validator {
 public:
  /// `roadmap` and `registry` (may be null) must outlive the validator.
  Validator(const roadmap::Roadmap& roadmap, const registry::Registry* registry, csv::ReaderOptions options = {});

  /// Checks one file ("-" for standard input) and returns what was found.
  diag::FileReport check_file(const std::string& path, const RowHandler& on_row = {});

  /// Checks many files with up to `threads` threads, with exactly the
  /// results of check_file() on each in turn: `on_row` and `on_file` are
  /// called in input order, from the calling thread. Small files are read
  /// and checked ahead by worker threads and their rows held until their
  /// turn; a large one (a district's combined file) is streamed when its
  /// turn comes, so memory still does not grow with it.
  void check_files(const std::vector<std::string>& paths, const RowHandler& on_row, const FileHandler& on_file,
                   unsigned threads);

  /// Findings that need all files: `missing-submission` for each registry
  /// organization that must report but sent no row for a period that the
  /// submissions cover. Empty without a registry.
  std::vector<diag::Diagnostic> finish() const;

  /// What roadmap-validate says of who sent nothing (SPEC.md §6): with
  /// `list_each` (the inputs include a directory, or --list-missing) each
  /// organization as a `missing-submission` finding; otherwise one note per
  /// period with their count, so that checking one school's file with
  /// --orgs shows only that file's findings and --strict passes a clean one.
  struct MissingReport {
    std::vector<diag::Diagnostic> findings;
    std::vector<diag::Note> notes;
  };
  MissingReport missing_report(bool list_each) const;

 private:
  class RowEffects;
  class StreamedEffects;
  class HeldEffects;
  struct CheckedFile;
  /// The checks of one file that need nothing from other files: safe to run
  /// on several files at once. What reaches past the file goes to `effects`.
  diag::FileReport check_rows(const std::string& path, RowEffects& effects) const;
  /// A file checked ahead, with its rows kept when `keep_rows`.
  CheckedFile check_ahead(const std::string& path, bool keep_rows) const;
  /// Applies a file checked ahead, in its turn.
  diag::FileReport commit(CheckedFile& file, const RowHandler& on_row);
  void mark_submitted(std::string_view org, std::size_t period);
  /// Calls `visit(period, organization)` for each registry organization that
  /// must report and sent nothing for a covered period, period by period.
  void for_each_missing(const std::function<void(std::size_t, const registry::Organization&)>& visit) const;

  const roadmap::Roadmap& roadmap_;
  const registry::Registry* registry_;
  roadmap::ActivityIndex activities_;
  csv::ReaderOptions options_;
  std::vector<std::string> registry_ids_;  // for "did you mean"
  // org_id -> for each period, whether any row arrived (across files).
  std::unordered_map<std::string, std::vector<bool>> submitted_;
  std::vector<bool> period_covered_;
  // Organizations a file without usable rows is named for (FileReport::named_org).
  std::unordered_set<std::string> sent_by_name_;
};

}  // namespace rmt::validate
