#include "text/number.h"

#include <charconv>
#include <string>

#include "text/case_fold.h"

namespace rmt::text {

std::optional<double> parse_decimal(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 64) return std::nullopt;
  char buffer[65];
  std::size_t n = 0;
  bool seen_digit = false, seen_point = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      buffer[n++] = c;
      seen_digit = true;
    } else if ((c == '.' || c == ',') && !seen_point) {
      buffer[n++] = '.';
      seen_point = true;
    } else if ((c == '-' || c == '+') && i == 0) {
      buffer[n++] = c;
    } else if (c == ' ' && seen_digit && !seen_point) {
      continue;  // "1 200"
    } else if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xA0 && seen_digit && !seen_point) {
      ++i;  // "1 200" with a non-breaking space, as Excel writes it
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit || buffer[n - 1] == '.') return std::nullopt;
  const char* begin = buffer[0] == '+' ? buffer + 1 : buffer;
  double value = 0;
  const auto [end, error] = std::from_chars(begin, buffer + n, value);
  if (error != std::errc{} || end != buffer + n) return std::nullopt;
  return value;
}

std::string format_decimal(double value) {
  if (value == 0) return "0";  // also -0
  char buffer[400];  // the longest fixed form of a finite double fits
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return error == std::errc{} ? std::string(buffer, end) : std::string("0");
}

}  // namespace rmt::text
