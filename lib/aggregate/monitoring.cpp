#include "aggregate/monitoring.h"

#include <algorithm>

#include "roadmap/deadline.h"
#include "roadmap/reporting.h"

namespace rmt::aggregate {

namespace {

// The judgement of every period in order, each carrying the earliest due date
// of an earlier period not met since (SPEC.md §8a: it stays due).
std::vector<std::vector<ActivityFigures>> judge_periods(const roadmap::Roadmap& roadmap,
                                                        const roadmap::ActivityIndex& activities,
                                                        const std::vector<Tally>& tallies, const calendar::Date& as_of) {
  const std::size_t periods = roadmap.periods.size(), count = activities.size();
  std::vector<std::vector<ActivityFigures>> figures(periods);
  for (std::size_t a = 0; a < count; ++a) {
    const roadmap::Activity& activity = activities.at(a);
    std::vector<std::vector<calendar::Date>> own(periods);
    for (std::size_t p = 0; p < periods; ++p) own[p] = roadmap.due_in(activity, p);
    std::optional<calendar::Date> carried;
    for (std::size_t p = 0; p < periods; ++p) {
      JudgementInput in;
      in.activity = &activity;
      if (activity.indicator) in.target = activity.indicator->targets[p];
      in.tally = tallies[p * count + a];
      in.own_due = own[p];
      in.carried = carried;
      for (std::size_t later = p + 1; later < periods && !in.later_due; ++later)
        if (!own[later].empty()) in.later_due = own[later].front();
      in.as_of = as_of;
      ActivityFigures f = judge(in);
      if (f.progress == Progress::met || f.progress == Progress::not_applicable)
        carried.reset();
      else if (!carried && !own[p].empty())
        carried = own[p].front();
      figures[p].push_back(std::move(f));
    }
  }
  return figures;
}

}  // namespace

Monitoring compute(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                   const registry::Registry* registry, const merge::MergedSet& rows, std::size_t period,
                   const calendar::Date& as_of, const std::vector<bool>* only_orgs) {
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
    if (only_orgs && (row.org >= only_orgs->size() || !(*only_orgs)[row.org])) continue;
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

  for (std::size_t p = 0; p < periods; ++p) {
    if (has_data[p]) m.periods_with_data.push_back(p);
    for (std::size_t a = 0; a < count; ++a) tallies[p * count + a].expected = expected[a];
  }
  m.figures = judge_periods(roadmap, activities, tallies, as_of);

  // An organization's share done counts what was due by the as-of date, and
  // what it did before it was due (SPEC.md §8a).
  std::vector<bool> due_by_now(count, false);
  for (std::size_t a = 0; a < count; ++a)
    for (const auto& date : m.figures[period][a].due) due_by_now[a] = due_by_now[a] || date <= as_of;
  for (std::size_t o = 0; o < m.orgs.size(); ++o) {
    OrgRow& org = m.orgs[o];
    for (std::size_t a = 0; a < count; ++a) {
      const Cell& cell = m.cells[o * count + a];
      if (cell.state == Cell::not_required) continue;
      const bool reported = cell.state == Cell::reported;
      if (reported && cell.status == submission::Status::not_applicable) continue;
      if (due_by_now[a] || (reported && cell.status == submission::Status::done)) ++org.due;
    }
    if (org.due > 0) org.completion = static_cast<double>(org.done) / static_cast<double>(org.due);
    if (org.required > 0) ++m.orgs_expected;
    if (org.required > 0 && org.submitted()) ++m.orgs_submitted;
  }
  return m;
}

std::optional<Dynamics> compare_with_previous(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                                              const registry::Registry* registry, const merge::MergedSet& rows,
                                              std::size_t period, const calendar::Date& as_of) {
  if (period == 0 || period >= roadmap.periods.size()) return std::nullopt;
  Dynamics d;
  d.now = period;
  d.before = period - 1;
  // Who reported (accepted rows) in each of the two periods.
  const std::size_t orgs = rows.orgs().size();
  std::vector<bool> in_before(orgs, false), in_now(orgs, false), both(orgs, false);
  for (const auto& row : rows.rows()) {
    if (row.disputed || row.org >= orgs) continue;
    if (registry && !registry->find(rows.orgs().at(row.org))) continue;
    if (row.period == d.before) in_before[row.org] = true;
    if (row.period == d.now) in_now[row.org] = true;
  }
  for (std::size_t o = 0; o < orgs; ++o) {
    both[o] = in_before[o] && in_now[o];
    d.reported_before += in_before[o];
    d.reported_now += in_now[o];
    d.reported_both += both[o];
  }
  if (registry) {
    for (const auto& organization : registry->organizations()) {
      bool reports_something = false;
      for (std::size_t a = 0; a < activities.size() && !reports_something; ++a)
        reports_something = roadmap::reports_on(roadmap, activities.at(a), organization.id);
      d.organizations += reports_something;
    }
  } else {
    for (std::size_t o = 0; o < orgs; ++o) d.organizations += in_before[o] || in_now[o];
  }
  // Fewer than half of the organizations in the earlier period: no comparison.
  d.shown = d.organizations > 0 && d.reported_before * 2 >= d.organizations && d.reported_both > 0;
  if (!d.shown) return d;
  const Monitoring common = compute(roadmap, activities, registry, rows, period, as_of, &both);
  d.figures_before = common.figures[d.before];
  d.figures_now = common.figures[d.now];
  return d;
}

}  // namespace rmt::aggregate
