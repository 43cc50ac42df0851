#include "order/html_order.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "order/table_grid.h"
#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case

  std::string_view attribute(std::string_view key) const {
    for (const auto& [name, value] : attributes)
      if (name == key) return value;
    return {};
  }
};

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Parses the tag starting at html[pos] == '<'; advances pos past it. nullopt
// for comments, doctypes and processing instructions (skipped) and for a '<'
// that starts no tag (then pos is left on it, and it is text).
std::optional<Tag> parse_tag(std::string_view html, std::size_t& pos, bool& is_text) {
  is_text = false;
  const std::size_t start = pos;
  if (html.substr(pos, 4) == "<!--") {
    const auto end = html.find("-->", pos + 4);
    pos = end == std::string_view::npos ? html.size() : end + 3;
    return std::nullopt;
  }
  if (pos + 1 < html.size() && (html[pos + 1] == '!' || html[pos + 1] == '?')) {
    const auto end = html.find('>', pos);
    pos = end == std::string_view::npos ? html.size() : end + 1;
    return std::nullopt;
  }
  std::size_t i = pos + 1;
  Tag tag;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) != 0)) tag.name += lower_ascii(html[i++]);
  if (i == name_start || !std::isalpha(static_cast<unsigned char>(html[name_start]))) {
    is_text = true;  // "a < b": a lone '<' is text
    pos = start;
    return std::nullopt;
  }
  // Attributes, until '>'.
  while (i < html.size() && html[i] != '>') {
    if (is_space(html[i]) || html[i] == '/') {
      ++i;
      continue;
    }
    std::string name;
    while (i < html.size() && !is_space(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/')
      name += lower_ascii(html[i++]);
    while (i < html.size() && is_space(html[i])) ++i;
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      while (i < html.size() && is_space(html[i])) ++i;
      if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
        const char quote = html[i++];
        const auto end = html.find(quote, i);
        const std::size_t stop = end == std::string_view::npos ? html.size() : end;
        value = std::string(html.substr(i, stop - i));
        i = stop == html.size() ? stop : stop + 1;
      } else {
        while (i < html.size() && !is_space(html[i]) && html[i] != '>') value += html[i++];
      }
    }
    if (!name.empty()) tag.attributes.emplace_back(std::move(name), std::move(value));
  }
  pos = i < html.size() ? i + 1 : html.size();
  return tag;
}

bool is_block(std::string_view name) {
  static constexpr std::array<std::string_view, 17> kBlocks = {"p",  "div", "br", "li", "ul", "ol", "h1", "h2", "h3",
                                                               "h4", "h5",  "h6", "tr", "blockquote", "pre", "hr",
                                                               "center"};
  return std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end();
}

std::size_t span_value(std::string_view text) {
  std::size_t value = 1;
  const auto trimmed = text::trim(text);
  const auto [ptr, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (ec != std::errc() || value == 0) return 1;
  return std::min<std::size_t>(value, 10'000);
}

// Text with character references decoded.
void append_text(std::string_view raw, std::string& out) {
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '&') {
      out += raw[i];
      continue;
    }
    // A reference is short: look for its «;» a few bytes ahead only, so that
    // text full of «&» without «;» is read in linear time.
    const auto semicolon = raw.substr(0, std::min(raw.size(), i + 13)).find(';', i + 1);
    if (semicolon != std::string_view::npos) {
      if (const auto decoded = decode_entity(raw.substr(i + 1, semicolon - i - 1))) {
        out += *decoded;
        i = semicolon;
        continue;
      }
    }
    out += '&';
  }
}

struct OpenTable {
  GridBuilder grid;
  CellText cell;
  std::size_t colspan = 1, rowspan = 1;
  bool in_cell = false;
  explicit OpenTable(std::size_t max_columns) : grid(max_columns) {}
};

class HtmlReader {
 public:
  HtmlReader(OrderDocument& out, const OrderLimits& limits) : out_(out), limits_(limits) {}

