#include "roadmap-render/options.h"

namespace rmt::render_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Сформировать книгу мониторинга (.xlsx) за период: сводка по плановым значениям, динамика, "
                  "матрица организаций, отчёты и их статусы, непредставленные отчёты, итоги по районам, замечания, данные и "
                  "диаграмма «План и факт». "
                  "Входные данные — сводные CSV или сами отчёты (сначала сводятся по правилам roadmap-merge).",
                  "Produce the monitoring workbook (.xlsx) for a period: summary against targets, trend, organization "
                  "matrix, reports and their statuses, missing reports, results by district, findings, the data and the "
                  "chart \"Target and actual\". Inputs are "
                  "merged CSVs or raw submissions (merged first with the rules of roadmap-merge)."),
               "roadmap-render");
  cli::setup_app(*app, "roadmap-render -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o monitoring.xlsx --as-of 2026-12-20", options);
  cli::add_csv_options(*app, options);
  cli::add_merge_options(*app, options, options.help_lang);
  cli::add_store_option(*app, options, app->get_option("inputs"));
  cli::add_period_options(*app, options, options.help_lang, {"Книга для записи (.xlsx; заменяется атомарно)", "Workbook to write (.xlsx; replaced atomically)"});
  app->add_option("--sheet-rows", options.sheet_rows, "Data rows per Data sheet (default: Excel's limit)")
      ->check(CLI::Range(std::size_t{1}, render::WorkbookOptions{}.data_rows_per_sheet))
      ->group("");  // for tests and very old spreadsheet programs; not in --help
  app->add_option("--constant-memory-from", options.constant_memory_rows,
                 "Data rows from which the workbook is written in constant-memory mode")
      ->group("");  // for tests: both modes must give the same cells
  return app;
}

}  // namespace rmt::render_cli
