#include "sheet/workbook_file.h"

#include <cerrno>
#include <filesystem>
#include <fstream>

#include "diag/messages.h"

namespace rmt::sheet {

std::optional<diag::Diagnostic> workbook_file_problem(const std::string& path, const std::string& shown,
                                                      std::uint64_t max_file_bytes) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return diag::msg::unreadable_file({shown, 0, 0}, EISDIR);
  errno = 0;
  if (!std::ifstream(path, std::ios::binary)) return diag::msg::unreadable_file({shown, 0, 0}, errno ? errno : ENOENT);
  if (const auto size = std::filesystem::file_size(path, error); !error && size > max_file_bytes)
    return diag::msg::input_too_large({shown, 0, 0}, max_file_bytes);
  return std::nullopt;
}

}  // namespace rmt::sheet
