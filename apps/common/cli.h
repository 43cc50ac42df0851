// Command-line plumbing every program shares: the common options of SPEC.md
// §2, parsing with exit code 2 on bad usage, and the exit-code policy.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "common/option_values.h"
#include "csv/reader.h"
#include "vocab/lang.h"
#include "diag/render.h"
#include "diag/sink.h"
#include "io/inputs.h"
#include "outcome/organization_status.h"
#include "roadmap/roadmap.h"

namespace rmt::cli {

enum class OutputFormat { text, json };

struct CommonOptions {
  /// The language of --help and usage errors, read from the arguments before
  /// they are parsed (ui_lang()); --lang then sets lang_name as usual.
  vocab::Lang help_lang = vocab::Lang::ru;
  std::string roadmap_path;
  std::string orgs_path;  ///< registry; empty when not given
  std::string store_path;  ///< --store: a submission store read instead of -r, --orgs and inputs
  std::string encoding_name = "auto";
  std::string delimiter_name = "auto";
  std::string lang_name = "ru";
  std::string format_name = "text";
  bool quiet = false;
  bool strict = false;
  unsigned jobs = 0;  ///< threads reading submissions; 0: one per processor
  csv::ReaderLimits limits;  ///< --max-field-bytes, --max-row-bytes, --max-row-cells, --max-file-bytes

  /// --jobs, or the processors available.
  unsigned threads() const;

  vocab::Lang lang() const { return *vocab::parse_lang(lang_name); }
  OutputFormat format() const { return format_name == "json" ? OutputFormat::json : OutputFormat::text; }
  /// The CSV dialect the user fixed with --encoding/--delimiter ("auto": detect),
  /// and the limits.
  csv::ReaderOptions reader_options() const;
};

/// Exit codes of SPEC.md §2.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitCannotRun = 2;

/// The language the arguments ask for (`--lang en`, `--lang=en`), Russian
/// otherwise: --help and usage errors must be in it before parsing can tell.
vocab::Lang ui_lang(int argc, char** argv);

/// Sets the example, the exit codes, --help and --version, CLI11's labels
/// and the common options, all in options.help_lang.
/// `with_roadmap`: the program reads a roadmap (-r, required); roadmap-import
/// writes one instead.
void setup_app(CLI::App& app, std::string_view example, CommonOptions& options, bool with_roadmap = true);
/// Adds --orgs, --encoding, --delimiter, --jobs and the input limits, for
/// programs that read CSV.
void add_csv_options(CLI::App& app, CommonOptions& options);
/// Adds --store STORE (SPEC.md §15): the roadmap, the registry and the
/// submissions come from a store, so -r is no longer required and -r,
/// --orgs and `inputs` (the positional option, when given) are refused with it.
void add_store_option(CLI::App& app, CommonOptions& options, CLI::Option* inputs = nullptr);

/// Parses the command line. Returns -1 when the program should go on, or the
/// exit code to return now (0 after --help/--version, 2 on bad usage, with the
/// reason printed on stderr).
int parse(CLI::App& app, int argc, char** argv);

/// 0, or 1 when there were errors (or, with --strict, warnings).
int exit_code_for(std::size_t errors, std::size_t warnings, bool strict);

/// "roadmap-validate: <message>" on stderr, for problems that are not
/// findings about an input (bad usage, unwritable output).
void print_tool_error(const CLI::App& app, std::string_view message);

/// Prints findings in the text form, one per line, on stderr.
void print_findings(const std::vector<diag::Diagnostic>& findings, vocab::Lang lang);

/// The closing line about organizations («организации: представили 57 из 61; …»)
/// on stderr, in text mode unless quiet, when there is a registry.
/// For each organization that sent only files for other periods than the
/// run's, why it is not received (text mode, stderr): «SCH-01: прислан отчёт
/// за III квартал 2022 г., а нужен за IV квартал 2022 г. (файл …)».
void print_other_periods(const std::vector<outcome::OrganizationStatus>& statuses, const roadmap::Roadmap& roadmap,
                         std::size_t period, const CommonOptions& options);
void print_statuses(const std::vector<outcome::OrganizationStatus>& statuses, bool with_registry,
                    const CommonOptions& options);

/// Prints notes ("file:3: примечание: …") on stderr in text mode unless quiet.
void print_notes(const std::vector<diag::Note>& notes, const CommonOptions& options);

/// Names every file a directory held that was not read, one line each on
/// stderr in text mode, quiet or not: a school's file passed over must never
/// go unnoticed.
void print_skipped(const std::vector<io::SkippedFile>& skipped, const CommonOptions& options);

/// Ends a run over `files`: the closing counts line on stderr (text mode, not
/// quiet; it names the `skipped` files' count when there are any), and the
/// exit code for their errors and warnings.
int finish_run(const std::vector<diag::FileReport>& files, const CommonOptions& options, std::size_t skipped = 0);

/// The closing line of a text-mode run: "2 files, 1 valid, 3 errors, 1 warning".
std::string counts_line(std::size_t files, std::size_t valid_files, std::size_t errors, std::size_t warnings,
                        vocab::Lang lang, std::size_t skipped = 0);

}  // namespace rmt::cli
