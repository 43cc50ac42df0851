// The first step of every job that reads submissions: the roadmap and, when
// given, the organization registry (SPEC.md §2–§4). Their errors stop the
// run; a registry given is always checked.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/file_report.h"
#include "io/inputs.h"
#include "registry/registry.h"
#include "roadmap/roadmap.h"
#include "run/sources.h"

namespace rmt::run {

class StoreCopy;

struct Setup {
  /// What the job reads: the request's sources, or for a store its working
  /// copy's (the copy lives as long as the setup).
  Sources sources;
  std::shared_ptr<StoreCopy> store;
  roadmap::Roadmap roadmap;
  std::optional<registry::Registry> registry;
  std::vector<diag::Diagnostic> registry_findings;  ///< the registry's own warnings

  const registry::Registry* registry_or_null() const { return registry ? &*registry : nullptr; }
};

/// Loads the roadmap and the registry of `sources`, telling `listener` the
/// registry's notes. nullopt, with `stop` saying why, when the roadmap is not
/// found or has errors, the registry cannot be read or has errors, or
/// standard input is named more than once among them and the inputs.
std::optional<Setup> load_setup(const Sources& sources, Listener& listener, Stop& stop);

/// The files `sources` names (io::expand_inputs), those skipped shown as
/// findings show files (csv::shown_name).
io::InputList expand_sources(const Sources& sources);

/// The registry's own report (SPEC.md §6): its warnings, then the run-wide
/// findings about it (who sent nothing) and notes. nullopt without a
/// registry, or when there is nothing to say.
std::optional<diag::FileReport> registry_report(const Setup& setup, std::vector<diag::Diagnostic> run_findings,
                                                std::vector<diag::Note> run_notes = {});

/// The registry's report among a job's `files` (it is the last, when there is one).
const diag::FileReport* registry_report_among(const std::vector<diag::FileReport>& files);

/// A Stop when one of `outputs` ("" and "-" skipped) is one of the inputs,
/// the roadmap, the registry or another output: an output never replaces
/// what the run reads.
std::optional<Stop> outputs_overwrite_inputs(const std::vector<std::string>& outputs,
                                             const std::vector<std::string>& input_files, const Sources& sources);

/// Why `-r NAME` found nothing: the directories searched and the installed names.
vocab::Localized roadmap_not_found(const std::string& name);

}  // namespace rmt::run
