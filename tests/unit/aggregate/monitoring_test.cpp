#include <doctest/doctest.h>

#include <string>

#include "aggregate/monitoring.h"
#include "calendar/date.h"
#include "merge/merger.h"
#include "test_roadmap.h"

using namespace rmt;
using aggregate::Progress;

namespace {

const char* kDeadlines = R"(format: roadmap/1
roadmap:
  id: test
  title: Test
  periods: [2026, 2027]
parties:
  - {id: cro, name: Centre, org_id: CRO}
  - {id: schools, name: Schools, each_organization: true}
sections:
  - id: "1"
    title: Schools
    activities:
      - {id: "1.1", title: Orders, indicator: {measure: orgs-done, targets: {2026: 2, 2027: 2}}, deadline: "сентябрь ежегодно", responsible: [schools]}
      - {id: "1.2", title: Publications, indicator: {measure: sum, unit: items}, deadline: "постоянно", responsible: [schools, cro]}
      - {id: "1.3", title: Coverage, indicator: {measure: share-done, targets: {2026: 100}}, deadline: "до 15 июня ежегодно", responsible: [schools]}
  - id: "2"
    title: Centre
    activities:
      - {id: "2.1", title: Portal, indicator: {measure: done}, deadline: "до 10.09.2026", responsible: [cro]}
      - {id: "2.2", title: Seminar, deadline: "декабрь 2026 года", responsible: [cro]}
)";

const std::string kHeader = "org_id,period,activity_id,status,value\n";

struct Fixture : RoadmapFixture {
  merge::Merger merger{roadmap, &registry};
  Fixture() : RoadmapFixture(kDeadlines) {}

  void add(const std::string& name, const std::string& rows) {
    merger.add_file(scratch.write(name, kHeader + rows));
    REQUIRE(merger.rejections().empty());
  }
  aggregate::Monitoring at(const char* date, std::size_t period = 0) {
    return aggregate::compute(roadmap, merger.activities(), &registry, merger.rows(), period,
                              *calendar::parse_iso(date));
  }
};

// SCH-01 did everything; SCH-02 part; the centre its two tasks.
void typical(Fixture& f) {
  f.add("sch-01.csv", "SCH-01,2026,1.1,done,\nSCH-01,2026,1.2,done,3\nSCH-01,2026,1.3,done,\n");
  f.add("sch-02.csv", "SCH-02,2026,1.1,partial,\nSCH-02,2026,1.2,partial,\"4,5\"\nSCH-02,2026,1.3,n/a,\n");
  f.add("cro.csv", "CRO,2026,1.2,done,1\nCRO,2026,2.1,done,\nCRO,2026,2.2,not-done,\n");
}

}  // namespace

TEST_CASE("actual values by measure, % of target, and the progress before the due date") {
  Fixture f;
  typical(f);
  const auto m = f.at("2026-08-01");
  const auto& orders = m.current()[0];
  CHECK(orders.target == 2);
  CHECK(orders.actual == 1);  // orgs-done: one school done
  CHECK(orders.ratio == doctest::Approx(0.5));
  CHECK(orders.progress == Progress::in_progress);  // due 30 September
  CHECK(orders.next_due == calendar::Date{2026, 9, 30});
  CHECK_FALSE(orders.missed_due);
  CHECK_FALSE(orders.overdue);
  CHECK(orders.expected == 2);
  CHECK(orders.reported == 2);

  const auto& publications = m.current()[1];
  CHECK(publications.actual == doctest::Approx(8.5));  // sum: 3 + 4.5 + 1
  CHECK_FALSE(publications.target);
  CHECK_FALSE(publications.ratio);
  CHECK(publications.expected == 3);  // both schools and the centre
  CHECK(publications.progress == Progress::in_progress);  // one report is partial, the year is not over

  const auto& coverage = m.current()[2];
  CHECK(coverage.actual == doctest::Approx(100.0));  // share-done: 1 of 2, the n/a school not counted
  CHECK(coverage.progress == Progress::met);
  CHECK_FALSE(coverage.overdue);  // due 15 June has passed, but it is met

  const auto& portal = m.current()[3];
  CHECK(portal.target == 1);  // done measures default to a target of 1
  CHECK(portal.actual == 1);
  CHECK(portal.progress == Progress::met);

  const auto& seminar = m.current()[4];  // no indicator: plan and fact in organizations
  CHECK(seminar.counts_organizations);
  CHECK(seminar.target == 1);  // its one reporter, the centre
  CHECK(seminar.actual == 0);  // not done
  CHECK(seminar.progress == Progress::in_progress);
}

