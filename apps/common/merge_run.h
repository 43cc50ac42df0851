// The merge options roadmap-merge, -render, -report and -feedback share on
// the command line, and the rejected submissions printed (the merge itself
// is run/merge.h and run/period_run.h).
#pragma once

#include <string>
#include <vector>

#include "common/cli.h"
#include "diag/render.h"
#include "merge/merger.h"

namespace rmt::cli {

struct MergeCliOptions {
  std::vector<std::string> inputs;
  std::string on_conflict = "error";
  bool keep_valid_rows = false;

  merge::MergeOptions merge_options(const CommonOptions& common) const;
};

/// Adds the inputs argument, --on-conflict and --keep-valid-rows (described in `lang`).
void add_merge_options(CLI::App& app, MergeCliOptions& options, vocab::Lang lang);

/// The rejected submissions, one line each, on stderr (text mode, not quiet).
void print_rejections(const merge::Merger& merger, bool keep_valid_rows, const CommonOptions& options);

}  // namespace rmt::cli
