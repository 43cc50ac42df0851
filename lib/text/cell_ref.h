// Spreadsheet cell references: column letters and "D12"-style addresses.
// Plain text formatting and parsing, so that diagnostics (diag/) can name a
// cell without depending on any workbook reader.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rmt::text {

/// The widest sheet Excel allows (column XFD).
inline constexpr std::uint32_t kMaxColumns = 16384;

/// "A" for 1, "Z" for 26, "AA" for 27; "" for 0.
std::string column_letters(std::uint32_t column);

/// The address "D12" of column 4, row 12.
std::string cell_address(std::uint32_t column, std::uint32_t row);

struct CellRef {
  std::uint32_t column = 0;  ///< 1-based
  std::uint32_t row = 0;     ///< 1-based; 0 when the reference has no row part
};

/// Parses "D12" (or "D", "$D$12"); nullopt when malformed or beyond the
/// format's limits (column XFD, row 1,048,576).
std::optional<CellRef> parse_cell_ref(std::string_view text);

}  // namespace rmt::text
