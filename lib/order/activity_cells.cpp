#include "order/activity_cells.h"

#include "order/words.h"
#include "text/case_fold.h"
#include "text/number.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

// --- titles and steps ------------------------------------------------------------

bool starts_with_bullet(std::string_view line, std::size_t& skip) {
  for (std::string_view bullet : {"-", "–", "—", "•", "·", "*", "\xE2\x80\x92"}) {
    if (line.starts_with(bullet)) {
      skip = bullet.size();
      return true;
    }
  }
  // «1)», «а)»
  std::size_t pos = 0;
  const char32_t c = text::next_code_point(line, pos);
  if (pos < line.size() && line[pos] == ')' && ((c >= '0' && c <= '9') || (c >= 0x0430 && c <= 0x044F))) {
    skip = pos + 1;
    return true;
  }
  return false;
}

}  // namespace

std::string clean_step(std::string_view step) {
  step = text::trim(step);
  // «- - Подготовка …»: a list item that also begins with a dash.
  for (std::size_t skip = 0; starts_with_bullet(step, skip) && skip < 4 && step.size() > skip && step[skip] == ' ';)
    step = text::trim(step.substr(skip));
  std::string s(step);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

namespace {

// Splits «… : - a; - b» into its parts.
std::vector<std::string> split_inline_items(std::string_view text) {
  std::vector<std::string> items;
  std::string current;
  std::size_t i = 0;
  while (i < text.size()) {
    bool separator = false;
    std::size_t skip = 0;
    if (text[i] == ';') {
      std::size_t k = i + 1;
      while (k < text.size() && text[k] == ' ') ++k;
      std::size_t bullet = 0;
      if (k < text.size() && starts_with_bullet(text.substr(k), bullet) && bullet < 4 && k + bullet < text.size() &&
          text[k + bullet] == ' ') {
        separator = true;
        skip = k + bullet - i;
      }
    }
    if (separator) {
      items.push_back(clean_step(current));
      current.clear();
      i += skip;
      continue;
    }
    current += text[i++];
  }
  if (!clean_step(current).empty()) items.push_back(clean_step(current));
  return items;
}

}  // namespace

void title_and_steps(const std::vector<std::string>& lines, std::string& title, std::vector<std::string>& steps) {
  for (const auto& raw : lines) {
    std::string_view line = text::trim(raw);
    std::size_t skip = 0;
    if (starts_with_bullet(line, skip) && (!title.empty() || !steps.empty())) {
      for (auto& item : split_inline_items(text::trim(line.substr(skip))))
        if (!item.empty()) steps.push_back(std::move(item));
      continue;
    }
    if (!steps.empty()) {
      // A line after the steps continues the last of them.
      append_text(steps.back(), clean_step(line));
      continue;
    }
    // «Проработка …: - приказ(ы) …; - подготовка …» in one paragraph.
    const auto colon = line.find(':');
    if (colon != std::string_view::npos) {
      std::size_t k = colon + 1;
      while (k < line.size() && line[k] == ' ') ++k;
      std::size_t bullet = 0;
      if (k < line.size() && starts_with_bullet(line.substr(k), bullet) && bullet < 4 && k + bullet < line.size() &&
          line[k + bullet] == ' ') {
        append_text(title, line.substr(0, colon + 1));
        for (auto& item : split_inline_items(text::trim(line.substr(k + bullet))))
          if (!item.empty()) steps.push_back(std::move(item));
        continue;
      }
    }
    append_text(title, line);
  }
}

namespace {

// --- targets ---------------------------------------------------------------------

std::optional<std::pair<double, bool>> number_at(std::string_view text, std::size_t& i) {
  std::size_t start = i;
  while (i < text.size() && (is_digit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() && is_digit(text[i + 1]) && i > start)))
    ++i;
  if (i == start) return std::nullopt;
  const auto value = text::parse_decimal(text.substr(start, i - start));
  if (!value) return std::nullopt;
  std::size_t k = i;
  while (k < text.size() && text[k] == ' ') ++k;
  const bool percent = k < text.size() && text[k] == '%';
  if (percent) i = k + 1;
  return std::make_pair(*value, percent);
}

}  // namespace

// «2026 г. – 60; 2027 г. – 60», «2026 год: 1», «2026 – 80%».
std::vector<Target> year_targets(std::string_view raw) {
  std::vector<Target> targets;
  const std::string text = folded(raw);
  std::size_t i = 0;
  while (i + 4 <= text.size()) {
    const bool boundary = i == 0 || !is_digit(text[i - 1]);
    if (!(boundary && is_digit(text[i]) && is_digit(text[i + 1]) && is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
          (i + 4 == text.size() || !is_digit(text[i + 4])))) {
      ++i;
      continue;
    }
    const int year = std::stoi(text.substr(i, 4));
    std::size_t k = i + 4;
    auto skip_spaces = [&] {
      while (k < text.size() && text[k] == ' ') ++k;
    };
    skip_spaces();
    for (std::string_view word : {"году", "года", "год", "гг.", "г.", "г"})
      if (std::string_view(text).substr(k).starts_with(word)) {
        k += word.size();
        break;
      }
    skip_spaces();
    bool separated = false;
    for (std::string_view sep : {"–", "—", "-", ":", "="})
      if (std::string_view(text).substr(k).starts_with(sep)) {
        k += sep.size();
        separated = true;
        break;
      }
    skip_spaces();
    if (year < 2000 || year > 2100 || !separated) {
      i += 4;
      continue;
    }
    std::size_t n = k;
    if (const auto value = number_at(text, n)) {
      targets.push_back({year, value->first, value->second});
      i = n;
    } else {
      i = k;
    }
  }
  return targets;
}

// A lone figure («1», «100%», «не менее 80 %») that holds for every period.
std::optional<Target> plain_target(std::string_view raw) {
  std::string text = folded(raw);
  for (std::string_view lead : {"не менее", "не ниже", "до", "охват"})
    if (std::string_view(text).starts_with(lead)) text = std::string(text::trim(std::string_view(text).substr(lead.size())));
  std::size_t i = 0;
  const auto value = number_at(text, i);
  if (!value || !text::trim(std::string_view(text).substr(i)).empty()) return std::nullopt;
  return Target{0, value->first, value->second};
}

}  // namespace rmt::order
