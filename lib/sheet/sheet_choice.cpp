#include "sheet/sheet_choice.h"

#include <algorithm>

#include "csv/table.h"
#include "text/case_fold.h"

namespace rmt::sheet {

std::size_t choose_sheet(std::span<const std::string> names, std::span<const std::string_view> preferred,
                         const csv::HeaderProbe& has_header, const std::function<bool(std::size_t)>& open,
                         const std::function<bool(csv::Record&)>& next) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string name = text::fold_case(text::trim(names[i]));
    if (std::any_of(preferred.begin(), preferred.end(),
                    [&](std::string_view wanted) { return text::fold_case(wanted) == name; }))
      return i;
  }
  if (!has_header || names.size() < 2) return 0;
  csv::Record record;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!open(i)) continue;
    for (std::size_t read = 0; read < csv::Table::kHeaderSearchRecords && next(record); ++read)
      if (has_header(record)) return i;
  }
  return 0;
}

}  // namespace rmt::sheet
