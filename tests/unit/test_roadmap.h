// Test helper: a small roadmap (two periods, two schools' activities and one
// of the centre) with a registry, loaded into a scratch directory.
#pragma once

#include <doctest/doctest.h>

#include "registry/loader.h"
#include "roadmap/loader.h"
#include "scratch.h"

inline const char* kTestRoadmap = R"(format: roadmap/1
roadmap:
  id: test
  title: Test
  periods: [2026, 2027]
parties:
  - {id: cro, name: Centre, org_id: CRO}
  - {id: schools, name: Schools, each_organization: true}
sections:
  - id: "1"
    title: First
    activities:
      - {id: "1.1", number: "1.1.", title: Orders, indicator: {measure: orgs-done, targets: {2026: 2}}, responsible: [schools]}
      - {id: "1.2", number: "1.2.", title: Publications, indicator: {measure: sum, unit: items}, responsible: [schools, cro]}
      - {id: "2.1", number: "2.1.", title: Portal, indicator: {measure: done}, responsible: [cro]}
)";

/// A roadmap (kTestRoadmap unless given) and a registry of SCH-01, SCH-02 and CRO.
struct RoadmapFixture {
  Scratch scratch;
  rmt::roadmap::Roadmap roadmap;
  rmt::registry::Registry registry;

  explicit RoadmapFixture(const char* yaml = kTestRoadmap) {
    rmt::diag::DiagnosticList findings;
    roadmap = *rmt::roadmap::load_roadmap_text(yaml, "r.yaml", findings);
    const auto orgs = scratch.write("orgs.csv", "org_id,name,kind\nSCH-01,School 1,school\nSCH-02,School 2,school\n"
                                                "CRO,Centre,centre\n");
    registry = *rmt::registry::load_registry(orgs, findings);
    REQUIRE(findings.items().empty());
  }
};
