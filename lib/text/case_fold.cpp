#include "text/case_fold.h"

namespace rmt::text {

void fold_case_into(std::string_view utf8, std::string& out) {
  out.reserve(out.size() + utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c + ('a' - 'A')));
      continue;
    }
    if ((c == 0xD0 || c == 0xD1) && i + 1 < utf8.size()) {
      const auto d = static_cast<unsigned char>(utf8[i + 1]);
      // U+0410..U+041F (А..П) -> U+0430..U+043F, U+0420..U+042F (Р..Я) -> U+0440..U+044F
      if (c == 0xD0 && d >= 0x90 && d <= 0x9F) {
        out.push_back(static_cast<char>(0xD0));
        out.push_back(static_cast<char>(d + 0x20));
      } else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) {
        out.push_back(static_cast<char>(0xD1));
        out.push_back(static_cast<char>(d - 0x20));
      } else if ((c == 0xD0 && d == 0x81) || (c == 0xD1 && d == 0x91)) {  // Ё, ё -> е
        out.push_back(static_cast<char>(0xD0));
        out.push_back(static_cast<char>(0xB5));
      } else {
        out.push_back(static_cast<char>(c));
        out.push_back(static_cast<char>(d));
      }
      ++i;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  fold_case_into(utf8, out);
  return out;
}

std::string_view trim(std::string_view text) {
  auto is_space_at_front = [&](std::size_t& width) {
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text.front());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return width = 1, true;
    if (text.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(text[1]) == 0xA0) return width = 2, true;
    return false;
  };
  auto is_space_at_back = [&](std::size_t& width) {
    if (text.empty()) return false;
    const auto c = static_cast<unsigned char>(text.back());
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') return width = 1, true;
    if (text.size() >= 2 && c == 0xA0 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2)
      return width = 2, true;
    return false;
  };
  std::size_t width = 0;
  while (is_space_at_front(width)) text.remove_prefix(width);
  while (is_space_at_back(width)) text.remove_suffix(width);
  return text;
}

}  // namespace rmt::text
