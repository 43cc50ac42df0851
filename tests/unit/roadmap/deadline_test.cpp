#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "calendar/date.h"
#include "roadmap/deadline.h"

using namespace rmt;
using roadmap::Deadline;
using roadmap::DeadlineError;
using roadmap::parse_deadline_phrase;
using roadmap::parse_period;

namespace {

Deadline parsed(std::string_view phrase) {
  auto result = parse_deadline_phrase(phrase);
  if (auto* error = std::get_if<DeadlineError>(&result)) FAIL("not parsed: ", phrase, ": ", error->reason.en);
  return std::get<Deadline>(result);
}

// Due dates of `phrase` in `period`, as "dd.mm.yyyy" joined by spaces, for
// a roadmap that ends on `roadmap_end` (continuous work is due then).
std::string due(std::string_view phrase, std::string_view period, std::string_view roadmap_end = "2030-12-31") {
  std::string out;
  for (const auto& date : roadmap::due_dates(parsed(phrase), *parse_period(period), *calendar::parse_iso(roadmap_end))) {
    if (!out.empty()) out += ' ';
    out += calendar::to_dotted(date);
  }
  return out;
}

std::string failure(std::string_view phrase) {
  auto result = parse_deadline_phrase(phrase);
  const auto* error = std::get_if<DeadlineError>(&result);
  return error ? error->reason.en : std::string("(parsed)");
}

}  // namespace

TEST_CASE("every deadline phrase of the Nizhnevartovsk order gives its due dates per year") {
  struct Row {
    const char* phrase;
    const char* y2026;
    const char* y2027;
  };
  const Row rows[] = {
      {"февраль 2026 года", "28.02.2026", ""},
      {"сентябрь ежегодно", "30.09.2026", "30.09.2027"},
      {"постоянно", "", ""},  // continuous work: due at the roadmap's end, 31.12.2028
      {"октябрь ежегодно", "31.10.2026", "31.10.2027"},
      {"май ежегодно", "31.05.2026", "31.05.2027"},
      {"июнь ежегодно", "30.06.2026", "30.06.2027"},
      {"до 15 июня ежегодно", "15.06.2026", "15.06.2027"},
      {"до 30 июня ежегодно", "30.06.2026", "30.06.2027"},
      {"в течение года", "31.12.2026", "31.12.2027"},
      {"до 15 декабря ежегодно", "15.12.2026", "15.12.2027"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.phrase);
    CHECK(due(row.phrase, "2026") == row.y2026);
    CHECK(due(row.phrase, "2027") == row.y2027);
  }
}

TEST_CASE("every deadline phrase of the Balakhna order gives its due dates per quarter") {
  struct Row {
    const char* phrase;
    const char* q1;
    const char* q2;
    const char* q3;
    const char* q4;
    const char* next_q1;
  };
  const Row rows[] = {
      {"до 10.09.2022", "", "", "10.09.2022", "", ""},
      {"До 10.09.2022", "", "", "10.09.2022", "", ""},
      {"До 10.11.2022", "", "", "", "10.11.2022", ""},
      // The year as a span: due at its end, never at a quarter's.
      {"В течение года", "", "", "", "31.12.2022", ""},
      // Continuous work: due at the roadmap's end (the last day of 2023-Q1) only.
      {"в течение всего периода реализации ЦМН", "", "", "", "", "31.03.2023"},
      {"в течение всего периода", "", "", "", "", "31.03.2023"},
      {"Сентябрь, 2022, февраль, 2023", "", "", "30.09.2022", "", "28.02.2023"},
      {"Декабрь, 2022", "", "", "", "31.12.2022", ""},
      {"ежеквартально 25.03.2022 25.06.2022 25.09.2022 20.12.2022", "25.03.2022", "25.06.2022", "25.09.2022",
       "20.12.2022", ""},
      {"25.06.2022 25.12.2022", "", "25.06.2022", "", "25.12.2022", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.phrase);
    CHECK(due(row.phrase, "2022-Q1", "2023-03-31") == row.q1);
    CHECK(due(row.phrase, "2022-Q2", "2023-03-31") == row.q2);
    CHECK(due(row.phrase, "2022-Q3", "2023-03-31") == row.q3);
    CHECK(due(row.phrase, "2022-Q4", "2023-03-31") == row.q4);
    CHECK(due(row.phrase, "2023-Q1", "2023-03-31") == row.next_q1);
  }
}

