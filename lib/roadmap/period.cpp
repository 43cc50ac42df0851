#include "roadmap/period.h"

#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "text/case_fold.h"

namespace rmt::roadmap {

calendar::Date Period::first_day() const {
  switch (kind) {
    case PeriodKind::year: return {year, 1, 1};
    case PeriodKind::half: return {year, part == 1 ? 1 : 7, 1};
    case PeriodKind::quarter: return {year, (part - 1) * 3 + 1, 1};
    case PeriodKind::school_year: return {year, 9, 1};
  }
  return {year, 1, 1};
}

calendar::Date Period::last_day() const {
  switch (kind) {
    case PeriodKind::year: return {year, 12, 31};
    case PeriodKind::half: return calendar::end_of_month(year, part * 6);
    case PeriodKind::quarter: return calendar::end_of_month(year, part * 3);
    case PeriodKind::school_year: return {year + 1, 8, 31};
  }
  return {year, 12, 31};
}

namespace {

std::optional<int> number(std::string_view digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

std::optional<int> year_of(std::string_view digits) {
  if (digits.size() != 4) return std::nullopt;
  const auto year = number(digits);
  if (!year || *year < 1900 || *year > 2200) return std::nullopt;
  return year;
}

Period make(PeriodKind kind, int year, int part) {
  switch (kind) {
    case PeriodKind::year: return {fmt::format("{}", year), kind, year, 0};
    case PeriodKind::half: return {fmt::format("{}-H{}", year, part), kind, year, part};
    case PeriodKind::quarter: return {fmt::format("{}-Q{}", year, part), kind, year, part};
    case PeriodKind::school_year: return {fmt::format("{}/{}", year, year + 1), kind, year, 0};
  }
  return {};
}

// Splits folded text into words and numbers; anything else separates them,
// except that "/" and "-" between two numbers are kept (2023/24, 2023-2024).
std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto is_letter = [&](std::size_t at) {
    const auto c = static_cast<unsigned char>(s[at]);
    return (c >= 'a' && c <= 'z') || c >= 0x80;
  };
  while (i < s.size()) {
    std::size_t j = i;
    if (is_digit(s[i])) {
      while (j < s.size() && is_digit(s[j])) ++j;
    } else if (is_letter(i)) {
      while (j < s.size() && is_letter(j)) ++j;
    } else if ((s[i] == '/' || s[i] == '-') && !out.empty() && i + 1 < s.size() && is_digit(s[i + 1]) &&
               is_digit(s[i - 1])) {
      j = i + 1;
    } else {
      ++i;
      continue;
    }
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::optional<int> part_of(std::string_view word, int most) {
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv"};
  for (int i = 0; i < most; ++i)
    if (word == kRoman[i]) return i + 1;
  const auto n = number(word);
  if (n && *n >= 1 && *n <= most && word.size() == 1) return n;
  return std::nullopt;
}

bool is_filler(std::string_view word) {
  for (std::string_view filler : {"г", "гг", "год", "года", "году", "учебный", "учебного", "уч"})
    if (word == filler) return true;
  return false;
}

}  // namespace

std::optional<Period> parse_period(std::string_view text) {
  text = text::trim(text);
  if (text.size() == 4) {
    const auto year = year_of(text);
    return year ? std::optional<Period>(make(PeriodKind::year, *year, 0)) : std::nullopt;
  }
  if (text.size() == 7 && text[4] == '-') {
    const auto year = year_of(text.substr(0, 4));
    const char letter = text[5], digit = text[6];
    if (year && (letter == 'Q' || letter == 'q') && digit >= '1' && digit <= '4')
      return make(PeriodKind::quarter, *year, digit - '0');
    if (year && (letter == 'H' || letter == 'h') && digit >= '1' && digit <= '2')
      return make(PeriodKind::half, *year, digit - '0');
    return std::nullopt;
  }
  if (text.size() == 9 && text[4] == '/') {
    const auto first = year_of(text.substr(0, 4)), second = year_of(text.substr(5));
    if (first && second && *second == *first + 1) return make(PeriodKind::school_year, *first, 0);
  }
  return std::nullopt;
}

std::optional<Period> parse_period_text(std::string_view text) {
  if (auto canonical = parse_period(text)) return canonical;
  const std::string folded = text::fold_case(text::trim(text));
  const auto tokens = words(folded);
  std::vector<std::string_view> meaningful;
  bool school_words = false;
  for (const auto word : tokens) {
    if (word.starts_with("уч")) school_words = true;
    if (!is_filler(word)) meaningful.push_back(word);
  }
  // 2026
  if (meaningful.size() == 1) {
    if (const auto year = year_of(meaningful[0]); year && !school_words) return make(PeriodKind::year, *year, 0);
  }
  // 2023/2024, 2023/24, 2023-2024 учебный год
  if (meaningful.size() == 3 && (meaningful[1] == "/" || (meaningful[1] == "-" && school_words))) {
    const auto first = year_of(meaningful[0]);
    auto second = number(meaningful[2]);
    if (first && second && meaningful[2].size() == 2) {  // «2023/24»; «2099/00» turns the century
      *second += *first / 100 * 100;
      if (*second < *first) *second += 100;
    }
    if (first && second && (meaningful[2].size() == 2 || meaningful[2].size() == 4) && *second == *first + 1)
      return make(PeriodKind::school_year, *first, 0);
    return std::nullopt;
  }
  // I полугодие 2022, 3 квартал 2022
  if (meaningful.size() == 3) {
    const auto year = year_of(meaningful[2]);
    if (year && meaningful[1].starts_with("полугоди"))
      if (const auto part = part_of(meaningful[0], 2)) return make(PeriodKind::half, *year, *part);
    if (year && (meaningful[1].starts_with("квартал") || meaningful[1] == "кв"))
      if (const auto part = part_of(meaningful[0], 4)) return make(PeriodKind::quarter, *year, *part);
  }
  return std::nullopt;
}

vocab::Localized describe_period(const Period& period) {
  static const char* const kRoman[] = {"", "I", "II", "III", "IV"};
  const int part = period.part >= 1 && period.part <= 4 ? period.part : 0;
  switch (period.kind) {
    case PeriodKind::year: return {fmt::format("{} год", period.year), fmt::format("{}", period.year)};
    case PeriodKind::quarter:
      return {fmt::format("{} квартал {} г.", kRoman[part], period.year), fmt::format("Q{} {}", part, period.year)};
    case PeriodKind::half:
      return {fmt::format("{} полугодие {} г.", kRoman[part], period.year), fmt::format("H{} {}", part, period.year)};
    case PeriodKind::school_year:
      return {period.label + " учебный год", "school year " + period.label};
  }
  return {period.label, period.label};
}

}  // namespace rmt::roadmap
