// Edit distance for "did you mean" suggestions on misspelt names.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace rmt::text {

/// Levenshtein distance between two byte strings (good enough for ASCII ids
/// and keys; Cyrillic letters count as two edits, which only makes
/// suggestions for Cyrillic stricter).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// edit_distance() when it is at most `limit`, else `limit + 1`: stops as
/// soon as the answer is known to exceed it, which makes checking one word
/// against tens of thousands of ids cheap.
std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit);

/// The candidate closest to `word`, if it is close enough to be a plausible
/// typo (at most a third of the word's length, and at least 1); else "".
std::string closest_match(std::string_view word, std::span<const std::string> candidates);
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace rmt::text
