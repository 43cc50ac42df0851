// An order as the importer sees it (SPEC.md §13): the lines printed above its
// tables (heading, preamble, «Приложение к приказу … от … №»), and its tables
// as grids of cells, whatever format they came in.
//
// Readers (docx_order.h, html_order.h, text_order.h) resolve merged cells
// into the grid: a cell spanning columns leaves `covered` cells after it, a
// cell merged down repeats its text in the rows below with `from_above` set.
// So every row of a table has one cell per grid column, and the draft
// (draft.h) never needs to know where a table came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rmt::order {

struct Cell {
  /// The cell's paragraphs (Word's w:p, HTML's <p>/<li>/<br>), trimmed, with
  /// runs of white space made one space; empty paragraphs dropped.
  std::vector<std::string> lines;
  bool bold = false;        ///< all of its text is bold (a section row)
  bool covered = false;     ///< covered by a cell to its left that spans columns
  bool from_above = false;  ///< the continuation of a cell merged down

  bool empty() const { return lines.empty(); }
  /// The paragraphs joined by one space.
  std::string text() const;
};

struct Row {
  std::vector<Cell> cells;
  /// Where the row is: the line of a text or HTML file, the row's number
  /// within its table for Word.
  std::uint32_t line = 0;
};

struct Table {
  std::vector<Row> rows;
  std::uint32_t number = 0;  ///< 1-based, in the order of the document
  /// How many of the document's lines come before the table: its heading
  /// (title, «Приложение к приказу … от … №») is among them.
  std::size_t lines_before = 0;
};

struct OrderDocument {
  /// Text outside tables before the roadmap table, one entry per paragraph or
  /// printed line, trimmed, markup removed; blank lines kept as "" so that
  /// blocks can be told apart.
  std::vector<std::string> lines;
  std::vector<Table> tables;
  /// True when positions are rows of Word tables rather than lines of a file.
  bool rows_are_table_rows = false;
};

/// Limits that keep a hostile file from exhausting the machine. Real orders
/// have a few hundred rows; these are far above that.
struct OrderLimits {
  std::uint64_t max_bytes = 64ull << 20;  ///< a text or HTML file; a .docx's word/document.xml inflated
  std::size_t max_rows = 100'000;         ///< rows of all tables together
  std::size_t max_columns = 64;           ///< grid columns of one table
  std::size_t max_depth = 16;             ///< tables nested in tables
};

}  // namespace rmt::order
