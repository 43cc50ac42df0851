#include "roadmap-template/options.h"

#include <fmt/format.h>

namespace rmt::template_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Записать по шаблону отчёта на каждую организацию реестра: строка на каждое мероприятие, по "
                  "которому она отчитывается, с заполненными кодом, периодом, номером, названием и плановым значением. "
                  "CSV (по умолчанию UTF-8 с BOM и «;» — Excel на русской Windows открывает его как есть) или, с "
                  "--xlsx, книги Excel со списками выбора и проверкой ввода.",
                  "Write one submission template per organization of the registry: a row for each activity it "
                  "reports on, with org_id, period, activity_id, activity title and target filled in. CSV (UTF-8 with "
                  "BOM and ';' by default, which Excel on Russian Windows opens as it is) or, with --xlsx, Excel "
                  "workbooks with drop-down lists and input checks."),
               "roadmap-template");
  cli::setup_app(*app, "roadmap-template -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "--period 2026 --out-dir templates/ --xlsx", options);
  app->add_option("--orgs", options.orgs_path,
                 tr("Реестр организаций: CSV или книга (org_id, name, kind, district, email)",
                    "Organization registry, CSV or workbook (org_id, name, kind, district, email)"))
      ->required();
  app->add_option("--period", options.period,
                 tr("Период шаблонов, например 2026 или 2022-Q3", "Period the templates are for, e.g. 2026 or 2022-Q3"))
      ->required();
  app->add_option("--out-dir", options.out_dir,
                 tr("Папка, куда писать <код>.csv или <код>.xlsx", "Directory to write <org_id>.csv or <org_id>.xlsx into"))
      ->required();
  app->add_flag("--force", options.force,
               tr("Писать и в папку, где есть файлы, записанные не этой программой (их она не перезаписывает)",
                  "Write also into a folder holding files this program did not write (it never writes over them)"));
  app->add_flag("--xlsx", options.xlsx, tr("Писать книги Excel (.xlsx) вместо CSV", "Write Excel workbooks (.xlsx) instead of CSV"));
  app->add_option("--encoding", options.out_encoding,
                 tr("Кодировка CSV-шаблонов: utf-8 (по умолчанию, с BOM), windows-1251",
                    "CSV templates' encoding: utf-8 (default, with BOM), windows-1251"))
      ->check(CLI::IsMember(cli::values_of("--encoding")));
  app->add_option("--delimiter", options.out_delimiter,
                 tr("Разделитель CSV-шаблонов: ';' (по умолчанию), ',', tab", "CSV templates' delimiter: ';' (default), ',', tab"))
      ->check(CLI::IsMember(cli::values_of("--delimiter")));
  return app;
}

vocab::Localized describe(const templates::TemplateSetOptions& set) {
  if (set.xlsx) return {"книги Excel с выпадающими списками", "Excel workbooks with drop-down lists"};
  const bool utf8 = set.csv.encoding == text::Encoding::utf8;
  const std::string delimiter = set.csv.delimiter == '\t' ? "tab" : std::string(1, set.csv.delimiter);
  return {fmt::format("CSV {}, разделитель «{}»", utf8 ? "UTF-8 с BOM" : "Windows-1251", delimiter),
          fmt::format("CSV {}, delimiter '{}'", utf8 ? "UTF-8 with BOM" : "Windows-1251", delimiter)};
}

}  // namespace rmt::template_cli
