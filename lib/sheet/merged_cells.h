// The merged cells of a worksheet, applied while its rows stream past.
//
// A spreadsheet keeps a merged range's value in its top-left (anchor) cell
// only; a person sees it in every cell of the range. Schools merge a status
// over three rows or an organization code down a column, so a reader gives
// the anchor's value to every cell the range covers (SPEC.md §5). Ranges are
// added first (an .xlsx lists them after its rows, so they are collected in a
// pass of their own; an .ods announces each at its anchor), then rows are
// visited in ascending order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rmt::sheet {

/// A rectangle of cells, 1-based and inclusive.
struct CellRange {
  std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
};

/// Parses "B3:D5" (also "$B$3:$D$5"); nullopt when malformed.
std::optional<CellRange> parse_range(std::string_view text);

class MergedCells {
 public:
  /// Adds a range (a single cell is ignored). Ranges starting above the
  /// current row are still applied to the rows that follow.
  void add(CellRange range);
  bool empty() const { return ranges_.empty(); }

  /// Moves to row `row`; rows must come in ascending order.
  void start_row(std::uint32_t row);
  /// The value that `column` of the current row shows because a range covers
  /// it (nullptr when none does, or when it is the range's own anchor).
  const std::string* covering_value(std::uint32_t column) const;
  /// Records what the anchor cell at `column` of the current row holds, if it is one.
  void anchor_value(std::uint32_t column, std::string_view value);
  /// The rightmost column a range covers in the current row (0 for none).
  std::uint32_t last_covered_column() const;

 private:
  struct Merged {
    CellRange range;
    std::string value;
  };
  std::vector<Merged> ranges_;           // in the order added
  std::vector<std::size_t> pending_;     // indices not yet reached, by first row, descending (next at the back)
  std::vector<std::size_t> active_;      // indices covering the current row
  std::uint32_t row_ = 0;
  bool sorted_ = true;
};

}  // namespace rmt::sheet
