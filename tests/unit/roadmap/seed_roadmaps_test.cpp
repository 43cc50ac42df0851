// The seed roadmaps in data/ are the product's reference inputs: these tests
// pin the facts of each order so that an edit that loses one shows up.
#include <doctest/doctest.h>

#include <map>

#include "diag/render.h"
#include "roadmap/loader.h"
#include "roadmap/reporting.h"

using namespace rmt;

namespace {

roadmap::Roadmap load_seed(const char* name, diag::DiagnosticList& findings) {
  auto loaded = roadmap::load_roadmap_file(std::string(RMT_SOURCE_DIR) + "/data/" + name, findings);
  REQUIRE(loaded);
  return *loaded;
}

const roadmap::Activity& activity(const roadmap::Roadmap& map, std::string_view id) {
  for (const auto& section : map.sections)
    for (const auto& a : section.activities)
      if (a.id == id) return a;
  FAIL("no activity ", id);
  throw;
}

}  // namespace

TEST_CASE("Nizhnevartovsk 2026-2028 loads completely") {
  diag::DiagnosticList findings;
  const auto map = load_seed("nizhnevartovsk-mentoring-2026.yaml", findings);

  // The department's own activity has nobody to report on it; nothing else is wrong.
  REQUIRE(findings.items().size() == 1);
  CHECK(findings.items()[0].code == diag::Code::no_reporter);
  CHECK(findings.items()[0].message.en.find("1.1a") != std::string::npos);

  CHECK(map.periods.size() == 3);
  CHECK(map.periods[2].label == "2028");
  REQUIRE(map.sections.size() == 3);
  CHECK(map.sections[0].activities.size() == 9);
  CHECK(map.sections[1].activities.size() == 7);
  CHECK(map.sections[2].activities.size() == 5);
  CHECK(map.sections[1].number == "II.");
  CHECK(map.approved.number == "4/12");
  CHECK(map.approved.date == calendar::Date{2025, 7, 26});
  REQUIRE(map.submissions_due);
  CHECK(map.submissions_due->every_year == std::vector<roadmap::MonthDay>{{12, 15}});

  // The repeated "1.1": two activities, printed numbers kept.
  CHECK(activity(map, "1.1a").number == "1.1");
  CHECK(activity(map, "1.1b").number == "1.1.");
  CHECK(activity(map, "1.1b").steps.size() == 2);
  CHECK(activity(map, "2.4").steps.size() == 3);
  CHECK(activity(map, "2.4").result.empty());

  // Targets as printed, including the uneven ones.
  const auto& publications = *activity(map, "2.7").indicator;
  CHECK(publications.measure == roadmap::Measure::sum);
  CHECK(publications.targets == std::vector<std::optional<double>>{19.0, 24.0, 37.0});
  CHECK(activity(map, "3.4").indicator->targets == std::vector<std::optional<double>>{5.0, 5.0, 15.0});
  CHECK(activity(map, "3.2").indicator->targets == std::vector<std::optional<double>>{2.0, 2.0, 2.0});

  // Who reports.
  CHECK(activity(map, "1.1a").reporters.nobody());
  CHECK(roadmap::reports_on(map, activity(map, "1.2"), "SCH-01"));
  CHECK_FALSE(roadmap::reports_on(map, activity(map, "1.2"), "CRO"));
  CHECK(roadmap::reports_on(map, activity(map, "1.6"), "CRO"));
  CHECK(roadmap::reports_on(map, activity(map, "1.6"), "SCH-01"));
  CHECK_FALSE(roadmap::reports_on(map, activity(map, "1.5"), "SCH-01"));
  CHECK(activity(map, "1.7").indicator->decided_by == "CRO");

  // The misspelt centre is one party with an alias.
  const auto* centre = map.find_party("cro");
  REQUIRE(centre);
  CHECK(centre->aliases.at(0) == "МАУ г.Нижевартовска «ЦРО»");

  // Every activity has a deadline and a due date in 2026 (its deadline's, or
  // the year's target's on 31.12.2026); «постоянно» alone is due on 31.12.2028.
  for (const auto& section : map.sections)
    for (const auto& a : section.activities) {
      CAPTURE(a.id);
      REQUIRE(a.deadline);
      CHECK_FALSE(map.due_in(a, 0).empty());
      if (a.deadline->continuous) CHECK(roadmap::due_dates(*a.deadline, map.periods[2], map.last_day()).back() == calendar::Date{2028, 12, 31});
    }
}

TEST_CASE("Balakhna 2022 loads completely, quarterly") {
  diag::DiagnosticList findings;
  const auto map = load_seed("balakhna-mentoring-2022.yaml", findings);
  CHECK(findings.items().empty());

  CHECK(map.periods.size() == 5);
  CHECK(map.periods[0].label == "2022-Q1");
  CHECK(map.sections.size() == 5);
  CHECK(map.activity_count() == 19);
  for (const auto& section : map.sections)
    for (const auto& a : section.activities) CHECK_FALSE(a.indicator);

  CHECK(activity(map, "2.6").steps.size() == 7);
  CHECK_FALSE(activity(map, "2.6").deadline->computable());
  CHECK(activity(map, "5.1").steps.size() == 2);
  CHECK(activity(map, "4.1").deadline->once.size() == 4);
  CHECK(activity(map, "3.2").deadline->once ==
        std::vector<calendar::Date>{{2022, 9, 30}, {2023, 2, 28}});
  CHECK(activity(map, "3.1").reporters.org_ids == std::vector<std::string>{"SFERA"});
  CHECK(activity(map, "1.1").reporters.org_ids == std::vector<std::string>{"UO"});
  CHECK(activity(map, "1.2").reporters.every_organization);
  CHECK(map.body_org_ids == std::vector<std::string>{"IDC", "SFERA", "UO"});
}
