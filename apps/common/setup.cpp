#include "common/setup.h"

#include <algorithm>
#include <iostream>

#include "diag/messages.h"
#include "registry/loader.h"
#include "roadmap/loader.h"

namespace rmt::cli {

std::optional<Setup> load_setup(const CLI::App& app, const CommonOptions& options,
                                const std::vector<std::string>& inputs) {
  const diag::Lang lang = options.lang();
  const auto stdin_uses = std::count(inputs.begin(), inputs.end(), "-") + (options.roadmap_path == "-") +
                          (options.orgs_path == "-");
  if (stdin_uses > 1) {
    print_tool_error(app, diag::msg::stdin_twice().in(lang));
    return std::nullopt;
  }
  diag::DiagnosticList roadmap_findings;
  auto roadmap = roadmap::load_roadmap_file(options.roadmap_path, roadmap_findings);
  if (!roadmap) {
    print_findings(roadmap_findings.items(), lang);
    print_tool_error(app, diag::msg::roadmap_has_errors().in(lang));
    return std::nullopt;
  }
  Setup setup{std::move(*roadmap), std::nullopt, {}};
  if (!options.orgs_path.empty()) {
    diag::DiagnosticList registry_findings;
    setup.registry = registry::load_registry(options.orgs_path, registry_findings, options.reader_options());
    if (!setup.registry) {
      print_findings(registry_findings.items(), lang);
      print_tool_error(app, diag::msg::registry_has_errors().in(lang));
      return std::nullopt;
    }
    setup.registry_findings = registry_findings.items();
    print_notes(registry_findings.notes(), options);
  }
  return setup;
}

void add_registry_report(const Setup& setup, std::vector<diag::Diagnostic> run_findings,
                         std::vector<diag::FileReport>& files, const CommonOptions& options) {
  const bool text = options.format() == OutputFormat::text;
  if (!setup.registry) {
    if (text && !options.quiet) std::cerr << diag::msg::registry_checks_skipped().in(options.lang()) << '\n';
    return;
  }
  diag::FileReport report;
  report.path = setup.registry->source;
  report.findings = setup.registry_findings;
  for (auto& finding : run_findings) report.findings.push_back(std::move(finding));
  if (text) print_findings(report.findings, options.lang());
  if (!report.findings.empty()) files.push_back(std::move(report));
}

}  // namespace rmt::cli
