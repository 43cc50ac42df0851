// Languages of user-facing text, and a pair of texts in both.
//
// Every message, label and hint the toolkit shows exists in Russian (the
// default, for analysts and schools) and English. Text is produced in both at
// once by the message catalogue, so a diagnostic can be rendered in whatever
// language the run asks for without re-running the check that found it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace rmt::vocab {

enum class Lang { ru, en };

/// Parses "ru" or "en"; nullopt otherwise.
inline std::optional<Lang> parse_lang(std::string_view text) {
  if (text == "ru") return Lang::ru;
  if (text == "en") return Lang::en;
  return std::nullopt;
}

/// The same text in Russian and English.
struct Localized {
  std::string ru;
  std::string en;

  const std::string& in(Lang lang) const { return lang == Lang::ru ? ru : en; }
  bool empty() const { return ru.empty() && en.empty(); }
};

/// Picks one of two literals; for short labels that need no formatting.
constexpr std::string_view tr(Lang lang, std::string_view ru, std::string_view en) {
  return lang == Lang::ru ? ru : en;
}

/// The Russian plural form for a count: ru_plural(1, "ошибка", "ошибки",
/// "ошибок") == "ошибка"; 3 -> "ошибки"; 5, 11, 12 -> "ошибок".
constexpr std::string_view ru_plural(std::size_t n, std::string_view one, std::string_view few,
                                     std::string_view many) {
  const std::size_t tens = n % 100, units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units == 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

}  // namespace rmt::vocab
