#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "diag/render.h"
#include "submission/row_content.h"
#include "validate/validator.h"
#include "test_roadmap.h"
#include "test_text.h"

using namespace rmt;
using diag::Code;

namespace {

struct Fixture : RoadmapFixture {
  diag::FileReport check(const std::string& bytes, bool with_registry = true) {
    validate::Validator validator(roadmap, with_registry ? &registry : nullptr);
    return validator.check_file(scratch.write("s.csv", bytes));
  }
};

const std::string kHeader = "org_id,period,activity_id,status,value,completed_on,evidence,comment\n";
const std::string kGood = "SCH-01,2026,1.1,done,,01.09.2026,Order 5,\nSCH-01,2026,1.2,done,3,,,\n";

std::string findings_text(const diag::FileReport& report) {
  std::string all;
  for (const auto& d : report.findings) all += diag::render_text(d, vocab::Lang::en) + "\n";
  return all;
}

// The single finding of a file, checked for code, line and column.
void expect_only(const diag::FileReport& report, Code code, std::uint32_t line, std::string_view column) {
  INFO(findings_text(report));
  REQUIRE(report.findings.size() == 1);
  const auto& d = report.findings[0];
  CHECK(diag::code_name(d.code) == diag::code_name(code));
  CHECK(d.pos.line == line);
  CHECK(d.column_key == column);
}

}  // namespace

TEST_CASE("a clean submission has no finding") {
  Fixture f;
  const auto report = f.check(kHeader + kGood);
  CHECK(findings_text(report).empty());
  CHECK(report.rows == 2u);
  CHECK(report.encoding == "utf-8");
  CHECK(report.delimiter == ",");
}

