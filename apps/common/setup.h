// What every program that reads submissions needs before it starts: the
// roadmap and, when given, the organization registry. Their errors stop the
// run with exit 2 (SPEC.md §2); this prints them and says why.
#pragma once

#include <optional>
#include <vector>

#include "common/cli.h"
#include "diag/render.h"
#include "registry/registry.h"
#include "roadmap/roadmap.h"

namespace rmt::cli {

struct Setup {
  roadmap::Roadmap roadmap;
  std::optional<registry::Registry> registry;
  std::vector<diag::Diagnostic> registry_findings;  ///< the registry's own warnings

  const registry::Registry* registry_or_null() const { return registry ? &*registry : nullptr; }
};

/// Loads --orgs when given. False (after printing its findings and why) when
/// it cannot be read or has errors: SPEC.md §4, a registry given is always
/// checked. `registry` stays empty when none was given; its warnings go to
/// `warnings`, its notes are printed.
bool load_registry_option(const CLI::App& app, const CommonOptions& options, std::optional<registry::Registry>& registry,
                          std::vector<diag::Diagnostic>& warnings);

/// Why `-r NAME` found nothing: the directories searched and the installed names.
diag::Localized roadmap_not_found(const std::string& name);

/// Loads -r and --orgs. nullopt (after printing the findings and the reason)
/// when the run cannot go on, also when standard input is named more than
/// once among -r, --orgs and `inputs`.
std::optional<Setup> load_setup(const CLI::App& app, const CommonOptions& options,
                                const std::vector<std::string>& inputs = {});

/// Files the registry's warnings and the run-wide findings about it (who sent
/// nothing) under the registry's own report: printed in text mode, appended
/// to `files` when there is anything to say. Without a registry, in text mode
/// and unless quiet, notes that the registry checks were skipped.
void add_registry_report(const Setup& setup, std::vector<diag::Diagnostic> run_findings,
                         std::vector<diag::FileReport>& files, const CommonOptions& options,
                         std::vector<diag::Note> run_notes = {});

}  // namespace rmt::cli
