#include <doctest/doctest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "test_text.h"
#include "text/case_fold.h"
#include "text/decoder.h"
#include "text/edit_distance.h"
#include "text/lookalike.h"
#include "text/number.h"
#include "text/utf8.h"

using namespace rmt;

TEST_CASE("case folding lowers Russian and Latin letters and folds ё into е") {
  CHECK(text::fold_case("ВЫПОЛНЕНО") == "выполнено");
  CHECK(text::fold_case("Не Выполнено") == "не выполнено");
  CHECK(text::fold_case("ЁЛКА ёлка") == "елка елка");
  CHECK(text::fold_case("Код ОО, ABC-1") == "код оо, abc-1");
  CHECK(text::fold_case("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдежзийклмнопрстуфхцчшщъыьэюя");
  CHECK(text::fold_case("«№ п/п»") == "«№ п/п»");
}

TEST_CASE("trim removes spaces, tabs and non-breaking spaces at the ends only") {
  CHECK(text::trim("  a b\t") == "a b");
  CHECK(text::trim("\xC2\xA0" "60\xC2\xA0") == "60");
  CHECK(text::trim("   ").empty());
}

TEST_CASE("decimal numbers with a point or a comma") {
  CHECK(text::parse_decimal("60") == 60.0);
  CHECK(text::parse_decimal("12,5") == 12.5);
  CHECK(text::parse_decimal(" 12.5 ") == 12.5);
  CHECK(text::parse_decimal("-3") == -3.0);
  CHECK(text::parse_decimal("1 200") == 1200.0);
  CHECK(text::parse_decimal("1\xC2\xA0" "200,5") == 1200.5);
  for (const char* bad : {"", "1,2,3", "12.", ".", "abc", "1e5", "0x10", "inf", "nan", "5 %", "--1"}) {
    CAPTURE(bad);
    CHECK_FALSE(text::parse_decimal(bad));
  }
}

TEST_CASE("decimals are written with a point, no exponent, and read back exactly") {
  CHECK(text::format_decimal(60) == "60");
  CHECK(text::format_decimal(12.5) == "12.5");
  CHECK(text::format_decimal(-0.0) == "0");
  CHECK(text::format_decimal(0.1) == "0.1");
  CHECK(text::format_decimal(1e-7) == "0.0000001");
  CHECK(text::format_decimal(1e20) == "100000000000000000000");
  for (const double value : {0.1, 1.0 / 3, 1200.5, 123456789.125, 2.5e-9}) {
    CAPTURE(value);
    CHECK(text::parse_decimal(text::format_decimal(value)) == value);
  }
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
  CHECK_FALSE(text::first_invalid_utf8("Сентябрь 2026"));
  CHECK(text::first_invalid_utf8("ab\xC0\xAF") == 2u);         // overlong
  CHECK(text::first_invalid_utf8("\xED\xA0\x80") == 0u);       // surrogate
  CHECK(text::first_invalid_utf8("ok\xD0") == 2u);             // cut off
  CHECK(text::first_invalid_utf8("\xCF\xE5\xF0\xE8\xEE\xE4") == 0u);  // "Период" in Windows-1251
  CHECK_FALSE(text::first_invalid_utf8("\xF0\x9F\x98\x80"));   // emoji
  // Past the eight-byte ASCII steps and the two-byte Cyrillic step.
  CHECK(text::first_invalid_utf8("0123456789abcdef\xFF") == 16u);
  CHECK(text::first_invalid_utf8("01234567Ж\xD0") == 10u);
  CHECK(text::first_invalid_utf8("ЖЖЖЖ\xD1\x41") == 8u);  // a lead byte without its continuation
  CHECK_FALSE(text::first_invalid_utf8("Код ОО;Период;№ п/п;Статус, 2026-09-01 — «выполнено»"));
}

namespace {

// The definition, byte by byte, to hold the word-at-a-time checker to.
std::optional<std::size_t> reference_first_invalid(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  for (std::size_t i = 0; i < bytes.size();) {
    const unsigned char c = s[i];
    std::size_t length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (length == 0 || i + length > bytes.size()) return i;
    std::uint32_t cp = length == 1 ? c : c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    const std::uint32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[length] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += length;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("the fast UTF-8 check agrees with the definition on random text") {
  const std::vector<std::string> pieces{"a", " ", "12345678", "Ж", "щ", "Сентябрь", "—", "€", "😀", "\xC0\xAF",
                                        "\xC1", "\xF5", "\xFF", "\x80", "\xBF", "\xD0", "\xE0\x80\x80",
                                        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\xD1\x41"};
  std::uint64_t state = 7;
  for (int sample = 0; sample < 20000; ++sample) {
    std::string text;
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    const std::size_t length = (state >> 33) % 40;
    for (std::size_t i = 0; i < length; ++i) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      // Mostly well-formed pieces, so that errors land deep in long runs.
      const std::size_t roll = (state >> 33) % 100;
      text += pieces[roll < 90 ? roll % 7 : 7 + roll % (pieces.size() - 7)];
    }
    CAPTURE(text);
    CHECK(text::first_invalid_utf8(text) == reference_first_invalid(text));
  }
}

TEST_CASE("line and character column of a byte offset") {
  const std::string_view text = "а: 1\nбв: x";
  const auto where = text::line_column_at(text, text.find('x'));
  CHECK(where.line == 2);
  CHECK(where.column == 5);
}

TEST_CASE("closest match suggests plausible typos only") {
  const std::vector<std::string> keys{"deadline", "responsible", "indicator"};
  CHECK(text::closest_match("deadlin", keys) == "deadline");
  CHECK(text::closest_match("responsibel", keys) == "responsible");
  CHECK(text::closest_match("colour", keys).empty());
}

TEST_CASE("bounded edit distance gives up past its limit") {
  CHECK(text::edit_distance("SCH-0012", "SCH-00012") == 1);
  CHECK(text::edit_distance("kitten", "sitting") == 3);
  CHECK(text::bounded_edit_distance("kitten", "sitting", 3) == 3);
  CHECK(text::bounded_edit_distance("kitten", "sitting", 2) == 3);  // limit + 1
  CHECK(text::bounded_edit_distance("a", "abcdef", 2) == 3);        // the lengths alone exceed it
  CHECK(text::bounded_edit_distance("", "", 0) == 0);
  // Among many ids the first closest one wins, and an exact one at once.
  std::vector<std::string> ids;
  for (int i = 0; i < 5000; ++i) ids.push_back("SCH-" + std::to_string(10000 + i));
  CHECK(text::closest_match("SCH-1234", ids) == "SCH-10234");
  CHECK(text::closest_match("SCH-14999", ids) == "SCH-14999");
  CHECK(text::closest_match("DOU-77", ids).empty());
}

TEST_CASE("the encoding guess: Windows-1251, UTF-8, and UTF-8 with a line pasted from Windows-1251") {
  const std::string header = "Код ОО;Период;№ п/п;Статус;Комментарий\n";
  const std::string row = "SCH-01;2026;1.2;выполнено;текст\n";
  CHECK(text::guess_encoding(header + row) == text::Encoding::utf8);
  CHECK(text::guess_encoding(to_cp1251(header + row)) == text::Encoding::windows1251);
  // Mostly UTF-8: the damaged line is then reported, not the whole file misread.
  CHECK(text::guess_encoding(header + row + to_cp1251(row)) == text::Encoding::utf8);
  // Mostly Windows-1251 with a stray UTF-8 word: Windows-1251.
  CHECK(text::guess_encoding(to_cp1251(header + row + row) + "ок") == text::Encoding::windows1251);
}

TEST_CASE("look-alike Latin and Cyrillic letters fold together, and the differences are named") {
  CHECK(text::fold_lookalikes("SСН-06") == "SCH-06");  // Cyrillic С and Н
  CHECK(text::fold_lookalikes("ДОУ-01") == "ДOУ-01");  // О has a twin; Д and capital У do not
  CHECK(text::fold_lookalikes("ру") == "py");
  CHECK(text::fold_lookalikes("SCH-06") == "SCH-06");
  const auto letters = text::lookalike_differences("SСН-06", "SCH-06");
  REQUIRE(letters.size() == 2);
  CHECK(letters[0].typed == "С");
  CHECK(letters[0].meant == "C");
  CHECK_FALSE(letters[0].typed_is_latin);
  const auto latin = text::lookalike_differences("K-1", "К-1");
  REQUIRE(latin.size() == 1);
  CHECK(latin[0].typed_is_latin);
}

TEST_CASE("xml_safe keeps what XML 1.0 holds and drops the rest") {
  CHECK(text::xml_safe("Школа №1 «Берёзка» — 5 > 3") == "Школа №1 «Берёзка» — 5 > 3");
  CHECK(text::xml_safe("a\tb\nc\rd") == "a\tb\nc\rd");
  CHECK(text::xml_safe("a\x01\x07\x1b" "b") == "ab");
  CHECK(text::xml_safe("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");          // U+FFFE, U+FFFF
  CHECK(text::xml_safe("x\xEF\xB7\x90y") == "xy");                         // U+FDD0
  CHECK(text::xml_safe("x\xF0\x9F\xBF\xBEy") == "xy");                     // U+1FFFE
  CHECK(text::xml_safe("x\xF0\x9F\x98\x80y") == "x\xF0\x9F\x98\x80y");     // an emoji stays
  CHECK(text::xml_safe("x\xEF\xBF\xBDy") == "x\xEF\xBF\xBDy");             // U+FFFD stays
  CHECK(text::xml_safe("bad \xFF byte") == "bad \xEF\xBF\xBD byte");       // ill-formed: U+FFFD
  CHECK(text::xml_safe("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate's bytes
  CHECK_FALSE(text::is_xml_char(0xFFFE));
  CHECK_FALSE(text::is_xml_char(0x10FFFF));
  CHECK(text::is_xml_char(0x10FFFD));
}
