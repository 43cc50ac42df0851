// Word-level helpers that the importer's phases share (order/table_rows.h,
// parties.h, heading.h, draft.h): folded comparisons and Cyrillic capitals.
#pragma once

#include <string>
#include <string_view>

#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::order {

inline std::string folded(std::string_view text) { return text::fold_case(text::trim(text)); }

inline bool has(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Appends `more` after one space (nothing when `more` is empty).
inline void append_text(std::string& to, std::string_view more) {
  if (more.empty()) return;
  if (!to.empty()) to += ' ';
  to += more;
}

/// An abbreviation such as «МБОУ», «ДО», «ОО»: capital letters (and spaces) only.
inline bool abbreviation_words(std::string_view text) {
  bool any = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::next_code_point(text, pos);
    if (c == ' ') continue;
    if (!((c >= 0x0410 && c <= 0x042F) || c == 0x0401 || (c >= 'A' && c <= 'Z'))) return false;
    any = true;
  }
  return any;
}

}  // namespace rmt::order
