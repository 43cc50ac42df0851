// The figures every output shows, computed from merged rows: per activity
// and period the tally of accepted reports judged by aggregate/judgement.h
// (actual, % of target, verdict, due dates, overdue as of a date); per
// organization its status on every activity and its share done of what was
// due. The workbook, the справка, the letters and the JSON documents only lay
// these out; everything an analyst might audit is decided here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aggregate/judgement.h"
#include "calendar/date.h"
#include "vocab/lang.h"
#include "merge/merged_set.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"

namespace rmt::aggregate {

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
  /// Activities it must report on (less «не применимо») that were due by the
  /// as-of date, or that it reported done before they were due (SPEC.md §8a).
  std::size_t due = 0;
  /// done / due; nullopt when nothing was due: such an organization is not ranked.
  std::optional<double> completion;
  bool submitted() const { return reported > 0; }
};

/// The comparison of a period with the one before it (SPEC.md §8a
/// «Dynamics»): both judged over the organizations that reported in both.
struct Dynamics {
  std::size_t before = 0, now = 0;  ///< period indices; before = now − 1
  std::size_t organizations = 0;    ///< the registry's (or, without one, those in the data)
  std::size_t reported_before = 0, reported_now = 0, reported_both = 0;
  /// False when fewer than half of the organizations reported in the earlier
  /// period: then the comparison is left out, and the documents say why.
  bool shown = false;
  std::vector<ActivityFigures> figures_before, figures_now;  ///< over the common organizations
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
  /// The period against the one before it (compare_with_previous); nullopt
  /// for the roadmap's first period or when not asked for.
  std::optional<Dynamics> dynamics;

  const std::vector<ActivityFigures>& current() const { return figures[period]; }
  const Cell& cell(std::size_t org, std::size_t activity) const { return cells[org * figures[period].size() + activity]; }
};

/// Computes the figures for `period` as of `as_of`, without the dynamics
/// (compare_with_previous). `registry` may be null:
/// then the organizations expected are those seen in the data. With
/// `only_orgs` (indexed by the merged set's organization numbers), only the
/// rows of the organizations it marks count (the dynamics' common ones).
Monitoring compute(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                   const registry::Registry* registry, const merge::MergedSet& rows, std::size_t period,
                   const calendar::Date& as_of, const std::vector<bool>* only_orgs = nullptr);

/// The dynamics of `period` against the one before it; nullopt for the first period.
std::optional<Dynamics> compare_with_previous(const roadmap::Roadmap& roadmap, const roadmap::ActivityIndex& activities,
                                              const registry::Registry* registry, const merge::MergedSet& rows,
                                              std::size_t period, const calendar::Date& as_of);

}  // namespace rmt::aggregate
