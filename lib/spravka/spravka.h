// The analytic report (аналитическая справка, SPEC.md §11): the document the
// department asked for, written as .docx from the same figures as the
// monitoring workbook — coverage, results per section, overdue activities,
// dynamics against the previous period, organizations that need attention,
// conclusions, and two charts. Laid out here; computed in lib/aggregate.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/monitoring.h"
#include "io/write_result.h"
#include "vocab/lang.h"
#include "outcome/organization_status.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"

namespace rmt::spravka {

struct SpravkaInputs {
  const roadmap::Roadmap& roadmap;
  const roadmap::ActivityIndex& activities;
  const aggregate::Monitoring& monitoring;
  const std::vector<outcome::OrganizationStatus>& statuses;
  /// The registry; none: the organizations are only those whose files came.
  const registry::Registry* registry = nullptr;
};

struct SpravkaOptions {
  vocab::Lang lang = vocab::Lang::ru;
  /// Who sends it. Empty: the reporting centre (registry/reporting_centre.h).
  std::string from;
  /// How many organizations the «need attention» table lists at most.
  std::size_t attention = 10;
};

/// What was written, for the run's closing line and JSON document.
struct SpravkaResult {
  io::WriteResult write;  ///< whether the document was written
  std::vector<std::string> headings;  ///< the first-level headings, in order
  std::size_t tables = 0, pictures = 0;
  std::optional<std::size_t> previous_period;  ///< the period the dynamics compare with
};

/// The period the dynamics compare with (the one before the report's own,
/// SPEC.md §8a); nullopt when they are left out.
std::optional<std::size_t> previous_period(const aggregate::Monitoring& monitoring);

/// Writes the report to `path`.
SpravkaResult write_spravka(const std::string& path, const SpravkaInputs& inputs, const SpravkaOptions& options);

}  // namespace rmt::spravka
