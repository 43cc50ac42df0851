// Where a finding is, said for a school secretary rather than a programmer:
// «Файл «SCH-07.csv», строка 4, столбец «Статус»», or for a workbook
// «Файл «SCH-07.xlsx», лист «Отчёт», ячейка D4». The file is named by its
// own name, the one the school sent, without the analyst's folders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "diag/diagnostic.h"
#include "vocab/lang.h"

namespace rmt::feedback {

/// The place of `finding` in `lang`. `column` is the 0-based column the
/// finding's header stands in, when known (a workbook's cell is named by it).
std::string describe_place(const diag::Diagnostic& finding, std::optional<std::uint32_t> column, vocab::Lang lang);

/// The file's own name: the last part of `path`.
std::string file_name(const std::string& path);

}  // namespace rmt::feedback