  bool read(std::string_view html, vocab::Localized& error) {
    std::size_t pos = 0;
    std::uint32_t line = 1;
    std::size_t counted = 0;  // line counted up to here
    while (pos < html.size()) {
      if (html[pos] == '<') {
        bool is_text = false;
        line += static_cast<std::uint32_t>(std::count(html.begin() + counted, html.begin() + pos, '\n'));
        counted = pos;
        const auto tag = parse_tag(html, pos, is_text);
        if (is_text) {
          text("<");
          ++pos;
          continue;
        }
        if (!tag) continue;
        if (!tag->closing && (tag->name == "script" || tag->name == "style" || tag->name == "title")) {
          const auto end = find_closing(html, pos, tag->name);
          pos = end;
          continue;
        }
        if (!handle(*tag, line, error)) return false;
        continue;
      }
      const auto next = html.find('<', pos);
      const std::size_t stop = next == std::string_view::npos ? html.size() : next;
      std::string decoded;
      append_text(html.substr(pos, stop - pos), decoded);
      text(decoded);
      pos = stop;
    }
    while (!tables_.empty()) close_table();
    outside_.end_paragraph();
    flush_outside();
    return true;
  }

 private:
  static std::size_t find_closing(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
      std::size_t k = 0;
      while (k < name.size() && i + 2 + k < html.size() && lower_ascii(html[i + 2 + k]) == name[k]) ++k;
      if (k == name.size()) {
        const auto end = html.find('>', i);
        return end == std::string_view::npos ? html.size() : end + 1;
      }
    }
    return html.size();
  }

  CellText& sink() { return tables_.empty() ? outside_ : tables_.back().cell; }

  void text(std::string_view chars) {
    if (!tables_.empty() && !tables_.back().in_cell) return;  // text between cells
    sink().add(chars, bold_ > 0);
  }

  bool handle(const Tag& tag, std::uint32_t line, vocab::Localized& error) {
    const std::string& name = tag.name;
    if (name == "b" || name == "strong") {
        bold_ = tag.closing ? std::max(0, bold_ - 1) : bold_ + 1;
      return true;
    }
    if (name == "table") {
      if (tag.closing) {
        if (!tables_.empty()) close_table();
        return true;
      }
      if (tables_.size() >= limits_.max_depth) {
        error = {fmt::format("таблицы вложены друг в друга глубже {} уровней", limits_.max_depth),
                 fmt::format("tables are nested deeper than {} levels", limits_.max_depth)};
        return false;
      }
      if (tables_.empty()) {
        outside_.end_paragraph();
        flush_outside();
      }
      tables_.emplace_back(limits_.max_columns);
      return true;
    }
    if (tables_.empty()) {
      if (is_block(name)) outside_.end_paragraph();
      if (!tag.closing && (name == "p" || name == "div" || name == "h1" || name == "h2" || name == "h3"))
        blank_before_ = true;
      return true;
    }
    OpenTable& table = tables_.back();
    if (name == "tr") {
      end_cell(table);
      if (tag.closing) {
        table.grid.end_row();
      } else {
        if (++rows_ > limits_.max_rows) {
          error = {fmt::format("в таблицах больше {} строк", limits_.max_rows),
                   fmt::format("the tables have more than {} rows", limits_.max_rows)};
          return false;
        }
        table.grid.start_row(line);
      }
      return true;
    }
    if (name == "td" || name == "th") {
      end_cell(table);
      if (!tag.closing) {
        table.in_cell = true;
        table.colspan = span_value(tag.attribute("colspan"));
        table.rowspan = span_value(tag.attribute("rowspan"));
      }
      return true;
    }
    if (name == "thead" || name == "tbody" || name == "tfoot") {
      end_cell(table);
      return true;
    }
    if (table.in_cell && is_block(name)) {
      table.cell.end_paragraph();
      // A list item is a step of the activity: marked as the text copies mark them.
      if (name == "li" && !tag.closing) table.cell.add("- ", false);
    }
    return true;
  }

  void end_cell(OpenTable& table) {
    if (!table.in_cell) return;
    Cell cell = table.cell.take_cell();
    table.in_cell = false;
    table.grid.add_cell(std::move(cell), table.colspan, table.rowspan);
  }

  void close_table() {
    OpenTable& table = tables_.back();
    end_cell(table);
    Table done = table.grid.finish(0);
    tables_.pop_back();
    if (tables_.empty()) {
      done.number = static_cast<std::uint32_t>(out_.tables.size() + 1);
      done.lines_before = out_.lines.size();
      out_.tables.push_back(std::move(done));
      return;
    }
    // A table inside a cell: its rows become lines of that cell.
    OpenTable& outer = tables_.back();
    if (!outer.in_cell) return;
    outer.cell.end_paragraph();
    for (auto& line : nested_table_lines(done)) outer.cell.lines.push_back(std::move(line));
  }

  void flush_outside() {
    for (auto& line : outside_.lines) {
      if (blank_before_ && !out_.lines.empty() && !out_.lines.back().empty()) out_.lines.emplace_back();
      out_.lines.push_back(std::move(line));
    }
    outside_.lines.clear();
    blank_before_ = false;
  }

  OrderDocument& out_;
  const OrderLimits& limits_;
  std::vector<OpenTable> tables_;
  CellText outside_;
  int bold_ = 0;
  bool blank_before_ = false;
  std::size_t rows_ = 0;
};

}  // namespace

