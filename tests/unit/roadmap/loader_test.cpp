#include <doctest/doctest.h>

#include <string>

#include "diag/render.h"
#include "roadmap/loader.h"
#include "roadmap/reporting.h"

using namespace rmt;
using diag::Code;

namespace {

struct Loaded {
  std::optional<roadmap::Roadmap> roadmap;
  diag::DiagnosticList findings;
};

Loaded load(std::string_view yaml, const roadmap::LoaderOptions& options = {}) {
  Loaded loaded;
  loaded.roadmap = roadmap::load_roadmap_text(yaml, "test.yaml", loaded.findings, options);
  return loaded;
}

// The single finding a broken roadmap yields.
diag::Diagnostic only_finding(std::string_view yaml) {
  Loaded loaded = load(yaml);
  REQUIRE_MESSAGE(loaded.findings.items().size() == 1, [&] {
    std::string all;
    for (const auto& d : loaded.findings.items()) all += diag::render_text(d, vocab::Lang::en) + "\n";
    return all;
  }());
  return loaded.findings.items().front();
}

// A small valid roadmap; tests splice their mistakes into it.
const std::string kHeader = R"(format: roadmap/1
roadmap:
  id: test
  title: Test roadmap
  periods: [2026, 2027]
parties:
  - id: cro
    name: Centre
    org_id: CRO
  - id: dept
    name: Department
  - id: schools
    name: Schools
    each_organization: true
sections:
  - id: "1"
    title: First
    activities:
)";  // the first activity starts at line 19

const std::string kGoodActivity = R"(      - id: "1.1"
        title: Orders
        indicator: {measure: orgs-done, unit: orgs, targets: {2026: 60, 2027: 60}}
        deadline: "сентябрь ежегодно"
        responsible: [schools]
)";

// The good roadmap with the first occurrence of `from` replaced by `to`.
std::string good_with(std::string_view from, std::string_view to, std::string yaml = kHeader + kGoodActivity) {
  const auto at = yaml.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return yaml.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a small valid roadmap loads with no finding") {
  Loaded loaded = load(kHeader + kGoodActivity);
  CHECK(loaded.findings.items().empty());
  REQUIRE(loaded.roadmap);
  const auto& activity = loaded.roadmap->sections.at(0).activities.at(0);
  CHECK(activity.number == "1.1");  // number defaults to the id
  REQUIRE(activity.indicator);
  CHECK(activity.indicator->targets == std::vector<std::optional<double>>{60.0, 60.0});
  CHECK(loaded.roadmap->body_org_ids == std::vector<std::string>{"CRO"});
}

TEST_CASE("yaml-syntax: broken YAML is reported at its line and column") {
  const auto d = only_finding("format: roadmap/1\nroadmap:\n  id: [unclosed\n");
  CHECK(d.code == Code::yaml_syntax);
  CHECK(d.pos.line == 4);
  CHECK(d.pos.file == "test.yaml");
}

TEST_CASE("yaml-syntax: a tab in the indentation") {
  const auto d = only_finding("format: roadmap/1\nroadmap:\n\tid: x\n");
  CHECK(d.code == Code::yaml_syntax);
  CHECK(d.pos.line == 3);
}

TEST_CASE("yaml-syntax: Windows-1251 bytes are not UTF-8, and the position is the first bad byte") {
  const auto d = only_finding("format: roadmap/1\nroadmap:\n  title: \xC4\xEE\xF0\xEE\xE6\xED\xE0\xFF\n");
  CHECK(d.code == Code::yaml_syntax);
  CHECK(d.pos.line == 3);
  CHECK(d.pos.column == 10);
  CHECK(d.message.en == "the file is not UTF-8 text (perhaps saved as Windows-1251)");
}

TEST_CASE("yaml-syntax: a NUL byte means the file is not text") {
  const auto d = only_finding(std::string("format: roadmap/1\n\0x", 20));
  CHECK(d.code == Code::yaml_syntax);
  CHECK(d.pos.line == 2);
  CHECK(d.pos.column == 1);
}

TEST_CASE("yaml-syntax: nesting deeper than the parser allows is a finding, not a crash") {
  const std::string deep = "a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  const auto d = only_finding(deep);
  CHECK(d.code == Code::yaml_syntax);
}

TEST_CASE("roadmap-schema: a missing required key names the key and its parent") {
  const auto d = only_finding("format: roadmap/1\nroadmap:\n  id: x\n  periods: [2026]\nparties: []\nsections: []\n");
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.pos.line == 3);
  CHECK(d.pos.column == 3);
  CHECK(d.message.en == "«roadmap» lacks the required key «title»");
  CHECK(d.message.ru == "в «roadmap» нет обязательного ключа «title»");
}

