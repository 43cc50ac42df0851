// Case folding for matching words that people type: header names, status
// words, month names. Folds ASCII and Russian letters to lower case and "ё" to
// "е" (Russian writers use them interchangeably). Other bytes pass unchanged,
// so the result is UTF-8 whenever the input is.
#pragma once

#include <string>
#include <string_view>

namespace rmt::text {

std::string fold_case(std::string_view utf8);

/// Appends the folded text to `out` (no allocation when `out` has capacity).
void fold_case_into(std::string_view utf8, std::string& out);

/// Trims ASCII white space and non-breaking spaces (U+00A0) at both ends.
std::string_view trim(std::string_view text);

}  // namespace rmt::text
