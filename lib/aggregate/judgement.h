// The verdict on one activity for one period as of a date (SPEC.md §8a),
// decided here once and shown alike by every output: the workbook's sheets,
// the справка's tables and sentences, the letters and the JSON documents.
//
//   case (first that applies)                         verdict        overdue
//   every organization that reported said n/a         не применимо   —
//   no accepted report from any reporter              нет данных     yes, when a due date passed
//   met: the numeric target reached; without one,     выполнено      —
//     every reporter done; measure `done`: its one reporter done
//   not met, no due date passed (or none at all)      в работе       — (the next due date)
//   not met, a due date passed                        не выполнено   yes, the earliest date missed
//
// Reporters are the organizations that must report on the activity less
// those whose accepted report says «не применимо». The due dates relevant to
// a period are the activity's own in it (roadmap::Roadmap::due_in) and any
// earlier one not met since, which stays due. A due date has passed when it
// lies before the as-of date.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "vocab/lang.h"
#include "roadmap/roadmap.h"
#include "submission/status.h"

namespace rmt::aggregate {

/// Where an activity stands (the verdict).
enum class Progress {
  met,             ///< выполнено
  in_progress,     ///< в работе: not met, and no due date has passed
  not_met,         ///< не выполнено: not met, and a due date has passed
  no_data,         ///< нет данных: no accepted report from any reporter
  not_applicable,  ///< не применимо: every organization that reported said so
};
/// Every verdict, in the order the documents list them.
inline constexpr Progress kAllProgress[] = {Progress::met, Progress::in_progress, Progress::not_met, Progress::no_data,
                                            Progress::not_applicable};
std::string_view progress_key(Progress progress);  ///< "met", "in-progress", "not-met", "no-data", "not-applicable"
vocab::Localized progress_label(Progress progress);  ///< «выполнено», «в работе», «не выполнено», «нет данных», «не применимо»

/// What one period's accepted reports say about one activity.
struct Tally {
  std::size_t expected = 0;  ///< organizations that must report on it (SPEC.md §3)
  std::size_t reported = 0;  ///< accepted rows on it
  std::size_t done = 0;      ///< of them, done
  std::size_t not_applicable = 0;
  double sum = 0;  ///< of the values reported
  /// Measure `done`: the deciding organization's status, when it reported.
  std::optional<submission::Status> decider;
};

/// The figures and the verdict of one activity in one period.
struct ActivityFigures {
  /// The period's target (measure done: 1); for an activity without a numeric
  /// target, the plan in organizations: its reporters.
  std::optional<double> target;
  /// By the indicator's measure; without a numeric target, the organizations done.
  std::optional<double> actual;
  /// actual / target (1 = 100 %); nullopt without both or with a zero target.
  std::optional<double> ratio;
  /// True when target and actual count organizations (plan = reporters, fact =
  /// done: «выполнили 16 из 22»), for an activity without a numeric target.
  bool counts_organizations = false;
  Progress progress = Progress::no_data;
  std::size_t expected = 0;  ///< organizations that must report on it
  std::size_t reported = 0;  ///< accepted rows on it
  std::size_t done = 0;      ///< rows with status done
  std::size_t not_applicable = 0;
  /// The due dates relevant to the period, ascending: its own and any earlier
  /// one not met since.
  std::vector<calendar::Date> due;
  /// The first due date on or after the as-of date in the period; when the
  /// period has none at all, a later period's (continuous work: the roadmap's end).
  std::optional<calendar::Date> next_due;
  /// The earliest due date that passed, while the activity is not met.
  std::optional<calendar::Date> missed_due;
  bool missed_earlier = false;  ///< missed_due lies in an earlier period
  bool overdue = false;         ///< a due date passed and it is not met (also without data)

  /// Reporters: those that must report, less those that said «не применимо».
  std::size_t reporters() const;
};

/// What the judgement needs besides the tally.
struct JudgementInput {
  const roadmap::Activity* activity = nullptr;
  std::optional<double> target;  ///< the indicator's target for the period
  Tally tally;
  std::vector<calendar::Date> own_due;      ///< Roadmap::due_in for the period
  std::optional<calendar::Date> carried;    ///< the earliest due date of an earlier period not met since
  std::optional<calendar::Date> later_due;  ///< the first own due date of a later period
  calendar::Date as_of;
};

/// Decides the figures and the verdict by the table above.
ActivityFigures judge(const JudgementInput& input);

/// The due date a reader must see: «прошёл 30.09.2026» for the earliest
/// missed, else «до 15.12.2026» for the next; empty without due dates.
vocab::Localized due_label(const ActivityFigures& figures);

/// What an activity's plan and fact count, for a column that holds it once
/// per activity: the indicator's unit or measure; without an indicator,
/// «организаций выполнили (из обязанных отчитаться)».
vocab::Localized measured_label(const roadmap::Activity& activity);

/// The indicator column of one period: measured_label(), or for plan and fact
/// in organizations «выполнили 16 из 22».
vocab::Localized indicator_text(const roadmap::Activity& activity, const ActivityFigures& figures);

/// «да, срок 10.09.2022» for an overdue activity, else empty.
vocab::Localized overdue_label(const ActivityFigures& figures);

}  // namespace rmt::aggregate
