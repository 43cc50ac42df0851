// lib/run's jobs called as a service calls them: a request in, an outcome
// out, nothing printed and no process started. The demo set (examples/) and
// the Nizhnevartovsk roadmap (data/).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "run/feedback.h"
#include "run/import.h"
#include "run/merge.h"
#include "run/render.h"
#include "run/report.h"
#include "run/template.h"
#include "run/validate.h"
#include "scratch.h"

using namespace rmt;

namespace {

const std::string kSource = RMT_SOURCE_DIR;
const std::string kRoadmap = kSource + "/data/nizhnevartovsk-mentoring-2026.yaml";
const std::string kOrgs = kSource + "/examples/orgs.csv";
const std::string kSubmissions = kSource + "/examples/submissions";

run::Sources demo_sources() { return {kRoadmap, kOrgs, {kSubmissions}, {}, 2, {}}; }

run::PeriodRequest demo_period(const std::string& output) {
  run::PeriodRequest request;
  request.sources = demo_sources();
  request.as_of = "2026-12-20";
  request.output = output;
  return request;
}

// Counts what a job tells, in order.
struct Counting : run::Listener {
  std::size_t announced = 0, read = 0, ready = 0, all_read = 0;
  std::vector<std::string> paths;
  void reading(std::size_t files) override { announced = files; }
  void file_read(const diag::FileReport& report, const std::vector<diag::Diagnostic>&) override {
    ++read;
    paths.push_back(report.path);
  }
  void read_all() override { ++all_read; }
  void period_ready(const run::PeriodRun&) override { ++ready; }
};

std::size_t count_status(const std::vector<outcome::OrganizationStatus>& statuses, outcome::OrgStatus status) {
  std::size_t n = 0;
  for (const auto& s : statuses) n += s.status == status;
  return n;
}

}  // namespace

TEST_CASE("run::validate: every file heard of once, the period chosen, every organization's status") {
  Counting listener;
  const auto result = run::validate({demo_sources(), "", calendar::Date{2026, 12, 20}, false, false}, listener);
  REQUIRE_FALSE(result.stop);
  CHECK(listener.announced == 57);
  CHECK(listener.read == 57);
  CHECK(listener.all_read == 1);
  CHECK(result.setup->roadmap.periods[result.period].label == "2026");
  CHECK(result.statuses.size() == 61);
  CHECK(count_status(result.statuses, outcome::OrgStatus::not_received) == 4);
  CHECK(count_status(result.statuses, outcome::OrgStatus::accepted) == 48);
  // The registry's report is last, with who sent nothing.
  REQUIRE(run::registry_report_among(result.files));
  CHECK(run::registry_report_among(result.files)->path == kOrgs);

  const auto unknown = run::validate({demo_sources(), "2031", {}, false, false}, listener);
  REQUIRE(unknown.stop);
  CHECK(unknown.stop->reason.en.find("2031") != std::string::npos);
}

TEST_CASE("run::check_roadmap and the setup: a roadmap alone; what stops a run, said in both languages") {
  Counting listener;
  const auto check = run::check_roadmap({kRoadmap, kOrgs, {}, {}, 1, {}}, listener);
  REQUIRE_FALSE(check.stop);
  REQUIRE(check.roadmap);
  CHECK_FALSE(check.unreadable());

  run::Stop stop;
  CHECK_FALSE(run::load_setup({"no-such-roadmap", "", {}, {}, 1, {}}, listener, stop));
  CHECK(stop.reason.ru.find("no-such-roadmap") != std::string::npos);
  CHECK_FALSE(stop.reason.en.empty());
  CHECK_FALSE(run::load_setup({"-", "-", {}, {}, 1, {}}, listener, stop));  // standard input twice
  CHECK_FALSE(stop.reason.ru.empty());
  Scratch scratch;
  const auto bad_registry = scratch.write("orgs.csv", "org_id;name\nA;Школа\nA;Школа снова\n");
  CHECK_FALSE(run::load_setup({kRoadmap, bad_registry, {}, {}, 1, {}}, listener, stop));
  CHECK_FALSE(stop.findings.empty());  // the duplicate code, with its line
}

TEST_CASE("run::render writes the workbook and returns the run; an output that is an input stops it first") {
  Scratch scratch;
  Counting listener;
  const auto path = scratch.path("monitoring.xlsx");
  const auto result = run::render({demo_period(path), {}}, listener);
  REQUIRE(result.run);
  CHECK_FALSE(result.stop);
  CHECK(listener.ready == 1);
  CHECK(result.written.write.ok());
  CHECK(std::filesystem::file_size(path) > 10000);
  CHECK(result.run->period_label() == "2026");
  CHECK(result.run->as_of == calendar::Date{2026, 12, 20});
  CHECK(result.run->merger->rows().sorted_size() > 400);

  const auto over_input = run::render({demo_period(kOrgs), {}}, listener);
  CHECK_FALSE(over_input.run);
  REQUIRE(over_input.stop);
  CHECK(over_input.stop->reason.en.find(kOrgs) != std::string::npos);

  auto bad_date = demo_period(path);
  bad_date.as_of = "вчера";
  const auto bad = run::render({bad_date, {}}, listener);
  REQUIRE(bad.stop);
  CHECK_FALSE(bad.run);
}

TEST_CASE("run::report writes the справка with its six chapters") {
  Scratch scratch;
  Counting listener;
  const auto path = scratch.path("справка.docx");
  const auto result = run::report({demo_period(path), vocab::Lang::ru, "", 10}, listener);
  REQUIRE(result.run);
  CHECK_FALSE(result.stop);
  CHECK(result.written.headings.size() == 6);
  CHECK(result.written.pictures >= 1);
  CHECK(std::filesystem::exists(path));
}

