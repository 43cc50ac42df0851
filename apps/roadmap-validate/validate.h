// roadmap-validate's two jobs, one file each: checking a roadmap alone, and
// checking submissions against it.
#pragma once

#include <string>
#include <vector>

#include "common/cli.h"

namespace rmt::validate_app {

struct Options : cli::CommonOptions {
  std::vector<std::string> inputs;  ///< submission files or directories
  bool list_missing = false;         ///< each organization that sent nothing, even for single files
  std::string on_conflict = "error";  ///< two files disagree on a row: error, or last (the later wins)
  std::string period;  ///< --period: the run's period; empty: the one most submissions are for
};

/// `roadmap-validate -r FILE`: the roadmap's findings and summary.
int run_roadmap_check(const CLI::App& app, const Options& options);

/// `roadmap-validate -r FILE [--orgs O] INPUTS...`: every submission's findings.
int run_submission_check(const CLI::App& app, const Options& options);

}  // namespace rmt::validate_app
