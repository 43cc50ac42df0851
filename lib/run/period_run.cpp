#include "run/period_run.h"

#include "diag/messages.h"
#include "outcome/run_period.h"

namespace rmt::run {

std::optional<Stop> finish_output(PeriodRun& run, const io::WriteResult& written, const std::string& output) {
  if (!written.ok()) return Stop{diag::msg::cannot_write_output(output, written.reason), {}};
  if (!run.output.commit()) return Stop{diag::msg::cannot_write_output(output, run.output.error()), {}};
  return std::nullopt;
}

std::vector<diag::FileReport> read_inputs(merge::Merger& merger, const std::vector<std::string>& files, unsigned threads,
                                          Listener& listener) {
  listener.reading(files.size());
  merger.add_files(files, threads, [&](const std::vector<diag::Diagnostic>& findings) {
    listener.file_read(merger.reports().back(), findings);
  });
  listener.read_all();
  return merger.reports();
}

std::unique_ptr<PeriodRun> start_period_run(const PeriodRequest& request, Listener& listener, Stop& stop) {
  auto run = std::make_unique<PeriodRun>();
  run->as_of = request.today;
  if (!request.as_of.empty()) {
    const auto parsed = calendar::parse_date(request.as_of);
    if (!parsed) {
      stop = {diag::msg::bad_as_of(request.as_of), {}};
      return nullptr;
    }
    run->as_of = *parsed;
  }
  auto setup = load_setup(request.sources, listener, stop);
  if (!setup) return nullptr;
  run->setup = std::move(*setup);
  run->inputs = expand_sources(run->setup.sources);
  if (auto overwrite = outputs_overwrite_inputs({request.output}, run->inputs.files, request.sources)) {
    stop = std::move(*overwrite);
    return nullptr;
  }
  if (!request.output.empty() && !run->output.open_for_writer(request.output)) {
    stop = {diag::msg::cannot_write_output(request.output, run->output.error()), {}};
    return nullptr;
  }

  const Setup& s = run->setup;
  merge::MergeOptions merge = request.merge;
  merge.reader = s.sources.reader;
  run->merger = std::make_unique<merge::Merger>(s.roadmap, s.registry_or_null(), merge);
  run->files = read_inputs(*run->merger, run->inputs.files, request.sources.threads, listener);
  const auto period = outcome::choose_run_period(s.roadmap, run->files, request.period, run->as_of);
  if (!period) {
    stop = {diag::msg::unknown_period_option(request.period, s.roadmap.period_list()), {}};
    return nullptr;
  }
  run->period = *period;
  // Who sent nothing, for the run's period only (SPEC.md §8a).
  if (auto report = registry_report(s, run->merger->finish(run->period))) run->files.push_back(std::move(*report));
  run->monitoring = aggregate::compute(s.roadmap, run->merger->activities(), s.registry_or_null(), run->merger->rows(),
                                       run->period, run->as_of);
  run->monitoring.dynamics = aggregate::compare_with_previous(s.roadmap, run->merger->activities(), s.registry_or_null(),
                                                              run->merger->rows(), run->period, run->as_of);
  run->statuses =
      outcome::decide_statuses({s.registry_or_null(), &run->files, run->period, run->merger->conflicted_submissions()});
  listener.period_ready(*run);
  return run;
}

}  // namespace rmt::run
