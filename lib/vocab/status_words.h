// The one table of the words for what a school says about an activity
// (SPEC.md §5): the key merged output writes, the Russian word templates
// offer and readers see, the English word. The reader, the messages, the
// templates and every document take them from here.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace rmt::vocab {

struct StatusWord {
  std::string_view key, russian, english;
};

/// In the order of submission::Status: done, partial, not done, not applicable.
inline constexpr std::array<StatusWord, 4> kActivityStatusWords{{
    {"done", "выполнено", "done"},
    {"partial", "частично", "partial"},
    {"not-done", "не выполнено", "not done"},
    {"n/a", "не применимо", "n/a"},
}};

/// One field of every word, joined by «, »: «выполнено, частично, не
/// выполнено, не применимо» (russian), "done, partial, not-done, n/a" (key).
inline std::string activity_status_list(std::string_view StatusWord::*field) {
  std::string out;
  for (const auto& word : kActivityStatusWords) out += (out.empty() ? "" : ", ") + std::string(word.*field);
  return out;
}

}  // namespace rmt::vocab
