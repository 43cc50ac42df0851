#include <iostream>

#include "diag/messages.h"
#include "diag/render.h"
#include "io/inputs.h"
#include "json/writer.h"
#include "registry/loader.h"
#include "roadmap-validate/validate.h"
#include "roadmap/loader.h"
#include "validate/validator.h"

namespace rmt::validate_app {

int run_submission_check(const CLI::App& app, const Options& options) {
  const diag::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;

  // Without a valid roadmap (and registry, when given) nothing can be checked:
  // their errors are printed and the run stops with exit 2 (SPEC §2).
  diag::DiagnosticList setup;
  const auto roadmap = roadmap::load_roadmap_file(options.roadmap_path, setup);
  if (!roadmap) {
    cli::print_findings(setup.items(), lang);
    cli::print_tool_error(app, diag::msg::roadmap_has_errors().in(lang));
    return cli::kExitCannotRun;
  }
  diag::DiagnosticList registry_findings;
  std::optional<registry::Registry> registry;
  if (!options.orgs_path.empty()) {
    registry = registry::load_registry(options.orgs_path, registry_findings, options.reader_options());
    if (!registry) {
      cli::print_findings(registry_findings.items(), lang);
      cli::print_tool_error(app, diag::msg::registry_has_errors().in(lang));
      return cli::kExitCannotRun;
    }
  }

  validate::Validator validator(*roadmap, registry ? &*registry : nullptr, options.reader_options());
  std::vector<diag::FileReport> files;
  for (const auto& path : io::expand_inputs(options.inputs)) {
    files.push_back(validator.check_file(path));
    if (!json) cli::print_findings(files.back().findings, lang);
  }
  // Registry-level findings (its own warnings, who sent nothing) belong to the registry file.
  if (registry) {
    diag::FileReport registry_report{registry->source, {}, {}, {}, registry_findings.items()};
    for (auto& finding : validator.finish()) registry_report.findings.push_back(std::move(finding));
    if (!json) cli::print_findings(registry_report.findings, lang);
    if (!registry_report.findings.empty()) files.push_back(std::move(registry_report));
  }

  std::size_t errors = 0, warnings = 0, valid_files = 0;
  for (const auto& file : files) {
    errors += file.errors();
    warnings += file.warnings();
    valid_files += cli::exit_code_for(file.errors(), file.warnings(), options.strict) == 0;
  }
  if (json) {
    json::Writer writer(std::cout);
    writer.begin_object();
    diag::write_json_files(writer, files, lang, options.strict);
    writer.end_object();
    std::cout << '\n';
  } else if (!options.quiet) {
    if (!registry) std::cerr << diag::msg::registry_checks_skipped().in(lang) << '\n';
    std::cerr << cli::counts_line(files.size(), valid_files, errors, warnings, lang) << '\n';
  }
  return cli::exit_code_for(errors, warnings, options.strict);
}

}  // namespace rmt::validate_app
