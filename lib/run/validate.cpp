#include "run/validate.h"

#include "diag/messages.h"
#include "outcome/run_period.h"
#include "registry/loader.h"
#include "roadmap/loader.h"
#include "roadmap/locate.h"
#include "validate/validator.h"

namespace rmt::run {

bool RoadmapCheck::unreadable() const {
  for (const auto& finding : file.findings)
    if (finding.code == diag::Code::unreadable_file) return true;
  return false;
}

RoadmapCheck check_roadmap(const Sources& sources, Listener& listener) {
  RoadmapCheck check;
  // A registry given is checked even with no submissions (SPEC.md §4).
  if (!sources.registry.empty()) {
    diag::DiagnosticList findings;
    if (!registry::load_registry(sources.registry, findings, sources.reader)) {
      check.stop = Stop{diag::msg::registry_has_errors(), findings.items()};
      return check;
    }
    check.registry_warnings = findings.items();
    listener.registry_notes(findings.notes());
  }
  const std::string path = roadmap::locate_roadmap(sources.roadmap);
  if (roadmap::names_roadmap(path)) {
    check.stop = Stop{roadmap_not_found(path), {}};
    return check;
  }
  diag::DiagnosticList findings;
  check.roadmap = roadmap::load_roadmap_file(path, findings);
  check.file.path = path == "-" ? "<stdin>" : path;
  check.file.findings = findings.items();
  return check;
}

ValidateOutcome validate(const ValidateRequest& request, Listener& listener) {
  ValidateOutcome result;
  Stop stop;
  result.setup = load_setup(request.sources, listener, stop);
  if (!result.setup) {
    result.stop = std::move(stop);
    return result;
  }
  const Setup& setup = *result.setup;
  validate::Validator validator(setup.roadmap, setup.registry_or_null(), setup.sources.reader);
  validator.detect_conflicts(request.last_wins);
  result.inputs = expand_sources(setup.sources);
  listener.reading(result.inputs.files.size());
  validator.check_files(
      result.inputs.files, {},
      [&](diag::FileReport report) {
        listener.file_read(report, report.findings);
        result.files.push_back(std::move(report));
      },
      request.sources.threads);
  listener.read_all();
  // One period is judged (SPEC.md §8a): who sent nothing, and each organization's status, are for it.
  const auto period = outcome::choose_run_period(setup.roadmap, result.files, request.period, request.today);
  if (!period) {
    result.stop = Stop{diag::msg::unknown_period_option(request.period, setup.roadmap.period_list()), {}};
    return result;
  }
  result.period = *period;
  auto missing = validator.missing_report(request.list_missing || result.inputs.directories > 0, *period);
  if (auto report = registry_report(setup, std::move(missing.findings), std::move(missing.notes)))
    result.files.push_back(std::move(*report));
  result.statuses = outcome::decide_statuses(
      {setup.registry_or_null(), &result.files, *period, validator.conflicted_submissions()});
  return result;
}

}  // namespace rmt::run
