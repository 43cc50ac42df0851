// roadmap-template: the per-organization submission templates (SPEC.md §9).
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/cli.h"
#include "run/closing_lines.h"
#include "common/job.h"
#include "csv/dialect.h"
#include "diag/messages.h"
#include "run/template.h"
#include "template/template_set.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions {
  std::string period;
  std::string out_dir;
  bool xlsx = false;
  bool force = false;
  // The templates' own dialect; the registry is read with detection.
  std::string out_encoding = "auto";
  std::string out_delimiter = "auto";
};

vocab::Localized describe(const templates::TemplateSetOptions& set) {
  if (set.xlsx) return {"книги Excel с выпадающими списками", "Excel workbooks with drop-down lists"};
  const bool utf8 = set.csv.encoding == text::Encoding::utf8;
  const std::string delimiter = set.csv.delimiter == '\t' ? "tab" : std::string(1, set.csv.delimiter);
  return {fmt::format("CSV {}, разделитель «{}»", utf8 ? "UTF-8 с BOM" : "Windows-1251", delimiter),
          fmt::format("CSV {}, delimiter '{}'", utf8 ? "UTF-8 with BOM" : "Windows-1251", delimiter)};
}

int execute(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  run::TemplateRequest request{cli::sources_of(options), options.period, options.out_dir, {}};
  templates::TemplateSetOptions& set = request.set;
  set.xlsx = options.xlsx;
  set.csv.encoding = csv::parse_encoding(options.out_encoding).value_or(text::Encoding::utf8);
  set.csv.delimiter = csv::parse_delimiter(options.out_delimiter).value_or(';');
  set.csv.lang = lang;
  set.force = options.force;
  cli::PrintingListener listener(options);
  const run::TemplateOutcome outcome = run::templates(request, listener);
  if (outcome.stop) return cli::stopped(app, *outcome.stop, options);
  const templates::TemplateSetResult& result = outcome.written;
  const std::string& period = outcome.setup->roadmap.periods[outcome.period].label;

  if (options.format() == cli::OutputFormat::json) {
    templates::write_templates_document(std::cout, result, options.out_dir, period, set.xlsx);
  } else if (!options.quiet) {
    if (!result.nothing_to_report.empty())
      std::cerr << run::lines::templates_not_needed(result.nothing_to_report.size(),
                                                   fmt::format("{}", fmt::join(result.nothing_to_report, ", ")))
                       .in(lang)
                << '\n';
    std::cerr << run::lines::templates_written(result.written.size(), options.out_dir, period,
                                              describe(set))
                     .in(lang)
              << '\n';
  }
  if (!result.kept_foreign.empty())
    std::cerr << run::lines::templates_kept_foreign(result.kept_foreign.size(),
                                                   fmt::format("{}", fmt::join(result.kept_foreign, ", ")))
                     .in(lang)
              << '\n';
  // Lost characters change what a school reads: always said, even when quiet.
  if (result.unrepresentable > 0 && options.format() == cli::OutputFormat::text)
    std::cerr << run::lines::unrepresentable_characters(result.unrepresentable).in(lang) << '\n';
  return result.kept_foreign.empty() ? cli::kExitOk : cli::kExitFindings;
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Записать по шаблону отчёта на каждую организацию реестра: строка на каждое мероприятие, по "
                  "которому она отчитывается, с заполненными кодом, периодом, номером, названием и плановым значением. "
                  "CSV (по умолчанию UTF-8 с BOM и «;» — Excel на русской Windows открывает его как есть) или, с "
                  "--xlsx, книги Excel со списками выбора и проверкой ввода.",
                  "Write one submission template per organization of the registry: a row for each activity it "
                  "reports on, with org_id, period, activity_id, activity title and target filled in. CSV (UTF-8 with "
                  "BOM and ';' by default, which Excel on Russian Windows opens as it is) or, with --xlsx, Excel "
                  "workbooks with drop-down lists and input checks."),
               "roadmap-template");
  cli::setup_app(app, "roadmap-template -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "--period 2026 --out-dir templates/ --xlsx", options);
  app.add_option("--orgs", options.orgs_path,
                 tr("Реестр организаций: CSV или книга (org_id, name, kind, district, email)",
                    "Organization registry, CSV or workbook (org_id, name, kind, district, email)"))
      ->required();
  app.add_option("--period", options.period,
                 tr("Период шаблонов, например 2026 или 2022-Q3", "Period the templates are for, e.g. 2026 or 2022-Q3"))
      ->required();
  app.add_option("--out-dir", options.out_dir,
                 tr("Папка, куда писать <код>.csv или <код>.xlsx", "Directory to write <org_id>.csv or <org_id>.xlsx into"))
      ->required();
  app.add_flag("--force", options.force,
               tr("Писать и в папку, где есть файлы, записанные не этой программой (их она не перезаписывает)",
                  "Write also into a folder holding files this program did not write (it never writes over them)"));
  app.add_flag("--xlsx", options.xlsx, tr("Писать книги Excel (.xlsx) вместо CSV", "Write Excel workbooks (.xlsx) instead of CSV"));
  app.add_option("--encoding", options.out_encoding,
                 tr("Кодировка CSV-шаблонов: utf-8 (по умолчанию, с BOM), windows-1251",
                    "CSV templates' encoding: utf-8 (default, with BOM), windows-1251"))
      ->check(CLI::IsMember(cli::values_of("--encoding")));
  app.add_option("--delimiter", options.out_delimiter,
                 tr("Разделитель CSV-шаблонов: ';' (по умолчанию), ',', tab", "CSV templates' delimiter: ';' (default), ',', tab"))
      ->check(CLI::IsMember(cli::values_of("--delimiter")));
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return execute(app, options);
}
