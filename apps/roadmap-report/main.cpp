// roadmap-report: the analytic report (аналитическая справка, SPEC.md §11)
// as .docx, from merged CSVs or raw submissions, with the workbook's figures.
#include <iostream>

#include <fmt/format.h>

#include "common/cli.h"
#include "common/job.h"
#include "diag/messages.h"
#include "roadmap-report/options.h"
#include "run/closing_lines.h"
#include "run/documents.h"
#include "run/report.h"
#include "spravka/spravka.h"

namespace rmt {
namespace {

using report_cli::Options;

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  const run::ReportRequest request{cli::period_request(options, options, options), lang, options.from, options.attention};
  cli::PrintingListener listener(options);
  const run::ReportOutcome result = run::report(request, listener);
  if (!result.run) return cli::stopped(app, *result.stop, options);
  const run::PeriodRun& job = *result.run;
  if (result.stop) return cli::stopped(app, *result.stop, options);

  const spravka::SpravkaResult& written = result.written;
  const run::JudgedPeriod judged{job.setup.roadmap, job.merger->activities(), job.monitoring};
  if (json)
    run::write_report_document(
        std::cout, {job.files, job.inputs.skipped, job.statuses, lang, options.strict, &judged},
        {options.output, job.period_label(),
         written.previous_period ? job.setup.roadmap.periods[*written.previous_period].label : "", job.as_of,
         written.headings, written.tables, written.pictures});
  cli::print_rejections(*job.merger, options.keep_valid_rows, options);
  cli::print_statuses(job.statuses, job.setup.registry.has_value(), options);
  const auto counts = outcome::count_statuses(job.statuses);
  if (!json && !options.quiet)
    std::cerr << run::lines::report_written(options.output, job.period_label(), job.as_of, written.tables,
                                           written.pictures, counts.sent(), counts.total(), counts.accepted)
                     .in(lang)
              << '\n';
  return cli::finish_run(job.files, options, job.inputs.skipped.size());
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  report_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = report_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
