// Encoding UTF-8 text for files people open in old Excel: Windows-1251.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rmt::text {

/// Appends the Windows-1251 form of UTF-8 `text` to `out`. Characters the
/// code page lacks become '?'; returns how many did.
std::size_t encode_windows1251(std::string_view text, std::string& out);

}  // namespace rmt::text
