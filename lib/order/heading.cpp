#include "order/heading.h"

#include <algorithm>
#include <array>
#include <map>

#include "order/words.h"
#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

std::optional<calendar::Date> find_date(std::string_view text, std::size_t& at) {
  for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
    const auto s = text.substr(i, 10);
    if (is_digit(s[0]) && is_digit(s[1]) && s[2] == '.' && is_digit(s[3]) && is_digit(s[4]) && s[5] == '.' &&
        is_digit(s[6]) && is_digit(s[7]) && is_digit(s[8]) && is_digit(s[9]) && (i == 0 || !is_digit(text[i - 1]))) {
      const int day = std::stoi(std::string(s.substr(0, 2))), month = std::stoi(std::string(s.substr(3, 2))),
                year = std::stoi(std::string(s.substr(6, 4)));
      if (calendar::is_valid(year, month, day)) {
        at = i;
        return calendar::Date{year, month, day};
      }
    }
  }
  return std::nullopt;
}

// The token after «№», unless it is a blank to fill in («№ ____»).
std::string number_after_sign(std::string_view line) {
  const auto sign = line.find("№");
  if (sign == std::string_view::npos) return {};
  auto rest = text::trim(line.substr(sign + std::string_view("№").size()));
  const auto end = rest.find(' ');
  std::string token(rest.substr(0, end));
  token.erase(std::remove(token.begin(), token.end(), '*'), token.end());
  if (token.find_first_not_of("_-") == std::string::npos) return {};
  return token;
}

std::string compact(std::string_view text) {
  std::string out;
  for (char c : folded(text))
    if (c != ' ' && c != '*') out += c;
  return out;
}

