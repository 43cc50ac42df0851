#include <doctest/doctest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "calendar/date.h"
#include "csv/table.h"
#include "diag/render.h"
#include "diag/sink.h"
#include "text/number.h"
#include "validate/validator.h"
#include "text/cell_ref.h"
#include "xlsx/package.h"
#include "xlsx/sheet_reader.h"
#include "scratch.h"
#include "test_zip.h"
#include "submission/reader.h"
#include "test_roadmap.h"

using namespace rmt;

namespace {

// A minimal workbook around one sheet's XML, with optional shared strings and styles.
std::vector<Part> workbook_parts(const std::string& sheet_xml, const std::string& strings_xml = "",
                                 const std::string& styles_xml = "", const std::string& workbook_pr = "") {
  std::vector<Part> parts{
      {"_rels/.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
      {"xl/workbook.xml",
       R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
       R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)" +
           workbook_pr + R"(<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/_rels/workbook.xml.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
       R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>)"
       R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
       R"(</Relationships>)"},
      {"xl/worksheets/sheet1.xml", sheet_xml},
  };
  if (!strings_xml.empty()) parts.emplace_back("xl/sharedStrings.xml", strings_xml);
  if (!styles_xml.empty()) parts.emplace_back("xl/styles.xml", styles_xml);
  return parts;
}

