#include <doctest/doctest.h>

#include <string>

#include "diag/sink.h"
#include "roadmap/activity_index.h"
#include "roadmap/loader.h"
#include "submission/status.h"

using namespace rmt;
using submission::Status;

TEST_CASE("status words in both languages, any case") {
  CHECK(submission::parse_status("выполнено") == Status::done);
  CHECK(submission::parse_status(" ВЫПОЛНЕНО ") == Status::done);
  CHECK(submission::parse_status("Не  выполнено") == Status::not_done);
  CHECK(submission::parse_status("не\xC2\xA0выполнено") == Status::not_done);
  CHECK(submission::parse_status("Частично") == Status::partial);
  CHECK(submission::parse_status("не применимо") == Status::not_applicable);
  CHECK(submission::parse_status("done") == Status::done);
  CHECK(submission::parse_status("Not-Done") == Status::not_done);
  CHECK(submission::parse_status("N/A") == Status::not_applicable);
  CHECK_FALSE(submission::parse_status("сделано"));
  CHECK_FALSE(submission::parse_status("да"));
  CHECK_FALSE(submission::parse_status(""));
  CHECK(submission::status_name(Status::not_applicable) == "n/a");
}

TEST_CASE("activities are found by id, or by printed number with a tolerated trailing dot or comma") {
  diag::DiagnosticList findings;
  const auto map = roadmap::load_roadmap_text(R"(format: roadmap/1
roadmap: {id: t, title: T, periods: [2026]}
parties: [{id: s, name: S, each_organization: true}]
sections:
  - id: "1"
    title: S
    activities:
      - {id: "1.1a", number: "1.1", title: A, responsible: [s]}
      - {id: "1.1b", number: "1.1.", title: B, responsible: [s]}
      - {id: "1.2", number: "1.2.", title: C, responsible: [s]}
)",
                                              "r.yaml", findings);
  REQUIRE(map);
  const roadmap::ActivityIndex index(*map);
  CHECK(index.size() == 3);
  CHECK(index.find("1.1b").index == 1u);
  CHECK(index.find("1.2").index == 2u);
  CHECK(index.find("1.2.").index == 2u);
  CHECK(index.find(" 1,2 ").index == 2u);
  CHECK_FALSE(index.find("1.3").index);
  CHECK_FALSE(index.find("").index);
  const auto ambiguous = index.find("1.1");
  CHECK_FALSE(ambiguous.index);
  CHECK(ambiguous.candidates == std::vector<std::string>{"1.1a", "1.1b"});
}