TEST_CASE("roadmap-schema: an unknown key suggests the closest known one") {
  std::string yaml = good_with("deadline:", "dedline:");
  const auto d = only_finding(yaml);
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.pos.line == 22);
  CHECK(d.pos.column == 9);
  CHECK(d.message.en == "unknown key «dedline»");
  CHECK(d.hint.en == "did you mean «deadline»?");
}

TEST_CASE("roadmap-schema: a repeated key is reported instead of silently dropping one value") {
  const auto d = only_finding(kHeader + kGoodActivity + "        title: Again\n");
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.pos.line == 24);
  CHECK(d.message.en == "key «title» is repeated (first at line 20)");
}

TEST_CASE("roadmap-schema: an unknown measure") {
  std::string yaml = good_with("orgs-done", "percent");
  const auto d = only_finding(yaml);
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.pos.line == 21);
  CHECK(d.pos.column == 30);
  CHECK(d.message.en == "unknown measure «percent»");
}

TEST_CASE("roadmap-schema: wrong format, bad periods, mixed periods") {
  CHECK(only_finding(good_with("roadmap/1", "roadmap/2")).message.en ==
        "format «roadmap/2» is not supported; expected roadmap/1");

  std::string yaml = good_with("[2026, 2027]", "[2026, 2027, 2026]");
  auto d = only_finding(yaml);
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.message.en == "period 2026 is listed twice");
  CHECK(d.pos.column == 25);

  yaml = good_with("[2026, 2027]", "[2026, 2027, 2028-Q1]");
  CHECK(only_finding(yaml).message.en == "periods must be of one kind: all years, all quarters, all half-years or all school years");

  yaml = good_with("[2026, 2027]", "[2026, 2027, 2028г]");
  CHECK(only_finding(yaml).message.en ==
        "«2028г» is not a period; expected a year (2026), a quarter (2022-Q3), a half-year (2022-H1) or a school "
        "year (2023/2024)");
}

TEST_CASE("roadmap-schema: a done indicator must know whose report decides it") {
  const std::string ambiguous = R"(      - id: "1.1"
        title: Both bodies
        indicator: {measure: done}
        responsible: [cro, other]
)";
  const std::string yaml =
      good_with("sections:", "  - id: other\n    name: Other body\n    org_id: OTHER\nsections:", kHeader + ambiguous);
  auto d = only_finding(yaml);
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.message.en == "activity 1.1: it is ambiguous whose report decides it (CRO, OTHER)");
  CHECK(d.pos.line == 24);

  // indicator.by resolves it, by org_id or by party id.
  for (const char* by : {"CRO", "cro"}) {
    Loaded loaded = load(good_with("{measure: done}", std::string("{measure: done, by: ") + by + "}", yaml));
    CHECK(loaded.findings.items().empty());
    REQUIRE(loaded.roadmap);
    CHECK(loaded.roadmap->sections[0].activities[0].indicator->decided_by == "CRO");
  }

  const std::string schools_only = R"(      - id: "1.1"
        title: Schools only
        indicator: {measure: done}
        responsible: [schools]
)";
  d = only_finding(kHeader + schools_only);
  CHECK(d.message.en == "activity 1.1: measure done, but no responsible party has an org_id whose report decides it");
}

TEST_CASE("duplicate-id: activities, sections and parties") {
  auto d = only_finding(kHeader + kGoodActivity + kGoodActivity);
  CHECK(d.code == Code::duplicate_id);
  CHECK(d.pos.line == 24);
  CHECK(d.pos.column == 13);
  CHECK(d.message.en == "activity id «1.1» is already used at line 19");
  CHECK(d.hint.ru == "номер из документа можно повторить в «number», а id должен быть уникальным");

  const std::string twice = kHeader + kGoodActivity + "  - id: \"1\"\n    title: Again\n    activities: []\n";
  d = only_finding(twice);
  CHECK(d.code == Code::duplicate_id);
  CHECK(d.message.en == "section id «1» is already used at line 16");

  d = only_finding(good_with("sections:", "  - id: cro\n    name: Centre again\nsections:"));
  CHECK(d.code == Code::duplicate_id);
  CHECK(d.pos.line == 15);
}

TEST_CASE("the printed number may repeat when ids differ") {
  const std::string repeated = R"(      - id: "1.1a"
        number: "1.1"
        title: First
        responsible: [cro]
      - id: "1.1b"
        number: "1.1"
        title: Second
        responsible: [cro]
)";
  Loaded loaded = load(kHeader + repeated);
  CHECK(loaded.findings.items().empty());
  REQUIRE(loaded.roadmap);
  CHECK(loaded.roadmap->sections[0].activities[1].number == "1.1");
}