std::string sheet_xml(const std::string& rows) {
  return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

struct Rows {
  std::vector<std::uint32_t> lines;
  std::vector<std::vector<std::string>> cells;
  diag::DiagnosticList findings;
  std::string sheet;
};

Rows read_all(const std::string& path, const csv::ReaderOptions& options = {},
              std::span<const std::string_view> preferred = {}) {
  Rows rows;
  xlsx::SheetReader reader(path, "book.xlsx", rows.findings, options, preferred);
  rows.sheet = reader.sheet();
  csv::Record record;
  while (reader.next(record)) {
    rows.lines.push_back(record.line);
    auto& fields = rows.cells.emplace_back();
    for (std::size_t i = 0; i < record.size(); ++i) fields.emplace_back(record.field(i));
  }
  return rows;
}

std::string only_finding(const Rows& rows) {
  REQUIRE(rows.findings.items().size() == 1);
  return diag::render_text(rows.findings.items()[0], vocab::Lang::en);
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("cell references and Excel serial dates") {
  CHECK(text::column_letters(1) == "A");
  CHECK(text::column_letters(26) == "Z");
  CHECK(text::column_letters(27) == "AA");
  CHECK(text::column_letters(16384) == "XFD");
  CHECK(text::cell_address(4, 12) == "D12");
  const auto ref = text::parse_cell_ref("$AB$7");
  REQUIRE(ref);
  CHECK(ref->column == 28);
  CHECK(ref->row == 7);
  CHECK_FALSE(text::parse_cell_ref("XFE1"));
  CHECK_FALSE(text::parse_cell_ref("A0"));
  CHECK_FALSE(text::parse_cell_ref("1A"));
  CHECK_FALSE(text::parse_cell_ref("A1048577"));
  CHECK(calendar::to_days({1970, 1, 1}) == 0);
  CHECK(calendar::to_iso(calendar::from_days(calendar::to_days({2024, 2, 29}) + 1)) == "2024-03-01");
  CHECK(calendar::to_iso(calendar::from_days(-1)) == "1969-12-31");

  CHECK(xlsx::is_date_format(14, ""));
  CHECK(xlsx::is_date_format(22, ""));
  CHECK_FALSE(xlsx::is_date_format(2, ""));
  CHECK_FALSE(xlsx::is_date_format(45, ""));  // mm:ss
  CHECK(xlsx::is_date_format(164, "dd.mm.yyyy"));
  CHECK(xlsx::is_date_format(165, "[$-419]d mmmm yyyy;@"));
  CHECK_FALSE(xlsx::is_date_format(166, "0.00\" дней\""));  // the "д" is in quotes... and not Latin anyway
  CHECK_FALSE(xlsx::is_date_format(167, "[Red]0.0"));
  CHECK_FALSE(xlsx::is_date_format(168, "h:mm"));

  std::string escaped = "line_x000D__x000A_next_x0041_ _xZZZZ_";
  xlsx::unescape_ooxml(escaped);
  CHECK(escaped == "line\nnextA _xZZZZ_");
}

TEST_CASE("a workbook written by libxlsxwriter: shared strings, numbers, dates, gaps, booleans") {
  Scratch scratch;
  for (const bool constant_memory : {false, true}) {  // constant memory writes inline strings
    CAPTURE(constant_memory);
    const std::string path = scratch.path(constant_memory ? "inline.xlsx" : "shared.xlsx");
    lxw_workbook_options options{};
    options.constant_memory = constant_memory;
    lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
    lxw_worksheet* first = workbook_add_worksheet(book, "Отчёт");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd.mm.yyyy");
    worksheet_write_string(first, 0, 0, "Код ОО", nullptr);
    worksheet_write_string(first, 0, 1, "Период", nullptr);
    worksheet_write_string(first, 0, 3, "Дата", nullptr);  // column C left empty
    worksheet_write_string(first, 2, 0, "SCH-01", nullptr);  // row 2 missing: a gap of rows
    worksheet_write_number(first, 2, 1, 2026, nullptr);
    worksheet_write_string(first, 2, 2, "две\nстроки", nullptr);
    lxw_datetime when{2026, 3, 15, 0, 0, 0};
    worksheet_write_datetime(first, 2, 3, &when, date);
    worksheet_write_number(first, 3, 1, 0.1, nullptr);
    worksheet_write_number(first, 3, 2, 1e-7, nullptr);
    worksheet_write_boolean(first, 3, 3, 1, nullptr);
    worksheet_write_formula_str(first, 3, 4, "=\"a\"&\"b\"", nullptr, "ab");
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    const Rows rows = read_all(path);
    CHECK(rows.findings.items().empty());
    CHECK(rows.sheet == "Отчёт");
    CHECK(rows.lines == std::vector<std::uint32_t>{1, 3, 4});
    REQUIRE(rows.cells.size() == 3);
    CHECK(rows.cells[0] == Cells{"Код ОО", "Период", "", "Дата"});
    CHECK(rows.cells[1] == Cells{"SCH-01", "2026", "две\nстроки", "2026-03-15"});
    CHECK(rows.cells[2] == Cells{"", "0.1", "0.0000001", "TRUE", "ab"});
  }
}

TEST_CASE("the sheet named like the template's is read, else the first") {
  Scratch scratch;
  const std::string path = scratch.path("two.xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  worksheet_write_string(workbook_add_worksheet(book, "Инструкция"), 0, 0, "Заполните лист «Отчёт»", nullptr);
  worksheet_write_string(workbook_add_worksheet(book, "ОТЧЕТ"), 0, 0, "Код ОО", nullptr);  // any case, е for ё
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  CHECK(read_all(path, {}, submission::submission_sheet_names()).cells == std::vector<Cells>{{"Код ОО"}});
  CHECK(read_all(path).cells == std::vector<Cells>{{"Заполните лист «Отчёт»"}});
}

TEST_CASE("hand-made parts: prefixes, rich text, phonetics, escapes, ISO and 1904 dates, no references") {
  Scratch scratch;
  const std::string strings =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<si><t>plain</t></si>)"
      R"(<si><r><rPr><b/></rPr><t>rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>)"
      R"(<si><t xml:space="preserve">a_x000D__x000A_b</t></si></sst>)";
  const std::string styles =
      R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<numFmts count="1"><numFmt numFmtId="170" formatCode="[$-419]d mmmm yyyy;@"/></numFmts>)"
      R"(<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>)"
      R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="4"/></cellXfs></styleSheet>)";
  const std::string rows =
      R"(<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>)"
      R"(<x:row><x:c t="d"><x:v>2026-05-04T10:00:00</x:v></x:c><x:c s="1"><x:v>46146.5</x:v></x:c>)"
      R"(<x:c s="2"><x:v>46146.5</x:v></x:c><x:c t="inlineStr"><x:is><x:t>in</x:t><x:r><x:t>line</x:t></x:r></x:is></x:c>)"
      R"(<x:c t="e"><x:v>#N/A</x:v></x:c></x:row>)";
  const std::string worksheet =
      R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>)" + rows +
      "</x:sheetData></x:worksheet>";
  Rows read = read_all(write_zip(scratch, "a.xlsx", workbook_parts(worksheet, strings, styles)));
  CHECK(read.findings.items().empty());
  CHECK(read.lines == std::vector<std::uint32_t>{2, 3});
  REQUIRE(read.cells.size() == 2);
  CHECK(read.cells[0] == Cells{"plain", "rich text", "a\nb"});
  CHECK(read.cells[1] == Cells{"2026-05-04", "2026-05-04", "46146.5", "inline", "#N/A"});

  // The same serial in the 1904 date system is four years and a day later.
  read = read_all(write_zip(scratch, "b.xlsx",
                            workbook_parts(sheet_xml(R"(<row r="1"><c r="A1" s="1"><v>46146</v></c></row>)"), "", styles,
                                           R"(<workbookPr date1904="1"/>)")));
  CHECK(read.cells == std::vector<Cells>{{"2030-05-05"}});
}

