// Test helper: UTF-8 to Windows-1251 for the characters fixtures use
// (ASCII, А..я, Ё, ё, №), so fixtures can be written readably in UTF-8.
#pragma once

#include <string>
#include <string_view>

inline std::string to_cp1251(std::string_view utf8) {
  std::string out;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (utf8.substr(i, 3) == "№") {
      out.push_back('\xB9');
      i += 2;
    } else {
      const auto d = static_cast<unsigned char>(utf8[++i]);
      const unsigned cp = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
      out.push_back(cp == 0x401 ? '\xA8' : cp == 0x451 ? '\xB8' : static_cast<char>(cp - 0x410 + 0xC0));
    }
  }
  return out;
}
