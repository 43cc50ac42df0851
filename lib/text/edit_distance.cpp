#include "text/edit_distance.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace rmt::text {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return bounded_edit_distance(a, b, std::max(a.size(), b.size()));
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;  // that many insertions at least
  // One row of the table, on the stack for the short words this compares
  // (ids, headers), so that checking one word against a national registry
  // allocates nothing.
  std::size_t small[64];
  std::vector<std::size_t> large;
  std::size_t* row = small;
  if (b.size() + 1 > std::size(small)) {
    large.resize(b.size() + 1);
    row = large.data();
  }
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t row_min = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
      row_min = std::min(row_min, row[j]);
    }
    if (row_min > limit) return limit + 1;  // every later row is at least this
  }
  return std::min(row[b.size()], limit + 1);
}

namespace {

// True when one substitution, insertion or deletion (or none) turns a into b:
// linear, where the general distance is quadratic.
bool within_one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  return a.size() == b.size() ? a.substr(i + 1) == b.substr(i + 1) : a.substr(i) == b.substr(i + 1);
}

template <typename Candidates>
std::string closest(std::string_view word, const Candidates& candidates) {
  // Most typos are one edit away: a linear pass finds those (the first one
  // wins, unless the word is there exactly); only then the full search.
  std::optional<std::string_view> first_near;
  for (const auto& candidate : candidates) {
    const std::string_view c(candidate);
    if (c == word) return std::string(c);
    if (!first_near && within_one_edit(word, c)) first_near = c;
  }
  if (first_near) return std::string(*first_near);
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const auto& candidate : candidates) {
    // Only a strictly closer candidate can replace the best one.
    const std::size_t distance = bounded_edit_distance(word, candidate, best_distance - 1);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}
}  // namespace

std::string closest_match(std::string_view word, std::span<const std::string> candidates) {
  return closest(word, candidates);
}
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates) {
  return closest(word, candidates);
}

}  // namespace rmt::text
