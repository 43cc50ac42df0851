// Writing CSV fields (RFC 4180): what merged output and templates share.
#pragma once

#include <string>
#include <string_view>

namespace rmt::csv {

/// Appends `field` to `out`, quoted when it holds the delimiter, a quote or a
/// line break (quotes doubled); otherwise as it is.
inline void append_field(std::string& out, std::string_view field, char delimiter) {
  // One look at each byte (find_first_of would search the set per byte).
  std::size_t i = 0;
  while (i < field.size() && field[i] != '"' && field[i] != '\n' && field[i] != '\r' && field[i] != delimiter) ++i;
  if (i == field.size()) {
    out.append(field);
    return;
  }
  out.push_back('"');
  std::size_t start = 0;
  for (std::size_t quote; (quote = field.find('"', start)) != std::string_view::npos; start = quote + 1) {
    out.append(field.substr(start, quote + 1 - start));
    out.push_back('"');
  }
  out.append(field.substr(start));
  out.push_back('"');
}

}  // namespace rmt::csv
