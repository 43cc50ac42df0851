// What roadmap-render and roadmap-report share before they lay anything out:
// the as-of date, the roadmap and registry, the inputs merged with findings
// printed, the period chosen, the figures and the organizations' statuses,
// and the output's temporary file. Either prints why it cannot go on (exit 2)
// or leaves everything ready in a PeriodRun.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/monitoring.h"
#include "calendar/date.h"
#include "common/cli.h"
#include "common/merge_run.h"
#include "common/setup.h"
#include "io/inputs.h"
#include "io/output_file.h"
#include "merge/merger.h"
#include "outcome/organization_status.h"

namespace rmt::cli {

struct PeriodRun {
  calendar::Date as_of;
  std::optional<Setup> setup;
  io::InputList inputs;
  io::OutputFile output;  ///< opened for a library that writes by name (unless -o is empty); commit() after writing temp_path()
  std::unique_ptr<merge::Merger> merger;
  std::vector<diag::FileReport> files;
  std::size_t period = 0;
  aggregate::Monitoring monitoring;
  std::vector<outcome::OrganizationStatus> statuses;

  const std::string& period_label() const { return setup->roadmap.periods[period].label; }
};

struct PeriodCliOptions {
  std::string output;  ///< -o: the file to write
  std::string period;  ///< --period; empty: choose
  std::string as_of;   ///< --as-of; empty: today
};

/// Adds -o/--output (required; `output_help` says what it is; none when it is
/// empty), --period and --as-of, described in `lang`.
void add_period_options(CLI::App& app, PeriodCliOptions& options, diag::Lang lang, const diag::Localized& output_help);

/// Fills `run` (not moved afterwards: the merger refers to its setup). False
/// after printing why when the run cannot go on.
bool start_period_run(const CLI::App& app, const CommonOptions& options, const MergeCliOptions& merge_options,
                      const PeriodCliOptions& asked, PeriodRun& run);

}  // namespace rmt::cli
