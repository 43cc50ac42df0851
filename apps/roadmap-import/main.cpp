// roadmap-import: a draft roadmap YAML from the order's own table (SPEC.md §13).
#include <iostream>

#include <fmt/format.h>

#include "common/job.h"
#include "run/closing_lines.h"
#include "diag/messages.h"
#include "order/import_document.h"
#include "run/import.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions {
  std::string order;
  std::string output;
  std::string id;
  std::string periods;
};

int execute(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  if (json && options.output == "-") {
    cli::print_tool_error(app, diag::msg::json_and_stdout_output().in(lang));
    return cli::kExitCannotRun;
  }
  const run::ImportOutcome result = run::import_order({options.order, options.output, options.id, options.periods, lang});
  if (result.stop) return cli::stopped(app, *result.stop, options);
  if (!result.draft) {
    if (json) order::write_import_document(std::cout, {result.order}, nullptr, options.output, lang, options.strict);
    else cli::print_findings(result.order.findings, lang);
    return cli::kExitCannotRun;
  }
  const diag::FileReport& draft = result.draft_file;
  if (json) {
    order::write_import_document(std::cout, {result.order, draft}, &*result.draft, options.output, lang, options.strict);
  } else {
    cli::print_findings(draft.findings, lang);
    if (draft.errors())
      std::cerr << run::lines::draft_invalid(options.output, draft.errors()).in(lang) << '\n';
    if (!options.quiet && options.output != "-" && !draft.errors())
      std::cerr << run::lines::draft_written(options.output, result.draft->sections.size(), result.draft->activity_count(),
                                            result.draft->parties.size(), result.draft->check_count())
                       .in(lang)
                << '\n';
  }
  return cli::exit_code_for(draft.errors(), draft.warnings(), options.strict);
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Составить черновик дорожной карты (YAML, format: roadmap/1) по таблице самого приказа: .docx, "
                  ".html (как в правовых базах) или текст с ячейками через табуляцию. Разделы, мероприятия с "
                  "номерами, сроки, ответственные, целевые значения по годам; у каждого решения, которое нужно "
                  "проверить, — комментарий «# ПРОВЕРЬТЕ: …». Черновик проверяется так же, как roadmap-validate.",
                  "Draft a roadmap (YAML, format: roadmap/1) from the order's own table: .docx, .html (as legal "
                  "databases publish it) or text with tab-separated cells. Sections, numbered activities, deadlines, "
                  "responsible bodies, targets by year; every judgement to confirm has a «# CHECK: …» comment. The "
                  "draft is checked as roadmap-validate would."),
               "roadmap-import");
  cli::setup_app(app, "roadmap-import prikaz.docx -o data/my-roadmap.yaml --periods 2026-2028", options, false);
  app.add_option("order", options.order,
                 tr("Приказ с таблицей дорожной карты: .docx, .html или текст (.doc и .pdf сначала сохраните как .docx)",
                    "The order with the roadmap table: .docx, .html or text (save a .doc or .pdf as .docx first)"))
      ->required();
  app.add_option("-o,--output", options.output,
                 tr("Куда записать черновик YAML; - — стандартный вывод", "Where to write the draft YAML; - for standard output"))
      ->required();
  app.add_option("--id", options.id,
                 tr("id дорожной карты (по умолчанию — из места и первого периода)",
                    "The roadmap's id (by default made of the place and the first period)"));
  app.add_option("--periods", options.periods,
                 tr("Периоды: 2026-2028, 2026,2027 или 2022-Q1..2022-Q4 (по умолчанию — из названия, целевых "
                    "значений или сроков)",
                    "Periods: 2026-2028, 2026,2027 or 2022-Q1..2022-Q4 (by default from the title, the targets or "
                    "the deadlines)"));
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return execute(app, options);
}