TEST_CASE("broken workbooks are findings with the place, never a crash") {
  Scratch scratch;
  const auto broken = [&](const std::string& name, const std::vector<Part>& parts) {
    return only_finding(read_all(write_zip(scratch, name, parts)));
  };
  CHECK(only_finding(read_all(scratch.write("text.xlsx", "org_id;period\n"))) ==
        "book.xlsx: error [unreadable-file] cannot read the Excel workbook: the file is not the zip archive of an "
        "Excel workbook (open it in Excel and save it again as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\")");
  CHECK(only_finding(read_all(scratch.write("old.xlsx", std::string("\xD0\xCF\x11\xE0", 4) + std::string(600, '\0'))))
            .find("Excel 97-2003 workbook (.xls) named .xlsx, or a password-protected workbook") != std::string::npos);
  CHECK(broken("nosheet.xlsx", {{"readme.txt", "hello"}}).find("holds no Excel workbook") != std::string::npos);
  CHECK(broken("empty-book.xlsx", {{"xl/workbook.xml", "<workbook><sheets/></workbook>"}})
            .find("has no worksheet") != std::string::npos);
  CHECK(broken("missing-sheet.xlsx", {workbook_parts("").front(), workbook_parts("")[1], workbook_parts("")[2]})
            .find("has no part \"xl/worksheets/sheet1.xml\"") != std::string::npos);
  CHECK(broken("xml.xlsx", workbook_parts(sheet_xml(R"(<row r="1"><c r="A1"><v>1</v></row>)"))) ==
        "book.xlsx:1: error [unreadable-file] sheet «Лист1»: cannot read the Excel workbook: part "
        "\"xl/worksheets/sheet1.xml\" is damaged: XML error at line 1: mismatched tag (open it in Excel and save it "
        "again as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\")");
  CHECK(broken("order.xlsx", workbook_parts(sheet_xml(R"(<row r="5"/><row r="3"/>)")))
            .find("rows are out of order (row 3 after 5)") != std::string::npos);
  CHECK(broken("cells.xlsx", workbook_parts(sheet_xml(R"(<row r="1"><c r="B1"/><c r="A1"/></row>)")))
            .find("cell \"A1\" in row 1 is out of place") != std::string::npos);
  CHECK(broken("strings.xlsx", workbook_parts(sheet_xml(R"(<row r="1"><c r="C1" t="s"><v>7</v></c></row>)")))
            .find("cell C1 refers to a missing shared string #7") != std::string::npos);
  // Entities are how XML bombs work; a DTD is refused before any expansion.
  const std::string bomb = R"(<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>)"
                           R"(<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>)";
  CHECK(broken("bomb.xlsx", workbook_parts(bomb)).find("declares a DTD") != std::string::npos);

  csv::ReaderOptions small;
  small.limits.max_field_bytes = 8;
  const Rows long_cell =
      read_all(write_zip(scratch, "long.xlsx",
                         workbook_parts(sheet_xml(R"(<row r="1"><c r="B1" t="inlineStr"><is><t>0123456789</t></is></c></row>)"))),
               small);
  CHECK(only_finding(long_cell).find("cell B1 is longer than 8 bytes") != std::string::npos);

  // The row limits: one shared string repeated across a row, and a cell past --max-row-cells.
  csv::ReaderOptions narrow;
  narrow.limits.max_row_bytes = 20;
  narrow.limits.max_row_cells = 3;
  const std::string repeated = R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c>)"
                               R"(<c r="C1" t="s"><v>0</v></c></row>)";
  const auto parts = workbook_parts(sheet_xml(repeated), R"(<sst><si><t>0123456789</t></si></sst>)");
  CHECK(only_finding(read_all(write_zip(scratch, "repeated.xlsx", parts), narrow))
            .find("row 1 is longer than 20 bytes (--max-row-bytes)") != std::string::npos);
  CHECK(only_finding(read_all(write_zip(scratch, "wide.xlsx", workbook_parts(sheet_xml(R"(<row r="1"><c r="D1"><v>1</v></c></row>)"))),
                              narrow))
            .find("row 1 has more than 3 cells (--max-row-cells)") != std::string::npos);

  // The file limit, checked before the archive is read.
  csv::ReaderOptions tiny;
  tiny.limits.max_file_bytes = 100;
  const Rows too_large = read_all(write_zip(scratch, "large.xlsx", workbook_parts(sheet_xml(repeated))), tiny);
  CHECK(only_finding(too_large) == "book.xlsx: error [unreadable-file] the file is larger than 100 bytes; it is not read "
                                   "(check that this is a submission; --max-file-bytes sets the limit)");
}

