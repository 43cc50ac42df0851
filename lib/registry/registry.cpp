#include "registry/registry.h"

#include "text/lookalike.h"

namespace rmt::registry {

bool Registry::add(Organization organization) {
  if (index_.contains(organization.id)) return false;
  index_.emplace(organization.id, organizations_.size());
  lookalike_index_.emplace(text::fold_lookalikes(organization.id), organizations_.size());
  organizations_.push_back(std::move(organization));
  return true;
}

const Organization* Registry::find(std::string_view id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? nullptr : &organizations_[it->second];
}

std::vector<const Organization*> Registry::find_lookalike(std::string_view id) const {
  std::vector<const Organization*> found;
  const auto [first, last] = lookalike_index_.equal_range(text::fold_lookalikes(id));
  for (auto it = first; it != last; ++it) found.push_back(&organizations_[it->second]);
  return found;
}

std::vector<std::string> Registry::ids() const {
  std::vector<std::string> ids;
  ids.reserve(organizations_.size());
  for (const auto& organization : organizations_) ids.push_back(organization.id);
  return ids;
}

}  // namespace rmt::registry
