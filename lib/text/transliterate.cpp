#include "text/transliterate.h"

#include <array>

#include "text/utf8.h"

namespace rmt::text {
namespace {

// а..я (U+0430..U+044F) by the passport rules.
constexpr std::array<std::string_view, 32> kLetters = {
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};

}  // namespace

std::string transliterate_id(std::string_view utf8, std::size_t max_chars) {
  std::string out;
  bool dash = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t c = next_code_point(utf8, pos);
    if (c >= 0x0410 && c <= 0x042F) c += 0x20;  // А..Я → а..я
    if (c == 0x0401 || c == 0x0451) c = 0x0435;  // Ё, ё → е
    std::string_view latin;
    char ascii[2] = {0, 0};
    if (c >= 0x0430 && c <= 0x044F) {
      latin = kLetters[c - 0x0430];
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      ascii[0] = static_cast<char>(c);
      latin = std::string_view(ascii, 1);
    } else if (c >= 'A' && c <= 'Z') {
      ascii[0] = static_cast<char>(c - 'A' + 'a');
      latin = std::string_view(ascii, 1);
    } else {
      dash = !out.empty();
      continue;
    }
    if (latin.empty()) continue;
    if (dash) {
      if (out.size() + 1 + latin.size() > max_chars) break;
      out += '-';
      dash = false;
    }
    if (out.size() + latin.size() > max_chars) break;
    out += latin;
  }
  return out;
}

}  // namespace rmt::text
