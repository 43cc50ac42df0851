// The command line's side of lib/run: requests made from the options, and
// what a job tells and returns printed as every program prints it (findings
// as they are found behind the progress line, the registry's report, skipped
// files, why a run stopped).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/cli.h"
#include "common/merge_run.h"
#include "common/period_run.h"
#include "common/progress.h"
#include "run/period_run.h"
#include "run/setup.h"

namespace rmt::cli {

/// -r, --orgs, the reader options and --jobs, with `inputs`.
run::Sources sources_of(const CommonOptions& options, const std::vector<std::string>& inputs = {});

/// The shared period job's request from a program's options (today's date for no --as-of).
run::PeriodRequest period_request(const CommonOptions& options, const MergeCliOptions& merge,
                                  const PeriodCliOptions& period);

/// Prints findings as each input is read (text mode), behind the progress
/// line, and the registry's notes as it is read.
class PrintingListener : public run::Listener {
 public:
  explicit PrintingListener(const CommonOptions& options) : options_(options) {}
  void registry_notes(const std::vector<diag::Note>& notes) override;
  void reading(std::size_t files) override;
  void file_read(const diag::FileReport& report, const std::vector<diag::Diagnostic>& findings) override;
  void read_all() override { progress_.reset(); }  // erased before anything else is printed
  /// Prints print_period_run()'s lines.
  void period_ready(const run::PeriodRun& run) override;

 private:
  const CommonOptions& options_;
  std::unique_ptr<ProgressLine> progress_;
};

/// Prints why the job stopped (its findings, then «program: reason»); the exit code for it.
int stopped(const CLI::App& app, const run::Stop& stop, const CommonOptions& options);

/// The registry's report (text mode: its findings and notes), or, without a
/// registry, that its checks were skipped (text mode, not quiet).
void print_registry_report(const run::Setup& setup, const diag::FileReport* report, const CommonOptions& options);

/// What the shared period job found beyond the inputs' findings, printed
/// after them: the registry's report, the files skipped, and the
/// organizations whose files were all for other periods.
void print_period_run(const run::PeriodRun& run, const CommonOptions& options);

}  // namespace rmt::cli