TEST_CASE("run::merge writes the merged CSV and, when asked, the JSON document beside it") {
  Scratch scratch;
  Counting listener;
  const auto csv = scratch.path("merged.csv"), json = scratch.path("merged.json");
  const auto result = run::merge({demo_sources(), {}, csv, json, vocab::Lang::en, false}, listener);
  REQUIRE(result.merger);
  CHECK_FALSE(result.stop);
  const std::string merged = Scratch::read(csv);
  CHECK(merged.starts_with("org_id,period,activity_id"));
  CHECK(Scratch::read(json).find("\"merge\"") != std::string::npos);
  CHECK(result.merger->counts().files == 57);

  const auto over_roadmap = run::merge({demo_sources(), {}, kRoadmap, "", vocab::Lang::ru, false}, listener);
  REQUIRE(over_roadmap.stop);
  CHECK_FALSE(over_roadmap.merger);
}

TEST_CASE("run::check_request: the feedback request's own rules, before anything is read") {
  mail::SmtpServer server;
  run::FeedbackRequest request;
  request.period = demo_period("");
  request.out_dir = "letters";
  request.period.sources.registry.clear();
  REQUIRE(run::check_request(request, server));  // no registry
  request.period.sources.registry = kOrgs;
  CHECK_FALSE(run::check_request(request, server));
  request.due = "к Новому году";
  REQUIRE(run::check_request(request, server));
  CHECK(run::check_request(request, server)->reason.ru.starts_with("--due: "));
  request.due.clear();
  request.send = run::SendRequest{"http://mail.example.ru", "", "", "", false, 60, false, false, {}};
  CHECK(run::check_request(request, server)->reason.en.find("smtp://") != std::string::npos);
  request.send->url = "smtp://127.0.0.1:2525";
  CHECK(run::check_request(request, server)->reason.en.find("--from") != std::string::npos);
  request.from = "centre@example.ru";
  request.send->user = "centre";
  CHECK(run::check_request(request, server)->reason.en.find("--smtp-password-file") != std::string::npos);
  Scratch scratch;
  request.send->password_file = scratch.write("password", "secret\r\n");
  REQUIRE_FALSE(run::check_request(request, server));
  CHECK(server.password == "secret");
  CHECK(server.url == "smtp://127.0.0.1:2525");
}

TEST_CASE("run::feedback writes a letter per organization of the registry; the folder is never an input's") {
  Scratch scratch;
  Counting listener;
  run::FeedbackRequest request;
  request.period = demo_period("");
  request.out_dir = scratch.path("letters");
  auto result = run::feedback(request, listener);
  REQUIRE(result.run);
  CHECK_FALSE(result.stop);
  CHECK(result.written.letters.size() == 61);
  CHECK(std::filesystem::exists(scratch.path("letters/SCH-07.eml")));
  run::send(request, result, {});  // not asked: nothing sent
  CHECK_FALSE(result.dispatched);

  request.out_dir = kSubmissions + "/letters";
  const auto inside = run::feedback(request, listener);
  REQUIRE(inside.stop);
  CHECK(inside.stop->reason.en.find("--out-dir") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(kSubmissions + "/letters"));
}

TEST_CASE("run::templates writes one per organization that reports; an unknown period stops it") {
  Scratch scratch;
  Counting listener;
  run::TemplateRequest request{{kRoadmap, kOrgs, {}, {}, 1, {}}, "2026", scratch.path("templates"), {}};
  const auto result = run::templates(request, listener);
  REQUIRE_FALSE(result.stop);
  CHECK(result.written.written.size() == 61);
  request.period = "2031";
  const auto unknown = run::templates(request, listener);
  REQUIRE(unknown.stop);
  CHECK(unknown.stop->reason.ru.find("2031") != std::string::npos);
}

TEST_CASE("run::import_order drafts the seed order; a bad --periods stops it") {
  Scratch scratch;
  const auto output = scratch.path("draft.yaml");
  const auto result = run::import_order({kSource + "/tests/data/orders/balakhna-order.txt", output, "", "", vocab::Lang::ru});
  REQUIRE_FALSE(result.stop);
  REQUIRE(result.draft);
  CHECK(result.draft->activity_count() == 19);
  CHECK(result.draft_file.errors() == 0);
  CHECK(Scratch::read(output).find("id: \"balakhna-mentoring-2022\"") != std::string::npos);
  const auto bad = run::import_order({kSource + "/tests/data/orders/balakhna-order.txt", output, "", "2026-20", vocab::Lang::ru});
  REQUIRE(bad.stop);
}

TEST_CASE("a letter that cannot be written says where and why in both languages; the others are written") {
  Scratch scratch;
  Counting listener;
  run::FeedbackRequest request;
  request.period = demo_period("");
  request.out_dir = scratch.path("letters");
  std::filesystem::create_directories(scratch.path("letters/SCH-01.eml/in-the-way"));  // a folder where its letter goes
  const auto result = run::feedback(request, listener);
  REQUIRE(result.run);
  std::size_t failed = 0;
  for (const auto& letter : result.written.letters) {
    if (letter.failure.ok()) continue;
    ++failed;
    CHECK(letter.org_id == "SCH-01");
    CHECK(letter.failure.path == scratch.path("letters/SCH-01.eml"));
    CHECK_FALSE(letter.failure.reason.ru.empty());
    CHECK(letter.failure.reason.ru != letter.failure.reason.en);  // the system's reason in Russian too
  }
  CHECK(failed == 1);
  CHECK(std::filesystem::exists(scratch.path("letters/SCH-02.eml")));
}