std::optional<std::string> decode_entity(std::string_view name) {
  std::string out;
  if (!name.empty() && name[0] == '#') {
    std::uint32_t value = 0;
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const auto digits = name.substr(hex ? 2 : 1);
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (ec != std::errc() || ptr != digits.data() + digits.size() || digits.empty()) return std::nullopt;
    if (value == 0 || value > 0x10FFFF) value = 0xFFFD;
    text::append_utf8(out, value);
    return out;
  }
  static constexpr std::array<std::pair<std::string_view, char32_t>, 20> kNames = {{
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
      {"nbsp", 0xA0},    {"laquo", 0xAB},   {"raquo", 0xBB},    {"ndash", 0x2013}, {"mdash", 0x2014},
      {"hellip", 0x2026}, {"bdquo", 0x201E}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
      {"rsquo", 0x2019}, {"numero", 0x2116}, {"bull", 0x2022},  {"middot", 0xB7},  {"shy", 0xAD},
  }};
  for (const auto& [key, code] : kNames)
    if (key == name) {
      if (code != 0xAD) text::append_utf8(out, code);  // a soft hyphen is no text
      return out;
    }
  return std::nullopt;
}

bool read_html_order(std::string_view html, OrderDocument& out, vocab::Localized& error, const OrderLimits& limits) {
  HtmlReader reader(out, limits);
  return reader.read(html, error);
}

namespace {

// Undoes the Markdown a text copy of an order keeps: «**bold**», «\_».
std::string strip_markdown(std::string_view text, bool& bold) {
  std::string out;
  bold = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && std::string_view("_*[]()#.-").find(text[i + 1]) != std::string_view::npos) {
      out += text[++i];
      continue;
    }
    if (text[i] == '*' && i + 1 < text.size() && text[i + 1] == '*') {
      bold = true;
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

}  // namespace

Cell inline_markup_cell(std::string_view fragment) {
  bool markdown_bold = false;
  const std::string plain = strip_markdown(fragment, markdown_bold);
  OrderDocument page;
  vocab::Localized ignored;
  // A cell is a fragment: wrap it in a table cell so that <p>/<li> break it
  // into lines and <b> is tracked as in a real table.
  const std::string wrapped = "<table><tr><td>" + plain + "</td></tr></table>";
  Cell cell;
  if (read_html_order(wrapped, page, ignored) && !page.tables.empty() && !page.tables[0].rows.empty() &&
      !page.tables[0].rows[0].cells.empty())
    cell = page.tables[0].rows[0].cells[0];
  if (markdown_bold && !cell.empty()) cell.bold = true;
  return cell;
}

std::string plain_line(std::string_view line) {
  const Cell cell = inline_markup_cell(line);
  return cell.text();
}

}  // namespace rmt::order
