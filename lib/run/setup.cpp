#include "run/setup.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "io/output_file.h"
#include "registry/loader.h"
#include "roadmap/loader.h"
#include "roadmap/locate.h"
#include "run/store_copy.h"

namespace rmt::run {

vocab::Localized roadmap_not_found(const std::string& name) {
  return diag::msg::roadmap_not_found(name, fmt::format("{}", fmt::join(roadmap::roadmap_dirs(), ", ")),
                                      fmt::format("{}", fmt::join(roadmap::installed_roadmaps(), ", ")));
}

std::optional<Setup> load_setup(const Sources& request, Listener& listener, Stop& stop) {
  std::shared_ptr<StoreCopy> copy;
  if (!request.store.path.empty()) {
    copy = copy_store(request, stop);
    if (!copy) return std::nullopt;
  }
  const Sources& sources = copy ? copy->sources : request;
  const auto stdin_uses = std::count(sources.inputs.begin(), sources.inputs.end(), "-") + (sources.roadmap == "-") +
                          (sources.registry == "-");
  if (stdin_uses > 1) {
    stop = {diag::msg::stdin_twice(), {}};
    return std::nullopt;
  }
  const std::string path = roadmap::locate_roadmap(sources.roadmap);
  if (roadmap::names_roadmap(path)) {
    stop = {roadmap_not_found(path), {}};
    return std::nullopt;
  }
  diag::DiagnosticList roadmap_findings;
  auto roadmap = roadmap::load_roadmap_file(path, roadmap_findings);
  if (!roadmap) {
    stop = {diag::msg::roadmap_has_errors(), roadmap_findings.items()};
    return std::nullopt;
  }
  Setup setup{sources, copy, std::move(*roadmap), std::nullopt, {}};
  if (sources.registry.empty()) return setup;
  diag::DiagnosticList findings;
  setup.registry = registry::load_registry(sources.registry, findings, sources.reader);
  if (!setup.registry) {
    stop = {diag::msg::registry_has_errors(), findings.items()};
    return std::nullopt;
  }
  setup.registry_findings = findings.items();
  listener.registry_notes(findings.notes());
  return setup;
}

io::InputList expand_sources(const Sources& sources) {
  io::InputList list = io::expand_inputs(sources.inputs);
  for (auto& skipped : list.skipped) skipped.path = csv::shown_name(skipped.path, sources.reader);
  return list;
}

std::optional<diag::FileReport> registry_report(const Setup& setup, std::vector<diag::Diagnostic> run_findings,
                                                std::vector<diag::Note> run_notes) {
  if (!setup.registry) return std::nullopt;
  diag::FileReport report;
  report.path = setup.registry->source;
  report.registry = true;
  report.findings = setup.registry_findings;
  for (auto& finding : run_findings) report.findings.push_back(std::move(finding));
  report.notes = std::move(run_notes);
  if (report.findings.empty() && report.notes.empty()) return std::nullopt;
  return report;
}

const diag::FileReport* registry_report_among(const std::vector<diag::FileReport>& files) {
  return !files.empty() && files.back().registry ? &files.back() : nullptr;
}

std::optional<Stop> outputs_overwrite_inputs(const std::vector<std::string>& outputs,
                                             const std::vector<std::string>& input_files, const Sources& sources) {
  std::vector<std::string> taken = input_files;
  taken.push_back(sources.roadmap);
  if (!sources.registry.empty()) taken.push_back(sources.registry);
  for (const auto& output : outputs) {
    if (output.empty() || output == "-") continue;
    for (const auto& path : taken)
      if (output == path || io::same_file(output, path)) return Stop{diag::msg::output_is_input(output), {}};
    taken.push_back(output);  // two outputs must differ too
  }
  return std::nullopt;
}

}  // namespace rmt::run
