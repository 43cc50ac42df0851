#include "roadmap/activity_index.h"

#include "text/case_fold.h"

namespace rmt::roadmap {
namespace {

std::string normalize(std::string_view text) {
  std::string out = text::fold_case(text::trim(text));
  for (char& c : out)
    if (c == ',') c = '.';
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

}  // namespace

ActivityIndex::ActivityIndex(const Roadmap& roadmap) {
  for (const auto& section : roadmap.sections)
    for (const auto& activity : section.activities) {
      activities_.push_back(&activity);
      normalized_ids_.push_back(normalize(activity.id));
      normalized_numbers_.push_back(normalize(activity.number));
    }
}

ActivityIndex::Match ActivityIndex::find(std::string_view text) const {
  const std::string_view trimmed = text::trim(text);
  for (std::size_t i = 0; i < activities_.size(); ++i)
    if (activities_[i]->id == trimmed) return {i, {}};
  const std::string key = normalize(trimmed);
  if (key.empty()) return {};
  for (std::size_t i = 0; i < activities_.size(); ++i)
    if (normalized_ids_[i] == key) return {i, {}};
  Match match;
  std::vector<std::size_t> hits;
  for (std::size_t i = 0; i < activities_.size(); ++i)
    if (normalized_numbers_[i] == key) hits.push_back(i);
  if (hits.size() == 1) match.index = hits.front();
  if (hits.size() > 1)
    for (const auto i : hits) match.candidates.push_back(activities_[i]->id);
  return match;
}

}  // namespace rmt::roadmap
