#include "io/inputs.h"

#include <algorithm>
#include <filesystem>

#include "text/case_fold.h"

namespace rmt::io {

std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument == "-" || !fs::is_directory(argument, error)) {
      files.push_back(argument);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(argument, fs::directory_options::skip_permission_denied, error), end;
    for (; !error && it != end; it.increment(error)) {
      std::error_code type_error;
      if (!it->is_regular_file(type_error)) continue;
      // Excel keeps a lock file "~$name.xlsx" beside a workbook while it is open.
      if (it->path().filename().string().starts_with("~$")) continue;
      const std::string extension = text::fold_case(it->path().extension().string());
      if (extension == ".csv" || extension == ".xlsx") found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace rmt::io
