// What a row says, as far as two files' rows for the same organization,
// period and activity are compared (SPEC.md §7): the status, the value, the
// date, and the texts by a hash. Both roadmap-validate (across its files) and
// the merge compare rows through it, and say what differs in one wording.
#pragma once

#include <cstdint>
#include <string_view>

#include "calendar/date.h"
#include "submission/status.h"
#include "vocab/lang.h"

namespace rmt::submission {

// 32 bytes: the validator holds one per organization, period and activity.
struct RowContent {
  double value = 0;
  std::uint64_t evidence = 0, comment = 0;  ///< hashes of the texts
  std::int32_t date_days = 0;  ///< calendar::to_days of the date, when there is one
  Status status = Status::done;
  bool has_value = false, has_date = false;

  /// Compares what is said; a value of -0 and 0 are the same.
  bool same_as(const RowContent& other) const;
};
static_assert(sizeof(RowContent) == 32);

/// A text's hash for RowContent.
std::uint64_t text_hash(std::string_view text);

/// What differs between `a` (this row) and `b` (the other), in both
/// languages: «статус: выполнено ≠ частично; значение: 3 ≠ 4; комментарий»;
/// empty when they say the same.
vocab::Localized differences(const RowContent& a, const RowContent& b);

}  // namespace rmt::submission
