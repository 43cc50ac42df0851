#include "order/draft.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "order/read_order.h"
#include "roadmap/deadline.h"
#include "roadmap/period.h"
#include "text/case_fold.h"
#include "text/edit_distance.h"
#include "text/number.h"
#include "text/transliterate.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

using diag::Localized;

std::string folded(std::string_view text) { return text::fold_case(text::trim(text)); }

bool has(std::string_view haystack, std::string_view needle) { return haystack.find(needle) != std::string_view::npos; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// --- the header ----------------------------------------------------------------

enum class Column { number, title, indicator, result, deadline, responsible, year };

struct Columns {
  std::optional<std::size_t> number, title, indicator, result, deadline, responsible;
  std::vector<std::pair<std::size_t, int>> years;  // column, year
  std::size_t header_rows = 1;
};

// «2026», «2027 г.», «2028 год»: a year column's header.
std::optional<int> year_header(std::string_view text) {
  const std::string f = folded(text);
  if (f.size() < 4 || !is_digit(f[0]) || !is_digit(f[1]) || !is_digit(f[2]) || !is_digit(f[3])) return std::nullopt;
  const int year = std::stoi(f.substr(0, 4));
  if (year < 2000 || year > 2100) return std::nullopt;
  const std::string_view rest = text::trim(std::string_view(f).substr(4));
  if (rest.empty() || rest == "г" || rest == "г." || rest == "год" || rest == "гг.") return year;
  return std::nullopt;
}

std::optional<Column> column_kind(std::string_view header) {
  const std::string f = folded(header);
  if (f.empty()) return std::nullopt;
  if (year_header(header)) return Column::year;
  if (has(f, "ответствен") || has(f, "исполнител")) return Column::responsible;
  if (f.starts_with("№") || has(f, "п/п") || f == "n" || f == "номер" || f == "no" || f == "no.") return Column::number;
  if (has(f, "срок") || has(f, "период реализации") || has(f, "дата") || f == "период") return Column::deadline;
  if (has(f, "показател") || has(f, "целев") || has(f, "значени")) return Column::indicator;
  if (has(f, "результат") || has(f, "вид документа") || has(f, "форма") || has(f, "итог")) return Column::result;
  if (has(f, "мероприят") || has(f, "наименование") || has(f, "содержание") || has(f, "действи")) return Column::title;
  return std::nullopt;
}

std::optional<Columns> recognise_header(const Table& table, std::size_t row_index) {
  const Row& row = table.rows[row_index];
  Columns columns;
  std::size_t found = 0;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const Cell& cell = row.cells[c];
    if (cell.covered || cell.empty()) continue;
    const auto kind = column_kind(cell.text());
    if (!kind) continue;
    auto set = [&](std::optional<std::size_t>& slot) {
      if (!slot) slot = c, ++found;
    };
    switch (*kind) {
      case Column::number: set(columns.number); break;
      case Column::title: set(columns.title); break;
      case Column::indicator: set(columns.indicator); break;
      case Column::result: set(columns.result); break;
      case Column::deadline: set(columns.deadline); break;
      case Column::responsible: set(columns.responsible); break;
      case Column::year: columns.years.emplace_back(c, *year_header(cell.text())), ++found; break;
    }
  }
  if (!columns.title || found < 2) return std::nullopt;
  // A second header row: the years under «Показатель» (or any header above).
  if (row_index + 1 < table.rows.size()) {
    const Row& next = table.rows[row_index + 1];
    std::vector<std::pair<std::size_t, int>> years;
    bool only_years = true;
    for (std::size_t c = 0; c < next.cells.size(); ++c) {
      const Cell& cell = next.cells[c];
      if (cell.covered || cell.empty() || cell.from_above) continue;
      if (const auto year = year_header(cell.text())) years.emplace_back(c, *year);
      else only_years = false;
    }
    if (!years.empty() && only_years) {
      for (const auto& entry : years) {
        if (columns.indicator == entry.first) columns.indicator.reset();
        columns.years.push_back(entry);
      }
      columns.header_rows = 2;
    }
  }
  return columns;
}

// --- numbers ---------------------------------------------------------------------

int roman_value(std::string_view text) {
  int total = 0, previous = 0;
  for (auto it = text.rbegin(); it != text.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': v = 10; break;
      case 'L': v = 50; break;
      case 'C': v = 100; break;
      default: return 0;
    }
    total += v < previous ? -v : v;
    previous = std::max(previous, v);
  }
  return total;
}

// Cyrillic letters that people type for Roman numerals (І, Х, С, Л, У look alike).
std::string latin_lookalikes(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = text::next_code_point(text, pos);
    switch (c) {
      case 0x0406: out += 'I'; break;  // І
      case 0x0425: out += 'X'; break;  // Х
      case 0x0421: out += 'C'; break;  // С
      default: text::append_utf8(out, c);
    }
  }
  return out;
}

struct Numbered {
  std::string number;  // as printed: "1.", "II.", "1.1."
  std::string id;      // "1", "2", "1.1"
  std::size_t levels = 0;
  std::string rest;  // text after the number in the same cell
};