TEST_CASE("one fixture per submission code: code, line and column") {
  Fixture f;
  struct Case {
    const char* name;
    std::string bytes;
    Code code;
    std::uint32_t line;
    const char* column;
  };
  const Case cases[] = {
      {"unknown-org", kHeader + kGood + "SCH-9,2026,1.1,done,,,,\n", Code::unknown_org, 4, "org_id"},
      {"unknown-activity", kHeader + kGood + "SCH-01,2026,1.9,done,,,,\n", Code::unknown_activity, 4, "activity_id"},
      {"bad-period", kHeader + kGood + "SCH-01,2025,1.1,done,,,,\n", Code::bad_period, 4, "period"},
      {"bad-status", kHeader + "SCH-01,2026,1.1,сделано,,,,\nSCH-01,2026,1.2,done,3,,,\n", Code::bad_status, 2,
       "status"},
      {"bad-value", kHeader + "SCH-01,2026,1.1,done,,,,\nSCH-01,2026,1.2,done,три,,,\n", Code::bad_value, 3, "value"},
      {"bad-value (negative)", kHeader + "SCH-01,2026,1.1,done,,,,\nSCH-01,2026,1.2,done,-3,,,\n", Code::bad_value,
       3, "value"},
      {"missing-value", kHeader + "SCH-01,2026,1.1,done,,,,\nSCH-01,2026,1.2,partial,,,,\n", Code::missing_value, 3,
       "value"},
      {"missing-value (empty status)", kHeader + "SCH-01,2026,1.1,,,,,\nSCH-01,2026,1.2,done,3,,,\n",
       Code::missing_value, 2, "status"},
      {"bad-date", kHeader + "SCH-01,2026,1.1,done,,31.02.2026,,\nSCH-01,2026,1.2,done,3,,,\n", Code::bad_date, 2,
       "completed_on"},
      {"date-out-of-period", kHeader + "SCH-01,2026,1.1,done,,2025-12-31,,\nSCH-01,2026,1.2,done,3,,,\n",
       Code::date_out_of_period, 2, "completed_on"},
      {"duplicate-row", kHeader + kGood + "SCH-01,2026,1.1.,done,,,,\n", Code::duplicate_row, 4, "activity_id"},
      {"not-reporter", kHeader + kGood + "SCH-01,2026,2.1,done,,,,\n", Code::not_reporter, 4, "activity_id"},
      {"not-reporter (a body on the schools' activity)",
       kHeader + "CRO,2026,1.2,done,5,,,\nCRO,2026,2.1,done,,,,\nCRO,2026,1.1,done,,,,\n", Code::not_reporter, 4,
       "activity_id"},
      {"missing-activity", kHeader + "SCH-01,2026,1.1,done,,,,\n", Code::missing_activity, 2, ""},
      {"formula-like", kHeader + "SCH-01,2026,1.1,done,,,\"=HYPERLINK(\"\"x\"\")\",\nSCH-01,2026,1.2,done,3,,,\n",
       Code::formula_like, 2, "evidence"},
      {"unknown-column", "org_id,period,activity_id,status,value,Ответственный\nSCH-01,2026,1.1,done,,Иванова\n"
                         "SCH-01,2026,1.2,done,3,Иванова\n",
       Code::unknown_column, 1, ""},
      {"duplicate-column", "org_id,period,activity_id,status,value,Статус\nSCH-01,2026,1.1,done,,done\n"
                           "SCH-01,2026,1.2,done,3,done\n",
       Code::duplicate_column, 1, "status"},
      {"missing-column", "org_id,period,status\nSCH-01,2026,done\n", Code::missing_column, 1, "activity_id"},
      {"ragged-row", kHeader + kGood + "SCH-01,2027,1.1,done,,,Order; with, comma,x,y\n", Code::ragged_row, 4, ""},
      {"blank-row", kHeader + "SCH-01,2026,1.1,done,,,,\n,,,,,,,\nSCH-01,2026,1.2,done,3,,,\n", Code::blank_row, 3,
       ""},
      {"malformed-csv", kHeader + kGood + "SCH-01,2027,1.1,done,,,\"unclosed,\n", Code::malformed_csv, 4, ""},
      // A file that starts as UTF-8 and later holds a Windows-1251 word ("Приказ")
      // beyond the sample the encoding is guessed from.
      {"encoding", kHeader + "SCH-01,2026,1.1,done,,,," + std::string(70000, 'x') + "\nSCH-01,2026,1.2,done,3,,\xCF\xF0\xE8\xEA\xE0\xE7,\n",
       Code::encoding, 3, "evidence"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    expect_only(f.check(c.bytes), c.code, c.line, c.column);
  }
}

TEST_CASE("unreadable-file: a path that does not exist") {
  Fixture f;
  validate::Validator validator(f.roadmap, &f.registry);
  const auto report = validator.check_file("/nonexistent/school.csv");
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].code == Code::unreadable_file);
}

TEST_CASE("unknown-org once per file, with a suggestion; skipped without a registry") {
  Fixture f;
  const std::string file = kHeader + "SCH-1,2026,1.1,done,,,,\nSCH-1,2026,1.2,done,3,,,\n";
  const auto report = f.check(file);
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].hint.en == "did you mean «SCH-01»?");
  CHECK(f.check(file, false).findings.empty());
}

TEST_CASE("an ambiguous printed number asks for the id") {
  Fixture f;
  diag::DiagnosticList findings;
  // As in the Nizhnevartovsk order: "1.1" printed twice, ids 1.1a and 1.1b.
  std::string yaml = kTestRoadmap;
  const auto swap = [&](std::string_view from, std::string_view to) { yaml.replace(yaml.find(from), from.size(), to); };
  swap(R"(id: "1.1", number: "1.1.")", R"(id: "1.1a", number: "1.1")");
  swap(R"(id: "1.2", number: "1.2.")", R"(id: "1.1b", number: "1.1.")");
  auto loaded = roadmap::load_roadmap_text(yaml, "r.yaml", findings);
  REQUIRE(loaded);
  f.roadmap = *loaded;
  const auto report = f.check(kHeader + "SCH-01,2026,1.1a,done,,,,\nSCH-01,2026,1.1b,done,3,,,\nSCH-01,2027,1.1,done,,,,\n");
  REQUIRE(report.findings.size() == 1);
  CHECK(report.findings[0].code == Code::unknown_activity);
  CHECK(report.findings[0].pos.line == 4);
  CHECK(report.findings[0].message.en == "the number «1.1» repeats in the roadmap; give one of the ids: 1.1a, 1.1b");
}

