// roadmap-validate's two jobs (SPEC.md §2, §5, §6): a roadmap checked alone
// (with the registry, when given), and submissions checked against both,
// with who sent nothing and each organization's status for the run's period.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "io/inputs.h"
#include "outcome/organization_status.h"
#include "run/setup.h"

namespace rmt::run {

struct RoadmapCheck {
  std::optional<roadmap::Roadmap> roadmap;  ///< none when it has errors
  diag::FileReport file;                    ///< the roadmap's findings («<stdin>» for standard input)
  std::vector<diag::Diagnostic> registry_warnings;
  std::optional<Stop> stop;  ///< the registry cannot be read or has errors, or the roadmap is not found
  /// The roadmap could not be read at all (exit 2 rather than 1).
  bool unreadable() const;
};

/// The roadmap of `sources` checked alone; its registry, when given, too.
RoadmapCheck check_roadmap(const Sources& sources, Listener& listener);

struct ValidateRequest {
  Sources sources;
  std::string period;       ///< as asked; empty: choose (outcome/run_period.h)
  calendar::Date today{};   ///< for choosing the period
  bool last_wins = false;   ///< a later file's different row replaces the earlier (a resend), else a conflict
  bool list_missing = false;  ///< name each organization that sent nothing, even for single files
};

struct ValidateOutcome {
  std::optional<Setup> setup;
  io::InputList inputs;
  std::vector<diag::FileReport> files;  ///< every input's report, then the registry's (when it has anything)
  std::size_t period = 0;
  std::vector<outcome::OrganizationStatus> statuses;
  std::optional<Stop> stop;

};

ValidateOutcome validate(const ValidateRequest& request, Listener& listener);

}  // namespace rmt::run