TEST_CASE("variants an analyst would type parse to the same dates") {
  struct Row {
    const char* phrase;
    const char* period;
    const char* expected;
  };
  const Row rows[] = {
      // letter case, ё, stray spaces and commas, "года" / "г." / "гг."
      {"ФЕВРАЛЬ 2026 ГОДА", "2026", "28.02.2026"},
      {"  февраль ,  2026 г. ", "2026", "28.02.2026"},
      {"февраль 2026", "2026", "28.02.2026"},
      {"февраль 2026г.", "2026", "28.02.2026"},
      {"Сентябрь,ежегодно", "2026", "30.09.2026"},
      {"ежегодно, сентябрь", "2026", "30.09.2026"},
      {"ежегодно в сентябре", "2026", "30.09.2026"},
      {"ежегодно до 15 июня", "2028", "15.06.2028"},
      {"до 15 июня", "2027", "15.06.2027"},
      {"не позднее 1 сентября", "2026", "01.09.2026"},
      {"до 1-го сентября", "2026", "01.09.2026"},
      {"15.06 ежегодно", "2026", "15.06.2026"},
      {"до 10.09.2022 г.", "2022", "10.09.2022"},
      {"10.09.2022.", "2022", "10.09.2022"},
      // leap years: the end of February moves
      {"февраль ежегодно", "2028", "29.02.2028"},
      {"февраль ежегодно", "2026", "28.02.2026"},
      // lists of months and dates
      {"март, июнь, сентябрь, декабрь", "2026", "31.03.2026 30.06.2026 30.09.2026 31.12.2026"},
      {"сентябрь и декабрь 2026 года", "2026", "30.09.2026 31.12.2026"},
      {"25.03.2022; 25.06.2022", "2022", "25.03.2022 25.06.2022"},
      // recurring patterns
      {"ежеквартально", "2026", "31.03.2026 30.06.2026 30.09.2026 31.12.2026"},
      {"ежеквартально", "2026-Q2", "30.06.2026"},
      {"Ежемесячно", "2026-Q1", "31.01.2026 28.02.2026 31.03.2026"},
      {"ежегодно", "2027", "31.12.2027"},
      // quarters and years
      {"I квартал 2026 года", "2026", "31.03.2026"},
      {"до конца IV квартала", "2027", "31.12.2027"},
      {"3 кв. 2026", "2026", "30.09.2026"},
      {"2026 год", "2026", "31.12.2026"},
      {"до конца года", "2026", "31.12.2026"},
      {"до конца сентября 2026 г.", "2026", "30.09.2026"},
      // continuous phrases
      {"Постоянно", "2026-Q3", ""},  // not due before the roadmap's end
      {"в течении года", "2026", "31.12.2026"},
      {"на протяжении года", "2026-Q4", "31.12.2026"},
      {"на протяжении всего срока", "2026", ""},
      {"систематически", "2026", ""},
      {"continuous", "2026", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.phrase);
    CAPTURE(row.period);
    CHECK(due(row.phrase, row.period) == row.expected);
  }
}

TEST_CASE("a phrase keeps its printed text, and fixed dates are not repeated in other years") {
  const Deadline deadline = parsed("Сентябрь, 2022, февраль, 2023");
  CHECK(deadline.phrase == "Сентябрь, 2022, февраль, 2023");
  CHECK(deadline.once.size() == 2);
  CHECK(deadline.every_year.empty());
  CHECK_FALSE(deadline.continuous);
  CHECK(due("февраль 2026 года", "2027").empty());
}

