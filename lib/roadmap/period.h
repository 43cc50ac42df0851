// A reporting period of a roadmap: a calendar year ("2026") or a quarter of
// one ("2022-Q3"). Submissions name periods by these labels.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "calendar/date.h"

namespace rmt::roadmap {

struct Period {
  std::string label;  ///< canonical: "2026" or "2022-Q3"
  int year = 0;
  int quarter = 0;    ///< 1..4, or 0 for a whole year

  bool is_quarter() const { return quarter != 0; }
  calendar::Date first_day() const;
  calendar::Date last_day() const;
  bool contains(const calendar::Date& date) const { return first_day() <= date && date <= last_day(); }
};

/// Parses "2026", "2022-Q3" or "2022-q3" (surrounding spaces ignored). Years
/// from 1900 to 2200 only, so that a stray number is not taken for a period.
std::optional<Period> parse_period(std::string_view text);

}  // namespace rmt::roadmap
