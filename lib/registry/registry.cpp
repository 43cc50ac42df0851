#include "registry/registry.h"

#include "text/case_fold.h"
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

const Organization* Registry::named_by_file(std::string_view path) const {
  std::string_view stem = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  if (const auto dot = stem.rfind('.'); dot != std::string_view::npos && dot > 0) stem = stem.substr(0, dot);
  // A copy's marks: «X (2)», «X - копия», «X - Copy», «Копия X».
  for (const std::string_view suffix : {" - копия", " - Копия", " - Copy", " - copy"})
    if (stem.ends_with(suffix)) stem.remove_suffix(suffix.size());
  if (stem.ends_with(')')) {
    const auto open = stem.rfind(" (");
    if (open != std::string_view::npos &&
        stem.substr(open + 2, stem.size() - open - 3).find_first_not_of("0123456789") == std::string_view::npos)
      stem = stem.substr(0, open);
  }
  if (const Organization* exact = find(stem)) return exact;
  const std::string folded = text::fold_case(stem);
  const Organization* match = nullptr;
  for (const auto& organization : organizations_) {
    if (text::fold_case(organization.id) != folded) continue;
    if (match) return nullptr;  // SCH-01 and sch-01 both in the registry
    match = &organization;
  }
  if (match) return match;
  const auto twins = find_lookalike(stem);
  return twins.size() == 1 ? twins.front() : nullptr;
}

std::vector<std::string> Registry::ids() const {
  std::vector<std::string> ids;
  ids.reserve(organizations_.size());
  for (const auto& organization : organizations_) ids.push_back(organization.id);
  return ids;
}

}  // namespace rmt::registry