TEST_CASE("unknown or impossible phrases are rejected with a reason") {
  CHECK(failure("в соответствии со сроками реализации программ наставничества") == "unexpected word «соответствии»");
  CHECK(failure("по мере необходимости") == "unexpected word «мере»");
  CHECK(failure("31.02.2022") == "«31.02.2022» is not a real date, or its year does not have four digits");
  CHECK(failure("10.09.22") == "«10.09.22» is not a real date, or its year does not have four digits");
  CHECK(failure("до 32 мая") == "the month has no day 32");
  CHECK(failure("30.02") == "«30.02» is not a real date");
  CHECK(failure("до 45") == "the number «45» is neither a day of a month, a year nor a quarter");
  CHECK(failure("") == "the deadline is empty");
  CHECK(failure("до г.") == "it names no date, month, \"ежегодно\" or \"постоянно\"");
  CHECK(failure("tomorrow") == "unexpected word «tomorrow»");
}

TEST_CASE("structured every_year values") {
  CHECK(roadmap::parse_month_day("06-15") == roadmap::MonthDay{6, 15});
  CHECK(roadmap::parse_month_day("09") == roadmap::MonthDay{9, 0});
  CHECK(roadmap::parse_month_day("02-29") == roadmap::MonthDay{2, 29});
  CHECK_FALSE(roadmap::parse_month_day("13"));
  CHECK_FALSE(roadmap::parse_month_day("02-30"));
  CHECK_FALSE(roadmap::parse_month_day("6-15"));
  CHECK_FALSE(roadmap::parse_month_day("june"));
  // 29 February of every year falls on the 28th in common years.
  CHECK(roadmap::MonthDay{2, 29}.in_year(2026) == calendar::Date{2026, 2, 28});
}

TEST_CASE("describe shows the printed phrase, or a description of a structured form") {
  Deadline structured;
  structured.once = {calendar::Date{2022, 9, 10}};
  CHECK(roadmap::describe(structured, vocab::Lang::ru) == "до 10.09.2022");
  CHECK(roadmap::describe(structured, vocab::Lang::en) == "by 10.09.2022");
  structured = {};
  structured.every_year = {{6, 15}};
  CHECK(roadmap::describe(structured, vocab::Lang::ru) == "ежегодно до 15.06");
  structured = {};
  CHECK(roadmap::describe(structured, vocab::Lang::en) == "no computable date");
  CHECK(roadmap::describe(parsed("сентябрь ежегодно"), vocab::Lang::en) == "сентябрь ежегодно");
}

