#include "sheet/merged_cells.h"

#include <algorithm>

#include "text/cell_ref.h"

namespace rmt::sheet {

std::optional<CellRange> parse_range(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const auto first = text::parse_cell_ref(text.substr(0, colon));
  const auto last = text::parse_cell_ref(text.substr(colon + 1));
  if (!first || !last || first->row == 0 || last->row == 0) return std::nullopt;
  CellRange range{std::min(first->row, last->row), std::min(first->column, last->column),
                  std::max(first->row, last->row), std::max(first->column, last->column)};
  return range;
}

void MergedCells::add(CellRange range) {
  if (range.first_row == range.last_row && range.first_column == range.last_column) return;
  const std::size_t index = ranges_.size();
  ranges_.push_back({range, {}});
  if (range.first_row <= row_) {
    if (range.last_row >= row_) active_.push_back(index);
    return;
  }
  pending_.push_back(index);
  sorted_ = false;
}

void MergedCells::start_row(std::uint32_t row) {
  row_ = row;
  std::erase_if(active_, [&](std::size_t i) { return ranges_[i].range.last_row < row; });
  if (!sorted_) {
    std::sort(pending_.begin(), pending_.end(), [&](std::size_t a, std::size_t b) {
      return ranges_[a].range.first_row > ranges_[b].range.first_row;
    });
    sorted_ = true;
  }
  while (!pending_.empty() && ranges_[pending_.back()].range.first_row <= row) {
    if (ranges_[pending_.back()].range.last_row >= row) active_.push_back(pending_.back());
    pending_.pop_back();
  }
}

const std::string* MergedCells::covering_value(std::uint32_t column) const {
  for (const std::size_t i : active_) {
    const CellRange& r = ranges_[i].range;
    if (column < r.first_column || column > r.last_column) continue;
    if (row_ == r.first_row && column == r.first_column) return nullptr;  // the anchor holds its own value
    return &ranges_[i].value;
  }
  return nullptr;
}

void MergedCells::anchor_value(std::uint32_t column, std::string_view value) {
  for (const std::size_t i : active_) {
    if (ranges_[i].range.first_row == row_ && ranges_[i].range.first_column == column) {
      ranges_[i].value.assign(value);
      return;
    }
  }
}

std::uint32_t MergedCells::last_covered_column() const {
  std::uint32_t last = 0;
  for (const std::size_t i : active_) last = std::max(last, ranges_[i].range.last_column);
  return last;
}

}  // namespace rmt::sheet
