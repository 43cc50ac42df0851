// The order's heading above the roadmap table (SPEC.md §13): the roadmap's
// title, the issuer from the letterhead, the approving document, the periods
// a title names, and the item saying when organizations submit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "order/draft.h"
#include "order/order_document.h"

namespace rmt::order {

struct Heading {
  std::string title, issuer;
  roadmap::Approval approved;
  std::vector<Check> checks;  ///< one per field found
};

/// Reads the lines of `document` before `table` (its roadmap table).
Heading read_heading(const OrderDocument& document, const Table& table);

/// «Предоставить информацию … до 15 декабря …» → «до 15 декабря»: only items
/// telling someone to submit (предоставить, представить) count, not «направлять
/// отчёт … до 25 декабря». Empty when no item says.
std::string submission_deadline(const std::vector<std::string>& lines);

/// «(2026 - 2028 гг.)», «в 2023-2024 годах», «на 2026 год» → the years' labels.
std::vector<std::string> periods_from_title(std::string_view title);

}  // namespace rmt::order
