#include "roadmap-report/options.h"

namespace rmt::report_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Написать аналитическую справку по мониторингу (.docx) за период: охват, результаты по разделам, "
                  "просроченные мероприятия, динамика, организации, требующие внимания, выводы и диаграммы — "
                  "с теми же цифрами, что и книга мониторинга. "
                  "Входные данные — сводные CSV или сами отчёты (сначала сводятся по правилам roadmap-merge).",
                  "Write the analytic report on the monitoring (.docx) for a period: coverage, results by section, "
                  "overdue activities, dynamics, organizations that need attention, conclusions and charts, with the "
                  "same figures as the monitoring workbook. Inputs are merged CSVs or raw submissions (merged first "
                  "with the rules of roadmap-merge)."),
               "roadmap-report");
  cli::setup_app(*app, "roadmap-report -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o spravka.docx --as-of 2026-12-20", options);
  cli::add_csv_options(*app, options);
  cli::add_merge_options(*app, options, options.help_lang);
  cli::add_store_option(*app, options, app->get_option("inputs"));
  cli::add_period_options(*app, options, options.help_lang, {"Справка для записи (.docx; заменяется атомарно)", "Document to write (.docx; replaced atomically)"});
  app->add_option("--from", options.from,
                 tr("От кого справка (по умолчанию — единственный орган дорожной карты с кодом в реестре, например ЦРО)",
                    "Who sends the report (default: the roadmap's one body with a registry code, such as the centre)"));
  app->add_option("--attention", options.attention,
                 tr("Сколько организаций с наименьшей долей выполнения назвать (от 1 до 100000; по умолчанию 10)",
                    "How many organizations with the lowest share done to list (1 to 100000; default 10)"))
      ->check(CLI::Range(std::size_t{1}, std::size_t{100000}).description(""));  // the range is in the text
  return app;
}

}  // namespace rmt::report_cli
