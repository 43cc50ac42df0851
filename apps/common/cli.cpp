#include "common/cli.h"

#include "common/manual.h"

#include "diag/messages.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/render.h"

namespace rmt::cli {
namespace {

std::string size_text(std::uint64_t bytes) {
  for (const auto& [unit, shift] : {std::pair{"G", 30}, std::pair{"M", 20}, std::pair{"K", 10}})
    if (bytes >= (std::uint64_t{1} << shift) && bytes % (std::uint64_t{1} << shift) == 0)
      return fmt::format("{}{}", bytes >> shift, unit);
  return std::to_string(bytes);
}

// CLI11's usage errors, said in Russian too: the kind of error from its
// class, the option and values from its text (CLI11 2.1 wordings).
std::string usage_error(const CLI::ParseError& error, vocab::Lang lang) {
  const std::string what = error.what();
  if (lang == vocab::Lang::en) return what;
  const std::string name = error.get_name();
  const auto after = [&](std::string_view marker) {
    const auto at = what.find(marker);
    return at == std::string::npos ? std::string() : what.substr(at + marker.size());
  };
  if (name == "RequiredError") {
    const auto is = what.find(" is required");
    if (is != std::string::npos) return fmt::format("не указан обязательный параметр {}", what.substr(0, is));
    return fmt::format("не хватает обязательных параметров ({})", what);
  }
  if (what.find("not expected: ") != std::string::npos) return fmt::format("лишние аргументы: {}", after("expected: "));
  if (name == "ValidationError") {
    const auto colon = what.find(": ");
    const std::string option = colon == std::string::npos ? std::string() : what.substr(0, colon);
    const std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    // "xml not in {text,json}", "Value abc not in range 1 to 256"
    if (const auto in = detail.find(" not in {"); in != std::string::npos)
      return fmt::format("{}: значение «{}» не из списка: {}", option, detail.substr(0, in),
                         detail.substr(in + 9, detail.size() - in - 10));
    if (const auto range = detail.find(" not in range "); range != std::string::npos) {
      std::string value = detail.substr(0, range);
      if (value.starts_with("Value ")) value.erase(0, 6);
      const std::string bounds = detail.substr(range + 14);
      const auto to = bounds.find(" to ");
      return fmt::format("{}: значение «{}» — не число от {} до {}", option, value, bounds.substr(0, to),
                         to == std::string::npos ? "" : bounds.substr(to + 4));
    }
    return fmt::format("{}: недопустимое значение ({})", option, detail);
  }
  if (const auto missing = what.find(" required "); missing != std::string::npos && what.ends_with(" missing"))
    return fmt::format("{}: не указано значение", what.substr(0, what.find(':')));
  if (name == "ConversionError") return fmt::format("значение не того вида: {}", after(": "));
  if (name == "ArgumentMismatch") {
    const auto colon = what.find(": ");
    return fmt::format("{}: не хватает значения или их слишком много", colon == std::string::npos ? what : what.substr(0, colon));
  }
  if (name == "OptionNotFound") return fmt::format("нет такого параметра: {}", what);
  return fmt::format("ошибка в параметрах командной строки ({})", what);
}

}  // namespace

vocab::Lang ui_lang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) return std::string_view(argv[i + 1]) == "en" ? vocab::Lang::en : vocab::Lang::ru;
    if (arg == "--lang=en") return vocab::Lang::en;
  }
  return vocab::Lang::ru;
}

void setup_app(CLI::App& app, std::string_view example, CommonOptions& options, bool with_roadmap) {
  const vocab::Lang lang = options.help_lang;
  const auto tr = [lang](std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); };
  app.footer(tr(fmt::format("Пример:\n  {}\n\nКоды завершения: 0 — успех; 1 — найдены ошибки (или предупреждения с "
                            "--strict); 2 — программа не смогла выполнить работу.",
                            example),
                fmt::format("Example:\n  {}\n\nExit codes: 0 success; 1 findings (errors, or warnings with --strict); "
                            "2 the program could not do its job.",
                            example)));
  if (lang == vocab::Lang::ru) {
    const auto formatter = app.get_formatter();
    formatter->label("Usage", "Запуск");
    formatter->label("OPTIONS", "ПАРАМЕТРЫ");
    formatter->label("Positionals", "Входные данные");
    formatter->label("REQUIRED", "(обязательно)");
    formatter->label("SUBCOMMAND", "КОМАНДА");
    formatter->label("SUBCOMMANDS", "КОМАНДЫ");
    formatter->label("Subcommands", "Команды");
    app.option_defaults()->group("Параметры");
  }
  app.set_help_flag("-h,--help", tr("Показать эту справку и выйти", "Print this help message and exit"));
  app.set_version_flag("--version", fmt::format("{} {}", app.get_name(), RMT_VERSION),
                       tr("Показать версию и выйти", "Display program version information and exit"));
  if (with_roadmap)
    app.add_option("-r,--roadmap", options.roadmap_path,
                   tr("Дорожная карта (YAML, format: roadmap/1); - — стандартный ввод",
                      "Roadmap YAML (format: roadmap/1); - for standard input"))
        ->required();
  app.add_option("--lang", options.lang_name, tr("Язык сообщений: ru (по умолчанию) или en", "Language of messages: ru (default) or en"))
      ->check(CLI::IsMember(values_of("--lang")));
  app.add_option("--format", options.format_name,
                 tr("Замечания текстом (stderr, по умолчанию) или json (stdout)",
                    "Diagnostics as text (stderr, default) or json (stdout)"))
      ->check(CLI::IsMember(values_of("--format")));
  app.add_flag("-q,--quiet", options.quiet, tr("Выводить только замечания, без итогов", "Print only findings, no summaries"));
  app.add_flag("--strict", options.strict, tr("Считать предупреждения ошибками", "Count warnings as errors"));
}