// A leading section or activity number: «1.», «1.1», «1.1.», «II.», «Раздел 2.».
std::optional<Numbered> leading_number(std::string_view raw) {
  std::string text(text::trim(raw));
  std::string_view view = text;
  const std::string f = folded(text);
  std::size_t prefix = 0;
  for (std::string_view word : {"раздел ", "блок "})
    if (f.starts_with(word)) prefix = word.size();
  view.remove_prefix(prefix);
  view = text::trim(view);
  Numbered out;
  std::size_t i = 0;
  if (!view.empty() && is_digit(view[0])) {
    std::string id;
    while (i < view.size()) {
      std::size_t start = i;
      while (i < view.size() && is_digit(view[i])) ++i;
      if (i == start || i - start > 3) return std::nullopt;
      id.append(view.substr(start, i - start));
      ++out.levels;
      if (i < view.size() && view[i] == '.' && i + 1 < view.size() && is_digit(view[i + 1])) {
        id += '.';
        ++i;
        continue;
      }
      break;
    }
    if (i < view.size() && (view[i] == '.' || view[i] == ')')) ++i;
    out.id = id;
  } else {
    const std::string latin = latin_lookalikes(view.substr(0, std::min<std::size_t>(view.size(), 24)));
    std::size_t k = 0;
    while (k < latin.size() && std::string_view("IVXLC").find(latin[k]) != std::string_view::npos) ++k;
    if (k == 0 || k > 6) return std::nullopt;
    const int value = roman_value(std::string_view(latin).substr(0, k));
    if (value == 0) return std::nullopt;
    // Map back to the bytes of the original (the lookalikes are 2 bytes each).
    std::size_t bytes = 0;
    for (std::size_t n = 0; n < k; ++n) bytes += static_cast<unsigned char>(view[bytes]) < 0x80 ? 1 : 2;
    i = bytes;
    if (i < view.size() && (view[i] == '.' || view[i] == ')')) ++i;
    else if (i < view.size() && view[i] != ' ') return std::nullopt;  // a word such as «Информация»
    out.id = std::to_string(value);
    out.levels = 1;
  }
  if (i < view.size() && view[i] != ' ' && view[i] != '\t') return std::nullopt;  // «2026г.» is no number
  out.number = std::string(text::trim(view.substr(0, i)));
  if (prefix > 0) out.number = std::string(text::trim(std::string_view(text).substr(0, prefix))) + " " + out.number;
  out.rest = std::string(text::trim(view.substr(i)));
  return out;
}

// --- rows ------------------------------------------------------------------------

struct RawActivity {
  Numbered number;
  std::uint32_t line = 0;
  std::vector<std::string> title_lines;
  std::string indicator, result, deadline, responsible;
  std::vector<std::pair<int, std::string>> years;
  std::vector<std::string> sub_items;
};

struct RawSection {
  Numbered number;
  std::string title;
  std::vector<RawActivity> activities;
};

const Cell* cell_at(const Row& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size()) return nullptr;
  const Cell& cell = row.cells[*column];
  return cell.covered ? nullptr : &cell;
}

std::string text_at(const Row& row, std::optional<std::size_t> column) {
  const Cell* cell = cell_at(row, column);
  return cell ? cell->text() : std::string{};
}

void append_text(std::string& to, std::string_view more) {
  if (more.empty()) return;
  if (!to.empty()) to += ' ';
  to += more;
}

bool is_column_number_row(const Row& row) {
  int expected = 1;
  std::size_t seen = 0;
  for (const auto& cell : row.cells) {
    if (cell.covered || cell.empty()) continue;
    const auto t = std::string(text::trim(cell.text()));
    std::string digits = t;
    if (!digits.empty() && digits.back() == '.') digits.pop_back();
    if (digits.empty() || digits.size() > 2 || !std::all_of(digits.begin(), digits.end(), is_digit)) return false;
    if (std::stoi(digits) != expected++) return false;
    ++seen;
  }
  return seen >= 2;
}

class TableReader {
 public:
  TableReader(const Table& table, const Columns& columns, std::size_t header_row)
      : table_(table), columns_(columns), header_row_(header_row) {}

  std::vector<RawSection> read() {
    for (std::size_t r = header_row_ + columns_.header_rows; r < table_.rows.size(); ++r) read_row(table_.rows[r]);
    return std::move(sections_);
  }

 private:
  bool is_header_again(const Row& row) const {
    const Row& header = table_.rows[header_row_];
    return text_at(row, columns_.title) == text_at(header, columns_.title) &&
           text_at(row, columns_.number) == text_at(header, columns_.number);
  }

  // The texts of the cells other than number and title.
  bool others_empty(const Row& row) const {
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      if (c == columns_.number || c == columns_.title) continue;
      const Cell& cell = row.cells[c];
      if (!cell.covered && !cell.empty() && !cell.from_above) return false;
    }
    return true;
  }

  void read_row(const Row& row) {
    bool all_empty = true;
    for (const auto& cell : row.cells)
      if (!cell.covered && !cell.empty()) all_empty = false;
    if (all_empty || is_column_number_row(row) || is_header_again(row)) return;

    // The first non-empty cell: where a spanning section row keeps its text.
    std::string first;
    bool spans = false, bold = true;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      const Cell& cell = row.cells[c];
      if (cell.covered || cell.empty()) continue;
      if (first.empty()) {
        first = cell.text();
        spans = c + 1 < row.cells.size() && row.cells[c + 1].covered;
      }
      bold = bold && cell.bold;
    }
    const Cell* number_cell = cell_at(row, columns_.number);
    const bool number_from_above = number_cell && number_cell->from_above;
    const std::string number_text = number_from_above ? std::string{} : text_at(row, columns_.number);
    const std::string title_text = text_at(row, columns_.title);
    const auto number = leading_number(number_text.empty() ? first : number_text);

    if (others_empty(row)) {
      // A section: «1.» / «II.» with its title, or one cell spanning the row.
      const bool single_level = number && number->levels == 1;
      if (single_level || ((spans || bold) && !(number && number->levels > 1))) {
        RawSection section;
        if (number) section.number = *number;
        std::string title = number ? number->rest : first;
        if (!number_text.empty() && number) title = number->rest;
        if (!title_text.empty() && title_text != first) append_text(title, title_text);
        if (title.empty() && !number_text.empty() && !number) title = number_text;
        section.title = title;
        if (!section.title.empty() || number) {
          sections_.push_back(std::move(section));
          return;
        }
      }
    }
    if (number && number->levels >= 1 && !number_text.empty()) {
      start_activity(row, *number);
      return;
    }
    continue_activity(row);
  }

  RawSection& current_section() {
    if (sections_.empty()) sections_.emplace_back();
    return sections_.back();
  }

  void fill(RawActivity& activity, const Row& row, bool continuation) {
    auto take = [&](std::optional<std::size_t> column, std::string& field) {
      const Cell* cell = cell_at(row, column);
      if (!cell || cell->empty()) return;
      if (continuation && cell->from_above) return;  // the same merged cell again
      append_text(field, cell->text());
    };
    if (const Cell* title = cell_at(row, columns_.title); title && !(continuation && title->from_above))
      for (const auto& line : title->lines) activity.title_lines.push_back(line);
    take(columns_.indicator, activity.indicator);
    take(columns_.result, activity.result);
    take(columns_.deadline, activity.deadline);
    take(columns_.responsible, activity.responsible);
    for (const auto& [column, year] : columns_.years) {
      const Cell* cell = cell_at(row, column);
      if (!cell || cell->empty() || (continuation && cell->from_above)) continue;
      activity.years.emplace_back(year, cell->text());
    }
  }

  void start_activity(const Row& row, const Numbered& number) {
    RawSection& section = current_section();
    // «1.1.1» under «1.1», with no deadline or body of its own: a step.
    if (!section.activities.empty()) {
      RawActivity& parent = section.activities.back();
      if (number.levels > parent.number.levels && number.id.starts_with(parent.number.id + ".")) {
        const std::string deadline = text_at(row, columns_.deadline);
        const std::string responsible = text_at(row, columns_.responsible);
        if ((deadline.empty() || deadline == parent.deadline) && (responsible.empty() || responsible == parent.responsible)) {
          std::string step = text_at(row, columns_.title);
          if (!step.empty()) parent.sub_items.push_back(step);
          return;
        }
      }
    }
    RawActivity activity;
    activity.number = number;
    activity.line = row.line;
    fill(activity, row, false);
    // The number cell may carry the title too («1.1. Разработка …»).
    if (!number.rest.empty() && columns_.number != columns_.title) activity.title_lines.insert(activity.title_lines.begin(), number.rest);
    section.activities.push_back(std::move(activity));
  }

  void continue_activity(const Row& row) {
    RawSection& section = current_section();
    if (section.activities.empty()) {
      // No number and nothing above to continue: an activity the order left unnumbered.
      RawActivity activity;
      activity.line = row.line;
      fill(activity, row, false);
      if (!activity.title_lines.empty()) section.activities.push_back(std::move(activity));
      return;
    }
    fill(section.activities.back(), row, true);
  }

  const Table& table_;
  const Columns& columns_;
  std::size_t header_row_;
  std::vector<RawSection> sections_;
};

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

