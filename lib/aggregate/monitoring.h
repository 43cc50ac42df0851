// The figures the monitoring workbook shows, computed from merged rows: per
// activity and period the actual value by measure, the % of target, a
// progress status, due dates and overdue as of a date, who has reported; per
// organization its status on every activity. The workbook only lays these
// out; everything an analyst might audit is decided here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "diag/lang.h"
#include "merge/merged_set.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"

namespace rmt::aggregate {

/// Where an activity stands against its target.
enum class Progress {
  met,          ///< the target is reached (or, without one, every reporter is done)
  in_progress,  ///< not yet, but its due dates in the period have not all passed
  not_met,      ///< not reached, and the period's due dates have passed
  no_data,      ///< nobody reported on it for the period
};
std::string_view progress_key(Progress progress);  ///< "met", "in-progress", "not-met", "no-data"
diag::Localized progress_label(Progress progress);  ///< «выполнено», «в работе», «не выполнено», «нет данных»

struct ActivityFigures {
  std::optional<double> target;  ///< the roadmap's target for the period (done: 1)
  std::optional<double> actual;  ///< by the indicator's measure; nullopt without data or indicator
  /// actual / target as a fraction (1 = 100 %); nullopt without both or with a zero target.
  std::optional<double> ratio;
  Progress progress = Progress::no_data;
  std::size_t expected = 0;  ///< organizations that must report on it
  std::size_t reported = 0;  ///< of them, how many sent a row
  std::size_t done = 0;      ///< rows with status done
  std::size_t not_applicable = 0;
  std::vector<calendar::Date> due;          ///< due dates within the period
  std::optional<calendar::Date> next_due;   ///< first due date on or after the as-of date
  /// The due date missed: one of an earlier period not met since (SPEC.md §8:
  /// it stays overdue until the activity is met), else the period's last due
  /// date before the as-of date.
  std::optional<calendar::Date> missed_due;
  /// True when missed_due comes from an earlier period.
  bool missed_earlier = false;
  bool overdue = false;  ///< a due date has passed and the activity is not met
};

/// The due date a reader must see: «прошёл 30.09.2026» for one missed in an
/// earlier period and not met since, else «до 15.12.2026» for the next one,
/// else «прошёл …» for the period's last; empty without due dates.
diag::Localized due_label(const ActivityFigures& figures);

/// One organization's status on one activity.
struct Cell {
  /// disputed: two files disagree on it and it was left out (a conflict).
  enum State : std::uint8_t { not_required, missing, reported, disputed };
  State state = not_required;
  submission::Status status = submission::Status::done;
  bool has_value = false;
  double value = 0;
};

struct OrgRow {
  std::string id, name, kind, district;
  bool in_registry = false;
  std::size_t required = 0;  ///< activities it must report on
  std::size_t reported = 0;  ///< of them, reported
  std::size_t done = 0;      ///< of them, done
  std::size_t not_applicable = 0;
  /// done / (required − not applicable); nullopt when nothing applies.
  std::optional<double> completion;
  bool submitted() const { return reported > 0; }
};

struct Monitoring {
  std::size_t period = 0;  ///< index into Roadmap::periods
  calendar::Date as_of;
  /// Periods with any row, ascending (the Trend sheet's columns).
  std::vector<std::size_t> periods_with_data;
  /// [period][flat activity], for every period of the roadmap.
  std::vector<std::vector<ActivityFigures>> figures;
  /// Registry organizations in registry order, then organizations seen in the
  /// data and not in the registry, by id.
  std::vector<OrgRow> orgs;
  /// The chosen period's matrix: orgs.size() rows × activities columns.
  std::vector<Cell> cells;
  std::size_t orgs_expected = 0;   ///< organizations that must report something
  std::size_t orgs_submitted = 0;  ///< of them, with at least one row for the period

  const std::vector<ActivityFigures>& current() const { return figures[period]; }
  const Cell& cell(std::size_t org, std::size_t activity) const { return cells[org * figures[period].size() + activity]; }
};

/// The latest period with any merged row; nullopt when there is none.
std::optional<std::size_t> latest_period_with_data(const merge::MergedSet& rows, std::size_t periods);

/// The period a workbook or report is for (SPEC.md §8): the one `asked`
/// ("2026", "2022-Q3"), nullopt when the roadmap has no such period; with
/// none asked, the latest with data, else the latest begun by `as_of`, else the first.
std::optional<std::size_t> choose_period(const roadmap::Roadmap& roadmap, const merge::MergedSet& rows,
                                         std::string_view asked, const calendar::Date& as_of);

/// Computes the figures for `period` as of `as_of`. `registry` may be null:
/// then the organizations expected are those seen in the data.
Monitoring compute(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                   const registry::Registry* registry, const merge::MergedSet& rows, std::size_t period,
                   const calendar::Date& as_of);

}  // namespace rmt::aggregate
