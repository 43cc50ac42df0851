// Latin and Cyrillic letters that look alike (А/A, В/B, Е/E, К/K, М/M, Н/H,
// О/O, Р/P, С/C, Т/T, Х/X, у/y and the lower-case а, е, о, р, с, х), as a
// code typed on the wrong keyboard layout has them (SPEC.md §5).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rmt::text {

/// `text` with every Cyrillic look-alike replaced by its Latin twin, so that
/// two spellings of one code compare equal.
std::string fold_lookalikes(std::string_view text);

/// Where `typed` differs from `canonical` by a look-alike letter: the typed
/// letter and the one meant, each once in order of appearance.
struct LookalikeLetter {
  std::string typed, meant;
  bool typed_is_latin = false;
};
std::vector<LookalikeLetter> lookalike_differences(std::string_view typed, std::string_view canonical);

}  // namespace rmt::text
