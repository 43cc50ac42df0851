// Russian words as Latin identifiers («ЦРО» → "tsro», «Лещенко» → "leshchenko"),
// for ids a person reads and types: parties, roadmaps.
#pragma once

#include <string>
#include <string_view>

namespace rmt::text {

/// Lower-case Latin letters, digits and '-' only: Russian letters by the
/// passport rules (ж zh, х kh, ц ts, щ shch, ы y, ъ/ь dropped), other
/// characters as one '-' between words; at most `max_chars` characters, cut at
/// a word's end where possible.
std::string transliterate_id(std::string_view utf8, std::size_t max_chars = 32);

}  // namespace rmt::text