// An all-capitals word as the order spells it elsewhere («НИЖНЕВАРТОВСКА» →
// «Нижневартовска», «ГОРОДА» → «города»).
class Spellings {
 public:
  void learn(std::string_view text) {
    bool initial = true;
    std::string word;
    auto flush = [&](bool next_initial) {
      if (word.size() > 2 && !initial && !abbreviation_words(word)) {
        auto& entry = seen_[text::fold_case(word)];
        std::size_t pos = 0;
        const char32_t c = text::next_code_point(word, pos);
        (c >= 0x0410 && c <= 0x042F ? entry.capitalized : entry.lower) = word;
      }
      if (!word.empty()) initial = next_initial;
      word.clear();
    };
    for (std::size_t pos = 0; pos < text.size();) {
      const std::size_t at = pos;
      const char32_t c = text::next_code_point(text, pos);
      if ((c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451) {
        word.append(text.substr(at, pos - at));
      } else {
        flush(false);
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\t' || c == '(' || c == 0xAB || c == '"') initial = true;
      }
    }
    flush(false);
  }

  std::string restore(std::string_view word) const {
    const auto it = seen_.find(text::fold_case(word));
    if (it != seen_.end()) return !it->second.lower.empty() ? it->second.lower : it->second.capitalized;
    if (text::count_chars(word) <= 4) return std::string(word);  // an abbreviation («МАУ»)
    return text::fold_case(word);
  }

 private:
  struct Seen {
    std::string lower, capitalized;
  };
  std::map<std::string, Seen, std::less<>> seen_;
};

std::string capitalize(std::string text) {
  if (text.empty()) return text;
  std::size_t pos = 0;
  const char32_t c = text::next_code_point(text, pos);
  std::string first;
  if (c >= 0x0430 && c <= 0x044F) text::append_utf8(first, c - 0x20);
  else if (c == 0x0451) text::append_utf8(first, 0x0401);
  else if (c >= 'a' && c <= 'z') first = std::string(1, static_cast<char>(c - 32));
  else return text;
  return first + text.substr(pos);
}

bool all_capitals(std::string_view line) {
  bool letters = false;
  for (std::size_t pos = 0; pos < line.size();) {
    const char32_t c = text::next_code_point(line, pos);
    if ((c >= 0x0430 && c <= 0x044F) || c == 0x0451) return false;
    if (c >= 0x0410 && c <= 0x042F) letters = true;
  }
  return letters;
}

std::string restore_case(std::string_view line, const Spellings& spellings) {
  if (!all_capitals(line)) return std::string(line);
  std::string out, word;
  auto flush = [&] {
    if (!word.empty()) out += spellings.restore(word);
    word.clear();
  };
  for (std::size_t pos = 0; pos < line.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(line, pos);
    if ((c >= 0x0410 && c <= 0x042F) || c == 0x0401) {
      word.append(line.substr(at, pos - at));
    } else {
      flush();
      out.append(line.substr(at, pos - at));
    }
  }
  flush();
  return capitalize(out);
}

bool starts_body(std::string_view line) {
  const std::string f = folded(line);
  for (std::string_view word : {"администрация", "департамент", "управление", "министерство", "комитет", "отдел"})
    if (f.starts_with(word)) return true;
  return false;
}

}  // namespace

// «Предоставить информацию … до 15 декабря в …»: when the organizations
// report. Only items that tell someone to submit (предоставить, представить)
// count: «направлять отчёт в департамент до 25 декабря» is the centre's own.
std::string submission_deadline(const std::vector<std::string>& lines) {
  static constexpr std::array<std::string_view, 12> kMonths = {"января", "февраля", "марта", "апреля", "мая", "июня",
                                                               "июля", "августа", "сентября", "октября", "ноября", "декабря"};
  for (const auto& line : lines) {
    const std::string f = folded(line);
    if (!(has(f, "предостав") || has(f, "представ")) || !(has(f, "информаци") || has(f, "отчет") || has(f, "отчёт")))
      continue;
    constexpr std::string_view kBy = "до ";
    for (std::size_t at = f.find(kBy); at != std::string::npos; at = f.find(kBy, at + kBy.size())) {
      std::size_t i = at + kBy.size(), start = i;
      while (i < f.size() && is_digit(f[i])) ++i;
      if (i == start || i - start > 2 || i >= f.size() || f[i] != ' ') continue;
      const std::string_view rest = std::string_view(f).substr(i + 1);
      for (const auto month : kMonths)
        if (rest.starts_with(month)) return f.substr(at, i + 1 + month.size() - at);
    }
  }
  return {};
}

namespace {

Heading heading_from(const std::vector<std::string>& lines, const Spellings& spellings) {
  Heading heading;
  // The order's kind: the line that says «ПРИКАЗ» («П Р И К А З»).
  std::optional<std::size_t> kind_line;
  for (std::size_t i = 0; i < lines.size() && !kind_line; ++i) {
    const std::string c = compact(lines[i]);
    for (std::string_view kind : {"приказ", "постановление", "распоряжение", "решение"})
      if (c == kind) {
        kind_line = i;
        heading.approved.document = std::string(kind);
      }
  }
  // The issuer: the bodies above it, the last one first («Департамент
  // образования» of «Администрация города …»).
  if (kind_line) {
    std::vector<std::string> bodies;
    for (std::size_t i = 0; i < *kind_line; ++i) {
      const std::string line(text::trim(lines[i]));
      if (line.empty()) continue;
      const std::string restored = restore_case(line, spellings);
      if (starts_body(line) || bodies.empty()) bodies.push_back(restored);
      else bodies.back() += " " + restored;
    }
    if (!bodies.empty()) {
      std::string issuer = bodies.back();
      for (std::size_t b = 0; b + 1 < bodies.size(); ++b) {
        std::string body = bodies[b];
        if (folded(body).starts_with("администрация")) body = "администрации" + body.substr(std::string_view("Администрация").size());
        issuer += (folded(bodies[b]).starts_with("администрация") ? " " : ", ") + body;
      }
      heading.issuer = issuer;
      heading.checks.push_back({"issuer собран из шапки приказа", "issuer is put together from the order's letterhead"});
    }
  }
  // The title: the last heading line of the appendix that names the plan.
  std::optional<std::size_t> title_line;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string f = folded(lines[i]);
    if (f.starts_with("дорожная карта") || f.starts_with("план мероприятий") || f.starts_with("план ") ||
        f.starts_with("комплекс мер") || f.starts_with("перечень мероприятий") || f.starts_with("мероприятия по"))
      title_line = i;
  }
  if (title_line) {
    std::string title;
    for (std::size_t i = *title_line; i < lines.size() && !text::trim(lines[i]).empty(); ++i)
      append_text(title, text::trim(lines[i]));
    heading.title = title;
  } else {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (folded(lines[i]).starts_with("об утверждении")) {
        std::string title;
        for (std::size_t k = i; k < lines.size() && !text::trim(lines[k]).empty(); ++k) append_text(title, text::trim(lines[k]));
        heading.title = capitalize(std::string(text::trim(title.substr(std::string_view("Об утверждении").size()))));
        heading.checks.push_back({"title взят из заголовка приказа «Об утверждении …»: над таблицей нет её названия",
                                  "title is taken from the order's «Об утверждении …» heading: the table has no title above it"});
        break;
      }
  }
  // The approving document: «Приложение к приказу … от 26.07.2025 № 4/12»,
  // else the order's own date and number.
  std::optional<std::size_t> appendix;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (folded(lines[i]).starts_with("приложение")) appendix = i;
  if (appendix) {
    for (std::size_t i = *appendix; i < lines.size() && i < *appendix + 8; ++i) {
      const std::string f = folded(lines[i]);
      if (heading.approved.document.empty())
        for (std::string_view kind : {"приказ", "постановлени", "распоряжени"})
          if (has(f, std::string("к ") + std::string(kind))) heading.approved.document = kind == "приказ" ? "приказ" : std::string(kind) + "е";
      std::size_t at = 0;
      if (const auto date = find_date(lines[i], at); date && has(f, "от")) {
        heading.approved.date = date;
        heading.approved.number = number_after_sign(lines[i]);
        break;
      }
      if (!number_after_sign(lines[i]).empty() && heading.approved.number.empty()) heading.approved.number = number_after_sign(lines[i]);
    }
  }
  if (!heading.approved.date && kind_line) {
    for (std::size_t i = *kind_line + 1; i < lines.size() && i < *kind_line + 8; ++i) {
      if (folded(lines[i]).starts_with("об ") || folded(lines[i]).starts_with("о ")) break;
      std::size_t at = 0;
      const auto date = find_date(lines[i], at);
      if (date && !heading.approved.date) heading.approved.date = date;
      std::string number = number_after_sign(lines[i]);
      if (number.empty() && date) {
        // «14.09.2022 Сл-103-877140/22» with «№» on a line of its own.
        std::string_view rest = text::trim(std::string_view(lines[i]).substr(at + 10));
        const auto token = rest.substr(0, rest.find(' '));
        if (!token.empty() && std::any_of(token.begin(), token.end(), is_digit)) number = std::string(token);
      }
      if (!number.empty() && heading.approved.number.empty()) heading.approved.number = number;
    }
  }
  if (heading.approved.document.empty() && (heading.approved.date || !heading.approved.number.empty()))
    heading.approved.document = "приказ";
  if (!heading.approved.document.empty())
    heading.checks.push_back({"approved — реквизиты утверждающего документа, как их удалось найти в приказе",
                              "approved is the approving document's date and number as found in the order"});
  return heading;
}

std::vector<int> years_in(std::string_view text) {
  std::vector<int> years;
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((i > 0 && is_digit(text[i - 1])) || !is_digit(text[i]) || !is_digit(text[i + 1]) || !is_digit(text[i + 2]) ||
        !is_digit(text[i + 3]) || (i + 4 < text.size() && is_digit(text[i + 4])))
      continue;
    const int year = std::stoi(std::string(text.substr(i, 4)));
    if (year >= 2000 && year <= 2100) years.push_back(year);
  }
  return years;
}

}  // namespace

// «(2026 - 2028 гг.)», «в 2023-2024 годах», «на 2026 год».
std::vector<std::string> periods_from_title(std::string_view title) {
  const auto years = years_in(title);
  std::vector<std::string> out;
  if (years.size() == 2 && years[1] > years[0] && years[1] - years[0] <= 10) {
    for (int y = years[0]; y <= years[1]; ++y) out.push_back(std::to_string(y));
  } else if (years.size() == 1) {
    out.push_back(std::to_string(years[0]));
  }
  return out;
}

Heading read_heading(const OrderDocument& document, const Table& table) {
  // Capitals are restored as the order spells a word elsewhere: its text and its table.
  Spellings spellings;
  for (const auto& line : document.lines) spellings.learn(line);
  for (const auto& row : table.rows)
    for (const auto& cell : row.cells)
      for (const auto& line : cell.lines) spellings.learn(line);
  const auto count = std::min(table.lines_before, document.lines.size());
  return heading_from(std::vector<std::string>(document.lines.begin(), document.lines.begin() + static_cast<std::ptrdiff_t>(count)),
                      spellings);
}

}  // namespace rmt::order