std::string clean_step(std::string_view step) {
  step = text::trim(step);
  // «- - Подготовка …»: a list item that also begins with a dash.
  for (std::size_t skip = 0; starts_with_bullet(step, skip) && skip < 4 && step.size() > skip && step[skip] == ' ';)
    step = text::trim(step.substr(skip));
  std::string s(step);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

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

// --- targets ---------------------------------------------------------------------

struct Target {
  int year = 0;  // 0: every period
  double value = 0;
  bool percent = false;
};

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

// --- parties ---------------------------------------------------------------------

bool each_organization_name(std::string_view name) {
  const std::string f = folded(name);
  if (f == "оо" || f == "оу" || f == "доо" || f == "школы" || f == "оо города") return true;
  if (f.starts_with("руководител") &&
      (has(f, " оо") || has(f, "образовательн") || has(f, "организаци") || has(f, "учреждени") || has(f, "оу")))
    return true;
  return has(f, "образовательн") && (has(f, "организации") || has(f, "учреждения") || has(f, "организаций"));
}

// «Лещенко М.А.», «М.А. Лещенко».
bool person_name(std::string_view name) {
  const auto dots = std::count(name.begin(), name.end(), '.');
  if (dots < 1 || dots > 3 || text::count_chars(name) > 40) return false;
  std::size_t pos = 0, capitals_with_dot = 0;
  char32_t previous = 0;
  while (pos < name.size()) {
    const char32_t c = text::next_code_point(name, pos);
    if (c == '.' && previous >= 0x0410 && previous <= 0x042F) ++capitals_with_dot;
    previous = c;
  }
  return capitals_with_dot >= 1 && name.find(' ') != std::string_view::npos;
}

// An abbreviation such as «МБОУ», «ДО», «ОО»: upper-case letters only.
bool abbreviation_words(std::string_view text) {
  bool any = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = text::next_code_point(text, pos);
    if (c == ' ') continue;
    if (!((c >= 0x0410 && c <= 0x042F) || c == 0x0401 || (c >= 'A' && c <= 'Z'))) return false;
    any = true;
  }
  return any;
}

std::vector<std::string> split_responsible(std::string_view text) {
  std::vector<std::string> pieces;
  std::string current;
  int quotes = 0;  // inside «…»
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(text, pos);
    if (c == 0xAB) ++quotes;
    if (c == 0xBB && quotes > 0) --quotes;
    if ((c == ',' || c == ';' || c == '\n') && quotes == 0) {
      pieces.push_back(std::string(text::trim(current)));
      current.clear();
      continue;
    }
    current.append(text.substr(at, pos - at));
  }
  pieces.push_back(std::string(text::trim(current)));
  std::vector<std::string> out;
  for (auto& piece : pieces) {
    while (!piece.empty() && (piece.back() == '.' && !person_name(piece))) piece.pop_back();
    piece = std::string(text::trim(piece));
    if (piece.empty()) continue;
    // «Руководители ОО, МБОУ ДО»: a list of kinds after heads of organizations.
    if (!out.empty() && abbreviation_words(piece) && folded(out.back()).starts_with("руководител")) {
      out.back() += ", " + piece;
      continue;
    }
    out.push_back(std::move(piece));
  }
  return out;
}

// Words a proper spelling of a name shares with the rest of the order.
std::size_t known_words(std::string_view name, const std::set<std::string>& vocabulary) {
  std::size_t known = 0;
  std::string word;
  auto flush = [&] {
    if (word.size() > 2 && vocabulary.count(text::fold_case(word))) ++known;
    word.clear();
  };
  for (std::size_t pos = 0; pos < name.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(name, pos);
    const bool letter = (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451 || (c < 128 && std::isalnum(static_cast<int>(c)));
    if (letter) word.append(name.substr(at, pos - at));
    else flush();
  }
  flush();
  return known;
}

void add_words(std::string_view text, std::set<std::string>& vocabulary) {
  std::string word;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t at = pos;
    const char32_t c = text::next_code_point(text, pos);
    const bool letter = (c >= 0x0410 && c <= 0x044F) || c == 0x0401 || c == 0x0451;
    if (letter) {
      word.append(text.substr(at, pos - at));
    } else {
      if (word.size() > 2) vocabulary.insert(text::fold_case(word));
      word.clear();
    }
  }
  if (word.size() > 2) vocabulary.insert(text::fold_case(word));
}

