// Consolidation (SPEC.md §7): many checked submissions into one set of rows.
//
// Acceptance is per submission, that is one organization's rows for one
// period in one file. A submission with any error is rejected whole (or, with
// keep_valid_rows, only its wrong rows are dropped). Rows whose organization
// cannot be told (an empty code, a ragged row) and errors outside the rows (a
// missing column) reject the whole file: nothing in it can be trusted to
// belong to the right organization.
//
// The same organization, period and activity from two inputs: identical
// content is kept once (with the smaller provenance, so the order of inputs
// does not matter); different content is a conflict. Under
// ConflictPolicy::error the disputed row is left out of the output and both
// places are named; under ConflictPolicy::last the input given later wins and
// the overridden row is reported as a warning.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "csv/reader.h"
#include "diag/render.h"
#include "merge/merged_set.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"
#include "validate/validator.h"

namespace rmt::merge {

enum class ConflictPolicy { error, last };

struct MergeOptions {
  ConflictPolicy on_conflict = ConflictPolicy::error;
  bool keep_valid_rows = false;
  csv::ReaderOptions reader;
};

/// A submission (or a whole file) that was not merged as it came.
struct Rejection {
  std::uint32_t input = 0;  ///< index into Merger::reports()
  std::string org_id;       ///< empty: the whole file, nothing attributable
  std::string period;       ///< empty: the period could not be read
  std::size_t rows = 0;
  std::size_t error_rows = 0;
  std::size_t kept_rows = 0;  ///< valid rows merged anyway (keep_valid_rows)
};

struct MergeCounts {
  std::size_t files = 0;
  std::size_t files_accepted = 0;  ///< every submission accepted, no error
  std::size_t files_partly = 0;    ///< some submissions accepted, some rejected
  std::size_t files_rejected = 0;  ///< errors, and no submission accepted
  std::size_t submissions_accepted = 0;
  std::size_t submissions_rejected = 0;
  std::size_t conflicts = 0;
};

class Merger {
 public:
  /// `roadmap` and `registry` (may be null) must outlive the merger.
  Merger(const roadmap::Roadmap& roadmap, const registry::Registry* registry, MergeOptions options = {});
  ~Merger();

  /// Reads, checks and takes in one input ("-" for standard input). Returns
  /// the findings this produced, in order: the file's own, then the conflicts
  /// it revealed (an overridden row is placed in the earlier file's report).
  std::vector<diag::Diagnostic> add_file(const std::string& path);

  /// add_file() on each input in turn, with the reading and checking spread
  /// over up to `threads` threads (validate::Validator::check_files): the
  /// same result, byte for byte. `on_file` gets each input's findings.
  void add_files(const std::vector<std::string>& paths, unsigned threads,
                 const std::function<void(const std::vector<diag::Diagnostic>&)>& on_file);

  /// Call once after the last input: `missing-submission` warnings for the
  /// registry's organizations that sent nothing (empty without a registry).
  std::vector<diag::Diagnostic> finish(std::optional<std::size_t> period = std::nullopt) const {
    return validator_.finish(period);
  }

  const std::vector<diag::FileReport>& reports() const { return reports_; }
  const std::vector<Rejection>& rejections() const { return rejections_; }
  const MergeCounts& counts() const { return counts_; }
  const MergedSet& rows() const { return set_; }
  /// (org_id, period) with a row left out because two files disagree (the
  /// default --on-conflict error), each once, in row order.
  std::vector<std::pair<std::string, std::size_t>> conflicted_submissions() const;
  const roadmap::ActivityIndex& activities() const { return activities_; }
  const roadmap::Roadmap& roadmap() const { return roadmap_; }

 private:
  struct FileState;
  void take_row(FileState& file, const submission::SubmissionRow& row);
  std::vector<diag::Diagnostic> finish_file(FileState& file, diag::FileReport report);
  void take(const MergedRow& row, std::vector<diag::Diagnostic>& findings);

  const roadmap::Roadmap& roadmap_;
  roadmap::ActivityIndex activities_;
  MergeOptions options_;
  validate::Validator validator_;
  MergedSet set_;
  std::vector<diag::FileReport> reports_;
  std::vector<Rejection> rejections_;
  MergeCounts counts_;
};

}  // namespace rmt::merge
