// Which sheet of a workbook holds the report (SPEC.md §5), the same rule for
// every workbook reader: the first sheet named one of the preferred names
// (any case: «Отчёт», «ОТЧЕТ», «Report»), else the first whose first rows
// hold a header (a workbook may open with an instructions sheet), else the first.
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "csv/record_source.h"

namespace rmt::sheet {

/// `open(i)` positions the reader at sheet i's first row (false when it
/// cannot); `next` then reads its records. Both are used only when no sheet
/// has a preferred name, there is more than one sheet and `has_header` is given.
std::size_t choose_sheet(std::span<const std::string> names, std::span<const std::string_view> preferred,
                         const csv::HeaderProbe& has_header, const std::function<bool(std::size_t)>& open,
                         const std::function<bool(csv::Record&)>& next);

}  // namespace rmt::sheet
