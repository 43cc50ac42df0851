// Deadlines of roadmap activities, and the due dates they imply per period.
//
// Orders print deadlines as Russian phrases ("сентябрь ежегодно", "до
// 10.09.2022", "ежеквартально 25.03.2022 25.06.2022 ...", "постоянно"). The
// workbook shows the phrase as printed; overdue logic uses the due dates that
// parse_deadline_phrase() computes from it. A roadmap may also give a
// structured form instead (see loader.h), which fills the same Deadline.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar/date.h"
#include "vocab/lang.h"
#include "roadmap/period.h"

namespace rmt::roadmap {

/// A day of every year. day == 0 means the last day of the month, so that
/// "февраль" is due on the 28th or the 29th as the year has it.
struct MonthDay {
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31, or 0 for the end of the month

  auto operator<=>(const MonthDay&) const = default;
  calendar::Date in_year(int year) const;  ///< 29 February falls back to the 28th in common years
};

struct Deadline {
  std::string phrase;                  ///< as printed in the order (may be empty for structured forms)
  std::vector<calendar::Date> once;    ///< due on these dates
  std::vector<MonthDay> every_year;    ///< due on these days of every year
  /// «в течение года»: a span due at the end of every year the roadmap
  /// covers — 31 December, or the school year's end for school-year periods.
  bool each_year = false;
  /// «постоянно», «в течение всего периода реализации»: continuous work,
  /// reported on in every period but due only at the roadmap's end.
  bool continuous = false;

  /// False for a deadline given as {text: ...}: it has no computable date.
  bool computable() const { return continuous || each_year || !once.empty() || !every_year.empty(); }
  bool operator==(const Deadline&) const = default;
};

/// What went wrong when a phrase was not understood, in both languages.
struct DeadlineError {
  vocab::Localized reason;
};

/// Parses a Russian deadline phrase. Case, "ё", extra spaces and commas, and
/// the words "года", "г.", "гг.", "до", "не позднее" do not matter. Understands:
/// - months in any case form, alone or with a day ("сентябрь", "до 15 июня"),
///   optionally with a year ("февраль 2026 года", "Сентябрь, 2022, февраль, 2023");
/// - dates dd.mm.yyyy, and dd.mm without a year (recurring);
/// - quarters ("I квартал 2026", "4 кв."), standalone years ("2026 год": 31 December);
/// - "ежегодно", "ежеквартально" (quarter ends unless dates are listed),
///   "ежемесячно" (month ends);
/// - continuous work: "постоянно", "в течение всего периода ...", "на
///   протяжении ...", "систематически", "регулярно" (due at the roadmap's end);
/// - the year as a span: "в течение года" (due at each year's end), also after
///   other dates ("сентябрь, в течение года");
/// - ranges, due once at their end: "апрель – май 2024 г.", "с 07 по 16 ноября
///   2022 г.", "2-4 октября", "11 – 17 октября 2022 г." (and "ноябрь-декабрь
///   ежегодно" every year);
/// - a weekday in brackets after a date ("22.04. (пт)", "24 мая (ср)") is
///   ignored; "до 25 числа каждого месяца" is "ежемесячно до 25 числа";
/// - a full date followed by a place and hours ("24.05.2011, школы, 10.00 -
///   12.00 ч") is that date: what follows names no other date;
/// - years named: "в течение 2023 года", "в 2023-2024 годах", "до 2024 г."
///   (the end of those years only); the school year: "в течение учебного
///   года" (31 August);
/// - half-years and frequencies: "II полугодие 2022", "1 раз в полугодие",
///   "по итогам квартала", "2 раза в год", "ежемесячно, до 5 числа".
/// A span counted from an event ("в течение недели после ...") is an error.
/// docs/roadmap-format.md has the table.
/// A day or month without a year recurs every year. The returned Deadline keeps
/// `phrase` verbatim.
std::variant<Deadline, DeadlineError> parse_deadline_phrase(std::string_view phrase);

/// Parses "06-15" (15 June) or "09" (the whole of September, due at its end).
std::optional<MonthDay> parse_month_day(std::string_view text);

/// The due dates of `deadline` that fall within `period`, ascending, without
/// repeats, for a roadmap whose last period ends on `roadmap_end`. Continuous
/// work is due on `roadmap_end` only (SPEC.md §3): nothing is due at a
/// quarter's end because the roadmap's periods are quarters.
std::vector<calendar::Date> due_dates(const Deadline& deadline, const Period& period, const calendar::Date& roadmap_end);

/// The printed phrase, or for a structured form a short description of it.
std::string describe(const Deadline& deadline, vocab::Lang lang);

}  // namespace rmt::roadmap
