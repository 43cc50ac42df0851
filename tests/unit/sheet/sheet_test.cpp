// lib/sheet: what every workbook reader shares — merged ranges applied while
// rows stream past, and the choice of the report's sheet.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "sheet/merged_cells.h"
#include "sheet/sheet_choice.h"

using namespace rmt;

TEST_CASE("ranges parse in both spellings; a malformed one does not") {
  const auto range = sheet::parse_range("B3:D5");
  REQUIRE(range);
  CHECK(range->first_row == 3);
  CHECK(range->first_column == 2);
  CHECK(range->last_row == 5);
  CHECK(range->last_column == 4);
  const auto absolute = sheet::parse_range("$B$3:$D$5");
  REQUIRE(absolute);
  CHECK(absolute->last_column == 4);
  CHECK_FALSE(sheet::parse_range("B3"));
  CHECK_FALSE(sheet::parse_range("3B:D5"));
  CHECK_FALSE(sheet::parse_range(""));
}

TEST_CASE("a merged range gives its anchor's value to every cell it covers, row by row") {
  sheet::MergedCells merged;
  merged.add({2, 4, 4, 4});  // D2:D4, a status merged down three rows
  merged.add({3, 1, 3, 2});  // A3:B3, a code merged across
  merged.add({6, 1, 6, 1});  // a single cell: no range at all
  // Row 1: above every range.
  merged.start_row(1);
  CHECK(merged.covering_value(4) == nullptr);
  CHECK(merged.last_covered_column() == 0);
  // Row 2: D2 is the anchor; it covers nothing in its own row beyond itself.
  merged.start_row(2);
  CHECK(merged.covering_value(4) == nullptr);
  merged.anchor_value(4, "выполнено");
  // Row 3: D3 shows the anchor's value; A3 is an anchor, B3 is covered.
  merged.start_row(3);
  REQUIRE(merged.covering_value(4));
  CHECK(*merged.covering_value(4) == "выполнено");
  merged.anchor_value(1, "SCH-01");
  REQUIRE(merged.covering_value(2));
  CHECK(*merged.covering_value(2) == "SCH-01");
  CHECK(merged.last_covered_column() == 4);
  // Row 4 still in D's range; row 5 past every range.
  merged.start_row(4);
  REQUIRE(merged.covering_value(4));
  CHECK(*merged.covering_value(4) == "выполнено");
  CHECK(merged.covering_value(2) == nullptr);
  merged.start_row(5);
  CHECK(merged.covering_value(4) == nullptr);
  merged.start_row(6);
  CHECK(merged.covering_value(1) == nullptr);
}

TEST_CASE("ranges added out of order (an .ods announces each at its anchor) are applied all the same") {
  sheet::MergedCells merged;
  merged.add({5, 2, 6, 2});
  merged.add({2, 3, 3, 3});
  merged.start_row(2);
  merged.anchor_value(3, "x");
  merged.start_row(3);
  REQUIRE(merged.covering_value(3));
  CHECK(*merged.covering_value(3) == "x");
  merged.start_row(5);
  merged.anchor_value(2, "y");
  merged.start_row(6);
  REQUIRE(merged.covering_value(2));
  CHECK(*merged.covering_value(2) == "y");
}

namespace {

// Sheets as lists of rows of cells, for choose_sheet's callbacks.
struct Book {
  std::vector<std::vector<std::vector<std::string>>> sheets;
  std::size_t at = 0, row = 0;
  std::vector<std::size_t> opened;
  bool open(std::size_t sheet) {
    opened.push_back(sheet);
    at = sheet;
    row = 0;
    return true;
  }
  bool next(csv::Record& record) {
    if (row >= sheets[at].size()) return false;
    record.clear();
    for (const auto& cell : sheets[at][row]) {
      record.append(cell);
      record.end_field();
    }
    record.line = static_cast<std::uint32_t>(++row);
    return true;
  }
};

std::size_t choose(Book& book, const std::vector<std::string>& names, bool probe = true) {
  static const std::vector<std::string_view> preferred{"Отчёт", "Report"};
  const csv::HeaderProbe has_header = [](const csv::Record& r) { return r.size() > 0 && r.field(0) == "org_id"; };
  return sheet::choose_sheet(names, preferred, probe ? has_header : csv::HeaderProbe{},
                             [&](std::size_t i) { return book.open(i); }, [&](csv::Record& r) { return book.next(r); });
}

}  // namespace

TEST_CASE("the report's sheet: a preferred name in any case, else the first with a header, else the first") {
  Book book;
  book.sheets = {{{"Инструкция"}}, {{"org_id", "period"}}, {{"something"}}};
  CHECK(choose(book, {"Инструкция", "Лист2", "ОТЧЁТ"}) == 2);  // a preferred name wins, in any case
  CHECK(book.opened.empty());                                   // found by name: nothing read
  CHECK(choose(book, {"Инструкция", "Данные", "Прочее"}) == 1);  // the first whose first rows hold a header
  book.sheets = {{{"a"}}, {{"b"}}};
  CHECK(choose(book, {"Лист1", "Лист2"}) == 0);         // none has one: the first
  CHECK(choose(book, {"Лист1", "Лист2"}, false) == 0);  // no probe: the first, nothing read
}
