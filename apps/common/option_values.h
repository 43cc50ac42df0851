// The values an option accepts, in one place: CLI11 checks them
// (CLI::IsMember), and the bash completion offers them (manual.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rmt::cli {

struct OptionValues {
  std::string_view option;  ///< the long name: "--lang"
  std::vector<std::string> values;
};

inline const std::vector<OptionValues>& option_values() {
  static const std::vector<OptionValues> table = {
      {"--lang", {"ru", "en"}},
      {"--format", {"text", "json"}},
      {"--encoding", {"auto", "utf-8", "utf8", "windows-1251", "cp1251"}},
      {"--delimiter", {"auto", ",", ";", "tab"}},
      {"--on-conflict", {"error", "last"}},
  };
  return table;
}

/// The values of `option` ("--lang"); empty for an option that takes any.
inline const std::vector<std::string>& values_of(std::string_view option) {
  static const std::vector<std::string> none;
  for (const auto& entry : option_values())
    if (entry.option == option) return entry.values;
  return none;
}

}  // namespace rmt::cli
