#include "aggregate/judgement.h"

#include <algorithm>

#include <fmt/format.h>

namespace rmt::aggregate {

std::string_view progress_key(Progress progress) {
  switch (progress) {
    case Progress::met: return "met";
    case Progress::in_progress: return "in-progress";
    case Progress::not_met: return "not-met";
    case Progress::no_data: return "no-data";
    case Progress::not_applicable: return "not-applicable";
  }
  return "no-data";
}

vocab::Localized progress_label(Progress progress) {
  switch (progress) {
    case Progress::met: return {"выполнено", "met"};
    case Progress::in_progress: return {"в работе", "in progress"};
    case Progress::not_met: return {"не выполнено", "not met"};
    case Progress::no_data: return {"нет данных", "no data"};
    case Progress::not_applicable: return {"не применимо", "not applicable"};
  }
  return {};
}

std::size_t ActivityFigures::reporters() const {
  const std::size_t base = expected > 0 ? expected : reported;
  return base > not_applicable ? base - not_applicable : 0;
}

namespace {

// The actual value by the indicator's measure, for a numeric target.
std::optional<double> measured(const roadmap::Indicator& indicator, const Tally& t, std::size_t reporters) {
  if (t.reported == 0) return std::nullopt;
  switch (indicator.measure) {
    case roadmap::Measure::orgs_done: return static_cast<double>(t.done);
    case roadmap::Measure::sum: return t.sum;
    case roadmap::Measure::share_done:
      if (reporters == 0) return std::nullopt;
      return 100.0 * static_cast<double>(t.done) / static_cast<double>(reporters);
    case roadmap::Measure::done:
      if (!t.decider) return std::nullopt;
      return *t.decider == submission::Status::done ? 1.0 : 0.0;
  }
  return std::nullopt;
}

}  // namespace

ActivityFigures judge(const JudgementInput& in) {
  ActivityFigures f;
  const Tally& t = in.tally;
  f.expected = t.expected;
  f.reported = t.reported;
  f.done = t.done;
  f.not_applicable = t.not_applicable;
  const std::size_t reporters = f.reporters();

  const roadmap::Indicator* indicator = in.activity && in.activity->indicator ? &*in.activity->indicator : nullptr;
  const bool decided_by_one = indicator && indicator->measure == roadmap::Measure::done;
  // A numeric target: the period's own, or measure done's implicit 1.
  const bool numeric = indicator && (in.target.has_value() || decided_by_one);
  if (numeric) {
    f.target = in.target ? in.target : std::optional<double>(1.0);
    f.actual = measured(*indicator, t, reporters);
  } else if (indicator && t.reported > 0) {
    f.actual = measured(*indicator, t, reporters);  // an indicator without a target this period
  }
  if (!numeric && !indicator) {
    // Plan and fact in organizations: «выполнили 16 из 22».
    f.counts_organizations = true;
    if (reporters > 0 || t.reported > 0) {
      f.target = static_cast<double>(reporters);
      f.actual = static_cast<double>(t.done);
    }
  }
  if (f.target && f.actual && *f.target > 0) f.ratio = *f.actual / *f.target;

  // The relevant due dates: this period's own, and an earlier one not met since.
  f.due = in.own_due;
  if (in.carried) f.due.insert(f.due.begin(), *in.carried);
  std::sort(f.due.begin(), f.due.end());
  f.due.erase(std::unique(f.due.begin(), f.due.end()), f.due.end());
  std::optional<calendar::Date> earliest_passed;
  for (const auto& date : f.due) {
    if (date < in.as_of) {
      if (!earliest_passed) earliest_passed = date;
    } else if (!f.next_due) {
      f.next_due = date;
    }
  }
  // Nothing due in the period (continuous work): the next date is a later period's.
  if (f.due.empty() && in.later_due && *in.later_due >= in.as_of) f.next_due = in.later_due;

  if (t.reported > 0 && t.not_applicable == t.reported) {
    f.progress = Progress::not_applicable;
  } else if (t.reported == 0) {
    f.progress = Progress::no_data;
  } else {
    bool met = false;
    if (decided_by_one) met = t.decider == submission::Status::done;
    else if (numeric) met = f.actual && *f.actual >= *f.target;
    else met = t.done >= reporters;
    f.progress = met ? Progress::met : earliest_passed ? Progress::not_met : Progress::in_progress;
  }
  const bool late = f.progress == Progress::not_met || (f.progress == Progress::no_data && t.expected > 0);
  if (late && earliest_passed) {
    f.overdue = true;
    f.missed_due = earliest_passed;
    f.missed_earlier = in.carried && *earliest_passed == *in.carried &&
                       (in.own_due.empty() || *in.carried < in.own_due.front());
  }
  return f;
}

vocab::Localized due_label(const ActivityFigures& f) {
  if (f.missed_due) {
    const std::string date = calendar::to_dotted(*f.missed_due);
    return {"прошёл " + date, "passed " + date};
  }
  if (f.next_due) {
    const std::string date = calendar::to_dotted(*f.next_due);
    return {"до " + date, "by " + date};
  }
  // A due date passed, but the activity is met or not applicable: the last one.
  if (!f.due.empty()) {
    const std::string date = calendar::to_dotted(f.due.back());
    return {"прошёл " + date, "passed " + date};
  }
  return {};
}

vocab::Localized measured_label(const roadmap::Activity& activity) {
  if (activity.indicator) return roadmap::indicator_label(activity);
  return {"организаций выполнили (из обязанных отчитаться)", "organizations done (of those that must report)"};
}

vocab::Localized indicator_text(const roadmap::Activity& activity, const ActivityFigures& f) {
  if (!f.counts_organizations) return measured_label(activity);
  const std::size_t done = f.done, plan = f.reporters();
  return {fmt::format("выполнили {} из {}", done, plan), fmt::format("{} of {} done", done, plan)};
}

vocab::Localized overdue_label(const ActivityFigures& f) {
  if (!f.overdue) return {};
  if (!f.missed_due) return {"да", "yes"};
  const std::string date = calendar::to_dotted(*f.missed_due);
  return {"да, срок " + date, "yes, due " + date};
}

}  // namespace rmt::aggregate
