#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diag/render.h"
#include "merge/merged_csv.h"
#include "merge/merger.h"
#include "test_roadmap.h"
#include "test_text.h"

using namespace rmt;

namespace {

const std::string kHeader = "org_id,period,activity_id,status,value,completed_on,evidence,comment\n";

struct Fixture : RoadmapFixture {
  // Merges the named files (written beforehand) in the given order.
  struct Result {
    std::string csv;
    std::vector<diag::FileReport> reports;
    std::vector<merge::Rejection> rejections;
    merge::MergeCounts counts;
  };
  Result merge(const std::vector<std::string>& names, merge::MergeOptions options = {}) {
    merge::Merger merger(roadmap, &registry, options);
    for (const auto& name : names) merger.add_file(scratch.path(name));
    Result result;
    REQUIRE(merge::write_merged_csv(merger, [&](std::string_view bytes) {
      result.csv.append(bytes);
      return true;
    }));
    result.reports = merger.reports();
    result.rejections = merger.rejections();
    result.counts = merger.counts();
    return result;
  }
  // The merged CSV with the scratch directory taken out of source_file.
  std::string relative(const std::string& csv) const {
    std::string out;
    const std::string prefix = scratch.dir().string() + "/";
    for (std::size_t i = 0; i < csv.size();) {
      if (csv.compare(i, prefix.size(), prefix) == 0) {
        i += prefix.size();
      } else {
        out.push_back(csv[i++]);
      }
    }
    return out;
  }
};

std::string findings_text(const std::vector<diag::FileReport>& reports) {
  std::string all;
  for (const auto& report : reports)
    for (const auto& d : report.findings) all += diag::render_text(d, vocab::Lang::en) + "\n";
  return all;
}

const std::string kSchool1 = kHeader + "SCH-01,2026,1.1,done,,01.09.2026,Order 5,\nSCH-01,2026,1.2,partial,3,,,\n";
const std::string kSchool2 = kHeader + "SCH-02,2026,1.2,done,\"12,5\",,,\"a, b\"\nSCH-02,2026,1.1,выполнено,,,,\n";
const std::string kCentre = kHeader + "CRO,2026,2.1,done,,2026-12-20,https://x.ru/a,\nCRO,2026,1.2,n/a,,,,\n";

}  // namespace

TEST_CASE("merged rows are normalized, sorted and carry their provenance") {
  Fixture f;
  f.scratch.write("b.csv", kSchool2);
  f.scratch.write("a.csv", kSchool1);
  f.scratch.write("c.csv", kCentre);
  const auto result = f.merge({"b.csv", "a.csv", "c.csv"});
  CHECK(findings_text(result.reports).empty());
  CHECK(f.relative(result.csv) == std::string(merge::merged_header()) +
                                      "CRO,2026,1.2,n/a,,,,,c.csv,3\n"
                                      "CRO,2026,2.1,done,,2026-12-20,https://x.ru/a,,c.csv,2\n"
                                      "SCH-01,2026,1.1,done,,2026-09-01,Order 5,,a.csv,2\n"
                                      "SCH-01,2026,1.2,partial,3,,,,a.csv,3\n"
                                      "SCH-02,2026,1.1,done,,,,,b.csv,3\n"
                                      "SCH-02,2026,1.2,done,12.5,,,\"a, b\",b.csv,2\n");
  CHECK(result.counts.files == 3);
  CHECK(result.counts.files_accepted == 3);
  CHECK(result.counts.submissions_accepted == 3);
  CHECK(result.rejections.empty());
}

TEST_CASE("the same inputs in any order give the same bytes") {
  Fixture f;
  f.scratch.write("a.csv", kSchool1);
  f.scratch.write("b.csv", kSchool2);
  f.scratch.write("c.csv", kCentre);
  f.scratch.write("z-copy.csv", kSchool1);  // identical duplicate: merged once
  const auto first = f.merge({"a.csv", "b.csv", "c.csv", "z-copy.csv"});
  const auto again = f.merge({"a.csv", "b.csv", "c.csv", "z-copy.csv"});
  const auto shuffled = f.merge({"z-copy.csv", "c.csv", "b.csv", "a.csv"});
  CHECK(first.csv == again.csv);
  CHECK(first.csv == shuffled.csv);
  CHECK(first.counts.conflicts == 0);
  CHECK(findings_text(first.reports).empty());
  // The identical copy is kept once, with the smaller provenance.
  CHECK(f.relative(first.csv).find("z-copy.csv") == std::string::npos);
}