class PartyBook {
 public:
  explicit PartyBook(const std::set<std::string>& vocabulary) : vocabulary_(vocabulary) {}

  /// The index of the party with this spelling (a new one, or one a letter or two away).
  std::size_t mention(const std::string& spelling) {
    const std::string key = folded(spelling);
    // «ОО» and «Образовательные организации» are the organizations, however written.
    const std::string kind = organizations_kind(spelling);
    for (std::size_t i = 0; i < parties_.size(); ++i) {
      if (!kind.empty() && organizations_kind(parties_[i].spellings.front().first) == kind) {
        add_spelling(parties_[i], spelling);
        return i;
      }
      for (const auto& seen : parties_[i].spellings)
        if (folded(seen.first) == key || close(folded(seen.first), key)) {
          add_spelling(parties_[i], spelling);
          return i;
        }
    }
    parties_.push_back({});
    add_spelling(parties_.back(), spelling);
    return parties_.size() - 1;
  }

  void count_activity(std::size_t index) { ++parties_[index].activities; }

  std::vector<DraftParty> finish() {
    std::vector<DraftParty> out;
    std::set<std::string> ids;
    for (auto& entry : parties_) {
      DraftParty party;
      // The name: the spelling whose words the order uses elsewhere, then the commonest.
      auto best = entry.spellings.begin();
      for (auto it = entry.spellings.begin(); it != entry.spellings.end(); ++it) {
        const auto score = std::make_pair(known_words(it->first, vocabulary_), it->second);
        const auto best_score = std::make_pair(known_words(best->first, vocabulary_), best->second);
        if (score > best_score) best = it;
      }
      party.name = best->first;
      for (const auto& spelling : entry.spellings)
        if (spelling.first != party.name) party.aliases.push_back(spelling.first);
      party.each_organization = each_organization_name(party.name);
      party.person = !party.each_organization && person_name(party.name);
      party.mentions = entry.activities;
      party.id = unique_id(make_id(party), ids);
      if (!party.each_organization) {
        party.org_id = party.id;
        std::transform(party.org_id.begin(), party.org_id.end(), party.org_id.begin(),
                       [](char c) { return c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
        party.checks.push_back(party.person
            ? Check{"org_id — код в реестре организации, где работает это должностное лицо; предложен по фамилии: "
                    "замените кодом из реестра или удалите строку, если отчёт за него не сдаётся",
                    "org_id is the registry code of the organization this official works for; made from the surname: "
                    "replace it with the registry's code, or delete the line if nobody reports for this person"}
            : Check{"org_id — код этого органа в реестре организаций; предложен по названию: замените кодом из реестра "
                    "или удалите строку, если орган не отчитывается",
                    "org_id is this body's code in the organization registry; made from its name: replace it with the "
                    "registry's code, or delete the line if the body does not report"});
      } else {
        party.checks.push_back({"каждая организация реестра отчитывается за этого исполнителя (each_organization)",
                                "every organization of the registry reports for this party (each_organization)"});
      }
      if (!party.aliases.empty())
        party.checks.push_back({fmt::format("написания, различающиеся регистром или буквой-двумя, собраны в одного "
                                            "исполнителя, имя выбрано по тексту приказа; другие написания: {}",
                                            fmt::join(party.aliases, "; ")),
                                fmt::format("spellings that differ in case or by a letter or two are gathered as one "
                                            "party, named as the order's text names it; the other spellings: {}",
                                            fmt::join(party.aliases, "; "))});
      out.push_back(std::move(party));
    }
    return out;
  }

 private:
  struct Entry {
    std::vector<std::pair<std::string, std::size_t>> spellings;  // spelling, times seen
    std::size_t activities = 0;
  };

  // A letter or two apart, and not in the endings of words: «Куратор ЦМН»
  // and «Кураторы ЦМН» are two parties (one official, the curators of every
  // school), «Нижевартовска» is a typo of «Нижневартовска».
  static bool close(const std::string& a, const std::string& b) {
    const std::size_t shorter = std::min(text::count_chars(a), text::count_chars(b));
    if (shorter < 8 || text::bounded_edit_distance(a, b, 3) > 2) return false;
    return !only_endings_differ(a, b);
  }

  static std::vector<std::u32string> words(std::string_view text) {
    std::vector<std::u32string> out(1);
    for (std::size_t pos = 0; pos < text.size();) {
      const char32_t c = text::next_code_point(text, pos);
      if (c == ' ') {
        if (!out.back().empty()) out.emplace_back();
      } else {
        out.back() += c;
      }
    }
    return out;
  }

  static bool only_endings_differ(std::string_view a, std::string_view b) {
    const auto wa = words(a), wb = words(b);
    if (wa.size() != wb.size()) return false;
    for (std::size_t i = 0; i < wa.size(); ++i) {
      if (wa[i] == wb[i]) continue;
      std::size_t common = 0;
      while (common < wa[i].size() && common < wb[i].size() && wa[i][common] == wb[i][common]) ++common;
      if (std::max(wa[i].size(), wb[i].size()) - common > 2) return false;
    }
    return true;
  }

  static void add_spelling(Entry& entry, const std::string& spelling) {
    for (auto& seen : entry.spellings)
      if (seen.first == spelling) {
        ++seen.second;
        return;
      }
    entry.spellings.emplace_back(spelling, 1);
  }

  // "schools" or "heads" for the organizations themselves or their heads; "" for a body.
  static std::string organizations_kind(std::string_view name) {
    if (!each_organization_name(name)) return {};
    return folded(name).starts_with("руководител") ? "heads" : "schools";
  }

  static std::string make_id(const DraftParty& party) {
    if (party.each_organization) return organizations_kind(party.name);
    // A short name in quotes («ЦРО», "Сфера") names the body best.
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"«", "»"}, {"\"", "\""}}) {
      const auto start = party.name.rfind(open);
      if (start == std::string::npos) continue;
      const auto begin = start + open.size();
      const auto end = party.name.find(close, begin);
      if (end == std::string::npos || end == begin) continue;
      const auto inner = std::string_view(party.name).substr(begin, end - begin);
      if (text::count_chars(inner) <= 16) {
        const auto id = text::transliterate_id(inner, 24);
        if (!id.empty()) return id;
      }
    }
    if (party.person) {
      // The surname: the word without a dot.
      std::string_view name = party.name;
      std::size_t start = 0;
      while (start < name.size()) {
        auto end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        const auto word = name.substr(start, end - start);
        if (word.find('.') == std::string_view::npos && !word.empty()) return text::transliterate_id(word, 24);
        start = end + 1;
      }
    }
    // The first word, or the abbreviation the name is made of.
    std::string_view name = party.name;
    const auto space = name.find(' ');
    const auto first = name.substr(0, space);
    if (abbreviation_words(first) && space != std::string_view::npos) {
      const auto two = name.substr(0, name.find(' ', space + 1));
      return text::transliterate_id(two, 24);
    }
    std::string id = text::transliterate_id(first, 16);
    // «Кураторы ЦМН», «Кураторы внедрения ЦМН»: the abbreviation tells them apart.
    for (std::size_t start = space; start != std::string_view::npos && start < name.size();) {
      const auto end = name.find(' ', start + 1);
      const auto word = text::trim(name.substr(start, end == std::string_view::npos ? end : end - start));
      if (abbreviation_words(word) && id.size() < 24) id += "-" + text::transliterate_id(word, 8);
      start = end;
    }
    return id.empty() ? "party" : id;
  }

  static std::string unique_id(std::string id, std::set<std::string>& ids) {
    if (id.empty()) id = "party";
    std::string candidate = id;
    for (int n = 2; ids.count(candidate); ++n) candidate = fmt::format("{}-{}", id, n);
    ids.insert(candidate);
    return candidate;
  }

  const std::set<std::string>& vocabulary_;
  std::vector<Entry> parties_;
};

