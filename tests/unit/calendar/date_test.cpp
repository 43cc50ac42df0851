#include <doctest/doctest.h>

#include "calendar/date.h"
#include "roadmap/period.h"

using namespace rmt;
using calendar::Date;

TEST_CASE("dates parse in ISO and dotted forms, and impossible dates are rejected") {
  CHECK(calendar::parse_date("2026-02-28") == Date{2026, 2, 28});
  CHECK(calendar::parse_date("28.02.2026") == Date{2026, 2, 28});
  CHECK(calendar::parse_date("1.9.2026") == Date{2026, 9, 1});
  CHECK(calendar::parse_date("29.02.2024") == Date{2024, 2, 29});
  CHECK_FALSE(calendar::parse_date("29.02.2026"));
  CHECK_FALSE(calendar::parse_date("31.02.2022"));
  CHECK_FALSE(calendar::parse_date("2026-13-01"));
  CHECK_FALSE(calendar::parse_date("2026-1-01"));
  CHECK_FALSE(calendar::parse_date("01.09.26"));
  CHECK_FALSE(calendar::parse_date("2026-02-28 "));
  CHECK_FALSE(calendar::parse_date(""));
  CHECK(calendar::to_iso(Date{2026, 2, 8}) == "2026-02-08");
  CHECK(calendar::to_dotted(Date{2026, 2, 8}) == "08.02.2026");
}

TEST_CASE("century leap-year rules") {
  CHECK(calendar::is_leap_year(2000));
  CHECK_FALSE(calendar::is_leap_year(2100));
  CHECK(calendar::end_of_month(2100, 2) == Date{2100, 2, 28});
}

TEST_CASE("periods are years or quarters with their first and last days") {
  const auto year = roadmap::parse_period("2026");
  REQUIRE(year);
  CHECK_FALSE(year->is_quarter());
  CHECK(year->first_day() == Date{2026, 1, 1});
  CHECK(year->last_day() == Date{2026, 12, 31});

  const auto quarter = roadmap::parse_period(" 2022-q3 ");
  REQUIRE(quarter);
  CHECK(quarter->label == "2022-Q3");
  CHECK(quarter->first_day() == Date{2022, 7, 1});
  CHECK(quarter->last_day() == Date{2022, 9, 30});
  CHECK(quarter->contains(Date{2022, 9, 30}));
  CHECK_FALSE(quarter->contains(Date{2022, 10, 1}));

  for (const char* bad : {"2022-Q5", "2022-Q0", "22", "1850", "2026 год", "2022Q1", "Q1-2022", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(roadmap::parse_period(bad));
  }
}

TEST_CASE("dates as schools' programs write them: two-digit years and a time after the date") {
  using rmt::calendar::parse_reported_date;
  CHECK(parse_reported_date("24.12.26") == Date{2026, 12, 24});
  CHECK(parse_reported_date("1.9.26") == Date{2026, 9, 1});
  CHECK(parse_reported_date("2026-03-23 00:00:00") == Date{2026, 3, 23});
  CHECK(parse_reported_date("2026-03-23T00:00:00") == Date{2026, 3, 23});
  CHECK(parse_reported_date("2026-03-23T10:15:30.125") == Date{2026, 3, 23});
  CHECK(parse_reported_date("23.03.2026 14:05") == Date{2026, 3, 23});
  CHECK(parse_reported_date("23.03.2026") == Date{2026, 3, 23});
  CHECK_FALSE(parse_reported_date("07/10/2026"));     // day and month are ambiguous
  CHECK_FALSE(parse_reported_date("31.02.26"));       // no such day
  CHECK_FALSE(parse_reported_date("2026-03-23 25:00"));
  CHECK_FALSE(parse_reported_date("2026-03-23 later"));
  CHECK_FALSE(parse_reported_date("24.12.6"));
  // The roadmap's own dates stay strict.
  CHECK_FALSE(rmt::calendar::parse_date("24.12.26"));
}
