// roadmap-render: the monitoring workbook (SPEC.md §8) from merged CSVs or
// raw submissions.
#include <iostream>

#include <fmt/format.h>

#include "common/cli.h"
#include "common/job.h"
#include "diag/messages.h"
#include "render/workbook.h"
#include "roadmap-render/options.h"
#include "run/closing_lines.h"
#include "run/documents.h"
#include "run/render.h"

namespace rmt {
namespace {

using render_cli::Options;

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  run::RenderRequest request{cli::period_request(options, options, options), {}};
  request.workbook.lang = lang;
  request.workbook.data_rows_per_sheet = options.sheet_rows;
  request.workbook.constant_memory_rows = options.constant_memory_rows;
  cli::PrintingListener listener(options);
  const run::RenderOutcome result = run::render(request, listener);
  if (!result.run) return cli::stopped(app, *result.stop, options);
  const run::PeriodRun& job = *result.run;
  if (result.stop) return cli::stopped(app, *result.stop, options);

  const run::JudgedPeriod judged{job.setup.roadmap, job.merger->activities(), job.monitoring};
  if (json)
    run::write_render_document(std::cout, {job.files, job.inputs.skipped, job.statuses, lang, options.strict, &judged},
                                  {options.output, job.period_label(), job.as_of, job.merger->rows().sorted_size(),
                                   result.written.skipped});
  cli::print_rejections(*job.merger, options.keep_valid_rows, options);
  cli::print_statuses(job.statuses, job.setup.registry.has_value(), options);
  const auto counts = outcome::count_statuses(job.statuses);
  if (!json && !options.quiet)
    for (const auto& skipped : result.written.skipped)
      std::cerr << options.output << ": " << run::lines::sheet_skipped(skipped.sheet, skipped.reason).in(lang) << '\n';
  if (!json && !options.quiet)
    std::cerr << run::lines::workbook_written(options.output, job.period_label(), job.as_of,
                                             job.merger->rows().sorted_size(), counts.sent(), counts.total(),
                                             counts.accepted)
                     .in(lang)
              << '\n';
  return cli::finish_run(job.files, options, job.inputs.skipped.size());
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  render_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = render_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