// «РНЦ НЦ "Сфера" Бесперебойная деятельность …»: the responsible and result
// columns printed in one cell. The body's name is a known party, or runs of
// capitals and quoted names.
// `known`: the folded names of bodies seen in rows that have a result.
std::optional<std::pair<std::string, std::string>> split_merged_responsible(std::string_view text,
                                                                            const std::vector<std::string>& known) {
  const std::string f = folded(text);
  for (const auto& key : known) {
    if (key.size() < f.size() && f.starts_with(key) && f[key.size()] == ' ')
      return std::make_pair(std::string(text.substr(0, key.size())), std::string(text::trim(text.substr(key.size()))));
  }
  std::size_t i = 0, end_of_name = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    if (i >= text.size()) break;
    if (text.substr(i).starts_with("«") || text[i] == '"') {
      const std::string_view close = text[i] == '"' ? "\"" : "»";
      const auto end = text.find(close, i + (text[i] == '"' ? 1 : 2));
      if (end == std::string_view::npos) break;
      i = end + close.size();
      end_of_name = i;
      continue;
    }
    while (i < text.size() && text[i] != ' ') ++i;
    if (!abbreviation_words(text.substr(start, i - start))) {
      i = start;
      break;
    }
    end_of_name = i;
  }
  if (end_of_name == 0) return std::nullopt;
  const auto rest = text::trim(text.substr(end_of_name));
  if (rest.find(' ') == std::string_view::npos) return std::nullopt;  // a single word is no result
  std::size_t pos = 0;
  const char32_t c = text::next_code_point(rest, pos);
  if (!(c >= 0x0410 && c <= 0x042F)) return std::nullopt;
  return std::make_pair(std::string(text::trim(text.substr(0, end_of_name))), std::string(rest));
}

// --- the heading -------------------------------------------------------------------

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

struct Heading {
  std::string title, issuer;
  roadmap::Approval approved;
  std::vector<Check> checks;
};

Heading read_heading(const std::vector<std::string>& all_lines, std::size_t count, const Spellings& spellings) {
  Heading heading;
  const std::vector<std::string> lines(all_lines.begin(), all_lines.begin() + static_cast<std::ptrdiff_t>(count));
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

std::string unique_activity_suffix(std::size_t index) {
  std::string suffix;
  do {
    suffix.insert(suffix.begin(), static_cast<char>('a' + index % 26));
    index = index / 26;
  } while (index-- > 0);
  return suffix;
}

}  // namespace

std::size_t Draft::activity_count() const {
  std::size_t n = 0;
  for (const auto& section : sections) n += section.activities.size();
  return n;
}

std::size_t Draft::check_count() const {
  std::size_t n = roadmap_checks.size();
  for (const auto& party : parties) n += party.checks.size();
  for (const auto& section : sections) {
    n += section.checks.size();
    for (const auto& activity : section.activities) n += activity.checks.size();
  }
  return n;
}

std::optional<std::vector<std::string>> parse_period_list(std::string_view raw) {
  const std::string text(text::trim(raw));
  if (text.empty()) return std::nullopt;
  std::vector<std::string> labels;
  // A range: "2026-2028", "2022-Q1..2022-Q4", "2022-Q1-2023-Q1".
  auto range = [&](std::string_view from, std::string_view to) -> bool {
    const auto a = roadmap::parse_period(from), b = roadmap::parse_period(to);
    if (!a || !b || a->kind != b->kind) return false;
    if (a->kind == roadmap::PeriodKind::year) {
      for (int y = a->year; y <= b->year && labels.size() <= 50; ++y) labels.push_back(std::to_string(y));
    } else if (a->kind == roadmap::PeriodKind::quarter) {
      for (int q = a->year * 4 + a->part - 1; q <= b->year * 4 + b->part - 1 && labels.size() <= 50; ++q)
        labels.push_back(fmt::format("{}-Q{}", q / 4, q % 4 + 1));
    } else {
      return false;
    }
    return !labels.empty() && labels.size() <= 50;
  };
  if (const auto dots = text.find(".."); dots != std::string::npos)
    return range(text.substr(0, dots), text.substr(dots + 2)) ? std::optional(labels) : std::nullopt;
  if (text.size() == 9 && text[4] == '-' && std::all_of(text.begin(), text.begin() + 4, is_digit))
    return range(text.substr(0, 4), text.substr(5)) ? std::optional(labels) : std::nullopt;
  if (text.size() == 15 && text[7] == '-')
    return range(text.substr(0, 7), text.substr(8)) ? std::optional(labels) : std::nullopt;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const auto period = roadmap::parse_period(text::trim(std::string_view(text).substr(start, end - start)));
    if (!period) return std::nullopt;
    labels.push_back(period->label);
    start = end + 1;
  }
  return labels;
}