TEST_CASE("missing-submission: registry organizations that sent nothing for a covered period") {
  Fixture f;
  validate::Validator validator(f.roadmap, &f.registry);
  validator.check_file(f.scratch.write("a.csv", kHeader + kGood));
  const auto findings = validator.finish();
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].code == Code::missing_submission);
  CHECK(findings[0].pos.file.ends_with("orgs.csv"));
  CHECK(findings[0].pos.line == 3);
  CHECK(findings[0].message.en == "SCH-02 (School 2) sent nothing for 2026");
  CHECK(findings[1].message.en == "CRO (Centre) sent nothing for 2026");
}

TEST_CASE("messy but valid Excel files validate with no finding: every encoding, delimiter and line end") {
  Fixture f;
  const std::string ru_header = "Код ОО;Период;№ п/п;Статус;Значение;Дата выполнения;Подтверждение;Комментарий";
  const std::vector<std::string> ru_rows = {
      "SCH-01;2026 г.;1.1.;Выполнено;;01.09.2026;\"Приказ № 5; от 01.09.2026\";\"Пары сформированы,\nне все\"",
      "SCH-01;2026;1.2;ЧАСТИЧНО;2,5;2026-06-30;;Ёмкий комментарий",
  };
  for (const bool cp1251 : {false, true})
    for (const char delimiter : {';', ',', '\t'})
      for (const char* newline : {"\n", "\r\n"})
        for (const bool bom : {false, true}) {
          if (cp1251 && bom) continue;
          std::string text = ru_header + newline;
          for (const auto& row : ru_rows) text += row + newline;
          for (char& c : text) {
            if (c == ';') c = delimiter;
          }
          // Decimal comma and a comma inside text need quotes when ',' delimits.
          if (delimiter == ',') text.replace(text.find("2,5"), 3, "\"2,5\"");
          std::string bytes = cp1251 ? to_cp1251(text) : text;
          if (bom) bytes = "\xEF\xBB\xBF" + bytes;
          CAPTURE(cp1251);
          CAPTURE(static_cast<int>(delimiter));
          CAPTURE(std::string(newline) == "\n" ? "LF" : "CRLF");
          CAPTURE(bom);
          const auto report = f.check(bytes);
          INFO(findings_text(report));
          CHECK(report.findings.empty());
          CHECK(report.rows == 2u);
          CHECK(report.encoding == (cp1251 ? "windows-1251" : "utf-8"));
          CHECK(report.delimiter == std::string(1, delimiter));
        }
}

TEST_CASE("first rows blank and trailing empty columns: still clean") {
  Fixture f;
  const auto report = f.check("\n;;;;\nКод ОО;Период;№ п/п;Статус;Значение;;;\nSCH-01;2026;1.1;выполнено;;;;\n"
                              "SCH-01;2026;1.2;выполнено;1;;;\n;;;;;;;\n");
  INFO(findings_text(report));
  CHECK(report.findings.empty());
}

