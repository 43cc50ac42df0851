// The job roadmap-render, roadmap-report and roadmap-feedback share before
// they write anything (SPEC.md §8a): the roadmap and registry, the inputs
// read and merged, the run's period chosen, the figures judged and every
// organization's status; and, for a program that writes one file, that file
// opened first, so an unwritable place stops the run before a long read.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/monitoring.h"
#include "calendar/date.h"
#include "io/inputs.h"
#include "io/output_file.h"
#include "io/write_result.h"
#include "merge/merger.h"
#include "outcome/organization_status.h"
#include "run/setup.h"

namespace rmt::run {

struct PeriodRequest {
  Sources sources;
  merge::MergeOptions merge;  ///< its reader options are taken from `sources`
  std::string period;         ///< as asked («2022-Q4», «IV квартал 2022»); empty: choose (outcome/run_period.h)
  std::string as_of;          ///< YYYY-MM-DD; empty: `today`
  calendar::Date today{};     ///< the date an empty `as_of` means
  std::string output;         ///< the one file the job writes; empty: none (or a folder, the caller's)
};

struct PeriodRun {
  calendar::Date as_of{};
  Setup setup;
  io::InputList inputs;
  io::OutputFile output;  ///< open when the request named one: write temp_path(), then commit()
  std::unique_ptr<merge::Merger> merger;
  std::vector<diag::FileReport> files;  ///< every input's report, then the registry's (when it has anything)
  std::size_t period = 0;
  aggregate::Monitoring monitoring;
  std::vector<outcome::OrganizationStatus> statuses;

  const std::string& period_label() const { return setup.roadmap.periods[period].label; }
};

/// Runs the shared job. nullptr, with `stop` saying why (and its findings),
/// when it cannot go on: a bad as-of date, the setup, an output that is an
/// input or cannot be created, a period the roadmap does not have. The run
/// is not moved afterwards: its merger refers to its setup.
std::unique_ptr<PeriodRun> start_period_run(const PeriodRequest& request, Listener& listener, Stop& stop);

/// How a job that writes one file ends: the writer said `written` of the
/// temporary file; put it in place. A Stop naming the request's output when
/// the writer failed or the file could not be put in place.
std::optional<Stop> finish_output(PeriodRun& run, const io::WriteResult& written, const std::string& output);

/// Reads `files` into `merger`, telling `listener` of each; every file's report.
std::vector<diag::FileReport> read_inputs(merge::Merger& merger, const std::vector<std::string>& files, unsigned threads,
                                          Listener& listener);

}  // namespace rmt::run
