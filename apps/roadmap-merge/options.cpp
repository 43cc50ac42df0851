#include "roadmap-merge/options.h"

namespace rmt::merge_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Свести отчёты школ в один нормализованный CSV с указанием источника. Отчёт с ошибками "
                  "отклоняется целиком и называется; одна и та же организация, период и мероприятие в двух файлах "
                  "сводятся один раз, если совпадают, и дают конфликт, если нет.",
                  "Consolidate school submissions into one normalized CSV with provenance. A submission with errors "
                  "is rejected whole and listed; the same organization, period and activity in two files is merged "
                  "once when identical and is a conflict when not."),
               "roadmap-merge");
  cli::setup_app(*app, "roadmap-merge -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o merged.csv", options);
  cli::add_csv_options(*app, options);
  cli::add_merge_options(*app, options, options.help_lang);
  cli::add_store_option(*app, options, app->get_option("inputs"));
  app->add_option("-o,--output", options.output,
                 tr("Сводный CSV (заменяется атомарно); - — стандартный вывод",
                    "Merged CSV to write (replaced atomically); - for stdout"))
      ->required();
  app->add_option("--report", options.report_path,
                 tr("Также записать JSON-документ с замечаниями в этот файл",
                    "Also write the JSON findings document to this file"));
  return app;
}

}  // namespace rmt::merge_cli
