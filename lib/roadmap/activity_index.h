// Activities in roadmap order with a flat index, and lookup of what a school
// typed in the activity column.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "roadmap/roadmap.h"

namespace rmt::roadmap {

class ActivityIndex {
 public:
  /// `roadmap` must outlive the index.
  explicit ActivityIndex(const Roadmap& roadmap);

  std::size_t size() const { return activities_.size(); }
  /// The activity at a flat position (roadmap order: sections, then activities).
  const Activity& at(std::size_t flat) const { return *activities_[flat]; }

  struct Match {
    std::optional<std::size_t> index;  ///< set when exactly one activity matches
    std::vector<std::string> candidates;  ///< ids, when a printed number matches several
  };
  /// Finds an activity by its id, else by its printed number. A trailing dot
  /// and a decimal comma are tolerated ("1.2." and "1,2" find "1.2"), since
  /// people and Excel write numbers both ways.
  Match find(std::string_view text) const;

 private:
  std::vector<const Activity*> activities_;
  std::vector<std::string> normalized_ids_;
  std::vector<std::string> normalized_numbers_;
};

}  // namespace rmt::roadmap
