// The options of the programs that judge one period (roadmap-render,
// -report, -feedback): -o, --period and --as-of. The job itself is
// run/period_run.h.
#pragma once

#include <string>

#include "common/cli.h"

namespace rmt::cli {

struct PeriodCliOptions {
  std::string output;  ///< -o: the file to write
  std::string period;  ///< --period; empty: choose
  std::string as_of;   ///< --as-of; empty: today
};

/// Adds -o/--output (required; `output_help` says what it is; none when it is
/// empty), --period and --as-of, described in `lang`.
void add_period_options(CLI::App& app, PeriodCliOptions& options, vocab::Lang lang, const vocab::Localized& output_help);

}  // namespace rmt::cli
