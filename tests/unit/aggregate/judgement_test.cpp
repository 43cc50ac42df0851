#include <doctest/doctest.h>

#include <vector>

#include "aggregate/judgement.h"

using namespace rmt;
using aggregate::Progress;
using calendar::Date;

namespace {

roadmap::Activity status_only() { return roadmap::Activity{}; }

roadmap::Activity measured(roadmap::Measure measure) {
  roadmap::Activity activity;
  activity.indicator = roadmap::Indicator{};
  activity.indicator->measure = measure;
  return activity;
}

struct Case {
  const char* name;
  roadmap::Activity activity;
  std::optional<double> target;
  aggregate::Tally tally;
  std::vector<Date> own_due;
  std::optional<Date> carried;
  std::optional<Date> later_due;
  Date as_of;
  // Expected:
  Progress progress;
  bool overdue;
  std::optional<Date> missed;
  std::optional<Date> next;
};

aggregate::Tally tally(std::size_t expected, std::size_t reported, std::size_t done, std::size_t not_applicable,
                       double sum = 0, std::optional<submission::Status> decider = std::nullopt) {
  return {expected, reported, done, not_applicable, sum, decider};
}

}  // namespace

// SPEC.md §8a's decision table, row by row, with each kind of due date.
TEST_CASE("the judgement follows the decision table of SPEC.md §8a") {
  const Date sep10{2022, 9, 10}, dec31{2022, 12, 31}, roadmap_end{2023, 3, 31};
  const Case cases[] = {
      // Every organization that reported said «не применимо»: grey, never met, never overdue.
      {"all n/a", status_only(), {}, tally(3, 2, 0, 2), {sep10}, {}, {}, {2022, 10, 10},
       Progress::not_applicable, false, {}, {}},
      // No accepted report from any reporter: no data, overdue once a due date passed.
      {"no data, passed", status_only(), {}, tally(3, 0, 0, 0), {sep10}, {}, {}, {2022, 10, 10},
       Progress::no_data, true, sep10, {}},
      {"no data, not yet due", status_only(), {}, tally(3, 0, 0, 0), {dec31}, {}, {}, {2022, 10, 10},
       Progress::no_data, false, {}, dec31},
      // Nobody must report (a department's own task): no data, not the schools' delay.
      {"no reporters", status_only(), {}, tally(0, 0, 0, 0), {sep10}, {}, {}, {2022, 10, 10},
       Progress::no_data, false, {}, {}},
      // Status-only: met when every reporter is done (n/a ones are not reporters).
      {"every reporter done", status_only(), {}, tally(3, 3, 2, 1), {sep10}, {}, {}, {2022, 10, 10},
       Progress::met, false, {}, {}},
      {"in progress before the date", status_only(), {}, tally(3, 3, 1, 0), {dec31}, {}, {}, {2022, 10, 10},
       Progress::in_progress, false, {}, dec31},
      {"on the due date itself, not yet passed", status_only(), {}, tally(3, 3, 1, 0), {sep10}, {}, {}, sep10,
       Progress::in_progress, false, {}, sep10},
      {"not met after the date", status_only(), {}, tally(3, 3, 1, 0), {sep10}, {}, {}, {2022, 9, 11},
       Progress::not_met, true, sep10, {}},
      // A recurring deadline: the earliest date missed is the one shown.
      {"recurring, two missed", status_only(), {}, tally(2, 2, 0, 0), {{2022, 3, 25}, {2022, 6, 25}, {2022, 9, 25}},
       {}, {}, {2022, 7, 1}, Progress::not_met, true, Date{2022, 3, 25}, Date{2022, 9, 25}},
      // A numeric target: met when reached, whatever the dates.
      {"target reached", measured(roadmap::Measure::orgs_done), 2.0, tally(3, 3, 2, 0), {dec31}, {}, {}, {2023, 1, 10},
       Progress::met, false, {}, {}},
      {"period target not reached at the period's end", measured(roadmap::Measure::orgs_done), 3.0, tally(3, 3, 2, 0),
       {dec31}, {}, {}, {2023, 1, 10}, Progress::not_met, true, dec31, {}},
      {"sum below its target, not yet due", measured(roadmap::Measure::sum), 10.0, tally(3, 3, 3, 0, 4.5), {dec31}, {},
       {}, {2022, 10, 10}, Progress::in_progress, false, {}, dec31},
      // Measure done: its one reporter decides.
      {"decided done", measured(roadmap::Measure::done), {}, tally(1, 2, 1, 0, 0, submission::Status::done), {sep10},
       {}, {}, {2022, 10, 10}, Progress::met, false, {}, {}},
      {"decider silent", measured(roadmap::Measure::done), {}, tally(1, 1, 1, 0), {sep10}, {}, {}, {2022, 10, 10},
       Progress::not_met, true, sep10, {}},
      // Continuous work: nothing due in the period, the roadmap's end next; never overdue before it.
      {"continuous, before the roadmap's end", status_only(), {}, tally(3, 3, 1, 0), {}, {}, roadmap_end,
       {2022, 12, 20}, Progress::in_progress, false, {}, roadmap_end},
      // No computable date at all: in progress, with no date to show.
      {"no due date at all", status_only(), {}, tally(3, 3, 1, 0), {}, {}, {}, {2022, 12, 20},
       Progress::in_progress, false, {}, {}},
      // A date of an earlier period not met since stays due.
      {"carried from an earlier period", status_only(), {}, tally(3, 3, 1, 0), {dec31}, sep10, {}, {2022, 10, 10},
       Progress::not_met, true, sep10, dec31},
      {"carried, met since", status_only(), {}, tally(3, 3, 3, 0), {}, sep10, {}, {2022, 10, 10}, Progress::met, false,
       {}, {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    aggregate::JudgementInput in;
    in.activity = &c.activity;
    in.target = c.target;
    in.tally = c.tally;
    in.own_due = c.own_due;
    in.carried = c.carried;
    in.later_due = c.later_due;
    in.as_of = c.as_of;
    const auto f = aggregate::judge(in);
    CHECK(f.progress == c.progress);
    CHECK(f.overdue == c.overdue);
    CHECK(f.missed_due == c.missed);
    CHECK(f.next_due == c.next);
    // Not met and overdue agree: an overdue activity is never «в работе» or «выполнено».
    if (f.overdue) CHECK((f.progress == Progress::not_met || f.progress == Progress::no_data));
    if (f.progress == Progress::not_met) CHECK(f.overdue);
  }
}

TEST_CASE("without a numeric target, plan and fact are organizations: done of the reporters") {
  const roadmap::Activity activity = status_only();
  aggregate::JudgementInput in;
  in.activity = &activity;
  in.tally = tally(22, 20, 16, 2);
  in.as_of = {2022, 10, 10};
  const auto f = aggregate::judge(in);
  CHECK(f.counts_organizations);
  CHECK(f.reporters() == 20);  // 22 must report, 2 said n/a
  CHECK(f.target == 20);
  CHECK(f.actual == 16);
  CHECK(f.ratio == doctest::Approx(0.8));
  CHECK(aggregate::indicator_text(activity, f).ru == "выполнили 16 из 20");
  CHECK(aggregate::indicator_text(activity, f).en == "16 of 20 done");
  // A numeric target keeps its measure's figures.
  const roadmap::Activity counted = measured(roadmap::Measure::orgs_done);
  in.activity = &counted;
  in.target = 60;
  const auto g = aggregate::judge(in);
  CHECK_FALSE(g.counts_organizations);
  CHECK(g.target == 60);
  CHECK(g.actual == 16);
}

TEST_CASE("the overdue and due labels say the date") {
  const roadmap::Activity activity = status_only();
  aggregate::JudgementInput in;
  in.activity = &activity;
  in.tally = tally(2, 2, 0, 0);
  in.own_due = {{2022, 9, 10}, {2022, 12, 20}};
  in.as_of = {2022, 10, 10};
  const auto f = aggregate::judge(in);
  CHECK(aggregate::overdue_label(f).ru == "да, срок 10.09.2022");
  CHECK(aggregate::overdue_label(f).en == "yes, due 10.09.2022");
  CHECK(aggregate::due_label(f).ru == "прошёл 10.09.2022");
  in.as_of = {2022, 9, 1};
  const auto g = aggregate::judge(in);
  CHECK(aggregate::overdue_label(g).ru.empty());
  CHECK(aggregate::due_label(g).ru == "до 10.09.2022");
}
