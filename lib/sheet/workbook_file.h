// The checks every workbook reader makes before it opens a file: past the
// size limit, a directory, or not there / not readable. Each is the finding a
// person can act on; what is wrong inside the file is the reader's to say.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "diag/diagnostic.h"

namespace rmt::sheet {

std::optional<diag::Diagnostic> workbook_file_problem(const std::string& path, const std::string& shown,
                                                      std::uint64_t max_file_bytes);

}  // namespace rmt::sheet