// Phrases as real orders write them (issue 22): the seeds', the published
// roadmaps', and variants in case, with and without «г.»/«года», stray
// spaces and every kind of dash, each with the due dates a person reading
// the order would give it, in year, quarter, half-year and school-year periods.
TEST_CASE("a table of deadline phrases and their due dates per period") {
  struct Row {
    const char* phrase;
    const char* period;
    const char* expected;
  };
  const Row rows[] = {
      // The seeds.
      {"февраль 2026 года", "2026", "28.02.2026"},
      {"сентябрь ежегодно", "2027", "30.09.2027"},
      {"постоянно", "2026", ""},
      {"до 15 июня ежегодно", "2026", "15.06.2026"},
      {"в течение года", "2027", "31.12.2027"},
      {"До 10.09.2022", "2022-Q3", "10.09.2022"},
      {"Сентябрь, 2022, февраль, 2023", "2023-Q1", "28.02.2023"},
      {"ежеквартально 25.03.2022 25.06.2022 25.09.2022 20.12.2022", "2022-Q4", "20.12.2022"},
      {"в течение всего периода реализации ЦМН", "2022-Q2", ""},
      // Ranges: due once, at the range's end.
      {"апрель – май 2024 г.", "2024", "31.05.2024"},
      {"апрель - май 2024 г.", "2024-Q2", "31.05.2024"},
      {"апрель—май 2024 года", "2024", "31.05.2024"},
      {"Апрель – Май 2024", "2024", "31.05.2024"},
      {"декабрь 2023 г. – январь 2024 г.", "2023", ""},
      {"декабрь 2023 г. – январь 2024 г.", "2024", "31.01.2024"},
      {"ноябрь-декабрь ежегодно", "2026", "31.12.2026"},
      {"ноябрь – декабрь ежегодно", "2022-Q4", "31.12.2022"},
      {"с 07 по 16 ноября 2022 г.", "2022", "16.11.2022"},
      {"с 7 по 16 ноября 2022", "2022-Q4", "16.11.2022"},
      {"(сентябрь 2022 г. - май 2024 г.)", "2024", "31.05.2024"},
      {"(сентябрь 2022 г. - май 2024 г.)", "2022", ""},
      {"сентябрь – октябрь", "2026", "31.10.2026"},
      {"сентябрь-май", "2023/2024", "31.05.2024"},
      // Years named: due at the end of those years only.
      {"в течение 2023 года", "2023", "31.12.2023"},
      {"в течение 2023 года", "2024", ""},
      {"В течение 2023 г.", "2023-Q4", "31.12.2023"},
      {"в 2023-2024 годах", "2023", "31.12.2023"},
      {"в 2023-2024 годах", "2024", "31.12.2024"},
      {"в 2023–2025 гг.", "2024", "31.12.2024"},
      {"до 2024 г.", "2024", "31.12.2024"},
      {"до 2024 г.", "2023", ""},
      {"к 2024 году", "2024", "31.12.2024"},
      {"конец 2022 года", "2022", "31.12.2022"},
      {"до конца 2022 года", "2022-Q4", "31.12.2022"},
      {"2026 год", "2026", "31.12.2026"},
      // Half-years and quarters.
      {"II полугодие 2022 г.", "2022", "31.12.2022"},
      {"I полугодие 2022 года", "2022-H1", "30.06.2022"},
      {"1 полугодие 2023", "2023", "30.06.2023"},
      {"1 раз в полугодие", "2022", "30.06.2022 31.12.2022"},
      {"1 раз в полугодие", "2022-Q3", ""},
      {"раз в полугодие", "2022-H2", "31.12.2022"},
      {"по итогам полугодия", "2026", "30.06.2026 31.12.2026"},
      {"2 раза в год", "2026", "30.06.2026 31.12.2026"},
      {"III квартал 2023 года", "2023", "30.09.2023"},
      {"III квартал 2023 года", "2023-Q3", "30.09.2023"},
      {"4 кв. 2023 г.", "2023", "31.12.2023"},
      {"1 раз в квартал", "2026", "31.03.2026 30.06.2026 30.09.2026 31.12.2026"},
      {"ежеквартально", "2022-Q2", "30.06.2022"},
      {"Ежеквартально", "2023/2024", "30.09.2023 31.12.2023 31.03.2024 30.06.2024"},
      {"по итогам квартала", "2022-Q1", "31.03.2022"},
      {"ежемесячно", "2022-Q1", "31.01.2022 28.02.2022 31.03.2022"},
      {"ежемесячно, до 5 числа", "2022-Q1", "05.01.2022 05.02.2022 05.03.2022"},
      {"ежемесячно до 10 числа", "2022-H1", "10.01.2022 10.02.2022 10.03.2022 10.04.2022 10.05.2022 10.06.2022"},
      {"раз в месяц", "2022-Q2", "30.04.2022 31.05.2022 30.06.2022"},
      {"по итогам года", "2026", "31.12.2026"},
      // Month lists and single days.
      {"сентябрь, январь, май", "2026", "31.01.2026 31.05.2026 30.09.2026"},
      {"сентябрь, январь, май", "2023/2024", "30.09.2023 31.01.2024 31.05.2024"},
      {"к 1 сентября 2023 г.", "2023", "01.09.2023"},
      {"к 1 сентября 2023 г.", "2023/2024", "01.09.2023"},  // the school year's first day
      {"к 1 сентября 2023 г.", "2024/2025", ""},
      {"до 1-го сентября", "2026", "01.09.2026"},
      {"до 25 декабря отчетного года", "2026", "25.12.2026"},
      {"до 25 декабря отчётного года", "2022-Q4", "25.12.2022"},
      {"не позднее 20 числа", "2022-Q1", "20.01.2022 20.02.2022 20.03.2022"},
      // School years.
      {"в течение учебного года", "2023/2024", "31.08.2024"},
      {"в течение 2023-2024 учебного года", "2023/2024", "31.08.2024"},
      {"в течение 2023/2024 учебного года", "2024/2025", ""},
      {"сентябрь ежегодно", "2023/2024", "30.09.2023"},
      {"май ежегодно", "2023/2024", "31.05.2024"},
      {"до 15 июня ежегодно", "2023/2024", "15.06.2024"},
      {"постоянно", "2023/2024", ""},
      {"в течение года", "2023/2024", "31.08.2024"},  // the school year's end
      // Third round (issue 28): day ranges within a month, weekdays, «каждого
      // месяца», a place and hours after a date, a month and the year's end.
      {"2-4 октября", "2022", "04.10.2022"},
      {"2-4 октября 2022 г.", "2022-Q4", "04.10.2022"},
      {"11 – 17 октября 2022 г.", "2022", "17.10.2022"},
      {"11 – 17 октября 2022 г.", "2022-Q3", ""},
      {"28-29 февраля", "2024", "29.02.2024"},
      {"22.04. (пт)", "2022", "22.04.2022"},
      {"24 мая (ср)", "2023", "24.05.2023"},
      {"до 25 числа каждого месяца", "2022-Q1", "25.01.2022 25.02.2022 25.03.2022"},
      {"24.05.2011, общеобразовательные учреждения, 10.00 - 12.00 ч", "2011", "24.05.2011"},
      {"24.05.2011, общеобразовательные учреждения, 10.00 - 12.00 ч", "2012", ""},
      {"сентябрь, в течение года", "2026", "30.09.2026 31.12.2026"},
      {"сентябрь, в течение года", "2026-Q3", "30.09.2026"},
      {"Сентябрь 2022, в течение года", "2022-Q4", "31.12.2022"},
      {"  сентябрь   ежегодно ", "2024/2025", "30.09.2024"},
  };
  CHECK(std::size(rows) >= 60);
  for (const auto& row : rows) {
    CAPTURE(row.phrase);
    CAPTURE(row.period);
    CHECK(due(row.phrase, row.period) == row.expected);
  }
}

