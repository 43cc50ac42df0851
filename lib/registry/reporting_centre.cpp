#include "registry/reporting_centre.h"

#include "text/case_fold.h"

namespace rmt::registry {
namespace {

bool is_centre(const Organization& organization) {
  const std::string kind = text::fold_case(organization.kind);
  return kind == "centre" || kind == "center" || kind.starts_with("центр");
}

}  // namespace

const Organization* reporting_centre(const roadmap::Roadmap& roadmap, const Registry* registry) {
  if (!registry) return nullptr;
  if (roadmap.body_org_ids.size() == 1) return registry->find(roadmap.body_org_ids.front());
  const Organization* centre = nullptr;
  for (const auto& id : roadmap.body_org_ids) {
    const Organization* body = registry->find(id);
    if (!body || !is_centre(*body)) continue;
    if (centre) return nullptr;  // two centres: no telling which
    centre = body;
  }
  return centre;
}

std::string reporting_centre_name(const roadmap::Roadmap& roadmap, const Registry* registry) {
  if (const Organization* centre = reporting_centre(roadmap, registry); centre && !centre->name.empty())
    return centre->name;
  if (roadmap.body_org_ids.size() != 1) return "";
  for (const auto& party : roadmap.parties)
    if (party.org_id == roadmap.body_org_ids.front()) return party.name;
  return "";
}

}  // namespace rmt::registry
