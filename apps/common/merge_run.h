// The merge step that roadmap-merge and roadmap-render share: options,
// refusing outputs that would overwrite an input, reading every input into a
// Merger with findings printed as they come, and the rejected list.
#pragma once

#include <string>
#include <vector>

#include "common/cli.h"
#include "common/setup.h"
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
void add_merge_options(CLI::App& app, MergeCliOptions& options, diag::Lang lang);

/// False (after saying why) when one of `outputs` (empty ones skipped) is an
/// input, the roadmap, the registry, or another of the outputs.
bool outputs_are_safe(const CLI::App& app, const std::vector<std::string>& outputs,
                      const std::vector<std::string>& inputs, const CommonOptions& options);

/// Reads every input into `merger` (findings printed per file in text mode)
/// and returns every file's report; the registry's is the caller's to add
/// (add_registry_report), once the run's period is known.
std::vector<diag::FileReport> read_inputs(merge::Merger& merger, const std::vector<std::string>& inputs,
                                          const CommonOptions& options);

/// read_inputs, then the registry's report with who sent nothing for each
/// period the inputs cover (roadmap-merge judges no one period); the registry's last.
std::vector<diag::FileReport> merge_inputs(merge::Merger& merger, const std::vector<std::string>& inputs,
                                           const Setup& setup, const CommonOptions& options);

/// The rejected submissions, one line each, on stderr (text mode, not quiet).
void print_rejections(const merge::Merger& merger, bool keep_valid_rows, const CommonOptions& options);

}  // namespace rmt::cli
