// A reporting period of a roadmap: a calendar year ("2026"), a quarter
// ("2022-Q3"), a half-year ("2022-H1") or a school year ("2023/2024", from
// 1 September to 31 August). Submissions name periods by these labels, or by
// the forms orders and schools write («2023-2024 учебный год», «2023/24»,
// «I полугодие 2022»).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "calendar/date.h"
#include "vocab/lang.h"

namespace rmt::roadmap {

enum class PeriodKind { year, half, quarter, school_year };

struct Period {
  std::string label;  ///< canonical: "2026", "2022-Q3", "2022-H1" or "2023/2024"
  PeriodKind kind = PeriodKind::year;
  int year = 0;  ///< the calendar year; for a school year, the one it begins in (2023 for "2023/2024")
  int part = 0;  ///< the quarter (1..4) or the half (1..2); 0 for years and school years

  bool is_quarter() const { return kind == PeriodKind::quarter; }
  calendar::Date first_day() const;
  calendar::Date last_day() const;
  bool contains(const calendar::Date& date) const { return first_day() <= date && date <= last_day(); }
};

/// The period as a document names it after «за»: «2026 год», «III квартал
/// 2022 г.», «I полугодие 2022 г.», «2023/2024 учебный год»; "2026", "Q3 2022",
/// "H1 2022", "school year 2023/2024".
vocab::Localized describe_period(const Period& period);

/// Parses a canonical label, as a roadmap lists its periods: "2026",
/// "2022-Q3" (or "2022-q3"), "2022-H1", "2023/2024"; surrounding spaces
/// ignored. Years from 1900 to 2200 only, so that a stray number is not taken
/// for a period; a school year's second year must follow its first.
std::optional<Period> parse_period(std::string_view text);

/// Parses a period as a submission's cell may write it: a canonical label,
/// or «2023/24», «2023-2024 учебный год», «2023/2024 уч. г.», «I полугодие
/// 2022», «2 полугодие 2022 г.», «III квартал 2022», «2026 год». Case and the
/// words «год», «года», «г.» do not matter.
std::optional<Period> parse_period_text(std::string_view text);

}  // namespace rmt::roadmap