void add_store_option(CLI::App& app, CommonOptions& options, CLI::Option* inputs) {
  const vocab::Lang lang = options.help_lang;
  const auto tr = [lang](std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); };
  CLI::Option* roadmap = app.get_option("--roadmap");
  roadmap->required(false);
  CLI::Option* store = app.add_option("--store", options.store_path,
                                      tr("Хранилище отчётов (roadmap-store): дорожная карта, реестр и последние отчёты "
                                         "каждой организации за все периоды берутся из него",
                                         "A submission store (roadmap-store): the roadmap, the registry and each "
                                         "organization's latest reports of every period come from it"))
                           ->option_text(tr("ХРАНИЛИЩЕ", "STORE"));
  store->excludes(roadmap)->excludes(app.get_option("--orgs"));
  const bool inputs_required = inputs && inputs->get_required();
  if (inputs) {
    store->excludes(inputs);
    inputs->required(false);
  }
  // -r (and the inputs, where a program needs them) are required unless the store gives them.
  app.parse_complete_callback([&options, roadmap, inputs, inputs_required] {
    if (!options.store_path.empty()) return;
    if (roadmap->count() == 0) throw CLI::RequiredError(roadmap->get_name());
    if (inputs_required && inputs->count() == 0) throw CLI::RequiredError(inputs->get_name());
  });
}

void add_csv_options(CLI::App& app, CommonOptions& options) {
  const vocab::Lang lang = options.help_lang;
  const auto tr = [lang](std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); };
  app.add_option("--orgs", options.orgs_path,
                 tr("Реестр организаций: CSV или книга (org_id, name, kind, district, email)",
                    "Organization registry, CSV or workbook (org_id, name, kind, district, email)"));
  app.add_option("--encoding", options.encoding_name,
                 tr("Кодировка CSV: auto (по умолчанию), utf-8, windows-1251", "CSV encoding: auto (default), utf-8, windows-1251"))
      ->check(CLI::IsMember(cli::values_of("--encoding")));
  app.add_option("--delimiter", options.delimiter_name,
                 tr("Разделитель CSV: auto (по умолчанию), ',', ';', tab", "CSV delimiter: auto (default), ',', ';', tab"))
      ->check(CLI::IsMember(cli::values_of("--delimiter")));
  app.add_option("-j,--jobs", options.jobs,
                 tr("Потоков чтения отчётов (по умолчанию — по числу процессоров; 1 — без потоков)",
                    "Threads reading submissions (default: one per processor; 1: none)"))
      ->check(CLI::Range(1u, 256u));
  // Sizes take K, M, G suffixes (powers of 1024). The upper bounds keep a
  // row's offsets and the line numbers within 32 bits.
  auto& limits = options.limits;
  const auto size = [&](const char* name, auto& value, const std::string& help, std::uint64_t most) {
    app.add_option(name, value,
                   tr(fmt::format("{} (по умолчанию {}; суффиксы K, M, G)", help, size_text(value)),
                      fmt::format("{} (default {}; K, M, G suffixes)", help, size_text(value))))
        ->option_text(tr("РАЗМЕР", "SIZE"))
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::uint64_t{1}, most));
  };
  size("--max-field-bytes", limits.max_field_bytes, tr("Самая длинная допустимая ячейка", "Longest cell accepted"),
       std::uint64_t{1} << 30);
  size("--max-row-bytes", limits.max_row_bytes, tr("Самая длинная допустимая строка", "Longest row accepted"),
       std::uint64_t{1} << 30);
  size("--max-file-bytes", limits.max_file_bytes, tr("Самый большой допустимый файл", "Largest input file accepted"),
       std::uint64_t{4} << 30);
  app.add_option("--max-row-cells", limits.max_row_cells,
                 tr(fmt::format("Наибольшее число ячеек в строке (по умолчанию {})", limits.max_row_cells),
                    fmt::format("Most cells in a row (default {})", limits.max_row_cells)))
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 24));
}

