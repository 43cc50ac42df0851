#include "aggregate/by_district.h"

#include <algorithm>
#include <unordered_map>

namespace rmt::aggregate {

std::optional<double> DistrictActivity::share() const {
  if (required <= not_applicable) return std::nullopt;
  return static_cast<double>(done) / static_cast<double>(required - not_applicable);
}

namespace {

void add(DistrictRow& row, const outcome::OrganizationStatus& status, const Monitoring& monitoring,
         std::optional<std::size_t> org) {
  ++row.organizations;
  if (status.status != outcome::OrgStatus::not_received) ++row.sent;
  if (status.status == outcome::OrgStatus::accepted) ++row.accepted;
  if (!org) return;  // not in the matrix: it has nothing to report for the period
  for (std::size_t a = 0; a < row.activities.size(); ++a) {
    const Cell& cell = monitoring.cell(*org, a);
    if (cell.state == Cell::not_required) continue;
    auto& figures = row.activities[a];
    ++figures.required;
    if (cell.state != Cell::reported) continue;
    ++figures.reported;
    if (cell.status == submission::Status::done) ++figures.done;
    if (cell.status == submission::Status::not_applicable) ++figures.not_applicable;
    if (cell.has_value) {
      figures.sum += cell.value;
      figures.has_value = true;
    }
  }
}

}  // namespace

Districts by_district(const Monitoring& monitoring, const std::vector<outcome::OrganizationStatus>& statuses) {
  Districts result;
  bool any_district = false;
  for (const auto& status : statuses) any_district = any_district || !status.district.empty();
  if (!any_district) return result;

  std::unordered_map<std::string, std::size_t> matrix_row;  // org id -> row of the matrix
  for (std::size_t o = 0; o < monitoring.orgs.size(); ++o) matrix_row.emplace(monitoring.orgs[o].id, o);
  const std::size_t activities = monitoring.current().size();
  result.total.activities.resize(activities);
  std::unordered_map<std::string, std::size_t> district_row;
  for (const auto& status : statuses) {
    auto [it, added] = district_row.emplace(status.district, result.rows.size());
    if (added) {
      result.rows.push_back({status.district, 0, 0, 0, {}});
      result.rows.back().activities.resize(activities);
    }
    std::optional<std::size_t> org;
    if (const auto found = matrix_row.find(status.org_id); found != matrix_row.end()) org = found->second;
    add(result.rows[it->second], status, monitoring, org);
    add(result.total, status, monitoring, org);
  }
  // Organizations without a district, if any, come last.
  std::stable_partition(result.rows.begin(), result.rows.end(), [](const DistrictRow& row) { return !row.district.empty(); });
  return result;
}

}  // namespace rmt::aggregate
