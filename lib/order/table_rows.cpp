#include "order/table_rows.h"

#include <algorithm>

#include "order/words.h"
#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

// --- the header ----------------------------------------------------------------

enum class Column { number, title, indicator, result, deadline, responsible, year };

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

}  // namespace

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

namespace {

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

// A leading section or activity number: «1.», «1.1», «1.1.», «II.», «Раздел 2.».
}  // namespace

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

namespace {

// --- rows ------------------------------------------------------------------------

const Cell* cell_at(const Row& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.cells.size()) return nullptr;
  const Cell& cell = row.cells[*column];
  return cell.covered ? nullptr : &cell;
}

std::string text_at(const Row& row, std::optional<std::size_t> column) {
  const Cell* cell = cell_at(row, column);
  return cell ? cell->text() : std::string{};
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

}  // namespace

std::vector<RawSection> read_table_rows(const Table& table, const Columns& columns, std::size_t header_row) {
  return TableReader(table, columns, header_row).read();
}

}  // namespace rmt::order