TEST_CASE("past the due date what is not reached is not met and overdue") {
  Fixture f;
  typical(f);
  const auto m = f.at("2026-10-01");
  CHECK(m.current()[0].progress == Progress::not_met);
  CHECK(m.current()[0].missed_due == calendar::Date{2026, 9, 30});
  CHECK(m.current()[0].overdue);
  CHECK(m.current()[0].next_due == calendar::Date{2026, 12, 31});  // the year's target is judged at its end
  CHECK(m.current()[1].progress == Progress::in_progress);  // continuous: due at the roadmap's end
  const auto after_year = f.at("2027-01-10");
  // Continuous work is never overdue before the roadmap's end (31.12.2027).
  CHECK(after_year.current()[1].progress == Progress::in_progress);
  CHECK(after_year.current()[1].next_due == calendar::Date{2027, 12, 31});
  CHECK_FALSE(after_year.current()[1].overdue);
  CHECK(after_year.current()[4].progress == Progress::not_met);  // the seminar was not done by December
  CHECK(after_year.current()[4].overdue);
}

TEST_CASE("the done measure follows the deciding organization only") {
  Fixture f;
  f.add("cro.csv", "CRO,2026,1.2,done,1\nCRO,2026,2.1,not-done,\nCRO,2026,2.2,done,\n");
  const auto m = f.at("2026-12-01");
  CHECK(m.current()[3].actual == 0);
  CHECK(m.current()[3].ratio == doctest::Approx(0));
  CHECK(m.current()[3].progress == Progress::not_met);  // due 10.09.2026
  CHECK(m.current()[4].progress == Progress::met);      // its only reporter is done
}

TEST_CASE("organizations: the matrix, completion and who has not reported") {
  Fixture f;
  f.add("sch-01.csv", "SCH-01,2026,1.1,done,\nSCH-01,2026,1.2,done,3\n");  // 1.3 missing
  f.add("cro.csv", "CRO,2026,1.2,done,1\nCRO,2026,2.1,done,\nCRO,2026,2.2,done,\n");
  const auto m = f.at("2026-12-01");
  REQUIRE(m.orgs.size() == 3);  // registry order: SCH-01, SCH-02, CRO
  CHECK(m.orgs[0].id == "SCH-01");
  CHECK(m.orgs[0].required == 3);
  CHECK(m.orgs[0].reported == 2);
  CHECK(m.orgs[0].completion == doctest::Approx(2.0 / 3));
  CHECK(m.cell(0, 0).state == aggregate::Cell::reported);
  CHECK(m.cell(0, 1).has_value);
  CHECK(m.cell(0, 1).value == 3);
  CHECK(m.cell(0, 2).state == aggregate::Cell::missing);
  CHECK(m.cell(0, 3).state == aggregate::Cell::not_required);  // the centre's task
  CHECK_FALSE(m.orgs[1].submitted());
  CHECK(m.orgs[1].required == 3);
  CHECK(m.orgs[2].required == 3);
  CHECK(m.orgs[2].completion == doctest::Approx(1.0));
  CHECK(m.orgs_expected == 3);
  CHECK(m.orgs_submitted == 2);
  CHECK(m.current()[0].reported == 1);
  CHECK(m.current()[0].expected == 2);
}

TEST_CASE("periods with data, the trend of each, and no data elsewhere") {
  Fixture f;
  typical(f);
  f.add("sch-01-2027.csv", "SCH-01,2027,1.1,done,\nSCH-01,2027,1.2,done,7\nSCH-01,2027,1.3,done,\n");
  const auto m = f.at("2027-03-01", 0);
  CHECK(m.periods_with_data == std::vector<std::size_t>{0, 1});
  CHECK(m.figures[1][1].actual == 7);
  CHECK(m.figures[1][3].progress == Progress::no_data);  // the centre has not reported for 2027
  CHECK(m.figures[0][1].actual == doctest::Approx(8.5));
}

TEST_CASE("without a registry the organizations are those in the data") {
  Fixture f;
  typical(f);
  const auto m = aggregate::compute(f.roadmap, f.merger.activities(), nullptr, f.merger.rows(), 0,
                                    calendar::Date{2026, 8, 1});
  REQUIRE(m.orgs.size() == 3);
  CHECK(m.orgs[0].id == "CRO");  // sorted by id
  CHECK_FALSE(m.orgs[0].in_registry);
  CHECK(m.orgs_submitted == 3);
}

