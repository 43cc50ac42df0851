// Checks submissions against a roadmap and, when given, the registry: what an
// analyst does with every school's file before accepting it.
//
// Check files one at a time with check_file(), then call finish() for the
// findings that need every file (who sent nothing). Memory grows with
// organizations × periods × activities, never with the size of the input.
#pragma once

#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <unordered_map>
#include <set>
#include <unordered_set>
#include <vector>

#include "csv/reader.h"
#include "diag/render.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"
#include "submission/row_content.h"
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
  /// Checks one file alone, as check_file() checks a run's first file, and
  /// touches nothing else: safe on any thread (the store checks each file
  /// it receives so). An Excel 97-2003 file is read by a child process: check
  /// those before starting other threads (xls/sheet_reader.h).
  diag::FileReport check_alone(const std::string& path) const;

  void check_files(const std::vector<std::string>& paths, const RowHandler& on_row, const FileHandler& on_file,
                   unsigned threads);

  /// A later file's different row for the same organization, period and
  /// activity is a `conflict` error, as in a merge; with `last_wins`
  /// (--on-conflict last) it replaces the earlier one, as a resend does. Only rows of
  /// accepted submissions are compared, as only they would be merged.
  /// Off by default: a merge finds conflicts itself.
  void detect_conflicts(bool last_wins) {
    detect_conflicts_ = true;
    last_wins_ = last_wins;
  }
  /// (org_id, period) with a `conflict` between files, each once, in the order found.
  const std::vector<std::pair<std::string, std::size_t>>& conflicted_submissions() const { return conflicted_; }

  /// Findings that need all files: `missing-submission` for each registry
  /// organization that must report but sent no row for `period` (the run's,
  /// SPEC.md §8a), or with nullopt for each period that the submissions
  /// cover. Empty without a registry.
  std::vector<diag::Diagnostic> finish(std::optional<std::size_t> period = std::nullopt) const;

  /// What roadmap-validate says of who sent nothing (SPEC.md §6): with
  /// `list_each` (the inputs include a directory, or --list-missing) each
  /// organization as a `missing-submission` finding; otherwise one note per
  /// period with their count, so that checking one school's file with
  /// --orgs shows only that file's findings and --strict passes a clean one.
  struct MissingReport {
    std::vector<diag::Diagnostic> findings;
    std::vector<diag::Note> notes;
  };
  MissingReport missing_report(bool list_each, std::optional<std::size_t> period = std::nullopt) const;

 private:
  class RowEffects;
  struct ContentRow;
  /// Compares a file's accepted rows with those of the files before it,
  /// reporting conflicts into `report`, and records them.
  void check_conflicts(const std::vector<ContentRow>& rows, const std::vector<std::string>& orgs,
                       diag::FileReport& report);
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
  /// must report and sent nothing for `only` (nullopt: every covered period).
  void for_each_missing(std::optional<std::size_t> only,
                        const std::function<void(std::size_t, const registry::Organization&)>& visit) const;

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
  // Conflicts between files: per (organization, period, activity) the content
  // of the row that stands (a hash) and where it came from.
  struct Standing {
    std::uint64_t key = 0;  // (org number, period, activity) + 1; 0: a free slot
    submission::RowContent content;
    std::uint32_t file = 0, line = 0;
  };
  /// The slot for `key` in standing_ (open addressing, linear probing):
  /// its own, or the free one where it goes. Grows the table as needed.
  Standing& standing_slot(std::uint64_t key);
  bool detect_conflicts_ = false, last_wins_ = false;
  std::unordered_map<std::string, std::uint32_t> org_numbers_;
  std::vector<Standing> standing_;  // a power of two in size, at most half full
  std::size_t standing_count_ = 0;
  std::vector<std::string> standing_files_;
  std::vector<std::pair<std::string, std::size_t>> conflicted_;
  std::set<std::pair<std::uint32_t, std::size_t>> conflicted_seen_;
};

}  // namespace rmt::validate