TEST_CASE("a phrase not understood names the word, never a wrong date") {
  CHECK(failure("по мере необходимости") == "unexpected word «мере»");
  CHECK(failure("3 раза в неделю") == "«3 раз» does not say how often");
  CHECK(failure("в течение недели после совещания") ==
        "unexpected word «недели»: the deadline counts from an event, not a date");
  CHECK(failure("в течение 3 дней после совещания") != "(parsed)");
  // A place after a date may name no other date.
  CHECK(failure("24.05.2011, общеобразовательные учреждения, сентябрь") == "unexpected word «общеобразовательные»");
  CHECK(failure("24.05.2011, школы, 2012 год") == "unexpected word «школы»");
  CHECK(failure("сентябрь, общеобразовательные учреждения") == "unexpected word «общеобразовательные»");
  CHECK(failure("24.05.2011, школы, 25.00 ч") == "unexpected word «школы»");
}

TEST_CASE("continuous work is due at the roadmap's end, the year as a span at each year's end") {
  // Nizhnevartovsk, 2026–2028: «постоянно» is due on 31.12.2028 only.
  CHECK(due("постоянно", "2026", "2028-12-31") == "");
  CHECK(due("постоянно", "2028", "2028-12-31") == "31.12.2028");
  CHECK(due("в течение года", "2027", "2028-12-31") == "31.12.2027");
  // Balakhna, 2022-Q1..2023-Q1: nothing at the end of a quarter because the periods are quarters.
  for (const char* quarter : {"2022-Q1", "2022-Q2", "2022-Q3"}) {
    CAPTURE(quarter);
    CHECK(due("в течение года", quarter, "2023-03-31") == "");
    CHECK(due("в течение всего периода реализации ЦМН", quarter, "2023-03-31") == "");
  }
  // School years: the school year's end.
  CHECK(due("постоянно", "2024/2025", "2025-08-31") == "31.08.2025");
  const Deadline span = parsed("В течение года");
  CHECK(span.each_year);
  CHECK_FALSE(span.continuous);
  CHECK(parsed("в течение всего периода реализации ЦМН").continuous);
}