TEST_CASE("a submission with an error is rejected whole; --keep-valid-rows keeps its valid rows") {
  Fixture f;
  f.scratch.write("a.csv", kHeader + "SCH-01,2026,1.1,done,,,,\nSCH-01,2026,1.2,сделано,3,,,\n");
  f.scratch.write("b.csv", kSchool2);
  const auto strict = f.merge({"a.csv", "b.csv"});
  CHECK(f.relative(strict.csv).find("SCH-01") == std::string::npos);
  CHECK(f.relative(strict.csv).find("SCH-02,2026,1.1") != std::string::npos);
  REQUIRE(strict.rejections.size() == 1);
  CHECK(strict.rejections[0].org_id == "SCH-01");
  CHECK(strict.rejections[0].period == "2026");
  CHECK(strict.rejections[0].rows == 2);
  CHECK(strict.rejections[0].error_rows == 1);
  CHECK(strict.counts.files_rejected == 1);
  CHECK(strict.counts.files_accepted == 1);

  merge::MergeOptions keep;
  keep.keep_valid_rows = true;
  const auto kept = f.merge({"a.csv", "b.csv"}, keep);
  CHECK(f.relative(kept.csv).find("SCH-01,2026,1.1,done,,,,,a.csv,2\n") != std::string::npos);
  CHECK(f.relative(kept.csv).find("SCH-01,2026,1.2") == std::string::npos);
  REQUIRE(kept.rejections.size() == 1);
  CHECK(kept.rejections[0].kept_rows == 1);
}

TEST_CASE("warnings never reject") {
  Fixture f;
  f.scratch.write("a.csv", "org_id,period,activity_id,status,value,Ответственный\nSCH-01,2026,1.1,done,,Иванова\n");
  const auto result = f.merge({"a.csv"});
  CHECK(result.rejections.empty());
  CHECK(f.relative(result.csv).find("SCH-01,2026,1.1,done") != std::string::npos);
}

TEST_CASE("a district's combined file loses only the organization whose rows are wrong") {
  Fixture f;
  f.scratch.write("district.csv", kHeader +
                                      "SCH-01,2026,1.1,done,,,,\nSCH-01,2026,1.2,done,2,,,\n"
                                      "SCH-02,2026,1.1,done,,,,\nSCH-02,2026,1.2,done,,,,\n");  // missing-value
  const auto result = f.merge({"district.csv"});
  CHECK(f.relative(result.csv).find("SCH-01,2026,1.2,done,2") != std::string::npos);
  CHECK(f.relative(result.csv).find("SCH-02") == std::string::npos);
  REQUIRE(result.rejections.size() == 1);
  CHECK(result.rejections[0].org_id == "SCH-02");
  CHECK(result.counts.files_partly == 1);
  CHECK(result.counts.submissions_accepted == 1);
  CHECK(result.counts.submissions_rejected == 1);
}

TEST_CASE("a wrong row that names no organization, or a broken header, rejects the whole file") {
  Fixture f;
  f.scratch.write("no-org.csv", kHeader + "SCH-01,2026,1.1,done,,,,\n,2026,1.2,done,2,,,\n");
  const auto no_org = f.merge({"no-org.csv"});
  CHECK(f.relative(no_org.csv) == merge::merged_header());
  REQUIRE(no_org.rejections.size() == 1);
  CHECK(no_org.rejections[0].org_id == "SCH-01");

  f.scratch.write("no-status.csv", "org_id,period,activity_id\nSCH-01,2026,1.1\n");
  const auto no_column = f.merge({"no-status.csv"});
  REQUIRE(no_column.rejections.size() == 1);
  CHECK(no_column.rejections[0].org_id.empty());  // nothing could be read: the file as a whole
  CHECK(no_column.counts.files_rejected == 1);

  // A row without a readable period rejects its organization's submissions in the file.
  f.scratch.write("bad-period.csv", kHeader + "SCH-01,2026,1.1,done,,,,\nSCH-01,2025,1.2,done,2,,,\n");
  const auto bad_period = f.merge({"bad-period.csv"});
  REQUIRE(bad_period.rejections.size() == 1);
  CHECK(bad_period.rejections[0].rows == 2);
  CHECK(bad_period.rejections[0].error_rows == 1);
}

