#include "common/period_run.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "outcome/run_period.h"

namespace rmt::cli {

void add_period_options(CLI::App& app, PeriodCliOptions& options, diag::Lang lang, const diag::Localized& output_help) {
  if (!output_help.empty()) app.add_option("-o,--output", options.output, output_help.in(lang))->required();
  app.add_option("--period", options.period,
                 std::string(diag::tr(lang, "Период (по умолчанию — тот, за который больше всего отчётов), например 2026 или 2022-Q3",
                                      "Period (default: the one most reports are for), e.g. 2026 or 2022-Q3")));
  app.add_option("--as-of", options.as_of,
                 std::string(diag::tr(lang, "Дата, на которую считаются сроки и просрочка (ГГГГ-ММ-ДД; по умолчанию — сегодня)",
                                      "Date for due and overdue (YYYY-MM-DD; default: today)")));
}

bool start_period_run(const CLI::App& app, const CommonOptions& options, const MergeCliOptions& merge_options,
                      const PeriodCliOptions& asked, PeriodRun& run) {
  const diag::Lang lang = options.lang();
  run.as_of = calendar::today();
  if (!asked.as_of.empty()) {
    const auto parsed = calendar::parse_date(asked.as_of);
    if (!parsed) {
      print_tool_error(app, diag::msg::bad_as_of(asked.as_of).in(lang));
      return false;
    }
    run.as_of = *parsed;
  }
  run.setup = load_setup(app, options, merge_options.inputs);
  if (!run.setup) return false;
  run.inputs = io::expand_inputs(merge_options.inputs);
  if (!outputs_are_safe(app, {asked.output}, run.inputs.files, options)) return false;
  if (!asked.output.empty() && !run.output.open_for_writer(asked.output)) {
    print_tool_error(app, diag::msg::cannot_write_output(asked.output, run.output.error()).in(lang));
    return false;
  }

  const Setup& setup = *run.setup;
  run.merger = std::make_unique<merge::Merger>(setup.roadmap, setup.registry_or_null(), merge_options.merge_options(options));
  run.files = read_inputs(*run.merger, run.inputs.files, options);
  const auto period = outcome::choose_run_period(setup.roadmap, run.files, asked.period, run.as_of);
  if (!period) {
    print_tool_error(app, diag::msg::unknown_period_option(asked.period, setup.roadmap.period_list()).in(lang));
    return false;
  }
  run.period = *period;
  // Who sent nothing, for the run's period only (SPEC.md §8a).
  add_registry_report(setup, run.merger->finish(run.period), run.files, options);
  print_skipped(run.inputs.skipped, options);
  run.monitoring = aggregate::compute(setup.roadmap, run.merger->activities(), setup.registry_or_null(),
                                      run.merger->rows(), run.period, run.as_of);
  run.monitoring.dynamics = aggregate::compare_with_previous(setup.roadmap, run.merger->activities(),
                                                             setup.registry_or_null(), run.merger->rows(), run.period,
                                                             run.as_of);
  run.statuses = outcome::decide_statuses(
      {setup.registry_or_null(), &run.files, run.period, run.merger->conflicted_submissions()});
  print_other_periods(run.statuses, setup.roadmap, run.period, options);
  return true;
}

}  // namespace rmt::cli