unsigned CommonOptions::threads() const {
  if (jobs > 0) return jobs;
  return std::clamp(std::thread::hardware_concurrency(), 1u, 16u);
}

csv::ReaderOptions CommonOptions::reader_options() const {
  csv::ReaderOptions options;
  options.dialect.encoding = csv::parse_encoding(encoding_name);
  options.dialect.delimiter = csv::parse_delimiter(delimiter_name);
  options.limits = limits;
  return options;
}

void print_findings(const std::vector<diag::Diagnostic>& findings, vocab::Lang lang) {
  for (const auto& finding : findings) std::cerr << diag::render_text(finding, lang) << '\n';
}

int parse(CLI::App& app, int argc, char** argv) {
  // For the build (apps/CMakeLists.txt): the manual page and the completion,
  // from the options just declared; not listed in --help.
  if (argc >= 2 && std::string_view(argv[1]) == "--man-page") {
    std::cout << man_page(app, ui_lang(argc, argv));
    return kExitOk;
  }
  if (argc >= 2 && std::string_view(argv[1]) == "--bash-completion") {
    std::cout << bash_completion(app);
    return kExitOk;
  }
  try {
    app.parse(argc, argv);
    return -1;
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion&) {
    std::cout << app.version() << '\n';
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    const vocab::Lang lang = ui_lang(argc, argv);
    print_tool_error(app, usage_error(e, lang));
    std::cerr << (lang == vocab::Lang::ru ? fmt::format("Справка: {} --help\n", app.get_name())
                                         : fmt::format("Run '{} --help' for usage.\n", app.get_name()));
    return kExitCannotRun;
  }
}

int exit_code_for(std::size_t errors, std::size_t warnings, bool strict) {
  return errors > 0 || (strict && warnings > 0) ? kExitFindings : kExitOk;
}

void print_tool_error(const CLI::App& app, std::string_view message) {
  std::cerr << fmt::format("{}: {}\n", app.get_name(), message);
}

void print_statuses(const std::vector<outcome::OrganizationStatus>& statuses, bool with_registry,
                    const CommonOptions& options) {
  if (options.format() != OutputFormat::text || options.quiet || !with_registry) return;
  std::cerr << outcome::statuses_line(outcome::count_statuses(statuses)).in(options.lang()) << '\n';
}

void print_other_periods(const std::vector<outcome::OrganizationStatus>& statuses, const roadmap::Roadmap& roadmap,
                         std::size_t period, const CommonOptions& options) {
  if (options.format() != OutputFormat::text) return;
  for (const auto& status : statuses) {
    const vocab::Localized reason = outcome::other_period_reason(status, roadmap, period);
    if (reason.empty()) continue;
    std::cerr << diag::msg::other_period_files(status.org_id, reason, fmt::format("{}", fmt::join(status.other_period_files, ", ")))
                     .in(options.lang())
              << '\n';
  }
}

void print_notes(const std::vector<diag::Note>& notes, const CommonOptions& options) {
  if (options.format() != OutputFormat::text || options.quiet) return;
  for (const auto& note : notes) std::cerr << diag::render_text(note, options.lang()) << '\n';
}

void print_skipped(const std::vector<io::SkippedFile>& skipped, const CommonOptions& options) {
  if (options.format() != OutputFormat::text) return;
  for (const auto& file : skipped) std::cerr << diag::msg::skipped_file(file.path, file.reason).in(options.lang()) << '\n';
}

int finish_run(const std::vector<diag::FileReport>& files, const CommonOptions& options, std::size_t skipped) {
  const diag::Totals totals = diag::count_totals(files, options.strict);
  if (options.format() == OutputFormat::text && !options.quiet)
    std::cerr << counts_line(totals.files, totals.valid_files, totals.errors, totals.warnings, options.lang(), skipped)
              << '\n';
  return exit_code_for(totals.errors, totals.warnings, options.strict);
}

std::string counts_line(std::size_t files, std::size_t valid_files, std::size_t errors, std::size_t warnings,
                        vocab::Lang lang, std::size_t skipped) {
  using vocab::ru_plural;
  if (lang == vocab::Lang::ru) {
    std::string line = fmt::format("{} {}, без ошибок: {}; {} {}, {} {}", files, ru_plural(files, "файл", "файла", "файлов"),
                                   valid_files, errors, ru_plural(errors, "ошибка", "ошибки", "ошибок"), warnings,
                                   ru_plural(warnings, "предупреждение", "предупреждения", "предупреждений"));
    if (skipped > 0)
      line += fmt::format("; не прочитано других файлов в папках: {}", skipped);
    return line;
  }
  std::string line = fmt::format("{} file{}, {} valid; {} error{}, {} warning{}", files, files == 1 ? "" : "s",
                                 valid_files, errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
  if (skipped > 0) line += fmt::format("; {} other file{} in the directories not read", skipped, skipped == 1 ? "" : "s");
  return line;
}

}  // namespace rmt::cli
