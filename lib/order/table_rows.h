// The roadmap table's rows as sections and activities, before any judgement
// (draft.h makes the draft from them): which column is which, by header and
// synonym; section rows, activity rows, rows continued from above, steps
// numbered «1.1.1»; repeated header rows and the «1 2 3 4 5» row skipped.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "order/order_document.h"

namespace rmt::order {

/// Where the roadmap table keeps each field.
struct Columns {
  std::optional<std::size_t> number, title, indicator, result, deadline, responsible;
  std::vector<std::pair<std::size_t, int>> years;  // column, year
  std::size_t header_rows = 1;
};

/// A leading section or activity number as printed and as an id.
struct Numbered {
  std::string number;  // as printed: "1.", "II.", "1.1."
  std::string id;      // "1", "2", "1.1"
  std::size_t levels = 0;
  std::string rest;  // text after the number in the same cell
};

/// An activity row (with the rows that continue it), its cells' text as printed.
struct RawActivity {
  Numbered number;
  std::uint32_t line = 0;
  std::vector<std::string> title_lines;
  std::string indicator, result, deadline, responsible;
  std::vector<std::pair<int, std::string>> years;
  std::vector<std::string> sub_items;
};

struct RawSection {
  Numbered number;
  std::string title;
  std::vector<RawActivity> activities;
};

/// The columns, when row `row_index` of `table` is a header naming an activity
/// column and one other; a second header row of years is taken in.
std::optional<Columns> recognise_header(const Table& table, std::size_t row_index);

/// A leading number: «1.», «1.1», «1.1.», «II.», «Раздел 2.»; nullopt for none.
std::optional<Numbered> leading_number(std::string_view raw);

/// The rows below the header as sections of activities.
std::vector<RawSection> read_table_rows(const Table& table, const Columns& columns, std::size_t header_row);

}  // namespace rmt::order