TEST_CASE("conflicts: reported and left out by default, the later file wins with --on-conflict last") {
  Fixture f;
  f.scratch.write("a.csv", kSchool1);
  f.scratch.write("later.csv", kHeader + "SCH-01,2026,1.1,done,,01.09.2026,Order 5,\nSCH-01,2026,1.2,done,4,,,\n");

  const auto refused = f.merge({"a.csv", "later.csv"});
  CHECK(refused.counts.conflicts == 1);
  CHECK(f.relative(refused.csv) == std::string(merge::merged_header()) +
                                       "SCH-01,2026,1.1,done,,2026-09-01,Order 5,,a.csv,2\n");
  REQUIRE(refused.reports[1].findings.size() == 1);
  const auto& conflict = refused.reports[1].findings[0];
  CHECK(diag::code_name(conflict.code) == "conflict");
  CHECK(conflict.severity == diag::Severity::error);
  CHECK(conflict.pos.line == 3);
  CHECK(conflict.message.en.find("a.csv:3") != std::string::npos);
  CHECK(conflict.message.en.find("status: done ≠ partial; value: 4 ≠ 3") != std::string::npos);
  CHECK(refused.reports[0].findings.empty());

  merge::MergeOptions last;
  last.on_conflict = merge::ConflictPolicy::last;
  const auto settled = f.merge({"a.csv", "later.csv"}, last);
  CHECK(f.relative(settled.csv).find("SCH-01,2026,1.2,done,4,,,,later.csv,3\n") != std::string::npos);
  REQUIRE(settled.reports[0].findings.size() == 1);
  const auto& overridden = settled.reports[0].findings[0];
  CHECK(overridden.severity == diag::Severity::warning);
  CHECK(overridden.pos.line == 3);
  CHECK(overridden.message.en.find("later.csv:3") != std::string::npos);
  CHECK(settled.reports[1].findings.empty());
  // And the other way round, the other file wins.
  const auto reversed = f.merge({"later.csv", "a.csv"}, last);
  CHECK(f.relative(reversed.csv).find("SCH-01,2026,1.2,partial,3,,,,a.csv,3\n") != std::string::npos);
}

TEST_CASE("source_line is the physical line, also after a quoted line break; line breaks become LF") {
  Fixture f;
  f.scratch.write("a.csv", to_cp1251("Код ОО;Период;№ п/п;Статус;Значение;Комментарий\r\n"
                                     "SCH-01;2026;1.1.;выполнено;;\"первая строка\r\nвторая \"\"строка\"\"\"\r\n"
                                     "SCH-01;2026;1.2;частично;1,5;\r\n"));
  const auto result = f.merge({"a.csv"});
  CHECK(findings_text(result.reports).empty());
  CHECK(f.relative(result.csv) == std::string(merge::merged_header()) +
                                      "SCH-01,2026,1.1,done,,,,\"первая строка\nвторая \"\"строка\"\"\",a.csv,2\n"
                                      "SCH-01,2026,1.2,partial,1.5,,,,a.csv,4\n");
}

TEST_CASE("a merged file merges again to the same bytes, keeping the original provenance") {
  Fixture f;
  f.scratch.write("a.csv", kSchool1);
  f.scratch.write("b.csv", kSchool2);
  const auto first = f.merge({"a.csv", "b.csv"});
  f.scratch.write("merged.csv", first.csv);
  const auto again = f.merge({"merged.csv"});
  CHECK(findings_text(again.reports).empty());
  CHECK(again.csv == first.csv);
}
