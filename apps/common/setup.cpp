#include "common/setup.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <iostream>

#include "diag/messages.h"
#include "registry/loader.h"
#include "roadmap/loader.h"
#include "roadmap/locate.h"

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

diag::Localized roadmap_not_found(const std::string& name) {
  return diag::msg::roadmap_not_found(name, fmt::format("{}", fmt::join(roadmap::roadmap_dirs(), ", ")),
                                      fmt::format("{}", fmt::join(roadmap::installed_roadmaps(), ", ")));
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
  const std::string path = roadmap::locate_roadmap(options.roadmap_path);
  if (roadmap::names_roadmap(path)) {
    print_tool_error(app, roadmap_not_found(path).in(lang));
    return std::nullopt;
  }
  auto roadmap = roadmap::load_roadmap_file(path, roadmap_findings);
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
