// Writing CSV fields (RFC 4180): what merged output and templates share.
#pragma once

#include <string>
#include <string_view>

namespace rmt::csv {

/// Appends `field` to `out`, quoted when it holds the delimiter, a quote or a
/// line break (quotes doubled); otherwise as it is.
inline void append_field(std::string& out, std::string_view field, char delimiter) {
  if (field.find_first_of(std::string_view{"\"\r\n", 3}) == std::string_view::npos &&
      field.find(delimiter) == std::string_view::npos) {
    out.append(field);
    return;
  }
  out.push_back('"');
  for (const char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace rmt::csv
