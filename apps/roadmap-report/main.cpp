// roadmap-report: the analytic report (аналитическая справка, SPEC.md §11)
// as .docx, from merged CSVs or raw submissions, with the workbook's figures.
#include <iostream>

#include <fmt/format.h>

#include "spravka/spravka.h"
#include "run/closing_lines.h"
#include "common/cli.h"
#include "common/job.h"
#include "diag/messages.h"
#include "run/documents.h"
#include "run/report.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions {
  std::string from;
  std::size_t attention = spravka::SpravkaOptions{}.attention;
};

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
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Написать аналитическую справку по мониторингу (.docx) за период: охват, результаты по разделам, "
                  "просроченные мероприятия, динамика, организации, требующие внимания, выводы и диаграммы — "
                  "с теми же цифрами, что и книга мониторинга. "
                  "Входные данные — сводные CSV или сами отчёты (сначала сводятся по правилам roadmap-merge).",
                  "Write the analytic report on the monitoring (.docx) for a period: coverage, results by section, "
                  "overdue activities, dynamics, organizations that need attention, conclusions and charts, with the "
                  "same figures as the monitoring workbook. Inputs are merged CSVs or raw submissions (merged first "
                  "with the rules of roadmap-merge)."),
               "roadmap-report");
  cli::setup_app(app, "roadmap-report -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o spravka.docx --as-of 2026-12-20", options);
  cli::add_csv_options(app, options);
  cli::add_merge_options(app, options, options.help_lang);
  cli::add_period_options(app, options, options.help_lang, {"Справка для записи (.docx; заменяется атомарно)", "Document to write (.docx; replaced atomically)"});
  app.add_option("--from", options.from,
                 tr("От кого справка (по умолчанию — единственный орган дорожной карты с кодом в реестре, например ЦРО)",
                    "Who sends the report (default: the roadmap's one body with a registry code, such as the centre)"));
  app.add_option("--attention", options.attention,
                 tr("Сколько организаций с наименьшей долей выполнения назвать (от 1 до 100000; по умолчанию 10)",
                    "How many organizations with the lowest share done to list (1 to 100000; default 10)"))
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}).description(""));  // the range is in the text
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return execute(app, options);
}
