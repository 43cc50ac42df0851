#include "common/cli.h"

#include "diag/messages.h"

#include <algorithm>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "diag/render.h"

namespace rmt::cli {
namespace {

std::string size_text(std::uint64_t bytes) {
  for (const auto& [unit, shift] : {std::pair{"G", 30}, std::pair{"M", 20}, std::pair{"K", 10}})
    if (bytes >= (std::uint64_t{1} << shift) && bytes % (std::uint64_t{1} << shift) == 0)
      return fmt::format("{}{}", bytes >> shift, unit);
  return std::to_string(bytes);
}

}  // namespace

void setup_app(CLI::App& app, std::string_view example, CommonOptions& options) {
  app.footer(fmt::format("Example:\n  {}\n\nExit codes: 0 success; 1 findings (errors, or warnings with --strict); "
                         "2 the program could not do its job.",
                         example));
  app.set_version_flag("--version", fmt::format("{} {}", app.get_name(), RMT_VERSION));
  app.add_option("-r,--roadmap", options.roadmap_path, "Roadmap YAML (format: roadmap/1); - for standard input")
      ->required();
  app.add_option("--lang", options.lang_name, "Language of messages: ru (default) or en")
      ->check(CLI::IsMember({"ru", "en"}));
  app.add_option("--format", options.format_name, "Diagnostics as text (stderr, default) or json (stdout)")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("-q,--quiet", options.quiet, "Print only findings, no summaries");
  app.add_flag("--strict", options.strict, "Count warnings as errors");
}

void add_csv_options(CLI::App& app, CommonOptions& options) {
  app.add_option("--orgs", options.orgs_path, "Organization registry CSV (org_id, name, kind, district)");
  app.add_option("--encoding", options.encoding_name, "CSV encoding: auto (default), utf-8, windows-1251")
      ->check(CLI::IsMember({"auto", "utf-8", "utf8", "windows-1251", "cp1251"}));
  app.add_option("--delimiter", options.delimiter_name, "CSV delimiter: auto (default), ',', ';', tab")
      ->check(CLI::IsMember({"auto", ",", ";", "tab"}));
  app.add_option("-j,--jobs", options.jobs, "Threads reading submissions (default: one per processor; 1: none)")
      ->check(CLI::Range(1u, 256u));
  // Sizes take K, M, G suffixes (powers of 1024). The upper bounds keep a
  // row's offsets and the line numbers within 32 bits.
  auto& limits = options.limits;
  const auto size = [&](const char* name, auto& value, const std::string& help, std::uint64_t most) {
    app.add_option(name, value, fmt::format("{} (default {}; K, M, G suffixes)", help, size_text(value)))
        ->option_text("SIZE")
        ->transform(CLI::AsSizeValue(false))
        ->check(CLI::Range(std::uint64_t{1}, most));
  };
  size("--max-field-bytes", limits.max_field_bytes, "Longest cell accepted", std::uint64_t{1} << 30);
  size("--max-row-bytes", limits.max_row_bytes, "Longest row accepted", std::uint64_t{1} << 30);
  size("--max-file-bytes", limits.max_file_bytes, "Largest input file accepted", std::uint64_t{4} << 30);
  app.add_option("--max-row-cells", limits.max_row_cells,
                 fmt::format("Most cells in a row (default {})", limits.max_row_cells))
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

void print_findings(const std::vector<diag::Diagnostic>& findings, diag::Lang lang) {
  for (const auto& finding : findings) std::cerr << diag::render_text(finding, lang) << '\n';
}

int parse(CLI::App& app, int argc, char** argv) {
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
    print_tool_error(app, e.what());
    std::cerr << fmt::format("Run '{} --help' for usage.\n", app.get_name());
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
    std::cerr << counts_line(files.size(), totals.valid_files, totals.errors, totals.warnings, options.lang(), skipped)
              << '\n';
  return exit_code_for(totals.errors, totals.warnings, options.strict);
}

std::string counts_line(std::size_t files, std::size_t valid_files, std::size_t errors, std::size_t warnings,
                        diag::Lang lang, std::size_t skipped) {
  using diag::ru_plural;
  if (lang == diag::Lang::ru) {
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
