#include "merge/merged_set.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace rmt::merge {

std::uint32_t StringTable::intern(std::string_view text) {
  if (const auto found = index_.find(text); found != index_.end()) return found->second;
  const auto index = static_cast<std::uint32_t>(strings_.size());
  const std::string& stored = strings_.emplace_back(text);
  index_.emplace(stored, index);
  return index;
}

TextRef TextArena::add(std::string_view text) {
  if (text.empty()) return {};
  // A text larger than a chunk gets a chunk of its own; later texts go on in a fresh one.
  const std::size_t size = std::min<std::size_t>(text.size(), UINT32_MAX);
  if (used_ + size > kChunkBytes) {
    chunks_.push_back(std::make_unique<char[]>(std::max(size, kChunkBytes)));
    used_ = 0;
  }
  TextRef ref{static_cast<std::uint32_t>(chunks_.size() - 1), static_cast<std::uint32_t>(used_),
              static_cast<std::uint32_t>(size)};
  std::memcpy(chunks_.back().get() + used_, text.data(), size);
  used_ = size > kChunkBytes ? kChunkBytes : used_ + size;
  return ref;
}

MergedRow* MergedSet::find(const MergedRow& row) {
  const auto found = index_.find(key(row));
  return found == index_.end() ? nullptr : &rows_[found->second];
}

void MergedSet::add(const MergedRow& row) {
  index_.emplace(key(row), static_cast<std::uint32_t>(rows_.size()));
  rows_.push_back(row);
}

std::vector<const MergedRow*> MergedSet::sorted() const {
  // Rank organizations by id once, then sort rows on one integer key.
  std::vector<std::uint32_t> by_id(orgs_.size());
  std::iota(by_id.begin(), by_id.end(), 0u);
  std::sort(by_id.begin(), by_id.end(), [&](auto a, auto b) { return orgs_.at(a) < orgs_.at(b); });
  std::vector<std::uint32_t> rank(orgs_.size());
  for (std::uint32_t r = 0; r < by_id.size(); ++r) rank[by_id[r]] = r;

  std::vector<std::pair<std::uint64_t, const MergedRow*>> keyed;
  keyed.reserve(rows_.size());
  for (const auto& row : rows_) {
    if (row.disputed) continue;
    keyed.emplace_back((static_cast<std::uint64_t>(rank[row.org]) * periods_ + row.period) * activities_ + row.activity,
                       &row);
  }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const MergedRow*> out;
  out.reserve(keyed.size());
  for (const auto& [key, row] : keyed) out.push_back(row);
  return out;
}

}  // namespace rmt::merge
