// Results by district (SPEC.md §8, «По районам»): per district of the
// registry, how many organizations it has, how many sent a report and how
// many were accepted, and per activity the share of its organizations that
// did it (or the sum of what they reported). The department's first question
// at regional scale; the workbook only lays it out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/monitoring.h"
#include "outcome/organization_status.h"

namespace rmt::aggregate {

struct DistrictActivity {
  std::size_t required = 0;        ///< organizations of the district that must report on it
  std::size_t reported = 0;        ///< of them, with a row accepted for it
  std::size_t done = 0;            ///< of them, done
  std::size_t not_applicable = 0;  ///< of them, n/a
  double sum = 0;                  ///< of the values reported
  bool has_value = false;
  /// done / (required − n/a): the share of those it applies to that did it;
  /// nullopt when it applies to none of them.
  std::optional<double> share() const;
};

struct DistrictRow {
  std::string district;  ///< "" for the organizations the registry gives no district
  std::size_t organizations = 0, sent = 0, accepted = 0;
  std::vector<DistrictActivity> activities;  ///< per flat activity
};

struct Districts {
  std::vector<DistrictRow> rows;  ///< in order of first appearance in the registry
  DistrictRow total;              ///< every organization
  bool empty() const { return rows.empty(); }
};

/// Groups the organizations of `statuses` (the run's every organization) by
/// district, with their cells of `monitoring`. Empty when no organization has
/// a district.
Districts by_district(const Monitoring& monitoring, const std::vector<outcome::OrganizationStatus>& statuses);

}  // namespace rmt::aggregate
