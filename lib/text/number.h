// Numbers as people type them in Russian spreadsheets and YAML.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rmt::text {

/// Parses a decimal number: optional sign, digits, and a decimal point or
/// comma ("12,5" == 12.5). Spaces (also non-breaking) used as thousands
/// separators are ignored ("1 200"). No exponents, no hex, no inf/nan.
std::optional<double> parse_decimal(std::string_view text);

/// The shortest text that parse_decimal reads back as exactly `value`, with a
/// point and never an exponent: 60, 12.5, 0.0000001.
std::string format_decimal(double value);

}  // namespace rmt::text
