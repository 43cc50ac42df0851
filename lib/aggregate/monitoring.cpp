#include "aggregate/monitoring.h"

#include "roadmap/period.h"

#include <algorithm>

#include "roadmap/deadline.h"
#include "roadmap/reporting.h"

namespace rmt::aggregate {

std::string_view progress_key(Progress progress) {
  switch (progress) {
    case Progress::met: return "met";
    case Progress::in_progress: return "in-progress";
    case Progress::not_met: return "not-met";
    case Progress::no_data: return "no-data";
  }
  return "no-data";
}

diag::Localized progress_label(Progress progress) {
  switch (progress) {
    case Progress::met: return {"выполнено", "met"};
    case Progress::in_progress: return {"в работе", "in progress"};
    case Progress::not_met: return {"не выполнено", "not met"};
    case Progress::no_data: return {"нет данных", "no data"};
  }
  return {};
}

diag::Localized due_label(const ActivityFigures& f) {
  const auto passed = [](const calendar::Date& date) {
    return diag::Localized{"прошёл " + calendar::to_dotted(date), "passed " + calendar::to_dotted(date)};
  };
  if (f.missed_earlier && f.missed_due) return passed(*f.missed_due);
  if (f.next_due) return {"до " + calendar::to_dotted(*f.next_due), "by " + calendar::to_dotted(*f.next_due)};
  if (f.missed_due) return passed(*f.missed_due);
  return {};
}

std::optional<std::size_t> latest_period_with_data(const merge::MergedSet& rows, std::size_t periods) {
  std::optional<std::size_t> latest;
  for (const auto& row : rows.rows())
    if (!row.disputed && row.period < periods && (!latest || row.period > *latest)) latest = row.period;
  return latest;
}

namespace {

// What the rows of one period say about one activity.
struct Tally {
  std::size_t reported = 0, done = 0, not_applicable = 0;
  double sum = 0;
  std::optional<submission::Status> decider;  // the deciding organization's status (measure done)
};

ActivityFigures figures_for(const roadmap::Activity& activity, const roadmap::Period& period, std::size_t p,
                            const Tally& tally, std::size_t expected, const calendar::Date& as_of) {
  ActivityFigures f;
  f.expected = expected;
  f.reported = tally.reported;
  f.done = tally.done;
  f.not_applicable = tally.not_applicable;
  const auto& indicator = activity.indicator;
  if (indicator) {
    f.target = indicator->targets[p];
    if (!f.target && indicator->measure == roadmap::Measure::done) f.target = 1;
    if (tally.reported > 0) {
      switch (indicator->measure) {
        case roadmap::Measure::orgs_done: f.actual = static_cast<double>(tally.done); break;
        case roadmap::Measure::sum: f.actual = tally.sum; break;
        case roadmap::Measure::share_done: {
          // Organizations for which the activity does not apply are not counted.
          const std::size_t base = (expected > 0 ? expected : tally.reported);
          if (base > tally.not_applicable)
            f.actual = 100.0 * static_cast<double>(tally.done) / static_cast<double>(base - tally.not_applicable);
          break;
        }
        case roadmap::Measure::done:
          if (tally.decider) f.actual = *tally.decider == submission::Status::done ? 1 : 0;
          break;
      }
    }
  }
  if (f.target && f.actual && *f.target > 0) f.ratio = *f.actual / *f.target;

  if (activity.deadline) f.due = roadmap::due_dates(*activity.deadline, period);
  std::sort(f.due.begin(), f.due.end());
  for (const auto& date : f.due) {
    if (date < as_of) f.missed_due = date;
    else if (!f.next_due) f.next_due = date;
  }
  // Without a computable due date the activity is due by the end of the period.
  const calendar::Date last_due = f.due.empty() ? period.last_day() : f.due.back();
  const bool past = as_of > last_due;

  if (tally.reported == 0) {
    f.progress = Progress::no_data;
  } else if (f.target && f.actual) {
    f.progress = *f.actual >= *f.target ? Progress::met : past ? Progress::not_met : Progress::in_progress;
  } else if (indicator && indicator->measure == roadmap::Measure::done) {
    f.progress = past ? Progress::not_met : Progress::in_progress;  // the deciding report is missing
  } else {
    const std::size_t base = expected > 0 ? expected : tally.reported;
    const bool all_done = tally.done + tally.not_applicable >= base;
    f.progress = all_done ? Progress::met : past ? Progress::not_met : Progress::in_progress;
  }
  // Overdue needs someone who should have reported: an activity nobody
  // reports on (a department's own task) is not the schools' delay.
  f.overdue = f.missed_due.has_value() && f.progress != Progress::met && expected > 0;
  return f;
}

// A due date that passed in an earlier period, for an activity not met since,
// stays missed in every later period: «до 10.09.2022» not done by the fourth
// quarter is overdue there too, with that date (SPEC.md §8).
void carry_missed_dates(std::vector<std::vector<ActivityFigures>>& figures, const calendar::Date& as_of) {
  if (figures.empty()) return;
  for (std::size_t a = 0; a < figures.front().size(); ++a) {
    std::optional<calendar::Date> carried;  // the first date missed and not met since
    for (auto& period : figures) {
      ActivityFigures& f = period[a];
      if (f.progress == Progress::met) {
        carried.reset();
        continue;
      }
      if (carried) {
        f.missed_due = carried;
        f.missed_earlier = true;
        f.overdue = f.expected > 0;
      }
      // This period's own missed dates carry on into the next, unless met.
      for (const auto& date : f.due)
        if (date < as_of && !carried) carried = date;
    }
  }
}

}  // namespace

std::optional<std::size_t> choose_period(const roadmap::Roadmap& roadmap, const merge::MergedSet& rows,
                                         std::string_view asked, const calendar::Date& as_of) {
  if (!asked.empty()) {
    const auto parsed = roadmap::parse_period_text(asked);
    return parsed ? roadmap.period_index(parsed->label) : std::nullopt;
  }
  if (const auto latest = latest_period_with_data(rows, roadmap.periods.size())) return latest;
  std::size_t chosen = 0;
  for (std::size_t p = 0; p < roadmap.periods.size(); ++p)
    if (roadmap.periods[p].first_day() <= as_of) chosen = p;
  return chosen;
}

Monitoring compute(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                   const registry::Registry* registry, const merge::MergedSet& rows, std::size_t period,
                   const calendar::Date& as_of) {
  const std::size_t periods = roadmap.periods.size(), count = activities.size();
  Monitoring m;
  m.period = period;
  m.as_of = as_of;

  // Rows of the matrix: the registry's organizations, then those seen only in the data.
  std::vector<std::int64_t> row_of(rows.orgs().size(), -1);  // merged org index -> matrix row
  if (registry) {
    const auto& organizations = registry->organizations();
    for (const auto& o : organizations) {
      OrgRow& row = m.orgs.emplace_back();
      row.id = o.id;
      row.name = o.name;
      row.kind = o.kind;
      row.district = o.district;
      row.in_registry = true;
    }
    for (std::size_t i = 0; i < rows.orgs().size(); ++i)
      if (const auto* o = registry->find(rows.orgs().at(static_cast<std::uint32_t>(i))))
        row_of[i] = o - organizations.data();
  }
  std::vector<std::uint32_t> data_only;
  for (const auto& row : rows.rows())
    if (!row.disputed && row.period == period && row_of[row.org] == -1) {
      row_of[row.org] = -2;  // seen; placed below
      data_only.push_back(row.org);
    }
  std::sort(data_only.begin(), data_only.end(), [&](auto a, auto b) { return rows.orgs().at(a) < rows.orgs().at(b); });
  for (const auto org : data_only) {
    row_of[org] = static_cast<std::int64_t>(m.orgs.size());
    m.orgs.emplace_back().id = rows.orgs().at(org);
  }

  // Who must report what, and so how many are expected per activity.
  m.cells.assign(m.orgs.size() * count, Cell{});
  std::vector<std::size_t> expected(count, 0);
  for (std::size_t o = 0; o < m.orgs.size(); ++o) {
    for (std::size_t a = 0; a < count; ++a) {
      if (!roadmap::reports_on(roadmap, activities.at(a), m.orgs[o].id)) continue;
      m.cells[o * count + a].state = Cell::missing;
      ++m.orgs[o].required;
      ++expected[a];
    }
  }

  // One pass over the rows: tallies for every period, the matrix for the chosen one.
  std::vector<Tally> tallies(periods * count);
  std::vector<bool> has_data(periods, false);
  for (const auto& row : rows.rows()) {
    if (row.period >= periods || row.activity >= count) continue;
    if (row.disputed) {  // not counted anywhere; the matrix says why its cell is empty
      if (row.period == period && row_of[row.org] >= 0) {
        Cell& cell = m.cells[static_cast<std::size_t>(row_of[row.org]) * count + row.activity];
        if (cell.state == Cell::missing) cell.state = Cell::disputed;
      }
      continue;
    }
    has_data[row.period] = true;
    Tally& t = tallies[row.period * count + row.activity];
    ++t.reported;
    t.done += row.status == submission::Status::done;
    t.not_applicable += row.status == submission::Status::not_applicable;
    if (row.has_value) t.sum += row.value;
    const auto& indicator = activities.at(row.activity).indicator;
    if (indicator && indicator->measure == roadmap::Measure::done && rows.orgs().at(row.org) == indicator->decided_by)
      t.decider = row.status;
    if (row.period != period || row_of[row.org] < 0) continue;
    const auto o = static_cast<std::size_t>(row_of[row.org]);
    Cell& cell = m.cells[o * count + row.activity];
    cell = {Cell::reported, row.status, row.has_value, row.value};
    ++m.orgs[o].reported;
    m.orgs[o].done += row.status == submission::Status::done;
    m.orgs[o].not_applicable += row.status == submission::Status::not_applicable;
  }

  for (auto& org : m.orgs) {
    if (org.required > org.not_applicable)
      org.completion = static_cast<double>(org.done) / static_cast<double>(org.required - org.not_applicable);
    if (org.required > 0) ++m.orgs_expected;
    if (org.required > 0 && org.submitted()) ++m.orgs_submitted;
  }
  m.figures.resize(periods);
  for (std::size_t p = 0; p < periods; ++p) {
    if (has_data[p]) m.periods_with_data.push_back(p);
    for (std::size_t a = 0; a < count; ++a)
      m.figures[p].push_back(
          figures_for(activities.at(a), roadmap.periods[p], p, tallies[p * count + a], expected[a], as_of));
  }
  carry_missed_dates(m.figures, as_of);
  return m;
}

}  // namespace rmt::aggregate