std::optional<Draft> draft_roadmap(const OrderDocument& document, std::string_view file, const DraftOptions& options,
                                   diag::DiagnosticSink& sink) {
  // The roadmap table: the first whose header names an activity column.
  const Table* table = nullptr;
  std::optional<Columns> columns;
  std::size_t header_row = 0;
  for (const auto& candidate : document.tables) {
    for (std::size_t r = 0; r < candidate.rows.size() && r < 12 && !columns; ++r)
      if ((columns = recognise_header(candidate, r))) {
        table = &candidate;
        header_row = r;
      }
    if (columns) break;
  }
  const diag::SourcePos file_pos{std::string(file)};
  if (!table) {
    sink.report(diag::msg::order_no_table(file_pos, document.tables.size()));
    return std::nullopt;
  }
  // Later tables with the same header continue it (a table cut at each page).
  Table joined = *table;
  for (const auto& more : document.tables) {
    if (&more <= table) continue;
    for (std::size_t r = 0; r < more.rows.size() && r < 3; ++r)
      if (const auto again = recognise_header(more, r); again && again->title == columns->title) {
        joined.rows.insert(joined.rows.end(), more.rows.begin() + static_cast<std::ptrdiff_t>(r), more.rows.end());
        break;
      }
  }
  auto sections = TableReader(joined, *columns, header_row).read();
  std::size_t raw_activities = 0;
  for (const auto& section : sections) raw_activities += section.activities.size();
  if (raw_activities == 0) {
    sink.report(diag::msg::order_no_activities(file_pos, table->number));
    return std::nullopt;
  }

  // What the order says elsewhere: for names' spellings and words' case.
  std::set<std::string> vocabulary;
  Spellings spellings;
  for (const auto& line : document.lines) {
    add_words(line, vocabulary);
    spellings.learn(line);
  }
  for (const auto& row : joined.rows)
    for (const auto& cell : row.cells)
      for (const auto& line : cell.lines) spellings.learn(line);

  Draft draft;
  draft.source = std::string(file);
  Heading heading = read_heading(document.lines, table->lines_before, spellings);
  draft.title = heading.title;
  draft.issuer = heading.issuer;
  draft.approved = heading.approved;
  draft.roadmap_checks = std::move(heading.checks);
  if (draft.title.empty()) {
    draft.title = std::string(file);
    draft.roadmap_checks.push_back({"название дорожной карты не найдено над таблицей: впишите его в title",
                                    "the roadmap's title was not found above the table: write it into title"});
  }

  // Bodies named with the result in one cell, split where the result is empty.
  std::vector<std::string> known;
  for (const auto& section : sections)
    for (const auto& activity : section.activities)
      if (!activity.result.empty() || !columns->result)
        for (auto& piece : split_responsible(activity.responsible)) known.push_back(folded(piece));
  // Longest first, once each: a body's name is matched whole.
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  std::stable_sort(known.begin(), known.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });

  PartyBook parties(vocabulary);
  std::map<std::string, std::size_t> number_counts;
  for (const auto& section : sections)
    for (const auto& activity : section.activities) ++number_counts[activity.number.id];
  std::map<std::string, std::size_t> number_seen;
  std::set<std::string> activity_ids, section_ids;
  std::vector<int> target_years, deadline_years;
  struct Pending {
    std::vector<Target> targets;
    std::vector<std::size_t> party_indexes;
  };
  std::vector<std::vector<Pending>> pending(sections.size());

  for (std::size_t s = 0; s < sections.size(); ++s) {
    RawSection& raw = sections[s];
    DraftSection section;
    section.number = raw.number.number;
    section.title = raw.title;
    std::string id = raw.number.id.empty() ? std::to_string(s + 1) : raw.number.id;
    if (section_ids.count(id)) {
      std::string unique = id;
      for (int n = 2; section_ids.count(unique); ++n) unique = fmt::format("{}-{}", id, n);
      section.checks.push_back({fmt::format("номер раздела {} повторяется: id {}", id, unique),
                                fmt::format("section number {} repeats: id {}", id, unique)});
      id = unique;
    }
    section_ids.insert(id);
    section.id = id;
    if (raw.number.id.empty() && raw.title.empty()) {
      // Activities above any section row, or a table with no sections at all.
      section.title = draft.title;
      section.checks.push_back({"в таблице нет строки раздела над этими мероприятиями: раздел назван по дорожной карте",
                                "the table has no section row above these activities: the section is named after the roadmap"});
    } else if (raw.title.empty()) {
      section.title = "Раздел " + raw.number.number;
      section.checks.push_back({"у раздела нет названия в таблице", "the section has no title in the table"});
    } else if (raw.number.id.empty()) {
      section.checks.push_back({fmt::format("раздел без номера; id {} дан по порядку", id),
                                fmt::format("the section has no number; id {} is its place in the order", id)});
    }

    for (auto& raw_activity : raw.activities) {
      DraftActivity activity;
      activity.line = raw_activity.line;
      activity.number = raw_activity.number.number;
      // Ids: the number without its dot; a number printed twice gets a letter.
      std::string id = raw_activity.number.id;
      if (id.empty()) {
        id = fmt::format("{}.{}", section.id, section.activities.size() + 1);
        activity.checks.push_back({fmt::format("мероприятие без номера; id {} дан по месту в разделе", id),
                                   fmt::format("the activity has no number; id {} is its place in the section", id)});
      } else if (number_counts[id] > 1) {
        const std::size_t index = number_seen[id]++;
        const std::string unique = id + unique_activity_suffix(index);
        activity.checks.push_back(
            {fmt::format("номер {} напечатан в таблице {} раза; id {}, чтобы отчёты называли мероприятие однозначно", id,
                         number_counts[id], unique),
             fmt::format("number {} is printed {} times in the table; id {}, so that reports name the activity "
                         "unambiguously",
                         id, number_counts[id], unique)});
        id = unique;
      }
      for (std::string base = id; activity_ids.count(id);) id = base + "-" + std::to_string(activity_ids.size());
      activity_ids.insert(id);
      activity.id = id;

      title_and_steps(raw_activity.title_lines, activity.title, activity.steps);
      for (auto& item : raw_activity.sub_items) activity.steps.push_back(clean_step(item));
      if (activity.title.ends_with("(") || activity.title.ends_with("( ")) {
        while (!activity.title.empty() && (activity.title.back() == '(' || activity.title.back() == ' ')) activity.title.pop_back();
        activity.checks.push_back({"в конце названия была лишняя «(»; убрана", "a stray «(» ended the title; dropped"});
      }
      if (activity.title.empty()) {
        activity.title = activity.number.empty() ? activity.id : activity.number;
        activity.checks.push_back({"у мероприятия нет названия в таблице", "the activity has no title in the table"});
      }

      activity.result = raw_activity.result;
      std::string responsible = raw_activity.responsible;
      if (activity.result.empty() && !responsible.empty()) {
        if (auto split = split_merged_responsible(responsible, known)) {
          responsible = split->first;
          activity.result = split->second;
          activity.checks.push_back(
              {"ответственный и результат напечатаны в одной ячейке; разделены: проверьте, где кончается ответственный",
               "the responsible body and the result are printed in one cell; split: check where the body's name ends"});
        }
      }

      // Deadline: as printed, or {text: …} where no date can be computed.
      activity.deadline = raw_activity.deadline;
      if (activity.deadline.empty()) {
        activity.checks.push_back({"срок в таблице не указан", "the table gives no deadline"});
      } else {
        const auto parsed = roadmap::parse_deadline_phrase(activity.deadline);
        if (const auto* error = std::get_if<roadmap::DeadlineError>(&parsed)) {
          activity.deadline_text = true;
          activity.checks.push_back(
              {fmt::format("в сроке нет даты, которую можно вычислить ({}); записан как {{text: …}}: просрочка по нему "
                           "не считается",
                           error->reason.ru),
               fmt::format("the deadline has no computable date ({}); written as {{text: …}}: it is never overdue",
                           error->reason.en)});
        } else {
          for (const auto& date : std::get<roadmap::Deadline>(parsed).once) deadline_years.push_back(date.year);
        }
      }

      Pending item;
      for (const auto& piece : split_responsible(responsible)) {
        const std::size_t index = parties.mention(piece);
        if (std::find(item.party_indexes.begin(), item.party_indexes.end(), index) == item.party_indexes.end()) {
          item.party_indexes.push_back(index);
          parties.count_activity(index);
        }
      }
      if (item.party_indexes.empty())
        activity.checks.push_back({"ответственный не указан: по мероприятию никто не отчитывается",
                                   "no responsible body is given: nobody reports on the activity"});

      // Targets: «2026 г. – 60; …» in the indicator's cell, or year columns.
      item.targets = year_targets(raw_activity.indicator);
      for (const auto& [year, text] : raw_activity.years) {
        if (const auto target = plain_target(text)) item.targets.push_back({year, target->value, target->percent});
        else for (auto found : year_targets(text)) item.targets.push_back(found);
      }
      if (item.targets.empty() && !raw_activity.indicator.empty()) {
        if (const auto target = plain_target(raw_activity.indicator)) item.targets.push_back(*target);
        else activity.printed_indicator = raw_activity.indicator;
      }
      for (const auto& target : item.targets)
        if (target.year != 0) target_years.push_back(target.year);
      pending[s].push_back(std::move(item));
      section.activities.push_back(std::move(activity));
    }
    draft.sections.push_back(std::move(section));
  }
  draft.parties = parties.finish();

  // Periods: --periods, the title's years, the targets' years, the deadlines' years.
  if (!options.periods.empty()) {
    draft.periods = options.periods;
  } else if (auto from_title = periods_from_title(draft.title); !from_title.empty()) {
    draft.periods = std::move(from_title);
    draft.roadmap_checks.push_back({"periods взяты из названия", "periods are taken from the title"});
  } else {
    auto& years = target_years.empty() ? deadline_years : target_years;
    if (!years.empty()) {
      const auto [low, high] = std::minmax_element(years.begin(), years.end());
      for (int y = *low; y <= *high && y - *low < 10; ++y) draft.periods.push_back(std::to_string(y));
      draft.roadmap_checks.push_back(
          target_years.empty()
              ? Check{"periods — годы сроков мероприятий; для поквартального мониторинга запишите кварталы "
                      "(--periods 2022-Q1..2022-Q4)",
                      "periods are the years of the activities' deadlines; for quarterly monitoring write quarters "
                      "(--periods 2022-Q1..2022-Q4)"}
              : Check{"periods — годы целевых значений", "periods are the years of the targets"});
    }
  }
  if (draft.periods.empty()) {
    sink.report(diag::msg::order_no_periods(file_pos));
    return std::nullopt;
  }
  const bool quarters = draft.periods.front().find('Q') != std::string::npos;
  if (auto due = submission_deadline(std::vector<std::string>(document.lines.begin(),
                                                              document.lines.begin() + static_cast<std::ptrdiff_t>(table->lines_before)));
      !due.empty()) {
    // A day and month without a year: every year, as the yearly monitoring has it.
    if (!quarters) due += " ежегодно";
    draft.submissions_due = due;
    draft.roadmap_checks.push_back({"submissions_due взят из пункта приказа о том, когда организации предоставляют информацию",
                                    "submissions_due is taken from the order's item on when organizations submit"});
  }

  // The roadmap's id: --id, or the place and the first period.
  if (!options.id.empty()) {
    draft.id = options.id;
  } else {
    std::string place;
    std::string_view issuer = draft.issuer;
    for (std::size_t start = 0; start < issuer.size() && place.empty();) {
      auto end = issuer.find(' ', start);
      if (end == std::string_view::npos) end = issuer.size();
      const auto word = issuer.substr(start, end - start);
      std::size_t pos = 0;
      const char32_t c = word.empty() ? 0 : text::next_code_point(word, pos);
      if (start > 0 && c >= 0x0410 && c <= 0x042F && !abbreviation_words(word)) place = text::transliterate_id(word, 24);
      start = end + 1;
    }
    const bool mentoring = has(folded(draft.title), "наставничеств");
    draft.id = fmt::format("{}{}-{}", place.empty() ? "" : place + "-", mentoring ? "mentoring" : "roadmap",
                           draft.periods.front().substr(0, 4));
    draft.roadmap_checks.push_back({fmt::format("id «{}» составлен по названию места и первому периоду; отчёты "
                                                "школ его не содержат, его можно изменить (или задать --id)",
                                                draft.id),
                                    fmt::format("id «{}» is made of the place and the first period; schools' reports "
                                                "do not carry it, so it may be changed (or given with --id)",
                                                draft.id)});
  }

  // Indicators, once the parties are known: the measure follows SPEC.md §13's rule.
  for (std::size_t s = 0; s < draft.sections.size(); ++s) {
    for (std::size_t a = 0; a < draft.sections[s].activities.size(); ++a) {
      DraftActivity& activity = draft.sections[s].activities[a];
      const Pending& item = pending[s][a];
      for (const auto index : item.party_indexes) activity.responsible.push_back(draft.parties[index].id);
      if (item.targets.empty()) {
        if (!activity.printed_indicator.empty())
          activity.checks.push_back(
              {fmt::format("в показателе нет целевых значений по годам: «{}»; впишите indicator сами",
                           text::shorten(activity.printed_indicator, 200)),
               fmt::format("the indicator gives no targets by year: «{}»; write the indicator yourself",
                           text::shorten(activity.printed_indicator, 200))});
        continue;
      }
      DraftIndicator indicator;
      std::vector<std::string> dropped;
      for (const auto& target : item.targets) {
        if (target.year == 0) {
          for (const auto& period : draft.periods) indicator.targets.emplace_back(period, target.value);
          continue;
        }
        const std::string label = std::to_string(target.year);
        if (quarters || std::find(draft.periods.begin(), draft.periods.end(), label) == draft.periods.end()) {
          dropped.push_back(fmt::format("{}: {}", label, text::format_decimal(target.value)));
          continue;
        }
        if (std::none_of(indicator.targets.begin(), indicator.targets.end(), [&](const auto& t) { return t.first == label; }))
          indicator.targets.emplace_back(label, target.value);
      }
      if (!dropped.empty())
        activity.checks.push_back({fmt::format("целевые значения вне periods не записаны: {}", fmt::join(dropped, "; ")),
                                   fmt::format("targets outside periods are left out: {}", fmt::join(dropped, "; "))});
      if (indicator.targets.empty()) continue;
      const bool percent = std::any_of(item.targets.begin(), item.targets.end(), [](const Target& t) { return t.percent; });
      const bool ones = std::all_of(indicator.targets.begin(), indicator.targets.end(), [](const auto& t) { return t.second == 1; });
      std::vector<std::size_t> bodies;
      for (const auto index : item.party_indexes)
        if (!draft.parties[index].each_organization) bodies.push_back(index);
      const bool all_organizations = !item.party_indexes.empty() && bodies.empty();
      Check why;
      if (percent) {
        indicator.measure = roadmap::Measure::share_done;
        indicator.unit = "%";
        why = {"measure: share-done — цель в процентах (доля выполнивших организаций)",
               "measure: share-done — the target is a percentage (the share of organizations done)"};
      } else if (ones && !bodies.empty()) {
        indicator.measure = roadmap::Measure::done;
        why = {"measure: done — цель 1: выполнено или нет, по отчёту ответственного органа",
               "measure: done — the target is 1: done or not, by the responsible body's report"};
        if (bodies.size() > 1) {
          // Decided by the body named on most activities (the centre rather than the department).
          const auto decider = *std::max_element(bodies.begin(), bodies.end(), [&](std::size_t x, std::size_t y) {
            return draft.parties[x].mentions < draft.parties[y].mentions;
          });
          indicator.by = draft.parties[decider].id;
          activity.checks.push_back(
              {fmt::format("отчитываются несколько органов; выполнение решает отчёт «{}» (by), чаще других названного "
                           "ответственным",
                           draft.parties[decider].name),
               fmt::format("several bodies report; the report of «{}» decides (by), the one most often responsible",
                           draft.parties[decider].name)});
        }
      } else if (all_organizations) {
        indicator.measure = roadmap::Measure::orgs_done;
        indicator.unit = "организаций";
        why = {"measure: orgs-done — отвечают сами организации, цель — их число",
               "measure: orgs-done — the organizations themselves are responsible; the target is their number"};
      } else {
        indicator.measure = roadmap::Measure::sum;
        why = {"measure: sum — цель считает что-то (мероприятия, публикации): сумма присланных значений; укажите unit",
               "measure: sum — the target counts things (events, publications): the sum of values reported; add a unit"};
      }
      activity.checks.push_back(why);
      activity.indicator = std::move(indicator);
    }
  }
  return draft;
}

std::optional<Draft> import_order(const std::string& path, std::string_view shown_name, const DraftOptions& options,
                                  diag::DiagnosticSink& sink, const OrderLimits& limits) {
  OrderDocument document;
  if (!read_order(path, shown_name, document, sink, limits)) return std::nullopt;
  return draft_roadmap(document, shown_name, options, sink);
}

}  // namespace rmt::order