TEST_CASE("an .xlsx submission goes through the same checks; findings name the sheet and the cell") {
  RoadmapFixture fixture;
  const std::string path = fixture.scratch.path("SCH-01.xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* report = workbook_add_worksheet(book, "Отчёт");
  const char* header[] = {"Код ОО", "Период", "№ п/п", "Мероприятие", "Статус", "Значение", "Дата выполнения"};
  for (lxw_col_t c = 0; c < 7; ++c) worksheet_write_string(report, 0, c, header[c], nullptr);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "dd.mm.yyyy");
  worksheet_write_string(report, 1, 0, "SCH-01", nullptr);
  worksheet_write_number(report, 1, 1, 2026, nullptr);
  worksheet_write_string(report, 1, 2, "1.1", nullptr);
  worksheet_write_string(report, 1, 3, "Orders", nullptr);
  worksheet_write_string(report, 1, 4, "выполнено", nullptr);
  lxw_datetime when{2026, 9, 1, 0, 0, 0};
  worksheet_write_datetime(report, 1, 6, &when, date);
  worksheet_write_string(report, 2, 0, "SCH-01", nullptr);
  worksheet_write_number(report, 2, 1, 2026, nullptr);
  worksheet_write_number(report, 2, 2, 1.2, nullptr);  // typed as a number: 1.2 all the same
  worksheet_write_string(report, 2, 4, "сделано", nullptr);
  worksheet_write_number(report, 2, 5, 3, nullptr);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);

  validate::Validator validator(fixture.roadmap, &fixture.registry);
  const diag::FileReport file = validator.check_file(path);
  CHECK(file.format == "xlsx");
  CHECK(file.sheet == "Отчёт");
  CHECK(file.encoding.empty());
  CHECK(file.rows == 2);
  REQUIRE(file.findings.size() == 1);
  CHECK(diag::render_text(file.findings[0], vocab::Lang::ru) ==
        path + ":3: error [bad-status] лист «Отчёт», ячейка E3, столбец «Статус»: «сделано» — не статус; допустимо: "
               "выполнено, частично, не выполнено, не применимо");
}

TEST_CASE("a sheet far larger than one read chunk streams row by row, suspending at each row") {
  Scratch scratch;
  const std::string path = scratch.path("big.xlsx");
  lxw_workbook_options options{};
  options.constant_memory = 1;
  lxw_workbook* book = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
  constexpr lxw_row_t kRows = 30000;  // about 3 MB of XML: dozens of 64 KiB chunks
  for (lxw_row_t r = 0; r < kRows; ++r) {
    worksheet_write_string(sheet, r, 0, ("SCH-" + std::to_string(r)).c_str(), nullptr);
    worksheet_write_number(sheet, r, 2, r * 0.5, nullptr);
  }
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  diag::DiagnosticList findings;
  xlsx::SheetReader reader(path, "big.xlsx", findings);
  csv::Record record;
  lxw_row_t r = 0;
  bool all_right = true;
  for (; reader.next(record); ++r) {
    all_right = all_right && record.line == r + 1 && record.size() == 3 && record.field(0) == "SCH-" + std::to_string(r) &&
                record.field(1).empty() && record.field(2) == text::format_decimal(r * 0.5);
  }
  CHECK(findings.items().empty());
  CHECK(r == kRows);
  CHECK(all_right);
}

