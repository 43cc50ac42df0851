#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "csv/table.h"
#include "diag/render.h"
#include "diag/sink.h"
#include "io/tabular_input.h"
#include "ods/sheet_reader.h"
#include "submission/reader.h"
#include "scratch.h"
#include "test_zip.h"

using namespace rmt;

namespace {

// An .ods around the tables' XML, as LibreOffice lays one out.
std::vector<Part> ods_parts(const std::string& tables) {
  return {
      {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
      {"content.xml",
       R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )"
       R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
       R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
       R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>)" +
           tables + "</office:spreadsheet></office:body></office:document-content>"},
  };
}

std::string cell(const std::string& text) {
  return R"(<table:table-cell office:value-type="string"><text:p>)" + text + "</text:p></table:table-cell>";
}

struct Rows {
  std::vector<std::uint32_t> lines;
  std::vector<std::vector<std::string>> cells;
  diag::DiagnosticList findings;
  std::string sheet;
};

Rows read_all(const std::string& path, const csv::ReaderOptions& options = {},
              std::span<const std::string_view> preferred = {}, const csv::HeaderProbe& probe = {}) {
  Rows rows;
  ods::SheetReader reader(path, "book.ods", rows.findings, options, preferred, probe);
  rows.sheet = reader.sheet();
  csv::Record record;
  while (reader.next(record)) {
    rows.lines.push_back(record.line);
    auto& fields = rows.cells.emplace_back();
    for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record.field(i));
  }
  return rows;
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("ods: strings, numbers, dates whatever their display, booleans; paragraphs, spaces and comments") {
  Scratch scratch;
  const std::string table =
      R"(<table:table table:name="Отчёт"><table:table-column table:number-columns-repeated="4"/>)"
      R"(<table:table-row>)" + cell("Код ОО") + cell("Статус") + R"(</table:table-row>)"
      R"(<table:table-row>)" + cell("SCH-01") +
      R"(<table:table-cell office:value-type="float" office:value="60" calcext:value-type="float"><text:p>60,00</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2026-03-15"><text:p>15 марта 26</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2026-03-16T10:30:00"><text:p>16.03</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>ИСТИНА</text:p></table:table-cell>)"
      R"(<table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>)"
      R"(</table:table-row>)"
      R"(<table:table-row><table:table-cell office:value-type="string">)"
      R"(<office:annotation><text:p>комментарий проверяющего</text:p></office:annotation>)"
      R"(<text:p>две<text:s text:c="2"/>строки<text:tab/>и</text:p><text:p><text:span>вторая</text:span></text:p>)"
      R"(</table:table-cell></table:table-row>)"
      R"(</table:table>)";
  const auto read = read_all(write_zip(scratch, "a.ods", ods_parts(table)));
  CHECK(read.findings.items().empty());
  CHECK(read.sheet == "Отчёт");
  REQUIRE(read.cells.size() == 3);
  CHECK(read.cells[0] == Cells{"Код ОО", "Статус"});
  CHECK(read.cells[1] == Cells{"SCH-01", "60", "2026-03-15", "2026-03-16", "TRUE", "0.25"});
  CHECK(read.cells[2] == Cells{"две  строки\tи\nвторая"});
  CHECK(read.lines == std::vector<std::uint32_t>{1, 2, 3});
}

TEST_CASE("ods: repeated rows and cells, LibreOffice's million empty rows at the end cost nothing") {
  Scratch scratch;
  const std::string table =
      R"(<table:table table:name="Лист1">)"
      R"(<table:table-row>)" + cell("a") + R"(<table:table-cell table:number-columns-repeated="3"/>)" + cell("b") +
      R"(<table:table-cell table:number-columns-repeated="16379"/></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="2">)" + cell("x") +
      R"(<table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>y</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>)"
      R"(<table:table-row>)" + cell("last") + R"(</table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>)"
      R"(</table:table>)";
  const auto read = read_all(write_zip(scratch, "r.ods", ods_parts(table)));
  CHECK(read.findings.items().empty());
  REQUIRE(read.cells.size() == 8);
  CHECK(read.cells[0] == Cells{"a", "", "", "", "b"});
  CHECK(read.cells[1] == Cells{"x", "y", "y"});
  CHECK(read.cells[2] == Cells{"x", "y", "y"});
  CHECK(read.lines == std::vector<std::uint32_t>{1, 2, 3, 4, 6, 7, 8, 1048576});
  CHECK(read.cells[3] == Cells{""});  // a run of empty rows: its first and its last line
  CHECK(read.cells[5] == Cells{"last"});
}