TEST_CASE("a due date missed in an earlier period stays overdue, with its date, until the activity is met") {
  // 2.1 is due once, by 10.09.2026; the centre reports it not done in 2026 and in 2027.
  Fixture f;
  f.add("cro-2026.csv", "CRO,2026,2.1,not-done,\nCRO,2026,2.2,done,\n");
  f.add("cro-2027.csv", "CRO,2027,2.1,not-done,\nCRO,2027,2.2,done,\n");
  const auto later = f.at("2027-03-01", 1);
  const auto& portal = later.current()[3];
  // 2027 has no due date of its own: only the one missed in 2026 stays due.
  CHECK(portal.due == std::vector<calendar::Date>{{2026, 9, 10}});
  CHECK(portal.overdue);
  REQUIRE(portal.missed_due);
  CHECK(*portal.missed_due == calendar::Date{2026, 9, 10});
  CHECK(portal.missed_earlier);
  // Before the date passed, nothing carries over.
  CHECK_FALSE(f.at("2026-09-01", 1).current()[3].overdue);
  // 2.2 («декабрь 2026 года») was met in 2026: nothing carries.
  CHECK_FALSE(later.current()[4].overdue);
}

TEST_CASE("an activity met in a later period is no longer overdue for the earlier miss") {
  Fixture f;
  f.add("cro-2026.csv", "CRO,2026,2.1,not-done,\n");
  f.add("cro-2027.csv", "CRO,2027,2.1,done,\n");
  const auto later = f.at("2027-03-01", 1);
  const auto& portal = later.current()[3];
  CHECK_FALSE(portal.overdue);
  CHECK_FALSE(portal.missed_due);
}

TEST_CASE("dynamics compare two periods over the organizations that reported in both") {
  Fixture f;
  typical(f);  // 2026: SCH-01, SCH-02 and the centre
  f.add("sch-01-2027.csv", "SCH-01,2027,1.1,done,\nSCH-01,2027,1.2,done,7\nSCH-01,2027,1.3,done,\n");
  const auto d = aggregate::compare_with_previous(f.roadmap, f.merger.activities(), &f.registry, f.merger.rows(), 1,
                                                  calendar::Date{2027, 12, 20});
  REQUIRE(d);
  CHECK(d->before == 0);
  CHECK(d->organizations == 3);
  CHECK(d->reported_before == 3);
  CHECK(d->reported_now == 1);
  CHECK(d->reported_both == 1);
  CHECK(d->shown);
  // Over SCH-01 alone: 2026's publications are its 3, not everyone's 8.5.
  CHECK(d->figures_before[1].actual == doctest::Approx(3));
  CHECK(d->figures_now[1].actual == doctest::Approx(7));
  CHECK(d->figures_before[0].actual == 1);
  // The first period has nothing to compare with.
  CHECK_FALSE(aggregate::compare_with_previous(f.roadmap, f.merger.activities(), &f.registry, f.merger.rows(), 0,
                                               calendar::Date{2027, 12, 20}));
}

TEST_CASE("dynamics are left out when fewer than half reported in the period before") {
  Fixture f;
  f.add("cro-2026.csv", "CRO,2026,2.1,done,\n");  // one of three organizations
  f.add("sch-01-2027.csv", "SCH-01,2027,1.1,done,\n");
  f.add("cro-2027.csv", "CRO,2027,2.1,done,\n");
  const auto d = aggregate::compare_with_previous(f.roadmap, f.merger.activities(), &f.registry, f.merger.rows(), 1,
                                                  calendar::Date{2027, 12, 20});
  REQUIRE(d);
  CHECK(d->reported_before == 1);
  CHECK_FALSE(d->shown);
  CHECK(d->figures_now.empty());
}

TEST_CASE("an organization's share done counts only what was due by the as-of date") {
  Fixture f;
  // SCH-01: 1.1 (due 30.09) not done, 1.2 (continuous, due 31.12.2027) done early, 1.3 (due 15.06) not reported.
  f.add("sch-01.csv", "SCH-01,2026,1.1,not-done,\nSCH-01,2026,1.2,done,1\n");
  // SCH-02: 1.1 n/a, 1.2 partial: nothing it must do is due by 01.05.
  f.add("sch-02.csv", "SCH-02,2026,1.1,n/a,\nSCH-02,2026,1.2,partial,2\n");
  const auto spring = f.at("2026-05-01");
  CHECK(spring.orgs[0].due == 1);  // only what it did early
  CHECK(spring.orgs[0].completion == doctest::Approx(1.0));
  CHECK(spring.orgs[1].due == 0);
  CHECK_FALSE(spring.orgs[1].completion);  // nothing due: not ranked
  const auto autumn = f.at("2026-10-01");
  CHECK(autumn.orgs[0].due == 3);  // 1.1 and 1.3 due, 1.2 done early
  CHECK(autumn.orgs[0].completion == doctest::Approx(1.0 / 3));
  CHECK(autumn.orgs[1].due == 1);  // 1.3 due; 1.1 not applicable
  CHECK(autumn.orgs[1].completion == doctest::Approx(0.0));
}
