#include "common/period_run.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"

namespace rmt::cli {

void add_period_options(CLI::App& app, PeriodCliOptions& options, diag::Lang lang, const diag::Localized& output_help) {
  if (!output_help.empty()) app.add_option("-o,--output", options.output, output_help.in(lang))->required();
  app.add_option("--period", options.period,
                 std::string(diag::tr(lang, "Период (по умолчанию — последний, за который есть данные), например 2026 или 2022-Q3",
                                      "Period (default: the latest with data), e.g. 2026 or 2022-Q3")));
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
  run.files = merge_inputs(*run.merger, run.inputs.files, setup, options);
  print_skipped(run.inputs.skipped, options);
  const auto period = aggregate::choose_period(setup.roadmap, run.merger->rows(), asked.period, run.as_of);
  if (!period) {
    std::vector<std::string> labels;
    for (const auto& p : setup.roadmap.periods) labels.push_back(p.label);
    print_tool_error(app, diag::msg::unknown_period_option(asked.period, fmt::format("{}", fmt::join(labels, ", "))).in(lang));
    return false;
  }
  run.period = *period;
  run.monitoring = aggregate::compute(setup.roadmap, run.merger->activities(), setup.registry_or_null(),
                                      run.merger->rows(), run.period, run.as_of);
  run.statuses = outcome::decide_statuses(
      {setup.registry_or_null(), &run.files, run.period, run.merger->conflicted_submissions()});
  return true;
}

}  // namespace rmt::cli
