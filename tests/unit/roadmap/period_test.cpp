#include <doctest/doctest.h>

#include <string>

#include "roadmap/deadline.h"
#include "roadmap/period.h"

using namespace rmt;
using roadmap::PeriodKind;

namespace {

std::string label_of(const char* text) {
  const auto period = roadmap::parse_period_text(text);
  return period ? period->label : "-";
}

std::string span(const char* text) {
  const auto period = roadmap::parse_period(text);
  return period ? calendar::to_iso(period->first_day()) + ".." + calendar::to_iso(period->last_day()) : "-";
}

}  // namespace

TEST_CASE("periods: years, quarters, half-years and school years, and the forms people write") {
  CHECK(label_of("2026") == "2026");
  CHECK(label_of(" 2026 год ") == "2026");
  CHECK(label_of("2022-Q3") == "2022-Q3");
  CHECK(label_of("2022-q3") == "2022-Q3");
  CHECK(label_of("2022-H1") == "2022-H1");
  CHECK(label_of("2022-h2") == "2022-H2");
  CHECK(label_of("I полугодие 2022") == "2022-H1");
  CHECK(label_of("2 полугодие 2022 г.") == "2022-H2");
  CHECK(label_of("II Полугодие 2022 года") == "2022-H2");
  CHECK(label_of("III квартал 2022") == "2022-Q3");
  CHECK(label_of("2023/2024") == "2023/2024");
  CHECK(label_of("2023/24") == "2023/2024");
  CHECK(label_of("2023-2024 учебный год") == "2023/2024");
  CHECK(label_of("2023/2024 уч. г.") == "2023/2024");
  CHECK(label_of("2099/2100") == "2099/2100");
  CHECK(label_of("2099/00") == "2099/2100");
}

TEST_CASE("periods: what is not one") {
  for (const char* text : {"", "26", "20261", "1899", "2201", "2022-Q5", "2022-Q0", "2022-H3", "2022-X1", "2023/2025",
                           "2023/2023", "2023-2024", "2023/25", "III полугодие 2022", "5 квартал 2022", "полугодие",
                           "2026 учебный год", "2022-Q3x"})
    CHECK_MESSAGE(label_of(text) == "-", text);
}

TEST_CASE("a roadmap's period labels are the canonical ones only") {
  CHECK(roadmap::parse_period("2023/2024")->label == "2023/2024");
  CHECK(roadmap::parse_period("2022-h1")->label == "2022-H1");
  for (const char* text : {"2023/24", "2026 год", "I полугодие 2022", "2023-2024 учебный год", "2023/2025"})
    CHECK_FALSE_MESSAGE(roadmap::parse_period(text), text);
}

TEST_CASE("periods: first and last days") {
  CHECK(span("2026") == "2026-01-01..2026-12-31");
  CHECK(span("2024-Q1") == "2024-01-01..2024-03-31");
  CHECK(span("2022-H1") == "2022-01-01..2022-06-30");
  CHECK(span("2022-H2") == "2022-07-01..2022-12-31");
  CHECK(span("2023/2024") == "2023-09-01..2024-08-31");
  const auto school = *roadmap::parse_period("2023/2024");
  CHECK(school.kind == PeriodKind::school_year);
  CHECK(school.year == 2023);
  CHECK(school.contains({2024, 5, 31}));
  CHECK_FALSE(school.contains({2023, 8, 31}));
}

TEST_CASE("due dates in a school year: September of its first year, May of its second") {
  const auto school = *roadmap::parse_period("2023/2024");
  const auto dates = [&](const char* phrase) {
    const auto parsed = roadmap::parse_deadline_phrase(phrase);
    REQUIRE(std::holds_alternative<roadmap::Deadline>(parsed));
    std::string out;
    for (const auto& date : roadmap::due_dates(std::get<roadmap::Deadline>(parsed), school, school.last_day()))
      out += (out.empty() ? "" : " ") + calendar::to_iso(date);
    return out;
  };
  CHECK(dates("сентябрь ежегодно") == "2023-09-30");
  CHECK(dates("май ежегодно") == "2024-05-31");
  CHECK(dates("ежеквартально") == "2023-09-30 2023-12-31 2024-03-31 2024-06-30");
  CHECK(dates("постоянно") == "2024-08-31");
  CHECK(dates("до 10.09.2022") == "");
  CHECK(dates("до 15 июня") == "2024-06-15");
}

TEST_CASE("periods as a document names them") {
  const auto named = [](const char* label) { return roadmap::describe_period(*roadmap::parse_period(label)); };
  CHECK(named("2026").ru == "2026 год");
  CHECK(named("2026").en == "2026");
  CHECK(named("2022-Q3").ru == "III квартал 2022 г.");
  CHECK(named("2022-Q3").en == "Q3 2022");
  CHECK(named("2022-H1").ru == "I полугодие 2022 г.");
  CHECK(named("2023/2024").ru == "2023/2024 учебный год");
  CHECK(named("2023/2024").en == "school year 2023/2024");
}
