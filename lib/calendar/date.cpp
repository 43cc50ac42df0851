#include "calendar/date.h"

#include <charconv>
#include <ctime>

#include <fmt/format.h>

namespace rmt::calendar {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

Date end_of_month(int year, int month) { return Date{year, month, days_in_month(year, month)}; }

namespace {

// Reads exactly [min_digits, max_digits] ASCII digits from the front of `text`.
std::optional<int> take_number(std::string_view& text, std::size_t min_digits, std::size_t max_digits) {
  std::size_t n = 0;
  while (n < text.size() && n < max_digits && text[n] >= '0' && text[n] <= '9') ++n;
  if (n < min_digits) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + n, value);
  text.remove_prefix(n);
  return value;
}

bool take_char(std::string_view& text, char c) {
  if (text.empty() || text.front() != c) return false;
  text.remove_prefix(1);
  return true;
}

std::optional<Date> checked(int year, int month, int day) {
  if (!is_valid(year, month, day)) return std::nullopt;
  return Date{year, month, day};
}

}  // namespace

std::optional<Date> parse_iso(std::string_view text) {
  const auto year = take_number(text, 4, 4);
  if (!year || !take_char(text, '-')) return std::nullopt;
  const auto month = take_number(text, 2, 2);
  if (!month || !take_char(text, '-')) return std::nullopt;
  const auto day = take_number(text, 2, 2);
  if (!day || !text.empty()) return std::nullopt;
  return checked(*year, *month, *day);
}

namespace {

// "28.02.2026" with a year of exactly `year_digits` digits (a two-digit year is 20yy).
std::optional<Date> parse_dotted_digits(std::string_view text, std::size_t year_digits) {
  const auto day = take_number(text, 1, 2);
  if (!day || !take_char(text, '.')) return std::nullopt;
  const auto month = take_number(text, 1, 2);
  if (!month || !take_char(text, '.')) return std::nullopt;
  const auto year = take_number(text, year_digits, year_digits);
  if (!year || !text.empty()) return std::nullopt;
  return checked(year_digits == 2 ? 2000 + *year : *year, *month, *day);
}

}  // namespace

std::optional<Date> parse_dotted(std::string_view text) { return parse_dotted_digits(text, 4); }

std::optional<Date> parse_date(std::string_view text) {
  if (auto date = parse_iso(text)) return date;
  return parse_dotted(text);
}

namespace {

// " 14:05", " 00:00:00", "T00:00:00.000", " 0:00": a time of day after a date.
bool is_time_suffix(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() != ' ' && text.front() != 'T') return false;
  while (!text.empty() && (text.front() == ' ' || text.front() == 'T')) text.remove_prefix(1);
  const auto hours = take_number(text, 1, 2);
  if (!hours || *hours > 23 || !take_char(text, ':')) return false;
  const auto minutes = take_number(text, 2, 2);
  if (!minutes || *minutes > 59) return false;
  if (take_char(text, ':')) {
    const auto seconds = take_number(text, 2, 2);
    if (!seconds || *seconds > 60) return false;
    if (take_char(text, '.') && !take_number(text, 1, 9)) return false;
  }
  return text.empty();
}

}  // namespace

std::optional<Date> parse_reported_date(std::string_view text) {
  const std::size_t space = text.find_first_of(" T");
  const std::string_view date = text.substr(0, space);
  if (space != std::string_view::npos && !is_time_suffix(text.substr(space))) return std::nullopt;
  if (auto parsed = parse_date(date)) return parsed;
  return parse_dotted_digits(date, 2);  // "24.12.26": a two-digit year is this century's
}

std::string to_iso(const Date& date) { return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day); }

std::string to_dotted(const Date& date) {
  return fmt::format("{:02}.{:02}.{:04}", date.day, date.month, date.year);
}

Date today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// Howard Hinnant's days_from_civil / civil_from_days.
long to_days(const Date& date) {
  const long y = date.year - (date.month <= 2);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (month <= 2)), month, day};
}

std::time_t noon_utc(const Date& date) {
  std::tm tm{};
  tm.tm_year = date.year - 1900;
  tm.tm_mon = date.month - 1;
  tm.tm_mday = date.day;
  tm.tm_hour = 12;
  return timegm(&tm);
}

}  // namespace rmt::calendar
