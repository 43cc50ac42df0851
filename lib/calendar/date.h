// A civil calendar date (proleptic Gregorian), as written in roadmaps and
// submissions: no time of day, no time zone.
#pragma once

#include <ctime>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace rmt::calendar {

struct Date {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..days_in_month

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(int year, int month, int day);

/// The last day of the month: end_of_month(2024, 2) == 2024-02-29.
Date end_of_month(int year, int month);

/// "2026-02-28" (ISO 8601). nullopt for malformed or impossible dates.
std::optional<Date> parse_iso(std::string_view text);
/// "28.02.2026"; also one-digit day or month ("1.9.2026"). Two-digit years are
/// not accepted: a school's "01.09.26" is ambiguous enough to reject.
std::optional<Date> parse_dotted(std::string_view text);
/// Either of the two forms above.
std::optional<Date> parse_date(std::string_view text);
/// A date as schools and their programs write one in a report (SPEC.md §5):
/// parse_date()'s forms, also "dd.mm.yy" (20yy), either followed by a time
/// ("2026-03-23 00:00:00" from a database or 1C, "23.03.2026 14:05",
/// "2026-03-23T00:00:00"), which is dropped. "07/10/2026" stays malformed:
/// day and month are ambiguous.
std::optional<Date> parse_reported_date(std::string_view text);

std::string to_iso(const Date& date);     ///< "2026-02-28"
std::string to_dotted(const Date& date);  ///< "28.02.2026"

/// Days since 1970-01-01 (negative before), and back.
long to_days(const Date& date);
Date from_days(long days);

/// Today's date in the machine's local time zone.
Date today();
/// Noon UTC of `date` as a time_t: files dated by a date, not by the clock.
std::time_t noon_utc(const Date& date);

}  // namespace rmt::calendar
