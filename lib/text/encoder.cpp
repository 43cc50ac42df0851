#include "text/encoder.h"

#include <algorithm>
#include <utility>

#include "text/utf8.h"
#include "text/windows1251.h"

namespace rmt::text {
namespace {

// (code point, byte) pairs of the upper half, sorted by code point.
struct ReverseTable {
  std::array<std::pair<char32_t, unsigned char>, 128> entries{};
  constexpr ReverseTable() {
    for (std::size_t i = 0; i < 128; ++i) entries[i] = {kWindows1251[i], static_cast<unsigned char>(0x80 + i)};
    std::sort(entries.begin(), entries.end());
  }
};
constexpr ReverseTable kReverse;

}  // namespace

std::size_t encode_windows1251(std::string_view text, std::string& out) {
  std::size_t missing = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    const char32_t cp = next_code_point(text, pos);
    const auto found = std::lower_bound(kReverse.entries.begin(), kReverse.entries.end(), std::pair<char32_t, unsigned char>{cp, 0});
    if (cp != 0xFFFD && found != kReverse.entries.end() && found->first == cp) {
      out.push_back(static_cast<char>(found->second));
    } else {
      out.push_back('?');
      ++missing;
    }
  }
  return missing;
}

}  // namespace rmt::text
