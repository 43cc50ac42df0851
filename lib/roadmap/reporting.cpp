#include "roadmap/reporting.h"

#include <algorithm>

namespace rmt::roadmap {

Reporters resolve_reporters(const std::vector<Party>& parties, const std::vector<std::string>& responsible) {
  Reporters reporters;
  for (const auto& party_id : responsible) {
    const auto party = std::find_if(parties.begin(), parties.end(), [&](const Party& p) { return p.id == party_id; });
    if (party == parties.end()) continue;
    if (party->each_organization) reporters.every_organization = true;
    if (!party->org_id.empty()) reporters.org_ids.push_back(party->org_id);
  }
  std::sort(reporters.org_ids.begin(), reporters.org_ids.end());
  reporters.org_ids.erase(std::unique(reporters.org_ids.begin(), reporters.org_ids.end()), reporters.org_ids.end());
  return reporters;
}

bool is_body(const Roadmap& roadmap, std::string_view org_id) {
  return std::binary_search(roadmap.body_org_ids.begin(), roadmap.body_org_ids.end(), org_id);
}

bool reports_on(const Roadmap& roadmap, const Activity& activity, std::string_view org_id) {
  const auto& named = activity.reporters.org_ids;
  if (std::binary_search(named.begin(), named.end(), org_id)) return true;
  return activity.reporters.every_organization && !is_body(roadmap, org_id);
}

}  // namespace rmt::roadmap
