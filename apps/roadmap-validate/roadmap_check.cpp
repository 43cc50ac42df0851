#include <iostream>

#include "diag/render.h"
#include "json/writer.h"
#include "report/roadmap_summary.h"
#include "common/setup.h"
#include "roadmap-validate/validate.h"
#include "roadmap/loader.h"
#include "roadmap/locate.h"

namespace rmt::validate_app {

int run_roadmap_check(const CLI::App& app, const Options& options) {
  const diag::Lang lang = options.lang();
  // A registry given is checked even with no submissions (SPEC.md §4).
  std::optional<registry::Registry> registry;
  std::vector<diag::Diagnostic> registry_warnings;
  if (!cli::load_registry_option(app, options, registry, registry_warnings)) return cli::kExitCannotRun;
  if (options.format() == cli::OutputFormat::text) cli::print_findings(registry_warnings, lang);
  diag::DiagnosticList findings;
  const std::string path = roadmap::locate_roadmap(options.roadmap_path);
  if (roadmap::names_roadmap(path)) {
    cli::print_tool_error(app, cli::roadmap_not_found(path).in(lang));
    return cli::kExitCannotRun;
  }
  const auto roadmap = roadmap::load_roadmap_file(path, findings);
  diag::FileReport file;
  file.path = path == "-" ? "<stdin>" : path;
  file.findings = findings.items();
  const std::size_t valid_files = cli::exit_code_for(file.errors(), file.warnings(), options.strict) == 0 ? 1 : 0;

  if (options.format() == cli::OutputFormat::json) {
    json::Writer writer(std::cout);
    writer.begin_object();
    diag::write_json_files(writer, {file}, lang, options.strict);
    if (roadmap) {
      writer.key("roadmap");
      report::write_roadmap_summary_json(writer, *roadmap, lang);
    }
    writer.end_object();
    std::cout << '\n';
  } else {
    cli::print_findings(findings.items(), lang);
    if (roadmap && !options.quiet) report::write_roadmap_summary_text(std::cout, *roadmap, lang);
    if (!options.quiet) std::cerr << cli::counts_line(1, valid_files, file.errors(), file.warnings(), lang) << '\n';
  }
  std::cout.flush();
  for (const auto& finding : findings.items())
    if (finding.code == diag::Code::unreadable_file) return cli::kExitCannotRun;
  return cli::exit_code_for(file.errors(), file.warnings(), options.strict);
}

}  // namespace rmt::validate_app
