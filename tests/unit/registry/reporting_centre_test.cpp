#include "registry/reporting_centre.h"

#include <doctest/doctest.h>

#include "roadmap/loader.h"

using namespace rmt;

namespace {

roadmap::Roadmap load(const char* file) {
  diag::DiagnosticList findings;
  auto map = roadmap::load_roadmap_file(std::string(RMT_SOURCE_DIR) + "/data/" + file, findings);
  REQUIRE(map);
  return *map;
}

registry::Registry registry_of(std::initializer_list<registry::Organization> organizations) {
  registry::Registry r;
  for (const auto& o : organizations) REQUIRE(r.add(o));
  return r;
}

}  // namespace

TEST_CASE("the reporting centre: the one body, its registry name first") {
  const auto map = load("nizhnevartovsk-mentoring-2026.yaml");  // names CRO only
  const auto orgs = registry_of({{"SCH-01", "Школа №1", "school", "", "s1@example.ru"},
                                 {"CRO", "МАУ «Центр развития образования»", "", "", "cro@example.ru"}});
  REQUIRE(registry::reporting_centre(map, &orgs));
  CHECK(registry::reporting_centre(map, &orgs)->id == "CRO");
  CHECK(registry::reporting_centre_name(map, &orgs) == "МАУ «Центр развития образования»");
  // Without a registry (or without the body in it), the party's own name.
  CHECK(registry::reporting_centre(map, nullptr) == nullptr);
  CHECK(registry::reporting_centre_name(map, nullptr) == "МАУ г.Нижневартовска «ЦРО»");
}

TEST_CASE("several bodies: the one the registry calls a centre, else none") {
  const auto map = load("balakhna-mentoring-2022.yaml");  // names UO, SFERA and IDC
  const auto plain = registry_of({{"UO", "Управление образования", "department", "", ""},
                                  {"SFERA", "РНЦ «Сфера»", "", "", ""},
                                  {"IDC", "МБУ «ИДЦ»", "", "", ""}});
  CHECK(registry::reporting_centre(map, &plain) == nullptr);
  CHECK(registry::reporting_centre_name(map, &plain).empty());
  CHECK(registry::reporting_centre_name(map, nullptr).empty());
  for (const char* kind : {"centre", "Центр", "центр методический"}) {
    CAPTURE(kind);
    const auto with_centre = registry_of({{"UO", "Управление образования", "department", "", ""},
                                          {"SFERA", "РНЦ «Сфера»", "", "", ""},
                                          {"IDC", "МБУ «ИДЦ»", kind, "", "idc@example.ru"}});
    REQUIRE(registry::reporting_centre(map, &with_centre));
    CHECK(registry::reporting_centre(map, &with_centre)->id == "IDC");
    CHECK(registry::reporting_centre_name(map, &with_centre) == "МБУ «ИДЦ»");
  }
  const auto two = registry_of({{"UO", "Управление образования", "department", "", ""},
                                {"SFERA", "РНЦ «Сфера»", "centre", "", ""},
                                {"IDC", "МБУ «ИДЦ»", "centre", "", ""}});
  CHECK(registry::reporting_centre(map, &two) == nullptr);  // no telling which
}
