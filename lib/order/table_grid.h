// Turns cells as a format lists them (with column and row spans) into the
// grid of order_document.h, one cell per column in every row.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "order/order_document.h"

namespace rmt::order {

/// `text` with runs of white space (and no-break spaces) made one space,
/// control characters dropped, trimmed.
std::string collapse_space(std::string_view text);

/// The text of one place (a cell, or the page outside tables) as a reader
/// streams it in: paragraphs, and whether all of it was bold.
struct CellText {
  std::vector<std::string> lines;
  std::string current;
  bool any_text = false, any_plain = false;

  void add(std::string_view chars, bool bold);
  /// Ends a paragraph: collapsed; `keep_blank` records an empty one as ""
  /// (blocks of the page), `list_item` marks it as a step («- …»).
  void end_paragraph(bool keep_blank = false, bool list_item = false);
  /// The cell of these paragraphs; the text starts afresh.
  Cell take_cell();
};

/// A table found inside a cell, as lines of that cell: a row's cells joined by «; ».
std::vector<std::string> nested_table_lines(const Table& table);

class GridBuilder {
 public:
  explicit GridBuilder(std::size_t max_columns) : max_columns_(max_columns) {}

  void start_row(std::uint32_t line);
  /// A cell spanning `colspan` columns. `rowspan` > 1: HTML's rowspan, the
  /// cell repeats below. `continues_above`: Word's vMerge continuation, the
  /// cell repeats the one above it.
  void add_cell(Cell cell, std::size_t colspan = 1, std::size_t rowspan = 1, bool continues_above = false);
  void end_row();

  /// The rows so far, with short rows padded to the widest one.
  Table finish(std::uint32_t number);
  std::size_t row_count() const { return rows_.size(); }

 private:
  struct Pending {  // an HTML rowspan still covering rows below
    Cell cell;
    std::size_t rows_left = 0;
  };
  void place_pending();

  std::size_t max_columns_;
  std::vector<Row> rows_;
  std::vector<Pending> pending_;  // by column
  Row row_;
  bool in_row_ = false;
  std::size_t column_ = 0;
};

}  // namespace rmt::order