TEST_CASE("merged cells give the anchor's value to every cell of the range, down and across") {
  Scratch scratch;
  // B2:B4 merged (a status over three rows), D2:E2 merged across, A5:A6 merged below the last written cell.
  const std::string xml =
      R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>org</t></is></c><c r="B1" t="inlineStr"><is><t>status</t></is></c></row>)"
      R"(<row r="2"><c r="A2" t="inlineStr"><is><t>S1</t></is></c><c r="B2" t="inlineStr"><is><t>done</t></is></c>)"
      R"(<c r="D2" t="inlineStr"><is><t>wide</t></is></c><c r="E2"/></row>)"
      R"(<row r="3"><c r="A3" t="inlineStr"><is><t>S2</t></is></c><c r="B3" t="inlineStr"><is><t>left over</t></is></c></row>)"
      R"(<row r="4"><c r="A4" t="inlineStr"><is><t>S3</t></is></c></row>)"
      R"(<row r="5"><c r="A5" t="inlineStr"><is><t>S4</t></is></c></row>)"
      R"(<row r="6"><c r="C6"><v>7</v></c></row>)"
      R"(</sheetData><mergeCells count="3"><mergeCell ref="B2:B4"/><mergeCell ref="D2:E2"/>)"
      R"(<mergeCell ref="$A$5:$A$6"/></mergeCells></worksheet>)";
  const auto read = read_all(write_zip(scratch, "merged.xlsx", workbook_parts(xml)));
  CHECK(read.findings.items().empty());
  REQUIRE(read.cells.size() == 6);
  CHECK(read.cells[1] == Cells{"S1", "done", "", "wide", "wide"});
  CHECK(read.cells[2] == Cells{"S2", "done"});  // a covered cell shows the range's value, as a person sees it
  CHECK(read.cells[3] == Cells{"S3", "done"});
  CHECK(read.cells[4] == Cells{"S4"});
  CHECK(read.cells[5] == Cells{"S4", "", "7"});
}

TEST_CASE("a formula saved without its result is flagged, one with a result is its value") {
  Scratch scratch;
  const std::string xml = sheet_xml(R"(<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><f>2+2</f><v>4</v></c></row>)");
  diag::DiagnosticList findings;
  xlsx::SheetReader reader(write_zip(scratch, "f.xlsx", workbook_parts(xml)), "f.xlsx", findings);
  csv::Record record;
  REQUIRE(reader.next(record));
  CHECK(record.field(0).empty());
  CHECK(record.field(1) == "4");
  CHECK(reader.formula_without_value(0));
  CHECK_FALSE(reader.formula_without_value(1));
}

TEST_CASE("without a report-named sheet, the first sheet with a header is read") {
  Scratch scratch;
  const std::string path = scratch.path("two.xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  worksheet_write_string(workbook_add_worksheet(book, "Инструкция"), 0, 0, "Заполните второй лист", nullptr);
  lxw_worksheet* data = workbook_add_worksheet(book, "Данные");
  worksheet_write_string(data, 2, 0, "Код ОО", nullptr);
  worksheet_write_string(data, 2, 1, "Период", nullptr);
  worksheet_write_string(data, 2, 2, "№ п/п", nullptr);
  worksheet_write_string(data, 2, 3, "Статус", nullptr);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
  diag::DiagnosticList findings;
  xlsx::SheetReader reader(path, "two.xlsx", findings, {}, {}, csv::header_probe(submission::submission_columns()));
  CHECK(reader.sheet() == "Данные");
  xlsx::SheetReader plain(path, "two.xlsx", findings);
  CHECK(plain.sheet() == "Инструкция");
}