TEST_CASE("registry: Russian headers, duplicates and empty ids are errors") {
  Scratch scratch;
  diag::DiagnosticList findings;
  const auto registry = registry::load_registry(
      scratch.write("orgs.csv", "Код ОО;Наименование;Тип;Район\nA;Школа А;school;Центр\nA;Школа А2;school;Центр\n"
                                ";Без кода;school;Центр\n"),
      findings);
  CHECK_FALSE(registry);
  REQUIRE(findings.items().size() == 2);
  CHECK(findings.items()[0].code == Code::duplicate_id);
  CHECK(findings.items()[0].pos.line == 3);
  CHECK(findings.items()[1].code == Code::missing_value);
  CHECK(findings.items()[1].pos.line == 4);

  findings = {};
  const auto good = registry::load_registry(scratch.write("ok.csv", "Код ОО;Наименование\nA;Школа А\n"), findings);
  REQUIRE(good);
  CHECK(good->find("A")->name == "Школа А");
  CHECK(good->find("A")->line == 2);
}

TEST_CASE("a code typed with look-alike letters is its organization, with a warning naming them") {
  Fixture f;
  // «SСН-01» with Cyrillic С and Н: the registry's SCH-01, and the rows count for it.
  std::vector<std::string> orgs;
  validate::Validator validator(f.roadmap, &f.registry);
  const auto report = validator.check_file(f.scratch.write("s.csv", kHeader + "SСН-01,2026,1.1,done,,,,\nSСН-01,2026,1.2,done,3,,,\n"),
                                           [&](const submission::SubmissionRow& row) { orgs.emplace_back(row.org_id); });
  expect_only(report, Code::lookalike_org, 2, "org_id");
  CHECK(report.findings[0].severity == diag::Severity::warning);
  CHECK(report.findings[0].message.en ==
        "the id «SСН-01» is typed with look-alike letters of the other alphabet (Cyrillic С for Latin C, Cyrillic Н "
        "for Latin H); taken as the registry's «SCH-01»");
  CHECK(orgs == std::vector<std::string>{"SCH-01", "SCH-01"});
  const auto missing = validator.finish();
  CHECK(std::none_of(missing.begin(), missing.end(),
                     [](const diag::Diagnostic& d) { return d.message.en.starts_with("SCH-01 "); }));
}

TEST_CASE("a look-alike code that matches two registry ids is unknown-org") {
  Fixture f;
  registry::Registry registry;
  registry.add({"KA-1", "Latin", "school", "", "", 2});
  registry.add({"КА-1", "Cyrillic", "school", "", "", 3});
  validate::Validator validator(f.roadmap, &registry);
  const auto report = validator.check_file(f.scratch.write("s.csv", kHeader + "KА-1,2026,1.1,done,,,,\n"));
  REQUIRE_FALSE(report.findings.empty());
  CHECK(report.findings[0].code == Code::unknown_org);
  CHECK(report.findings[0].message.en.find("matches several registry ids: KA-1, КА-1") != std::string::npos);
}

TEST_CASE("registry: a title above the header, columns of other systems and e-mails") {
  Scratch scratch;
  diag::DiagnosticList findings;
  const auto registry = registry::load_registry(
      scratch.write("orgs.csv", "Реестр ОО на 01.09.2026;;;;\n;;;;\nИНН;Код ОО;Наименование;Адрес;Эл. почта\n"
                                "8603000001;A;Школа А;ул. Мира, 1;a@edu.example\n"),
      findings);
  REQUIRE(registry);
  CHECK(findings.items().empty());  // no unknown-column for ИНН and Адрес
  REQUIRE(findings.notes().size() == 1);
  CHECK(findings.notes()[0].pos.line == 3);
  CHECK(registry->find("A")->email == "a@edu.example");
  CHECK(registry->find("A")->line == 4);
  for (const char* header : {"E-mail", "Электронная почта", "email"}) {
    findings = {};
    const auto other = registry::load_registry(
        scratch.write("o2.csv", std::string("Код ОО;Наименование;") + header + "\nA;Школа А;a@x.example\n"), findings);
    REQUIRE(other);
    CHECK(other->find("A")->email == "a@x.example");
  }
}

