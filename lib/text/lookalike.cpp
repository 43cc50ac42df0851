#include "text/lookalike.h"

#include <algorithm>
#include <utility>

#include "text/utf8.h"

namespace rmt::text {
namespace {

// Cyrillic letter -> its Latin twin.
constexpr std::pair<char32_t, char32_t> kTwins[] = {
    {U'А', U'A'}, {U'В', U'B'}, {U'Е', U'E'}, {U'К', U'K'}, {U'М', U'M'}, {U'Н', U'H'}, {U'О', U'O'},
    {U'Р', U'P'}, {U'С', U'C'}, {U'Т', U'T'}, {U'Х', U'X'}, {U'у', U'y'}, {U'а', U'a'}, {U'е', U'e'},
    {U'о', U'o'}, {U'р', U'p'}, {U'с', U'c'}, {U'х', U'x'},
};

char32_t latin_twin(char32_t c) {
  for (const auto& [cyrillic, latin] : kTwins)
    if (c == cyrillic) return latin;
  return c;
}

}  // namespace

std::string fold_lookalikes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {  // ASCII: as it is
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    append_utf8(out, latin_twin(next_code_point(text, pos)));
  }
  return out;
}

std::vector<LookalikeLetter> lookalike_differences(std::string_view typed, std::string_view canonical) {
  std::vector<LookalikeLetter> letters;
  for (std::size_t i = 0, j = 0; i < typed.size() && j < canonical.size();) {
    const std::size_t i0 = i, j0 = j;
    const char32_t a = next_code_point(typed, i), b = next_code_point(canonical, j);
    if (a == b || latin_twin(a) != latin_twin(b)) continue;
    LookalikeLetter letter{std::string(typed.substr(i0, i - i0)), std::string(canonical.substr(j0, j - j0)), a < 0x80};
    if (std::none_of(letters.begin(), letters.end(),
                     [&](const LookalikeLetter& seen) { return seen.typed == letter.typed; }))
      letters.push_back(std::move(letter));
  }
  return letters;
}

}  // namespace rmt::text
