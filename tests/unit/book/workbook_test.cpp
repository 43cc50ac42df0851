#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "book/workbook.h"
#include <expat.h>
#include <unzip.h>

#include "scratch.h"
#include "text/utf8.h"

using namespace rmt;

namespace {

// Every entry of a zip archive, read whole with minizip (independent of our reader).
std::vector<std::pair<std::string, std::string>> zip_entries(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> out;
  unzFile zip = unzOpen64(path.c_str());
  REQUIRE(zip != nullptr);
  for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
    char name[512];
    unz_file_info64 info{};
    unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0);
    REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
    std::string bytes(static_cast<std::size_t>(info.uncompressed_size), '\0');
    if (!bytes.empty()) REQUIRE(unzReadCurrentFile(zip, bytes.data(), static_cast<unsigned>(bytes.size())) == static_cast<int>(bytes.size()));
    unzCloseCurrentFile(zip);
    out.emplace_back(name, std::move(bytes));
  }
  unzClose(zip);
  return out;
}

bool well_formed_xml(const std::string& bytes) {
  XML_Parser parser = XML_ParserCreate(nullptr);
  const bool ok = XML_Parse(parser, bytes.data(), static_cast<int>(bytes.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

}  // namespace

TEST_CASE("sheet names are made valid and distinct, ignoring case in any alphabet") {
  using book::valid_sheet_name;
  CHECK(valid_sheet_name("Отчёт", {}) == "Отчёт");
  CHECK(valid_sheet_name("a/b:c[d]*?\\e", {}) == "a_b_c_d____e");
  CHECK(valid_sheet_name("'quoted'", {}) == "quoted");
  CHECK(valid_sheet_name("''", {}) == "Sheet");
  CHECK(valid_sheet_name("History", {}) == "History (2)");
  CHECK(valid_sheet_name("FINDINGS", {"Findings"}) == "FINDINGS (2)");
  CHECK(valid_sheet_name("ЗАМЕЧАНИЯ", {"Замечания"}) == "ЗАМЕЧАНИЯ (2)");
  CHECK(valid_sheet_name("x\xEF\xBF\xBEy\x01", {}) == "xy");
  const std::string long_name(40, 'z');
  CHECK(text::count_chars(valid_sheet_name(long_name, {})) <= 31);
  const std::string cyrillic = "Отчёт о реализации дорожной карты наставничества";
  const std::string first = valid_sheet_name(cyrillic, {});
  CHECK(text::count_chars(first) <= 31);
  const std::string second = valid_sheet_name(cyrillic, {first});
  CHECK(second != first);
  CHECK(text::count_chars(second) <= 31);
  CHECK(second.ends_with(" (2)"));
}

TEST_CASE("a workbook with hostile sheet names and text opens: every part well-formed XML") {
  Scratch scratch;
  const std::string path = scratch.path("hostile.xlsx");
  {
    book::Workbook wb(path, false);
    REQUIRE(wb.ok());
    const book::Format plain = wb.format({});
    for (const char* name : {"'Отчёт'", "Findings", "FINDINGS", "History", "a/b", "x\xEF\xBF\xBF"}) {
      book::Sheet& sheet = wb.add_sheet(name);
      sheet.text(0, 0, "noncharacters \xEF\xBF\xBE\xEF\xBF\xBF and controls \x01\x02 and \xFF", plain);
      sheet.comment(0, 0, "why \xEF\xBF\xBE", "author \x01");
    }
    book::Properties properties;
    properties.title = "title \xEF\xBF\xBF";
    wb.set_properties(properties);
    CHECK(wb.close().empty());
  }
  // Every XML part of the package is well-formed UTF-8 without a forbidden character.
  const auto parts = zip_entries(path);
  CHECK(parts.size() > 6);
  for (const auto& entry : parts) {  // not a structured binding: clang 14 cannot capture one (CAPTURE)
    const std::string& part = entry.first;
    const std::string& bytes = entry.second;
    CAPTURE(part);
    if (part.ends_with(".xml") || part.ends_with(".rels") || part.ends_with(".vml")) CHECK(well_formed_xml(bytes));
    CHECK_FALSE(text::first_invalid_utf8(bytes));
    CHECK(bytes.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(bytes.find("\xEF\xBF\xBF") == std::string::npos);
    CHECK(bytes.find('\x01') == std::string::npos);
  }
}

TEST_CASE("a text longer than the tallest row is kept whole, with the mark where the visible part ends") {
  Scratch scratch;
  const std::string path = scratch.path("long.xlsx");
  std::string comment;
  for (int i = 0; i < 400; ++i) comment += "наставник" + std::to_string(i) + " ";
  comment.pop_back();
  const std::string short_text = "короткий текст";
  {
    book::Workbook wb(path, false);
    REQUIRE(wb.ok());
    wb.set_overflow_mark(book::kOverflowMark.ru);
    const book::Format wrapped = wb.format({.wrap = true});
    book::Sheet& sheet = wb.add_sheet("Данные");
    sheet.set_widths({50});
    sheet.text(0, 0, comment, wrapped);
    sheet.text(1, 0, short_text, wrapped);
    CHECK(wb.close().empty());
  }
  std::string strings;
  for (const auto& entry : zip_entries(path))
    if (entry.first == "xl/sharedStrings.xml") strings = entry.second;
  REQUIRE_FALSE(strings.empty());
  const auto mark_at = strings.find(book::kOverflowMark.ru);
  REQUIRE(mark_at != std::string::npos);
  CHECK(strings.find(book::kOverflowMark.ru, mark_at + 1) == std::string::npos);  // the short text has none
  // Every word is there, in order: before the mark the first words, after it the rest.
  std::size_t at = 0;
  for (int i = 0; i < 400; ++i) {
    const auto found = strings.find("наставник" + std::to_string(i), at);
    CAPTURE(i);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  // The visible part (before the mark) wraps within the row's 27 lines, the mark included.
  const auto start = strings.find("наставник0 ");
  const std::string visible = strings.substr(start, mark_at - start);
  CHECK(book::wrapped_lines(visible + book::kOverflowMark.ru, 50, {}) <= 27);
  CHECK(book::wrapped_lines(visible, 50, {}) >= 20);  // the mark is near the end, not at the top
}
