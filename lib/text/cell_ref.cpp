#include "text/cell_ref.h"

#include <fmt/format.h>

namespace rmt::text {

std::string column_letters(std::uint32_t column) {
  std::string letters;
  for (; column > 0; column = (column - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  return letters;
}

std::string cell_address(std::uint32_t column, std::uint32_t row) {
  return fmt::format("{}{}", column_letters(column), row);
}

std::optional<CellRef> parse_cell_ref(std::string_view text) {
  constexpr std::uint32_t kMaxRows = 1048576;
  CellRef ref;
  std::size_t i = 0;
  if (i < text.size() && text[i] == '$') ++i;
  const std::size_t letters_start = i;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    ref.column = ref.column * 26 + static_cast<std::uint32_t>(c - 'A' + 1);
    if (ref.column > kMaxColumns) return std::nullopt;
  }
  if (i == letters_start) return std::nullopt;
  if (i < text.size() && text[i] == '$') ++i;
  const std::size_t digits_start = i;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    ref.row = ref.row * 10 + static_cast<std::uint32_t>(c - '0');
    if (ref.row > kMaxRows) return std::nullopt;
  }
  if (i > digits_start && ref.row == 0) return std::nullopt;
  return ref;
}

}  // namespace rmt::text
