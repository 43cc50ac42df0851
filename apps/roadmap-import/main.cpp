// roadmap-import: a draft roadmap YAML from the order's own table (SPEC.md §13).
#include <iostream>

#include <fmt/format.h>

#include "common/cli.h"
#include "diag/messages.h"
#include "diag/render.h"
#include "io/output_file.h"
#include "order/draft.h"
#include "order/draft_yaml.h"
#include "order/import_document.h"
#include "roadmap/loader.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions {
  std::string order;
  std::string output;
  std::string id;
  std::string periods;
};

diag::FileReport report_of(std::string path, const diag::DiagnosticList& findings) {
  diag::FileReport file;
  file.path = std::move(path);
  file.findings = findings.items();
  return file;
}

int execute(const CLI::App& app, const Options& options) {
  const diag::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  order::DraftOptions draft_options;
  draft_options.id = options.id;
  if (!options.periods.empty()) {
    const auto periods = order::parse_period_list(options.periods);
    if (!periods) {
      cli::print_tool_error(app, diag::msg::bad_periods_option(options.periods).in(lang));
      return cli::kExitCannotRun;
    }
    draft_options.periods = *periods;
  }
  if (json && options.output == "-") {
    cli::print_tool_error(app, diag::msg::json_and_stdout_output().in(lang));
    return cli::kExitCannotRun;
  }
  if (options.output != "-" && io::same_file(options.output, options.order)) {
    cli::print_tool_error(
        app, diag::msg::cannot_write_output(options.output, diag::msg::output_would_overwrite_input()).in(lang));
    return cli::kExitCannotRun;
  }

  diag::DiagnosticList order_findings;
  const auto draft = order::import_order(options.order, options.order, draft_options, order_findings);
  if (!draft) {
    if (json) order::write_import_document(std::cout, {report_of(options.order, order_findings)}, nullptr, options.output, lang, options.strict);
    else cli::print_findings(order_findings.items(), lang);
    return cli::kExitCannotRun;
  }

  // The draft must pass the loader that every program uses: checked before it is written.
  const std::string yaml = order::draft_yaml(*draft, lang);
  diag::DiagnosticList draft_findings;
  roadmap::load_roadmap_text(yaml, options.output, draft_findings);

  // A draft the loader refuses is never written: it would stop every program.
  io::OutputFile output;
  if (!draft_findings.has_errors() && (!output.open(options.output) || !output.write(yaml) || !output.commit())) {
    cli::print_tool_error(app, diag::msg::cannot_write_output(options.output, output.error()).in(lang));
    return cli::kExitCannotRun;
  }

  if (json) {
    order::write_import_document(std::cout, {report_of(options.order, order_findings), report_of(options.output, draft_findings)},
                                 &*draft, options.output, lang, options.strict);
  } else {
    cli::print_findings(draft_findings.items(), lang);
    if (draft_findings.has_errors())
      std::cerr << diag::msg::draft_invalid(options.output, draft_findings.errors()).in(lang) << '\n';
    if (!options.quiet && options.output != "-" && !draft_findings.has_errors())
      std::cerr << diag::msg::draft_written(options.output, draft->sections.size(), draft->activity_count(),
                                            draft->parties.size(), draft->check_count())
                       .in(lang)
                << '\n';
  }
  return cli::exit_code_for(draft_findings.errors(), draft_findings.warnings(), options.strict);
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(diag::tr(options.help_lang, ru, en)); };
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
