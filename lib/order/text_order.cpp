#include "order/text_order.h"

#include <fmt/format.h>

#include "order/html_order.h"
#include "order/table_grid.h"
#include "text/decoder.h"

namespace rmt::order {

bool read_text_order(std::string_view bytes, OrderDocument& out, vocab::Localized& error, const OrderLimits& limits) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  text::Encoding encoding = text::Encoding::utf8;
  if (bytes.starts_with("\xFF\xFE")) encoding = text::Encoding::utf16le, bytes.remove_prefix(2);
  else if (bytes.starts_with("\xFE\xFF")) encoding = text::Encoding::utf16be, bytes.remove_prefix(2);
  else encoding = text::guess_encoding(bytes);
  std::string decoded;
  text::Decoder decoder(encoding);
  decoder.decode(bytes, decoded);
  decoder.finish(decoded);

  GridBuilder grid(limits.max_columns);
  bool table_started = false;
  std::uint32_t line_number = 0;
  std::size_t rows = 0;
  std::string_view rest = decoded;
  while (!rest.empty()) {
    const auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    ++line_number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find('\t') == std::string_view::npos) {
      if (!table_started) out.lines.push_back(plain_line(line));
      continue;
    }
    table_started = true;
    if (++rows > limits.max_rows) {
      error = {fmt::format("в таблице больше {} строк", limits.max_rows),
               fmt::format("the table has more than {} rows", limits.max_rows)};
      return false;
    }
    grid.start_row(line_number);
    std::size_t start = 0;
    while (true) {
      const auto tab = line.find('\t', start);
      grid.add_cell(inline_markup_cell(line.substr(start, tab == std::string_view::npos ? tab : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    grid.end_row();
  }
  if (table_started) {
    out.tables.push_back(grid.finish(1));
    out.tables.back().lines_before = out.lines.size();
  }
  return true;
}

}  // namespace rmt::order