TEST_CASE("unknown-party: a responsible id that no party has, with a suggestion") {
  std::string yaml = good_with("[schools]", "[shcools]");
  Loaded loaded = load(yaml);
  // The activity then also has nobody to report on it.
  REQUIRE(loaded.findings.items().size() == 2);
  const auto& d = loaded.findings.items()[0];
  CHECK(d.code == Code::unknown_party);
  CHECK(d.pos.line == 23);
  CHECK(d.pos.column == 23);
  CHECK(d.hint.en == "did you mean «schools»?");
  CHECK(loaded.findings.items()[1].code == Code::no_reporter);
  CHECK_FALSE(loaded.roadmap);
}

TEST_CASE("unknown-party: indicator.by that names no party's org_id") {
  const std::string activity = R"(      - id: "1.1"
        title: Decided elsewhere
        indicator: {measure: done, by: CR0}
        responsible: [cro]
)";
  const auto d = only_finding(kHeader + activity);
  CHECK(d.code == Code::unknown_party);
  CHECK(d.pos.line == 21);
  CHECK(d.hint.en == "did you mean «CRO»?");
}

TEST_CASE("bad-target: a period not in periods, a word, a negative number, done other than 1") {
  struct Case {
    const char* targets;
    const char* message;
    std::uint32_t column;
  };
  const Case cases[] = {
      {"{2026: 60, 2029: 60}", "target for period 2029, which is not in periods (2026, 2027)", 73},
      {"{2026: sixty}", "target «sixty» is not a number", 69},
      {"{2026: -5}", "target -5 is negative", 69},
  };
  for (const auto& c : cases) {
    CAPTURE(c.targets);
    std::string yaml = good_with("{2026: 60, 2027: 60}", c.targets);
    const auto d = only_finding(yaml);
    CHECK(d.code == Code::bad_target);
    CHECK(d.message.en == c.message);
    CHECK(d.pos.line == 21);
    CHECK(d.pos.column == c.column);
  }
  const std::string done = R"(      - id: "1.1"
        title: Done twice?
        indicator: {measure: done, targets: {2026: 2}}
        responsible: [cro]
)";
  const auto d = only_finding(kHeader + done);
  CHECK(d.code == Code::bad_target);
  CHECK(d.message.en == "a done indicator's target can only be 1, not 2");
}

TEST_CASE("decimal-comma targets are accepted") {
  std::string yaml = good_with("{2026: 60, 2027: 60}", "{2026: \"12,5\"}");
  Loaded loaded = load(yaml);
  REQUIRE(loaded.roadmap);
  CHECK(loaded.roadmap->sections[0].activities[0].indicator->targets[0] == 12.5);
}

TEST_CASE("bad-deadline: an unparseable phrase suggests the text form") {
  std::string yaml = good_with("\"сентябрь ежегодно\"", "\"по мере необходимости\"");
  const auto d = only_finding(yaml);
  CHECK(d.code == Code::bad_deadline);
  CHECK(d.pos.line == 22);
  CHECK(d.pos.column == 19);
  CHECK(d.message.ru == "срок «по мере необходимости» не распознан: непонятное слово «мере»");
  CHECK(d.hint.en == "if the deadline has no computable date, write it as {text: \"…\"}");
}

TEST_CASE("structured deadline forms") {
  struct Case {
    const char* deadline;
    std::size_t once;
    std::size_t every_year;
    bool continuous;
    bool computable;
  };
  const Case cases[] = {
      {"{by: 2022-09-10}", 1, 0, false, true},
      {"{by: [2022-09-10, 25.12.2022]}", 2, 0, false, true},
      {"{every_year: \"06-15\"}", 0, 1, false, true},
      {"{every_year: \"09\"}", 0, 1, false, true},
      {"{every_year: [\"03-25\", \"06-25\"]}", 0, 2, false, true},
      {"continuous", 0, 0, true, true},
      {"{continuous: true, text: \"весь период\"}", 0, 0, true, true},
      {"{text: \"в соответствии со сроками программ\"}", 0, 0, false, false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.deadline);
    std::string yaml = good_with("\"сентябрь ежегодно\"", c.deadline);
    Loaded loaded = load(yaml);
    CHECK(loaded.findings.items().empty());
    REQUIRE(loaded.roadmap);
    const auto& deadline = *loaded.roadmap->sections[0].activities[0].deadline;
    CHECK(deadline.once.size() == c.once);
    CHECK(deadline.every_year.size() == c.every_year);
    CHECK(deadline.continuous == c.continuous);
    CHECK(deadline.computable() == c.computable);
  }
  std::string yaml = good_with("\"сентябрь ежегодно\"", "{every_year: \"6-15\"}");
  CHECK(only_finding(yaml).code == Code::bad_deadline);
  yaml = good_with("\"сентябрь ежегодно\"", "{by: 2022-02-30}");
  CHECK(only_finding(yaml).message.en ==
        "«deadline.by»: «2022-02-30» is not a date; expected YYYY-MM-DD or DD.MM.YYYY");
}

