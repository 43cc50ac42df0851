#include "registry/registry.h"

namespace rmt::registry {

bool Registry::add(Organization organization) {
  if (index_.contains(organization.id)) return false;
  index_.emplace(organization.id, organizations_.size());
  organizations_.push_back(std::move(organization));
  return true;
}

const Organization* Registry::find(std::string_view id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? nullptr : &organizations_[it->second];
}

std::vector<std::string> Registry::ids() const {
  std::vector<std::string> ids;
  ids.reserve(organizations_.size());
  for (const auto& organization : organizations_) ids.push_back(organization.id);
  return ids;
}

}  // namespace rmt::registry
