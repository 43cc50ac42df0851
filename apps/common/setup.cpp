#include "common/setup.h"

#include <algorithm>
#include <iostream>

#include "diag/messages.h"
#include "registry/loader.h"
#include "roadmap/loader.h"

namespace rmt::cli {

bool load_registry_option(const CLI::App& app, const CommonOptions& options, std::optional<registry::Registry>& registry,
                          std::vector<diag::Diagnostic>& warnings) {
  if (options.orgs_path.empty()) return true;
  diag::DiagnosticList findings;
  registry = registry::load_registry(options.orgs_path, findings, options.reader_options());
  if (!registry) {
    print_findings(findings.items(), options.lang());
    print_tool_error(app, diag::msg::registry_has_errors().in(options.lang()));
    return false;
  }
  warnings = findings.items();
  print_notes(findings.notes(), options);
  return true;
}

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
  if (!load_registry_option(app, options, setup.registry, setup.registry_findings)) return std::nullopt;
  return setup;
}

void add_registry_report(const Setup& setup, std::vector<diag::Diagnostic> run_findings,
                         std::vector<diag::FileReport>& files, const CommonOptions& options,
                         std::vector<diag::Note> run_notes) {
  const bool text = options.format() == OutputFormat::text;
  if (!setup.registry) {
    if (text && !options.quiet) std::cerr << diag::msg::registry_checks_skipped().in(options.lang()) << '\n';
    return;
  }
  diag::FileReport report;
  report.path = setup.registry->source;
  report.registry = true;
  report.findings = setup.registry_findings;
  for (auto& finding : run_findings) report.findings.push_back(std::move(finding));
  report.notes = std::move(run_notes);
  if (text) print_findings(report.findings, options.lang());
  print_notes(report.notes, options);
  if (!report.findings.empty() || !report.notes.empty()) files.push_back(std::move(report));
}

}  // namespace rmt::cli
