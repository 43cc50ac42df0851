#include <doctest/doctest.h>

#include <string>

#include "book/text_fit.h"

using namespace rmt::book;

TEST_CASE("widths are Carlito's (Calibri's): ten digits of 11 points are 55.75 points") {
  CHECK(text_width("0123456789", {}) == doctest::Approx(55.75).epsilon(0.001));
  CHECK(text_width("", {}) == 0);
  // Bold is wider; a larger size scales; the widest line of several counts.
  CHECK(text_width("не выполнено", {11, true}) > text_width("не выполнено", {}));
  CHECK(text_width("Итого", {22, false}) == doctest::Approx(2 * text_width("Итого", {})));
  CHECK(text_width("ab\nabcdef", {}) == doctest::Approx(text_width("abcdef", {})));
  // A character outside the table takes a whole em: never less room than it needs.
  CHECK(text_width("中", {}) == doctest::Approx(11.0));
}

TEST_CASE("a column fitted to a text holds it on one line, and one a little narrower does not") {
  for (const char* label : {"выполнено", "не выполнено", "файл не прочитан", "Организаций", "(район не указан)"}) {
    const double width = column_width_for(label, {});
    CHECK(wrapped_lines(label, width, {}) == 1);
    CHECK(wrapped_lines(label, width - 1.5, {}) == 2);
  }
}

TEST_CASE("wrapped lines: words move to the next line whole, a hyphen may end a line, a long word is cut") {
  CHECK(wrapped_lines("", 10, {}) == 1);
  CHECK(wrapped_lines("один\nдва\n\nтри", 50, {}) == 4);  // line breaks are lines, an empty one too
  const char* title = "Разработка и утверждение системы мотивации наставников в соответствии с механизмами";
  CHECK(wrapped_lines(title, 200, {}) == 1);
  const int at_50 = wrapped_lines(title, 50, {}), at_30 = wrapped_lines(title, 30, {}), at_15 = wrapped_lines(title, 15, {});
  CHECK(at_50 == 2);
  CHECK(at_30 == 4);  // greedy: «Разработка и утверждение» / «системы мотивации» / «наставников в соответствии с» / «механизмами»
  CHECK(at_15 > at_30);
  // A hyphen ends a line like a space: each half on a line of its own, neither cut.
  const double hyphen = column_width_for("наставников", {}) + 0.5;
  CHECK(wrapped_lines("педагогов-наставников", hyphen, {}) == 2);
  CHECK(wrapped_lines("педагогов наставников", hyphen, {}) == 2);
  // A word wider than its cell is cut where it reaches the edge: about as many lines as widths.
  const std::string word(60, 'W');
  const double one_third = column_width_for(std::string(20, 'W'), {});
  CHECK(wrapped_lines(word, one_third, {}) == 3);
  // No-break spaces join words.
  CHECK(wrapped_lines("№\u00a0123\u00a0456", column_width_for("№ 123", {}), {}) == 2);
}

TEST_CASE("a link is counted as if broken after its slashes and as if not, the larger kept") {
  // LibreOffice put this link on a line of its own and cut it before "7": three lines, not two.
  CHECK(wrapped_lines("Сертификаты участников, 139 шт.; https://sch60.edu.example.ru/nastavnichestvo/57", 40.71, {}) == 3);
}

TEST_CASE("row heights: 15 points a line of 11-point text, up to Excel's 409") {
  CHECK(row_height(1, {}) == 15);
  CHECK(row_height(0, {}) == 15);
  CHECK(row_height(3, {}) == 45);
  CHECK(row_height(100, {}) == 409);
  CHECK(single_line_height({14, true}) == doctest::Approx(19.0));
}

TEST_CASE("the longest start of a text within so many lines ends at a word") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "слово" + std::to_string(i) + " ";
  const double width = 30;
  CHECK(max_visible_lines({}) == 27);  // 409 / 15
  for (const int lines : {1, 5, 25}) {
    CAPTURE(lines);
    const std::size_t cut = prefix_within_lines(text, width, {}, lines);
    REQUIRE(cut > 0);
    CHECK(text[cut] == ' ');
    CHECK(wrapped_lines(text.substr(0, cut), width, {}) <= lines);
    // One word more does not fit.
    const std::size_t next = text.find(' ', cut + 1);
    CHECK(wrapped_lines(text.substr(0, next), width, {}) > lines);
  }
  CHECK(prefix_within_lines(std::string(500, 'x'), 10, {}, 3) == 0);  // no space to cut at
}