TEST_CASE("no-reporter: a warning, and the roadmap still loads") {
  const std::string activity = R"(      - id: "1.1"
        title: The department's own
        responsible: [dept]
)";
  Loaded loaded = load(kHeader + activity);
  REQUIRE(loaded.findings.items().size() == 1);
  const auto& d = loaded.findings.items()[0];
  CHECK(d.code == Code::no_reporter);
  CHECK(d.severity == diag::Severity::warning);
  CHECK(d.pos.line == 19);
  CHECK(d.pos.column == 9);
  CHECK(loaded.roadmap);
}

TEST_CASE("the loader reports every problem in one run") {
  const std::string yaml =
      good_with("2027: 60", "2030: 60", good_with("[schools]", "[nobody]", kHeader + kGoodActivity + kGoodActivity));
  Loaded loaded = load(yaml);
  std::vector<Code> codes;
  for (const auto& d : loaded.findings.items()) codes.push_back(d.code);
  CHECK(codes == std::vector<Code>{Code::bad_target, Code::duplicate_id, Code::unknown_party, Code::no_reporter});
}

TEST_CASE("who reports: every organization except the bodies, plus named bodies") {
  const std::string activities = R"(      - id: "1.1"
        title: Schools and centre
        responsible: [schools, cro]
      - id: "1.2"
        title: Centre only
        responsible: [cro, dept]
)";
  Loaded loaded = load(kHeader + activities);
  REQUIRE(loaded.roadmap);
  const auto& map = *loaded.roadmap;
  const auto& both = map.sections[0].activities[0];
  const auto& centre = map.sections[0].activities[1];
  CHECK(roadmap::reports_on(map, both, "SCH01"));
  CHECK(roadmap::reports_on(map, both, "CRO"));
  CHECK_FALSE(roadmap::reports_on(map, centre, "SCH01"));
  CHECK(roadmap::reports_on(map, centre, "CRO"));
  CHECK(roadmap::is_body(map, "CRO"));
  CHECK_FALSE(roadmap::is_body(map, "SCH01"));
}

TEST_CASE("an empty file and a non-mapping document") {
  auto d = only_finding("");
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.message.en == "the file is empty: no roadmap keys");
  d = only_finding("- just\n- a list\n");
  CHECK(d.code == Code::roadmap_schema);
  CHECK(d.message.en == "«/»: expected a mapping");
}

TEST_CASE("a file over the size limit is refused before parsing") {
  roadmap::LoaderOptions options;
  options.max_bytes = 64;
  Loaded loaded = load(kHeader + kGoodActivity, options);
  REQUIRE(loaded.findings.items().size() == 1);
  CHECK(loaded.findings.items()[0].code == Code::roadmap_schema);
  CHECK(loaded.findings.items()[0].pos.line == 0);
}

TEST_CASE("a UTF-8 BOM is accepted and positions stay right") {
  Loaded loaded = load("\xEF\xBB\xBF" + good_with("[schools]", "[shcools]"));
  REQUIRE_FALSE(loaded.findings.items().empty());
  CHECK(loaded.findings.items()[0].pos.line == 23);
  CHECK(loaded.findings.items()[0].pos.column == 23);
}

TEST_CASE("an alias bomb does not expand") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'z'; ++c)
    bomb += std::string(1, c) + ": &" + c + " [*" + static_cast<char>(c - 1) + ", *" + static_cast<char>(c - 1) +
            ", *" + static_cast<char>(c - 1) + ", *" + static_cast<char>(c - 1) + "]\n";
  bomb += "format: roadmap/1\nroadmap: *z\nparties: *z\nsections: *z\n";
  Loaded loaded = load(bomb);
  CHECK_FALSE(loaded.roadmap);
  CHECK(loaded.findings.has_errors());
  CHECK(loaded.findings.items().size() < 200);
}

TEST_CASE("one numbering: the printed number, with the id where they differ beyond a trailing dot") {
  roadmap::Activity a;
  a.id = "1.1a";
  a.number = "1.1";
  CHECK(roadmap::activity_label(a) == "1.1 (1.1a)");
  a.id = "1.2";
  a.number = "1.2.";
  CHECK(roadmap::activity_label(a) == "1.2.");
  a.number = "";
  CHECK(roadmap::activity_label(a) == "1.2");
  a.id = "4";
  a.number = "IV.";
  CHECK(roadmap::activity_label(a) == "IV. (4)");
}
