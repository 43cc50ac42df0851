#include "feedback/place.h"

#include <fmt/format.h>

#include "text/cell_ref.h"

namespace rmt::feedback {

std::string file_name(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string describe_place(const diag::Diagnostic& d, std::optional<std::uint32_t> column, vocab::Lang lang) {
  const bool ru = lang == vocab::Lang::ru;
  std::string place = fmt::format(fmt::runtime(ru ? "Файл «{}»" : "File \"{}\""), file_name(d.pos.file));
  if (!d.pos.sheet.empty()) {
    place += fmt::format(fmt::runtime(ru ? ", лист «{}»" : ", sheet \"{}\""), d.pos.sheet);
    // pos.column is 1-based; `column` is 0-based.
    const std::optional<std::uint32_t> col = d.pos.column ? std::optional<std::uint32_t>(d.pos.column)
                                             : column     ? std::optional<std::uint32_t>(*column + 1)
                                                          : std::nullopt;
    if (d.pos.line && col) {
      place += fmt::format(fmt::runtime(ru ? ", ячейка {}" : ", cell {}"), text::cell_address(*col, d.pos.line));
      if (!d.column_header.empty()) place += fmt::format(fmt::runtime(ru ? " (столбец «{}»)" : " (column \"{}\")"), d.column_header);
      return place;
    }
  }
  if (d.pos.line) place += fmt::format(fmt::runtime(ru ? ", строка {}" : ", line {}"), d.pos.line);
  if (!d.column_header.empty()) place += fmt::format(fmt::runtime(ru ? ", столбец «{}»" : ", column \"{}\""), d.column_header);
  return place;
}

}  // namespace rmt::feedback
