#include <cerrno>
#include <doctest/doctest.h>

#include <set>
#include <sstream>

#include "diag/messages.h"
#include "diag/render.h"
#include "json/writer.h"

using namespace rmt;

TEST_CASE("every code has a stable unique name, in the order of the enum") {
  std::set<std::string_view> names;
  std::size_t index = 0;
  for (const auto& code : diag::all_codes()) {
    CHECK(static_cast<std::size_t>(code.code) == index++);
    CHECK(names.insert(code.name).second);
    CHECK(diag::code_from_name(code.name) == code.code);
  }
  CHECK(names.size() == 31);
  CHECK(diag::code_name(diag::Code::bad_status) == "bad-status");
  CHECK(diag::info(diag::Code::no_reporter).severity == diag::Severity::warning);
}

TEST_CASE("text form: file, line, column, severity, code, message and hint") {
  const auto d = diag::msg::unknown_party(diag::SourcePos{"r.yaml", 14, 9}, "shcools", "schools");
  CHECK(diag::render_text(d, vocab::Lang::en) ==
        "r.yaml:14:9: error [unknown-party] unknown party «shcools» (did you mean «schools»?)");
  CHECK(diag::render_text(d, vocab::Lang::ru) ==
        "r.yaml:14:9: error [unknown-party] неизвестный участник «shcools» (возможно, имелось в виду «schools»)");
}

TEST_CASE("text form of a tabular finding names the column as headed in the file") {
  auto d = diag::msg::no_reporter(diag::SourcePos{"school-017.csv", 12, 0}, "1.1");
  d.column_header = "Статус";
  d.column_key = "status";
  CHECK(diag::render_text(d, vocab::Lang::ru).starts_with("school-017.csv:12: warning [no-reporter] столбец «Статус»: "));
  CHECK(diag::render_text(d, vocab::Lang::en).starts_with("school-017.csv:12: warning [no-reporter] column «Статус»: "));
}

TEST_CASE("a whole-file finding has no line") {
  const auto d = diag::msg::unreadable_file(diag::SourcePos{"missing.yaml", 0, 0}, ENOENT);
  CHECK(diag::render_text(d, vocab::Lang::en) ==
        "missing.yaml: error [unreadable-file] cannot read the file: no such file or directory "
        "(check the path and the permissions)");
  // The operating system's reason in Russian, from our own table.
  CHECK(diag::render_text(d, vocab::Lang::ru) ==
        "missing.yaml: error [unreadable-file] файл не удаётся прочитать: файл или папка не найдены "
        "(проверьте путь и права доступа)");
}

TEST_CASE("JSON document: counts, validity and findings per file") {
  diag::FileReport file;
  file.path = "r.yaml";
  file.findings.push_back(diag::msg::unknown_party(diag::SourcePos{"r.yaml", 14, 9}, "x", ""));
  file.findings.push_back(diag::msg::no_reporter(diag::SourcePos{"r.yaml", 20, 7}, "1.1"));
  std::ostringstream out;
  json::Writer writer(out);
  writer.begin_object();
  diag::write_json_files(writer, {file}, vocab::Lang::en, false);
  writer.end_object();
  CHECK(out.str() ==
        R"({"valid":false,"errors":1,"warnings":1,"files":[{"path":"r.yaml","valid":false,"errors":1,"warnings":1,)"
        R"("findings":[{"severity":"error","code":"unknown-party","line":14,"column":9,"message":"unknown party «x»",)"
        R"("hint":"add the party to the parties list"},{"severity":"warning","code":"no-reporter","line":20,"column":7,)"
        R"("message":"nobody reports on activity 1.1: no responsible party has an org_id or each_organization"}]}]})");
}

TEST_CASE("JSON validity under --strict: warnings make a file invalid") {
  diag::FileReport file;
  file.path = "r.yaml";
  file.findings.push_back(diag::msg::no_reporter(diag::SourcePos{"r.yaml", 20, 7}, "1.1"));
  for (const bool strict : {false, true}) {
    std::ostringstream out;
    json::Writer writer(out);
    writer.begin_object();
    diag::write_json_files(writer, {file}, vocab::Lang::en, strict);
    writer.end_object();
    CHECK(out.str().starts_with(strict ? R"({"valid":false,)" : R"({"valid":true,)"));
  }
}

TEST_CASE("Russian plural forms of counts") {
  using vocab::ru_plural;
  const auto form = [](std::size_t n) { return ru_plural(n, "ошибка", "ошибки", "ошибок"); };
  CHECK(form(0) == "ошибок");
  CHECK(form(1) == "ошибка");
  CHECK(form(2) == "ошибки");
  CHECK(form(5) == "ошибок");
  CHECK(form(11) == "ошибок");
  CHECK(form(21) == "ошибка");
  CHECK(form(112) == "ошибок");
  CHECK(form(123) == "ошибки");
}