TEST_CASE("dates with times and two-digit years are accepted in submissions") {
  Fixture f;
  const auto report = f.check(kHeader + "SCH-01,2026,1.1,done,,2026-09-01 00:00:00,,\nSCH-01,2026,1.2,done,3,24.12.26,,\n");
  INFO(findings_text(report));
  CHECK(report.findings.empty());
}

TEST_CASE("date-out-of-period: after the period's end or before the roadmap; an earlier period's date is fine") {
  Fixture f;
  // kTestRoadmap's periods are 2026 and 2027: a 2027 report repeating a 2026 completion date is no warning.
  auto report = f.check(kHeader + "SCH-01,2027,1.1,done,,15.03.2026,,\nSCH-01,2027,1.2,done,3,,,\n");
  INFO(findings_text(report));
  CHECK(report.findings.empty());
  report = f.check(kHeader + "SCH-01,2026,1.1,done,,2027-01-05,,\nSCH-01,2026,1.2,done,3,,,\n");
  expect_only(report, Code::date_out_of_period, 2, "completed_on");
  CHECK(report.findings[0].message.en == "the date 05.01.2027 is after the end of the period 2026");
  report = f.check(kHeader + "SCH-01,2026,1.1,done,,31.12.2025,,\nSCH-01,2026,1.2,done,3,,,\n");
  CHECK(report.findings[0].message.en == "the date 31.12.2025 is before the roadmap begins (01.01.2026)");
}

TEST_CASE("who sent nothing: listed with list_each, else one note per period with the count") {
  Fixture f;
  validate::Validator validator(f.roadmap, &f.registry);
  validator.check_file(f.scratch.write("a.csv", kHeader + kGood));
  const auto quiet = validator.missing_report(false);
  CHECK(quiet.findings.empty());
  REQUIRE(quiet.notes.size() == 1);
  CHECK(quiet.notes[0].message.en ==
        "2 registry organizations have sent nothing for 2026 yet; --list-missing, or checking a directory, lists them");
  const auto listed = validator.missing_report(true);
  CHECK(listed.findings.size() == 2);
  CHECK(listed.notes.empty());
}

TEST_CASE("two files that disagree on a row: validate says what differs, in the merge's words") {
  Fixture f;
  validate::Validator validator(f.roadmap, &f.registry);
  validator.detect_conflicts(false);
  const auto first = f.scratch.write("a.csv", kHeader + "SCH-01,2026,1.2,done,3,,,\n");
  const auto second = f.scratch.write("b.csv", kHeader + "SCH-01,2026,1.2,partial,4,,,late\n");
  const auto same = f.scratch.write("c.csv", kHeader + "SCH-01,2026,1.2,done,3,,,\n");
  std::vector<diag::FileReport> reports;
  validator.check_files({first, second, same}, {}, [&](diag::FileReport r) { reports.push_back(std::move(r)); }, 1);
  REQUIRE(reports.size() == 3);
  const auto conflicts = [](const diag::FileReport& r) {
    std::vector<diag::Diagnostic> out;
    for (const auto& d : r.findings)
      if (d.code == Code::conflict) out.push_back(d);
    return out;
  };
  CHECK(conflicts(reports[0]).empty());
  REQUIRE(conflicts(reports[1]).size() == 1);
  const auto d = conflicts(reports[1])[0];
  CHECK(d.message.en.find("status: partial ≠ done; value: 4 ≠ 3; comment") != std::string::npos);
  CHECK(d.message.ru.find("статус: частично ≠ выполнено; значение: 4 ≠ 3; комментарий") != std::string::npos);
  CHECK(conflicts(reports[2]).empty());  // said alike with the first: no conflict
  // The same wording as the merge's (submission/row_content.h), both ways round.
  submission::RowContent a, b;
  b.has_date = true;
  b.date_days = static_cast<std::int32_t>(calendar::to_days({2026, 9, 1}));
  CHECK(submission::differences(a, b).ru == "дата выполнения: — ≠ 01.09.2026");
  CHECK(submission::differences(a, a).en.empty());
}
