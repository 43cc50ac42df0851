#include "common/job.h"

#include <iostream>

#include "run/closing_lines.h"

namespace rmt::cli {

run::Sources sources_of(const CommonOptions& options, const std::vector<std::string>& inputs) {
  return {options.roadmap_path, options.orgs_path, inputs, options.reader_options(), options.threads(),
          {options.store_path, {}, true}};
}

run::PeriodRequest period_request(const CommonOptions& options, const MergeCliOptions& merge,
                                  const PeriodCliOptions& period) {
  run::PeriodRequest request;
  request.sources = sources_of(options, merge.inputs);
  request.merge = merge.merge_options(options);
  request.period = period.period;
  request.sources.store.period = period.period;
  request.as_of = period.as_of;
  request.today = calendar::today();
  request.output = period.output;
  return request;
}

void PrintingListener::registry_notes(const std::vector<diag::Note>& notes) { print_notes(notes, options_); }

void PrintingListener::reading(std::size_t files) {
  progress_.reset(new ProgressLine(make_progress(options_, files)));  // not movable: made in place
}

void PrintingListener::file_read(const diag::FileReport& report, const std::vector<diag::Diagnostic>& findings) {
  const bool text = options_.format() == OutputFormat::text;
  if (text && (!findings.empty() || (!report.notes.empty() && !options_.quiet))) {
    if (progress_) progress_->clear();
    print_findings(findings, options_.lang());
    print_notes(report.notes, options_);
  }
  if (progress_) progress_->file_done(report.rows.value_or(0), report.path);
}

void PrintingListener::period_ready(const run::PeriodRun& run) { print_period_run(run, options_); }

int stopped(const CLI::App& app, const run::Stop& stop, const CommonOptions& options) {
  print_findings(stop.findings, options.lang());
  print_tool_error(app, stop.reason.in(options.lang()));
  return kExitCannotRun;
}

void print_registry_report(const run::Setup& setup, const diag::FileReport* report, const CommonOptions& options) {
  const bool text = options.format() == OutputFormat::text;
  if (!setup.registry) {
    if (text && !options.quiet) std::cerr << run::lines::registry_checks_skipped().in(options.lang()) << '\n';
    return;
  }
  if (!report) return;
  if (text) print_findings(report->findings, options.lang());
  print_notes(report->notes, options);
}

void print_period_run(const run::PeriodRun& run, const CommonOptions& options) {
  print_registry_report(run.setup, run::registry_report_among(run.files), options);
  print_skipped(run.inputs.skipped, options);
  print_other_periods(run.statuses, run.setup.roadmap, run.period, options);
}

}  // namespace rmt::cli