TEST_CASE("ods: a merged range's value is in every covered cell") {
  Scratch scratch;
  const std::string table =
      R"(<table:table table:name="Лист1">)"
      R"(<table:table-row>)" + cell("org") + cell("status") + R"(</table:table-row>)"
      R"(<table:table-row>)" + cell("S1") +
      R"(<table:table-cell table:number-rows-spanned="3" table:number-columns-spanned="2" office:value-type="string"><text:p>done</text:p></table:table-cell>)"
      R"(<table:covered-table-cell/></table:table-row>)"
      R"(<table:table-row>)" + cell("S2") + R"(<table:covered-table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>hidden old text</text:p></table:covered-table-cell></table:table-row>)"
      R"(<table:table-row>)" + cell("S3") + R"(</table:table-row>)"
      R"(<table:table-row>)" + cell("S4") + R"(<table:covered-table-cell/></table:table-row>)"
      R"(</table:table>)";
  const auto read = read_all(write_zip(scratch, "m.ods", ods_parts(table)));
  CHECK(read.findings.items().empty());
  REQUIRE(read.cells.size() == 5);
  CHECK(read.cells[1] == Cells{"S1", "done", "done"});
  CHECK(read.cells[2] == Cells{"S2", "done", "done"});
  CHECK(read.cells[3] == Cells{"S3", "done", "done"});  // covered cells LibreOffice did not write
  CHECK(read.cells[4] == Cells{"S4"});                  // past the range: a covered cell of nothing
}

TEST_CASE("ods: the sheet named for reports, else the first with a header, else the first") {
  Scratch scratch;
  const std::string tables =
      R"(<table:table table:name="Инструкция"><table:table-row>)" + cell("Заполните лист") + R"(</table:table-row></table:table>)"
      R"(<table:table table:name="Данные"><table:table-row>)" + cell("Отчёт школы") + R"(</table:table-row><table:table-row>)" +
      cell("Код ОО") + cell("Период") + cell("№ п/п") + cell("Статус") + R"(</table:table-row></table:table>)"
      R"(<table:table table:name="ОТЧЕТ"><table:table-row>)" + cell("named") + R"(</table:table-row></table:table>)";
  const std::string path = write_zip(scratch, "s.ods", ods_parts(tables));
  CHECK(read_all(path, {}, submission::submission_sheet_names()).cells == std::vector<Cells>{{"named"}});
  const auto by_header = read_all(path, {}, {}, csv::header_probe(submission::submission_columns()));
  CHECK(by_header.sheet == "Данные");
  CHECK(by_header.cells.size() == 2);
  CHECK(read_all(path).sheet == "Инструкция");
  // Recognised by its mimetype under any name.
  const std::string renamed = scratch.path("report.bin");
  std::filesystem::copy_file(path, renamed);
  CHECK(io::table_format(renamed) == io::TableFormat::ods);
}

TEST_CASE("ods: a broken or hostile file is unreadable-file naming the format, never a crash") {
  Scratch scratch;
  const auto finding = [](const Rows& rows) {
    REQUIRE(rows.findings.items().size() == 1);
    return diag::render_text(rows.findings.items()[0], vocab::Lang::en);
  };
  CHECK(finding(read_all(scratch.write("t.ods", "not a zip"))).find("cannot read the OpenDocument spreadsheet (.ods)") !=
        std::string::npos);
  CHECK(finding(read_all(write_zip(scratch, "n.ods", {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}})))
            .find("content.xml") != std::string::npos);
  CHECK(finding(read_all(write_zip(scratch, "x.ods", ods_parts("<table:table><table:table-row>")))).find("XML") !=
        std::string::npos);
  // A cell repeated past the row limit, a span past the sheet's edge.
  csv::ReaderOptions small;
  small.limits.max_row_cells = 100;
  const std::string wide = R"(<table:table table:name="a"><table:table-row>)"
                           R"(<table:table-cell table:number-columns-repeated="500" office:value-type="string"><text:p>v</text:p></table:table-cell>)"
                           R"(</table:table-row></table:table>)";
  CHECK(finding(read_all(write_zip(scratch, "w.ods", ods_parts(wide)), small)).find("--max-row-cells") != std::string::npos);
  const std::string span = R"(<table:table table:name="a"><table:table-row>)"
                           R"(<table:table-cell table:number-columns-spanned="99999"/></table:table-row></table:table>)";
  CHECK(finding(read_all(write_zip(scratch, "sp.ods", ods_parts(span)))).find("past the sheet's edge") != std::string::npos);
}
