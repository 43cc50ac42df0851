// roadmap-render: the monitoring workbook (SPEC.md §8) from merged CSVs or
// raw submissions.
#include <iostream>

#include <fmt/format.h>

#include "common/cli.h"
#include "run/closing_lines.h"
#include "common/job.h"
#include "diag/messages.h"
#include "run/documents.h"
#include "render/workbook.h"
#include "run/render.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions {
  std::size_t sheet_rows = render::WorkbookOptions{}.data_rows_per_sheet;
  std::size_t constant_memory_rows = render::WorkbookOptions{}.constant_memory_rows;
};

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
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Сформировать книгу мониторинга (.xlsx) за период: сводка по плановым значениям, динамика, "
                  "матрица организаций, отчёты и их статусы, непредставленные отчёты, итоги по районам, замечания, данные и "
                  "диаграмма «План и факт». "
                  "Входные данные — сводные CSV или сами отчёты (сначала сводятся по правилам roadmap-merge).",
                  "Produce the monitoring workbook (.xlsx) for a period: summary against targets, trend, organization "
                  "matrix, reports and their statuses, missing reports, results by district, findings, the data and the "
                  "chart \"Target and actual\". Inputs are "
                  "merged CSVs or raw submissions (merged first with the rules of roadmap-merge)."),
               "roadmap-render");
  cli::setup_app(app, "roadmap-render -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o monitoring.xlsx --as-of 2026-12-20", options);
  cli::add_csv_options(app, options);
  cli::add_merge_options(app, options, options.help_lang);
  cli::add_period_options(app, options, options.help_lang, {"Книга для записи (.xlsx; заменяется атомарно)", "Workbook to write (.xlsx; replaced atomically)"});
  app.add_option("--sheet-rows", options.sheet_rows, "Data rows per Data sheet (default: Excel's limit)")
      ->check(CLI::Range(std::size_t{1}, render::WorkbookOptions{}.data_rows_per_sheet))
      ->group("");  // for tests and very old spreadsheet programs; not in --help
  app.add_option("--constant-memory-from", options.constant_memory_rows,
                 "Data rows from which the workbook is written in constant-memory mode")
      ->group("");  // for tests: both modes must give the same cells
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return execute(app, options);
}
