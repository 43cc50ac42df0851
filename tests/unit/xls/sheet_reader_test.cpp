// The .xls and .ods readers on files LibreOffice wrote (tests/data/workbooks,
// made by make_workbooks.py from an openpyxl workbook): the same cells as
// openpyxl typed, whatever the format.
#include <doctest/doctest.h>

#include <string>
#include <vector>
#include <algorithm>

#include "csv/table.h"
#include "diag/render.h"
#include "diag/sink.h"
#include "io/tabular_input.h"
#include "submission/reader.h"
#include "xls/merged_ranges.h"
#include "xls/sheet_reader.h"
#include "scratch.h"

using namespace rmt;

namespace {

const std::string kFixtures = std::string(RMT_SOURCE_DIR) + "/tests/data/workbooks/";

using Cells = std::vector<std::string>;

std::vector<Cells> read_cells(const std::string& path, diag::DiagnosticList& findings, std::string& sheet) {
  io::TabularInput input = io::open_tabular(path, path, findings, {}, submission::submission_sheet_names());
  sheet = input.records->sheet();
  std::vector<Cells> rows;
  csv::Record record;
  while (input.records->next(record)) {
    Cells& cells = rows.emplace_back();
    for (std::size_t i = 0; i < record.size(); ++i) cells.emplace_back(record.field(i));
    while (!cells.empty() && cells.back().empty()) cells.pop_back();  // trailing empties differ by format
    cells.insert(cells.begin(), std::to_string(record.line));
  }
  return rows;
}

}  // namespace

TEST_CASE("LibreOffice's .xls, .ods and openpyxl's .xlsx of one sheet read as the same cells") {
  const std::vector<Cells> expected{
      {"1", "Отчёт МБОУ «Средняя школа №1» за 2026 год", "Отчёт МБОУ «Средняя школа №1» за 2026 год",
       "Отчёт МБОУ «Средняя школа №1» за 2026 год", "Отчёт МБОУ «Средняя школа №1» за 2026 год",
       "Отчёт МБОУ «Средняя школа №1» за 2026 год"},  // the title merged across A1:E1
      {"3", "Код ОО", "Период", "№ п/п", "Статус", "Значение", "Дата выполнения", "Комментарий"},
      {"4", "SCH-01", "2026", "1.2", "выполнено", "12", "2026-03-15", "Приказ № 5; «копия»"},
      {"5", "SCH-01", "2026", "1.3", "частично", "2.5", "2026-09-01", "две\nстроки"},
      {"6", "SCH-01", "2026", "1.6", "частично"},  // the status merged down D5:D6
  };
  for (const char* name : {"report.xls", "report.ods", "report.xlsx"}) {
    CAPTURE(name);
    diag::DiagnosticList findings;
    std::string sheet;
    auto rows = read_cells(kFixtures + name, findings, sheet);
    CHECK(findings.items().empty());
    CHECK(sheet == "Отчёт");
    std::erase_if(rows, [](const Cells& cells) { return cells.size() == 1; });  // blank rows: formats keep different ones
    CHECK(rows == expected);
  }
}

TEST_CASE(".xls: merged ranges come from the file's own records, per worksheet") {
  const auto ranges = xls::read_merged_ranges(kFixtures + "report.xls");
  REQUIRE(ranges.size() == 2);  // «Отчёт» and «Справка»
  REQUIRE(ranges[0].size() == 2);
  std::vector<std::string> shown;
  for (const auto& r : ranges[0])
    shown.push_back(std::to_string(r.first_row) + ":" + std::to_string(r.first_column) + "-" +
                    std::to_string(r.last_row) + ":" + std::to_string(r.last_column));
  std::sort(shown.begin(), shown.end());
  CHECK(shown == std::vector<std::string>{"1:1-1:5", "5:4-6:4"});
  CHECK(ranges[1].empty());
  CHECK(xls::read_merged_ranges(kFixtures + "report.ods").empty());  // not a compound file: nothing, no crash
}

TEST_CASE(".xls: a damaged or foreign file is unreadable-file naming Excel 97-2003, never a crash") {
  Scratch scratch;
  const auto finding = [&](const std::string& bytes) {
    diag::DiagnosticList findings;
    xls::SheetReader reader(scratch.write("b.xls", bytes), "b.xls", findings);
    csv::Record record;
    CHECK_FALSE(reader.next(record));
    REQUIRE(findings.items().size() == 1);
    CHECK(findings.items()[0].code == diag::Code::unreadable_file);
    return diag::render_text(findings.items()[0], vocab::Lang::en);
  };
  CHECK(finding("not an xls").find("cannot read the Excel 97-2003 workbook (.xls): it is not an Excel 97-2003 workbook") !=
        std::string::npos);
  const std::string header = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0');
  CHECK(finding(header).find("Excel 97-2003") != std::string::npos);
  // The real file cut in half.
  const std::string whole = Scratch::read(kFixtures + "report.xls");
  CHECK(finding(whole.substr(0, whole.size() / 2)).find("Excel 97-2003") != std::string::npos);
}

TEST_CASE("a workbook's format is told by its name, else by its first bytes") {
  Scratch scratch;
  CHECK(io::table_format(kFixtures + "report.xls") == io::TableFormat::xls);
  CHECK(io::table_format(kFixtures + "report.ods") == io::TableFormat::ods);
  CHECK(io::table_format(kFixtures + "report.xlsx") == io::TableFormat::xlsx);
  const std::string xls = scratch.write("report", Scratch::read(kFixtures + "report.xls"));
  CHECK(io::table_format(xls) == io::TableFormat::xls);
  const std::string xlsx = scratch.write("report.dat", Scratch::read(kFixtures + "report.xlsx"));
  CHECK(io::table_format(xlsx) == io::TableFormat::xlsx);
  // Text names are text: the CSV reader says what the file really is.
  CHECK(io::table_format(scratch.write("report.csv", Scratch::read(kFixtures + "report.xls"))) == io::TableFormat::csv);
  CHECK(io::table_format("-") == io::TableFormat::csv);
}
