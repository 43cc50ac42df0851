#include <doctest/doctest.h>

#include "aggregate/by_district.h"

using namespace rmt;
using aggregate::Cell;

namespace {

outcome::OrganizationStatus org(const char* id, const char* district, outcome::OrgStatus status) {
  return {id, id, district, status, {}, 0, {}, {}};
}

// Three organizations in two districts (and one without), two activities:
// 0 counted by status, 1 by sum.
aggregate::Monitoring monitoring() {
  aggregate::Monitoring m;
  m.figures.resize(1);
  m.figures[0].resize(2);
  for (const char* id : {"A1", "A2", "B1", "C1"}) m.orgs.push_back({id, id, "school", "", true, 2, 0, 0, 0, 0, {}});
  const auto reported = [](submission::Status status, std::optional<double> value = {}) {
    Cell c;
    c.state = Cell::reported;
    c.status = status;
    c.has_value = value.has_value();
    c.value = value.value_or(0);
    return c;
  };
  Cell missing;
  missing.state = Cell::missing;
  m.cells = {
      reported(submission::Status::done), reported(submission::Status::done, 3),          // A1
      reported(submission::Status::not_applicable), reported(submission::Status::partial, 2),  // A2
      missing, missing,                                                                    // B1: rejected
      reported(submission::Status::not_done), Cell{},                                      // C1: 1 not required
  };
  return m;
}

}  // namespace

TEST_CASE("by district: counts of organizations, sent and accepted; shares done; sums; a total") {
  const auto m = monitoring();
  const std::vector<outcome::OrganizationStatus> statuses{
      org("A1", "Северный", outcome::OrgStatus::accepted), org("B1", "Южный", outcome::OrgStatus::rejected),
      org("A2", "Северный", outcome::OrgStatus::accepted), org("C1", "", outcome::OrgStatus::accepted),
      org("D1", "Южный", outcome::OrgStatus::not_received)};  // not in the matrix: nothing to report
  const auto d = aggregate::by_district(m, statuses);
  REQUIRE(d.rows.size() == 3);
  CHECK(d.rows[0].district == "Северный");  // registry order; the one without a district last
  CHECK(d.rows[1].district == "Южный");
  CHECK(d.rows[2].district == "");

  const auto& north = d.rows[0];
  CHECK(north.organizations == 2);
  CHECK(north.sent == 2);
  CHECK(north.accepted == 2);
  CHECK(north.activities[0].required == 2);
  CHECK(north.activities[0].share() == doctest::Approx(1.0));  // one done, the other n/a
  CHECK(north.activities[1].sum == doctest::Approx(5.0));
  CHECK(north.activities[1].share() == doctest::Approx(0.5));  // A1 done, A2 partial: partial is not done

  const auto& south = d.rows[1];
  CHECK(south.organizations == 2);
  CHECK(south.sent == 1);
  CHECK(south.accepted == 0);
  CHECK(south.activities[0].required == 1);
  CHECK(south.activities[0].reported == 0);
  CHECK(south.activities[0].share() == doctest::Approx(0.0));
  CHECK_FALSE(south.activities[1].has_value);

  CHECK(d.rows[2].activities[1].required == 0);
  CHECK_FALSE(d.rows[2].activities[1].share());

  CHECK(d.total.organizations == 5);
  CHECK(d.total.sent == 4);
  CHECK(d.total.accepted == 3);
  CHECK(d.total.activities[0].required == 4);
  CHECK(d.total.activities[0].done == 1);
  CHECK(d.total.activities[0].share() == doctest::Approx(1.0 / 3));  // 1 done of 4 less 1 n/a
}

TEST_CASE("by district is empty when no organization has a district") {
  const auto m = monitoring();
  CHECK(aggregate::by_district(m, {org("A1", "", outcome::OrgStatus::accepted)}).empty());
}
