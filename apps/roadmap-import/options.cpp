#include "roadmap-import/options.h"

namespace rmt::import_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Составить черновик дорожной карты (YAML, format: roadmap/1) по таблице самого приказа: .docx, "
                  ".html (как в правовых базах) или текст с ячейками через табуляцию. Разделы, мероприятия с "
                  "номерами, сроки, ответственные, целевые значения по годам; у каждого решения, которое нужно "
                  "проверить, — комментарий «# ПРОВЕРЬТЕ: …». Черновик проверяется так же, как roadmap-validate.",
                  "Draft a roadmap (YAML, format: roadmap/1) from the order's own table: .docx, .html (as legal "
                  "databases publish it) or text with tab-separated cells. Sections, numbered activities, deadlines, "
                  "responsible bodies, targets by year; every judgement to confirm has a «# CHECK: …» comment. The "
                  "draft is checked as roadmap-validate would."),
               "roadmap-import");
  cli::setup_app(*app, "roadmap-import prikaz.docx -o data/my-roadmap.yaml --periods 2026-2028", options, false);
  app->add_option("order", options.order,
                 tr("Приказ с таблицей дорожной карты: .docx, .html или текст (.doc и .pdf сначала сохраните как .docx)",
                    "The order with the roadmap table: .docx, .html or text (save a .doc or .pdf as .docx first)"))
      ->required();
  app->add_option("-o,--output", options.output,
                 tr("Куда записать черновик YAML; - — стандартный вывод", "Where to write the draft YAML; - for standard output"))
      ->required();
  app->add_option("--id", options.id,
                 tr("id дорожной карты (по умолчанию — из места и первого периода)",
                    "The roadmap's id (by default made of the place and the first period)"));
  app->add_option("--periods", options.periods,
                 tr("Периоды: 2026-2028, 2026,2027 или 2022-Q1..2022-Q4 (по умолчанию — из названия, целевых "
                    "значений или сроков)",
                    "Periods: 2026-2028, 2026,2027 or 2022-Q1..2022-Q4 (by default from the title, the targets or "
                    "the deadlines)"));
  return app;
}

}  // namespace rmt::import_cli
