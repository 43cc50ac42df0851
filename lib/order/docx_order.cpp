#include "order/docx_order.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "order/table_grid.h"
#include "text/case_fold.h"
#include "package/xml_stream.h"
#include "package/zip_reader.h"

namespace rmt::order {
namespace {

bool on_value(std::string_view value) { return value.empty() || (value != "0" && value != "false" && value != "off"); }

std::size_t number_value(std::string_view text, std::size_t fallback) {
  std::size_t value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() ? value : fallback;
}

// The paragraph styles that make a list: Word's built-in «List Bullet» and
// «List Number» (and their numbered variants, «List Bullet 2» …), whose
// names styles.xml keeps in English whatever the language of Word, their
// Russian names as a localized template may store them, and any style that
// numbers its paragraphs itself (w:numPr), directly or through w:basedOn.
class ListStyles : public package::XmlHandler {
 public:
  void start(package::XmlStream&, std::string_view name, const package::XmlAttributes& attributes) override {
    if (name == "style") {
      current_ = attributes.get("type") == "paragraph" ? std::string(attributes.get("styleId")) : std::string();
      if (!current_.empty()) styles_[current_];
    } else if (current_.empty()) {
      return;
    } else if (name == "name") {
      styles_[current_].listed_by_name = is_list_name(attributes.get("val"));
    } else if (name == "basedOn") {
      styles_[current_].based_on = attributes.get("val");
    } else if (name == "numPr") {
      styles_[current_].numbered = true;
    } else if (name == "numId" && attributes.get("val") == "0") {
      styles_[current_].numbered = false;  // numbering switched off
    }
  }
  void end(package::XmlStream&, std::string_view name) override {
    if (name == "style") current_.clear();
  }
  void text(package::XmlStream&, std::string_view) override {}

  std::set<std::string, std::less<>> ids() const {
    std::set<std::string, std::less<>> out;
    for (const auto& [id, style] : styles_) {
      const Style* s = &style;
      for (std::size_t depth = 0; s && depth < 16; ++depth) {  // basedOn may loop in a broken file
        if (s->listed_by_name || s->numbered) {
          out.insert(id);
          break;
        }
        const auto parent = styles_.find(s->based_on);
        s = parent == styles_.end() ? nullptr : &parent->second;
      }
    }
    return out;
  }

 private:
  static bool is_list_name(std::string_view name) {
    const std::string folded = text::fold_case(name);
    for (std::string_view prefix : {"list bullet", "list number", "маркированный список", "нумерованный список"})
      if (folded.starts_with(prefix)) return true;
    return false;
  }
  struct Style {
    bool listed_by_name = false, numbered = false;
    std::string based_on;
  };
  std::map<std::string, Style> styles_;
  std::string current_;
};

struct OpenTable {
  GridBuilder grid;
  CellText cell;
  std::size_t span = 1;
  bool continues = false, in_cell = false, in_row = false;
  explicit OpenTable(std::size_t max_columns) : grid(max_columns) {}
};

class DocumentHandler : public package::XmlHandler {
 public:
  DocumentHandler(OrderDocument& out, const OrderLimits& limits, std::set<std::string, std::less<>> list_styles)
      : out_(out), limits_(limits), list_styles_(std::move(list_styles)) {}

  void start(package::XmlStream& stream, std::string_view name, const package::XmlAttributes& attributes) override {
    if (name == "tbl") {
      if (tables_.size() >= limits_.max_depth) {
        stream.fail({fmt::format("таблицы вложены друг в друга глубже {} уровней", limits_.max_depth),
                     fmt::format("tables are nested deeper than {} levels", limits_.max_depth)});
        return;
      }
      tables_.emplace_back(limits_.max_columns);
      return;
    }
    if (name == "delText" || name == "instrText") {
      skipping_ = true;
      return;
    }
    if (name == "t") {
      in_text_ = true;
      return;
    }
    if (name == "r") {
      run_bold_ = false;
      return;
    }
    if (name == "b" && in_run_properties_) {
      run_bold_ = on_value(attributes.get("val"));
      return;
    }
    if (name == "rPr") {
      in_run_properties_ = true;
      return;
    }
    if (name == "tab") {
      if (!in_run_properties_ && !in_paragraph_properties_) sink().add(" ", run_bold_);
      return;
    }
    if (name == "pPr") {
      in_paragraph_properties_ = true;
      return;
    }
    if (name == "numPr" && in_paragraph_properties_) {
      list_item_ = true;
      return;
    }
    if (name == "numId" && in_paragraph_properties_ && attributes.get("val") == "0") {
      list_item_ = false;  // numbering switched off for this paragraph
      return;
    }
    if (name == "pStyle" && in_paragraph_properties_) {
      if (list_styles_.contains(attributes.get("val"))) list_item_ = true;
      return;
    }
    if (name == "br" || name == "cr") {
      if (!tables_.empty()) tables_.back().cell.end_paragraph(false);
      else sink().add(" ", run_bold_);
      return;
    }
    if (tables_.empty()) return;
    OpenTable& table = tables_.back();
    if (name == "tr") {
      if (++rows_ > limits_.max_rows) {
        stream.fail({fmt::format("в таблицах больше {} строк", limits_.max_rows),
                     fmt::format("the tables have more than {} rows", limits_.max_rows)});
        return;
      }
      table.grid.start_row(static_cast<std::uint32_t>(table.grid.row_count() + 1));
      table.in_row = true;
    } else if (name == "gridBefore") {
      for (std::size_t k = number_value(attributes.get("val"), 0); k > 0 && k <= limits_.max_columns; --k)
        table.grid.add_cell(Cell{});
    } else if (name == "tc") {
      table.in_cell = true;
      table.span = 1;
      table.continues = false;
      table.cell = CellText{};
    } else if (name == "gridSpan" && table.in_cell) {
      table.span = std::clamp<std::size_t>(number_value(attributes.get("val"), 1), 1, limits_.max_columns);
    } else if (name == "vMerge" && table.in_cell) {
      const auto value = attributes.get("val");
      table.continues = value.empty() || value == "continue";
    }
  }

