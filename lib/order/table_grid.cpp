#include "order/table_grid.h"

#include <algorithm>

namespace rmt::order {

std::string Cell::text() const {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += ' ';
    out += line;
  }
  return out;
}

std::string collapse_space(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    std::size_t width = 1;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      is_space = true;  // U+00A0
      width = 2;
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0xAF ||
                (static_cast<unsigned char>(text[i + 2]) >= 0x80 && static_cast<unsigned char>(text[i + 2]) <= 0x8B))) {
      is_space = true;  // U+2000..U+200B, U+202F
      width = 3;
    }
    if (is_space) {
      space = !out.empty();
      i += width - 1;
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;  // control characters are no text of an order
    if (space) out += ' ';
    space = false;
    out.append(text.substr(i, width));
  }
  return out;
}

void CellText::add(std::string_view chars, bool bold) {
  current += chars;
  if (chars.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    any_text = true;
    if (!bold) any_plain = true;
  }
}

void CellText::end_paragraph(bool keep_blank, bool list_item) {
  auto line = collapse_space(current);
  current.clear();
  if (list_item && !line.empty()) line = "- " + line;
  if (!line.empty() || keep_blank) lines.push_back(std::move(line));
}

Cell CellText::take_cell() {
  end_paragraph();
  Cell cell;
  cell.lines = std::move(lines);
  cell.bold = any_text && !any_plain;
  *this = CellText{};
  return cell;
}

std::vector<std::string> nested_table_lines(const Table& table) {
  std::vector<std::string> lines;
  for (const auto& row : table.rows) {
    std::string joined;
    for (const auto& cell : row.cells) {
      const auto text = cell.text();
      if (cell.covered || text.empty()) continue;
      if (!joined.empty()) joined += "; ";
      joined += text;
    }
    auto line = collapse_space(joined);
    if (!line.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

void GridBuilder::start_row(std::uint32_t line) {
  if (in_row_) end_row();
  row_ = Row{};
  row_.line = line;
  in_row_ = true;
  column_ = 0;
  place_pending();
}

void GridBuilder::place_pending() {
  // Columns still covered by a rowspan from above come first.
  while (column_ < pending_.size() && pending_[column_].rows_left > 0) {
    Cell copy = pending_[column_].cell;
    copy.from_above = true;
    --pending_[column_].rows_left;
    row_.cells.push_back(std::move(copy));
    ++column_;
  }
}

void GridBuilder::add_cell(Cell cell, std::size_t colspan, std::size_t rowspan, bool continues_above) {
  if (!in_row_) start_row(0);
  place_pending();
  if (column_ >= max_columns_) return;
  colspan = std::clamp<std::size_t>(colspan, 1, max_columns_ - column_);
  if (continues_above) {
    // Word's vMerge: the text is that of the cell above, in this column.
    cell = Cell{};
    if (!rows_.empty() && column_ < rows_.back().cells.size()) cell = rows_.back().cells[column_];
    cell.covered = false;
    cell.from_above = true;
  }
  if (rowspan > 1) {
    if (pending_.size() < column_ + colspan) pending_.resize(column_ + colspan);
    pending_[column_] = {cell, rowspan - 1};
    for (std::size_t k = 1; k < colspan; ++k) {
      Cell covered;
      covered.covered = true;
      pending_[column_ + k] = {covered, rowspan - 1};
    }
  }
  row_.cells.push_back(std::move(cell));
  ++column_;
  for (std::size_t k = 1; k < colspan; ++k) {
    Cell covered;
    covered.covered = true;
    row_.cells.push_back(std::move(covered));
    ++column_;
  }
  place_pending();
}

void GridBuilder::end_row() {
  if (!in_row_) return;
  // Rowspans to the right of the row's last cell still cover their columns.
  std::size_t last = column_;
  for (std::size_t k = column_; k < pending_.size(); ++k)
    if (pending_[k].rows_left > 0) last = k + 1;
  while (column_ < last) {
    if (pending_[column_].rows_left > 0) {
      place_pending();
    } else {
      row_.cells.emplace_back();
      ++column_;
    }
  }
  rows_.push_back(std::move(row_));
  row_ = Row{};
  in_row_ = false;
}

Table GridBuilder::finish(std::uint32_t number) {
  if (in_row_) end_row();
  std::size_t width = 0;
  for (const auto& row : rows_) width = std::max(width, row.cells.size());
  for (auto& row : rows_) row.cells.resize(width);
  Table table;
  table.rows = std::move(rows_);
  table.number = number;
  rows_.clear();
  pending_.clear();
  return table;
}

}  // namespace rmt::order
