#include "text/utf8.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace rmt::text {

namespace {

constexpr std::uint64_t kHigh = 0x8080808080808080ull;

// Checks whole 8-byte words of text made of ASCII and two-byte sequences
// (all of Russian text), eight bytes per step with no branch per byte:
// a word passes when its continuation bytes (10xxxxxx) sit exactly after
// lead bytes (110xxxxx, not C0/C1). Stops at the first word that holds
// anything else, or breaks the rule; returns where checking must go on
// byte by byte (always at the start of a sequence).
std::size_t skip_two_byte_text(const unsigned char* s, std::size_t i, std::size_t n) {
  if constexpr (std::endian::native != std::endian::little) return i;
  bool lead_before = false;  // the byte before the word is a lead byte
  while (i + 8 <= n) {
    std::uint64_t w;
    std::memcpy(&w, s + i, 8);
    if (!(w & kHigh) && !lead_before) {
      i += 8;
      continue;
    }
    const std::uint64_t bit6 = (w << 1) & kHigh, bit5 = (w << 2) & kHigh;
    const std::uint64_t c0c1 = (w & 0xFEFEFEFEFEFEFEFEull) ^ 0xC0C0C0C0C0C0C0C0ull;
    const bool has_c0c1 = ((c0c1 - 0x0101010101010101ull) & ~c0c1 & kHigh) != 0;
    if ((w & bit6 & bit5) || has_c0c1) break;  // three- and four-byte sequences, invalid leads
    const std::uint64_t lead = w & bit6 & ~bit5, continuation = w & ~bit6 & kHigh;
    if (continuation != ((lead << 8) | (lead_before ? 0x80u : 0u))) break;
    lead_before = (lead >> 56) != 0;
    i += 8;
  }
  return lead_before ? i - 1 : i;
}

}  // namespace

std::optional<std::size_t> first_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    i = skip_two_byte_text(s, i, n);
    // Byte by byte through what the word step could not take, for a while.
    for (const std::size_t stop = std::min(n, i + 16); i < stop;) {
      const unsigned char c = s[i];
      if (c < 0x80) {
        ++i;
        continue;
      }
      std::size_t length = 0;
      unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;   // no overlongs
        if (c == 0xED) high = 0x9F;  // no surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;  // nothing past U+10FFFF
      } else {
        return i;
      }
      if (i + length > n) return i;
      if (s[i + 1] < low || s[i + 1] > high) return i;
      for (std::size_t k = 2; k < length; ++k)
        if ((s[i + k] & 0xC0) != 0x80) return i;
      i += length;
    }
  }
  return std::nullopt;
}

LineColumn line_column_at(std::string_view text, std::size_t offset) {
  LineColumn where;
  if (offset > text.size()) offset = text.size();
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::size_t count_chars(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  if (count_chars(text) <= max_chars) return std::string(text);
  std::size_t chars = 0, i = 0;
  for (; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars > max_chars - 1) break;
  return std::string(text.substr(0, i)) + "…";
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || pos + length > text.size() || first_invalid_utf8(text.substr(pos, length))) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += length;
  return cp;
}

std::string valid_utf8(std::string_view bytes) {
  if (!first_invalid_utf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 8);
  std::size_t pos = 0;
  while (pos < bytes.size()) append_utf8(out, next_code_point(bytes, pos));
  return out;
}

bool is_xml_char(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;  // U+FFFE, U+FFFF and their kin in every plane
  return c <= 0x10FFFF;
}

bool needs_xml_cleaning(std::string_view text) {
  // Printable ASCII and two-byte letters (Cyrillic) pass byte by byte; a
  // control, or a lead byte of the ranges that hold noncharacters (EF: U+F000
  // up, F0 and beyond: other planes), sends the text to the careful path.
  bool high = false;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return true;
    if (b == 0xEF || b >= 0xF0) return true;
    high = high || b >= 0x80;
  }
  return high && first_invalid_utf8(text).has_value();
}

std::string xml_safe(std::string_view text) {
  if (!needs_xml_cleaning(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    if (!is_xml_char(c)) continue;
    if (c == 0xFFFD && pos - start != 3)
      append_utf8(out, c);  // an ill-formed byte
    else
      out.append(text.substr(start, pos - start));
  }
  return out;
}

}  // namespace rmt::text