  void end(package::XmlStream&, std::string_view name) override {
    if (name == "delText" || name == "instrText") {
      skipping_ = false;
    } else if (name == "t") {
      in_text_ = false;
    } else if (name == "rPr") {
      in_run_properties_ = false;
    } else if (name == "pPr") {
      in_paragraph_properties_ = false;
    } else if (name == "p") {
      if (tables_.empty()) body_.end_paragraph(true);
      else tables_.back().cell.end_paragraph(false, list_item_);
      list_item_ = false;
    } else if (name == "tc") {
      if (tables_.empty()) return;
      OpenTable& table = tables_.back();
      table.grid.add_cell(table.cell.take_cell(), table.span, 1, table.continues);
      table.in_cell = false;
    } else if (name == "tr") {
      if (!tables_.empty()) tables_.back().grid.end_row();
    } else if (name == "tbl") {
      close_table();
    }
  }

  void text(package::XmlStream&, std::string_view chars) override {
    if (in_text_ && !skipping_) sink().add(chars, run_bold_);
  }

  void finish() {
    while (!tables_.empty()) close_table();
    body_.end_paragraph(false);
    flush_body();
  }

 private:
  CellText& sink() { return tables_.empty() ? body_ : tables_.back().cell; }

  void flush_body() {
    for (auto& line : body_.lines) out_.lines.push_back(std::move(line));
    body_.lines.clear();
  }

  void close_table() {
    if (tables_.size() == 1) flush_body();
    Table done = tables_.back().grid.finish(0);
    tables_.pop_back();
    if (tables_.empty()) {
      done.number = static_cast<std::uint32_t>(out_.tables.size() + 1);
      done.lines_before = out_.lines.size();
      out_.tables.push_back(std::move(done));
      return;
    }
    // A table inside a cell: each of its rows is a line of that cell.
    CellText& outer = tables_.back().cell;
    outer.end_paragraph();
    for (auto& line : nested_table_lines(done)) outer.lines.push_back(std::move(line));
  }

  OrderDocument& out_;
  const OrderLimits& limits_;
  const std::set<std::string, std::less<>> list_styles_;
  std::vector<OpenTable> tables_;
  CellText body_;
  bool in_text_ = false, skipping_ = false, run_bold_ = false;
  bool in_run_properties_ = false, in_paragraph_properties_ = false, list_item_ = false;
  std::size_t rows_ = 0;
};

}  // namespace

bool read_docx_order(const std::string& path, OrderDocument& out, vocab::Localized& error, const OrderLimits& limits) {
  package::ZipArchive zip(path);
  if (!zip.is_open()) {
    error = zip.error();
    return false;
  }
  if (!zip.contains("word/document.xml")) {
    if (zip.contains("content.xml"))
      error = {"это документ OpenDocument (.odt); сохраните его как .docx (Word) и запустите снова",
               "this is an OpenDocument file (.odt); save it as .docx (Word) and run again"};
    else if (zip.contains("xl/workbook.xml"))
      error = {"это книга Excel, а не документ Word; нужен приказ в .docx, .html или тексте",
               "this is an Excel workbook, not a Word document; the order is needed as .docx, .html or text"};
    else
      error = {"в архиве нет word/document.xml: это не документ Word (.docx)",
               "the archive has no word/document.xml: it is not a Word document (.docx)"};
    return false;
  }
  // Styles first: a paragraph in a list style is a step. A document without
  // styles.xml (or with a broken one) just has no list styles.
  ListStyles styles;
  if (zip.contains("word/styles.xml")) package::parse_part(zip, "word/styles.xml", styles, limits.max_bytes);
  DocumentHandler handler(out, limits, styles.ids());
  error = package::parse_part(zip, "word/document.xml", handler, limits.max_bytes);
  if (!error.ru.empty() || !error.en.empty()) return false;
  handler.finish();
  out.rows_are_table_rows = true;
  return true;
}

}  // namespace rmt::order
