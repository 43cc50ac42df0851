#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "template/csv_template.h"
#include "template/template_rows.h"
#include "template/template_set.h"
#include "validate/validator.h"
#include "test_roadmap.h"
#include "test_text.h"

using namespace rmt;

TEST_CASE("template rows: the activities an organization reports on, with the period's target") {
  RoadmapFixture fixture;
  const auto school = templates::template_rows(fixture.roadmap, "SCH-01", 0);
  REQUIRE(school.size() == 2);
  CHECK(school[0].activity->id == "1.1");
  CHECK(school[0].target == "2");
  CHECK(school[1].activity->id == "1.2");
  CHECK(school[1].target.empty());  // no target set for 1.2
  const auto centre = templates::template_rows(fixture.roadmap, "CRO", 1);
  REQUIRE(centre.size() == 2);
  CHECK(centre[0].activity->id == "1.2");
  CHECK(centre[1].activity->id == "2.1");
  CHECK(templates::template_rows(fixture.roadmap, "SCH-01", 1)[0].target.empty());  // 2027 has none
}

TEST_CASE("a template's title lists the activity's steps after it") {
  roadmap::Activity activity;
  activity.title = "Реализация ЦМН, включая обязательные этапы:";
  CHECK(roadmap::title_with_steps(activity) == "Реализация ЦМН, включая обязательные этапы:");  // no steps: as printed
  activity.steps = {"подготовка условий", "отбор и обучение наставников"};
  CHECK(roadmap::title_with_steps(activity) ==
        "Реализация ЦМН, включая обязательные этапы: подготовка условий; отбор и обучение наставников");
  activity.title = "Семинары";
  CHECK(roadmap::title_with_steps(activity) == "Семинары: подготовка условий; отбор и обучение наставников");
}

TEST_CASE("CSV template bytes: UTF-8 with BOM by default; Windows-1251 counts what it cannot hold") {
  RoadmapFixture fixture;
  auto rows = templates::template_rows(fixture.roadmap, "SCH-01", 0);
  const auto utf8 = templates::csv_template(rows, "SCH-01", "2026", {});
  CHECK(utf8.bytes ==
        "\xEF\xBB\xBF" "Код ОО;Период;№ п/п;Мероприятие;Плановое значение;Срок;Статус;Значение;Дата выполнения;"
        "Подтверждение;Комментарий\r\nSCH-01;2026;1.1;Orders;2;до 31.12.2026;;;;;\r\n"
        "SCH-01;2026;1.2;Publications;;;;;;;\r\n");
  CHECK(utf8.unrepresentable == 0);

  templates::CsvTemplateOptions options;
  options.encoding = text::Encoding::windows1251;
  options.delimiter = ',';
  options.lang = vocab::Lang::en;
  rows[0].title = "Охват ≥ 90%, «итог»";  // "≥" is not in Windows-1251
  const auto cp = templates::csv_template(rows, "SCH-01", "2026", options);
  CHECK(cp.unrepresentable == 1);
  CHECK(cp.bytes == "org_id,period,activity_id,activity_title,target,deadline,status,value,completed_on,evidence,comment\r\n" +
                        to_cp1251("SCH-01,2026,1.1,\"Охват ? 90%, ") + "\xAB" + to_cp1251("итог") + "\xBB" + "\",2," +
                        to_cp1251("до 31.12.2026") + ",,,,,\r\nSCH-01,2026,1.2,Publications,,,,,,,\r\n");
  // The deadline says the phrase as printed and the date it is due by in the period.
  RoadmapFixture dated(R"(format: roadmap/1
roadmap: {id: t, title: T, periods: [2026, 2027]}
parties: [{id: s, name: S, each_organization: true}]
sections:
  - id: "1"
    title: One
    activities:
      - {id: "1.1", title: A, deadline: "сентябрь ежегодно", responsible: [s]}
      - {id: "1.2", title: B, deadline: "постоянно", responsible: [s]}
)");
  const auto deadlines = templates::template_rows(dated.roadmap, "SCH-01", 0);
  CHECK(deadlines[0].deadline == "сентябрь ежегодно — до 30.09.2026");
  CHECK(deadlines[1].deadline == "постоянно");  // due at the roadmap's end, not in 2026
  CHECK(templates::template_rows(dated.roadmap, "SCH-01", 1, vocab::Lang::en)[1].deadline == "постоянно — by 31.12.2027");
}

TEST_CASE("template files: safe names, no collisions, never over an input, filled ones validate cleanly") {
  RoadmapFixture fixture;
  registry::Registry registry;
  registry.add({"SCH/01", "School 1", "school", "", "", 2});
  registry.add({"sch_01", "School 1 again", "school", "", "", 3});  // "SCH_01" after sanitizing, any case
  registry.add({"CRO", "Centre", "centre", "", "", 4});
  registry.add({"orgs", "Registry-named", "school", "", "", 5});
  const std::string dir = fixture.scratch.path("out");
  templates::TemplateSetOptions options;
  auto result = templates::write_templates(fixture.roadmap, registry, 0, dir, options);
  REQUIRE(result.failure.ok());
  std::vector<std::string> names;
  for (const auto& file : result.written) names.push_back(std::filesystem::path(file.path).filename().string());
  // «SCH/01» had to change: it gets its id's fingerprint, so «sch_01» keeps its own name.
  REQUIRE(names.size() == 4);
  CHECK(names[0].starts_with("SCH_01-"));
  CHECK(names[0].size() == std::string("SCH_01-12345678.csv").size());
  CHECK(std::vector<std::string>(names.begin() + 1, names.end()) == std::vector<std::string>{"sch_01.csv", "CRO.csv", "orgs.csv"});
  CHECK(result.nothing_to_report.empty());
  // Written again over its own templates: allowed.
  CHECK(templates::write_templates(fixture.roadmap, registry, 0, dir, options).failure.ok());

  // The registry file itself is orgs.csv in the same directory: the folder holds
  // a file that is not a template, so nothing is written; with --force, that
  // file is still refused, not replaced.
  const std::string registry_path = fixture.scratch.write("out/orgs.csv", "org_id,name\n");
  options.protected_paths = {registry_path};
  result = templates::write_templates(fixture.roadmap, registry, 0, dir, options);
  CHECK(result.failure.path == dir);
  CHECK(result.failure.reason.ru.find("orgs.csv") != std::string::npos);
  CHECK(result.foreign_files == std::vector<std::string>{"orgs.csv"});
  options.force = true;
  result = templates::write_templates(fixture.roadmap, registry, 0, dir, options);
  CHECK(result.failure.path == dir + "/orgs.csv");
  CHECK(Scratch::read(registry_path) == "org_id,name\n");
  options.force = false;

  // A template with its cells filled passes every check.
  std::string filled = Scratch::read(dir + "/CRO.csv");
  for (std::size_t at; (at = filled.find(";;;;;\r\n")) != std::string::npos;)
    filled.replace(at, 7, ";выполнено;3;01.09.2026;;\r\n");
  validate::Validator validator(fixture.roadmap, &fixture.registry);
  const auto report = validator.check_file(fixture.scratch.write("CRO-filled.csv", filled));
  CHECK(report.rows == 2);
  CHECK(report.findings.empty());
}
