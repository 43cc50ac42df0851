// Fuzz target: the Russian deadline phrase parser.
//
// Checked on every input: parsing never crashes; a parsed deadline keeps the
// phrase verbatim, has valid dates, and gives strictly ascending due dates
// inside each period (years and quarters) around them; describe() works in
// both languages; "MM-DD" parsing gives a real day or nothing.
#include <algorithm>
#include <functional>
#include <variant>

#include "calendar/date.h"
#include "fuzz_input.h"
#include "roadmap/deadline.h"

using namespace rmt;

namespace {

bool valid(const calendar::Date& date) { return calendar::is_valid(date.year, date.month, date.day); }

void check_due_dates(const roadmap::Deadline& deadline, const roadmap::Period& period) {
  // A roadmap ending with this period: continuous work is due at its end.
  const auto dates = roadmap::due_dates(deadline, period, period.last_day());
  if (std::adjacent_find(dates.begin(), dates.end(), std::greater_equal<>()) != dates.end())
    fuzz::violated("due dates not strictly ascending");
  for (const auto& date : dates)
    if (!period.contains(date) || !valid(date)) fuzz::violated("a due date outside its period");
  if (deadline.continuous && dates.empty()) fuzz::violated("a continuous deadline never due");
  // A roadmap ending after this period: continuous work is not due in it.
  const auto early = roadmap::due_dates(deadline, period, {period.last_day().year + 1, 12, 31});
  if (deadline.continuous && !deadline.each_year && deadline.once.empty() && deadline.every_year.empty() && !early.empty())
    fuzz::violated("continuous work due before the roadmap's end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view phrase = fuzz::as_text(data, size);
  if (const auto month_day = roadmap::parse_month_day(phrase)) {
    if (month_day->month < 1 || month_day->month > 12 || month_day->day < 0 || month_day->day > 31)
      fuzz::violated("a month-day out of range");
    if (!valid(month_day->in_year(2023))) fuzz::violated("a month-day that is no day");
  }
  const auto parsed = roadmap::parse_deadline_phrase(phrase);
  if (const auto* error = std::get_if<roadmap::DeadlineError>(&parsed)) {
    if (error->reason.ru.empty() || error->reason.en.empty()) fuzz::violated("an error without a reason");
    return 0;
  }
  const auto& deadline = std::get<roadmap::Deadline>(parsed);
  if (deadline.phrase != phrase) fuzz::violated("the phrase was not kept verbatim");
  if (!deadline.computable()) fuzz::violated("a parsed phrase without a date");
  for (const auto& date : deadline.once)
    if (!valid(date)) fuzz::violated("an invalid date");
  // The periods around the dates the phrase names, and a leap year's.
  std::vector<int> years{2024};
  for (const auto& date : deadline.once) years.push_back(date.year);
  for (const int year : years) {
    if (year < 1900 || year > 2200) continue;
    using roadmap::PeriodKind;
    check_due_dates(deadline, {std::to_string(year), PeriodKind::year, year, 0});
    for (int quarter = 1; quarter <= 4; ++quarter) check_due_dates(deadline, {"q", PeriodKind::quarter, year, quarter});
    for (int half = 1; half <= 2; ++half) check_due_dates(deadline, {"h", PeriodKind::half, year, half});
    check_due_dates(deadline, {"s", PeriodKind::school_year, year, 0});  // a school year spans two calendar years
  }
  if (roadmap::describe(deadline, vocab::Lang::ru).empty() || roadmap::describe(deadline, vocab::Lang::en).empty())
    fuzz::violated("an empty description");
  return 0;
}
