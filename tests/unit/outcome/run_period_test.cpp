#include <doctest/doctest.h>

#include "outcome/organization_status.h"
#include "outcome/run_period.h"
#include "test_roadmap.h"

using namespace rmt;

namespace {

diag::FileReport file(const char* path, std::vector<std::pair<const char*, std::size_t>> submissions) {
  diag::FileReport report;
  report.path = path;
  for (const auto& [org, period] : submissions) report.submissions.push_back({org, period, 3, 0, false});
  return report;
}

}  // namespace

TEST_CASE("the run's period: asked, else the one most submissions are for, ties to the later") {
  RoadmapFixture f;
  const calendar::Date as_of{2027, 6, 1};
  std::vector<diag::FileReport> files{file("a.csv", {{"SCH-01", 0}}), file("b.csv", {{"SCH-02", 1}}),
                                      file("c.csv", {{"CRO", 1}})};
  CHECK(outcome::choose_run_period(f.roadmap, files, "", as_of) == 1u);
  CHECK(outcome::choose_run_period(f.roadmap, files, "2026", as_of) == 0u);
  CHECK(outcome::choose_run_period(f.roadmap, files, "2026 год", as_of) == 0u);
  CHECK_FALSE(outcome::choose_run_period(f.roadmap, files, "2031", as_of));
  files.pop_back();  // one each: the later wins
  CHECK(outcome::choose_run_period(f.roadmap, files, "", as_of) == 1u);
  files = {file("a.csv", {{"SCH-01", 0}, {"SCH-02", 0}}), file("b.csv", {{"CRO", 1}})};
  CHECK(outcome::choose_run_period(f.roadmap, files, "", as_of) == 0u);  // a combined file counts each school
  // No submission at all: the latest period begun by the as-of date.
  CHECK(outcome::choose_run_period(f.roadmap, {}, "", as_of) == 1u);
  CHECK(outcome::choose_run_period(f.roadmap, {}, "", {2026, 3, 1}) == 0u);
}

TEST_CASE("a school whose files are all for another period is not received, and says which") {
  RoadmapFixture f;
  const std::vector<diag::FileReport> files{file("SCH-01-2026.csv", {{"SCH-01", 0}}),
                                            file("SCH-02-2027.csv", {{"SCH-02", 1}})};
  const auto statuses = outcome::decide_statuses({&f.registry, &files, std::size_t{1}, {}});
  REQUIRE(statuses.size() == 3);
  CHECK(statuses[0].org_id == "SCH-01");
  CHECK(statuses[0].status == outcome::OrgStatus::not_received);
  CHECK(statuses[0].files.empty());
  CHECK(statuses[0].other_period_files == std::vector<std::string>{"SCH-01-2026.csv"});
  CHECK(outcome::other_period_reason(statuses[0], f.roadmap, 1).ru == "прислан отчёт за 2026 год, а нужен за 2027 год");
  CHECK(outcome::other_period_reason(statuses[0], f.roadmap, 1).en ==
        "the report sent is for 2026, and the one needed is for 2027");
  CHECK(statuses[1].status == outcome::OrgStatus::accepted);
  CHECK(outcome::other_period_reason(statuses[1], f.roadmap, 1).empty());
  CHECK(statuses[2].status == outcome::OrgStatus::not_received);  // the centre sent nothing
  CHECK(outcome::other_period_reason(statuses[2], f.roadmap, 1).empty());
  // For the other period, the same files say the opposite.
  const auto earlier = outcome::decide_statuses({&f.registry, &files, std::size_t{0}, {}});
  CHECK(earlier[0].status == outcome::OrgStatus::accepted);
  CHECK(earlier[1].status == outcome::OrgStatus::not_received);
}
