#include "roadmap/period.h"

#include <charconv>

#include <fmt/format.h>

#include "text/case_fold.h"

namespace rmt::roadmap {

calendar::Date Period::first_day() const {
  return calendar::Date{year, is_quarter() ? (quarter - 1) * 3 + 1 : 1, 1};
}

calendar::Date Period::last_day() const {
  return calendar::end_of_month(year, is_quarter() ? quarter * 3 : 12);
}

std::optional<Period> parse_period(std::string_view text) {
  text = text::trim(text);
  if (text.size() != 4 && text.size() != 7) return std::nullopt;
  int year = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + 4, year);
  if (error != std::errc{} || end != text.data() + 4 || year < 1900 || year > 2200) return std::nullopt;
  if (text.size() == 4) return Period{std::string(text), year, 0};
  if (text[4] != '-' || (text[5] != 'Q' && text[5] != 'q') || text[6] < '1' || text[6] > '4') return std::nullopt;
  const int quarter = text[6] - '0';
  return Period{fmt::format("{}-Q{}", year, quarter), year, quarter};
}

}  // namespace rmt::roadmap
