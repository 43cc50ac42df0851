#include "store/moment.h"

#include <ctime>

#include <fmt/format.h>

namespace rmt::store {
namespace {

std::string format_utc(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                     tm.tm_min, tm.tm_sec);
}

bool digits(std::string_view text, std::size_t at, std::size_t n, int& value) {
  if (at + n > text.size()) return false;
  value = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

std::tm civil(int y, int mo, int d, int h, int mi, int s) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return tm;
}

std::optional<std::time_t> parse_utc(const std::string& utc) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!digits(utc, 0, 4, y) || !digits(utc, 5, 2, mo) || !digits(utc, 8, 2, d) || !digits(utc, 11, 2, h) ||
      !digits(utc, 14, 2, mi) || !digits(utc, 17, 2, s))
    return std::nullopt;
  std::tm tm = civil(y, mo, d, h, mi, s);
  return timegm(&tm);
}

}  // namespace

std::string utc_now() { return format_utc(std::time(nullptr)); }

std::string utc_in(long seconds) { return format_utc(std::time(nullptr) + seconds); }

std::optional<std::string> parse_moment(std::string_view text) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, mo) || text[7] != '-' ||
      !digits(text, 8, 2, d))
    return std::nullopt;
  std::size_t at = 10;
  if (at < text.size() && (text[at] == 'T' || text[at] == ' ')) {
    if (!digits(text, at + 1, 2, h) || at + 3 >= text.size() || text[at + 3] != ':' || !digits(text, at + 4, 2, mi))
      return std::nullopt;
    at += 6;
    if (at < text.size() && text[at] == ':') {
      if (!digits(text, at + 1, 2, s)) return std::nullopt;
      at += 3;
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return std::nullopt;
  std::tm tm = civil(y, mo, d, h, mi, s);
  std::time_t t = 0;
  const std::string_view zone = text.substr(at);
  if (zone.empty()) {
    tm.tm_isdst = -1;
    t = std::mktime(&tm);
  } else if (zone == "Z") {
    t = timegm(&tm);
  } else {
    int zh = 0, zm = 0;
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits(zone, 1, 2, zh) || zone[3] != ':' ||
        !digits(zone, 4, 2, zm))
      return std::nullopt;
    const int offset = (zh * 60 + zm) * 60 * (zone[0] == '-' ? -1 : 1);
    t = timegm(&tm) - offset;
  }
  // mktime and timegm normalise 31.02 into March: such a date is no date.
  std::tm back{};
  if (zone.empty()) {
    localtime_r(&t, &back);
    if (back.tm_mday != d) return std::nullopt;
  }
  return format_utc(t);
}

std::string local_moment(const std::string& utc) {
  const auto t = parse_utc(utc);
  if (!t) return utc;
  std::tm tm{};
  localtime_r(&*t, &tm);
  return fmt::format("{:02}.{:02}.{:04} {:02}:{:02}", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

std::string local_date(const std::string& utc) {
  const auto t = parse_utc(utc);
  if (!t) return utc.substr(0, 10);
  std::tm tm{};
  localtime_r(&*t, &tm);
  return fmt::format("{:04}-{:02}-{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

}  // namespace rmt::store
