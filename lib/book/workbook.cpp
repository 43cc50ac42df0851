#include "book/workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <functional>

#include <fmt/format.h>

#include "text/case_fold.h"
#include "text/utf8.h"

namespace rmt::book {
namespace {

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell's text

struct Colours {
  lxw_color_t fill, font;
};

Colours colours_of(Fill fill) {
  switch (fill) {
    case Fill::none: return {0, 0};
    case Fill::header: return {0xDDEBF7, 0};
    case Fill::section: return {0xD9E1F2, 0};
    case Fill::green: return {0xC6EFCE, 0x006100};
    case Fill::yellow: return {0xFFEB9C, 0x9C5700};
    case Fill::red: return {0xFFC7CE, 0x9C0006};
    case Fill::grey: return {0xEDEDED, 0x595959};
    case Fill::prefilled: return {0xF2F2F2, 0};
  }
  return {0, 0};
}

const char* pattern_of(NumberFormat number) {
  switch (number) {
    case NumberFormat::general: return nullptr;
    case NumberFormat::integer: return "0";
    // "General", not "0.##": the latter prints 12 as "12." in Excel and LibreOffice.
    case NumberFormat::decimal: return "General";
    case NumberFormat::percent: return "0%";
    case NumberFormat::date: return "dd.mm.yyyy";
    case NumberFormat::text: return "@";
  }
  return nullptr;
}

lxw_datetime to_lxw(const calendar::Date& date) { return {date.year, date.month, date.day, 0, 0, 0}; }

// Pixels of a column `width` Excel units wide (Excel's own rounding).
double pixels_of(double width) { return width <= 0 ? 0 : std::floor(width * 7 + 5); }

}  // namespace

std::uint32_t fill_rgb(Fill fill) { return fill == Fill::none ? 0xFFFFFF : colours_of(fill).fill; }
std::uint32_t fill_ink_rgb(Fill fill) { return colours_of(fill).font ? colours_of(fill).font : 0x4472C4; }

struct Sheet::Impl {
  lxw_workbook* book = nullptr;
  lxw_worksheet* sheet = nullptr;
  std::string name;
  std::string overflow_mark;
  std::vector<double> widths;
  std::string buffer;  // a terminated copy of the text being written, reused
  std::optional<Row> row;  // the row being written
  double height = 0;       // the height it needs so far (0: the default)
  // Heights already measured, per column: a column repeats its texts (a Data
  // sheet's file names row after row, the same comment from many schools),
  // and a text is measured once. A small direct-mapped table of the last
  // texts seen, compared whole, so a hit is always the same text.
  struct Measured {
    std::string text;
    double width = -1;
    Font font{};
    double height = 0;
  };
  static constexpr std::size_t kCacheSlots = 256;
  std::vector<std::vector<Measured>> measured;  // [column][slot]

  double height_of(Col col, std::string_view text, double width, Font font) {
    if (measured.size() <= col) measured.resize(col + 1);
    auto& slots = measured[col];
    if (slots.empty()) slots.resize(kCacheSlots);
    Measured& slot = slots[std::hash<std::string_view>{}(text) % kCacheSlots];
    if (slot.width != width || !(slot.font == font) || slot.text != text) {
      slot.text.assign(text);
      slot.width = width;
      slot.font = font;
      slot.height = row_height(wrapped_lines(text, width, font), font);
    }
    return slot.height;
  }

  // Text as a cell can hold it: XML-safe (text/utf8.h), and cut with «…» at
  // Excel's limit for one cell.
  const char* terminated(std::string_view value) {
    if (text::needs_xml_cleaning(value))
      buffer = text::xml_safe(value);
    else
      buffer.assign(value);  // the common case: no copy beyond the buffer's
    if (buffer.size() > kMaxCellChars && text::count_chars(buffer) > kMaxCellChars)
      buffer = text::shorten(buffer, kMaxCellChars);
    return buffer.c_str();
  }
  double span_width(Col first, Col last) const {
    double pixels = 0;
    for (Col c = first; c <= last; ++c) pixels += pixels_of(c < widths.size() ? widths[c] : 8.43);
    return std::max(0.0, (pixels - 5) / 7);
  }
};

Sheet::Sheet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Sheet::~Sheet() = default;

void Sheet::set_widths(const std::vector<double>& widths) {
  impl_->widths = widths;
  for (std::size_t c = 0; c < widths.size(); ++c)
    worksheet_set_column(impl_->sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
}

double Sheet::width(Col col) const { return col < impl_->widths.size() ? impl_->widths[col] : 8.43; }

double Sheet::span_width(Col first, Col last) const { return impl_->span_width(first, last); }

void Sheet::touch(Row row) {
  if (impl_->row && *impl_->row == row) return;
  finish();
  impl_->row = row;
}

void Sheet::need(Row row, double height) {
  if (impl_->row && *impl_->row == row) impl_->height = std::max(impl_->height, height);
}

void Sheet::finish() {
  if (impl_->row && impl_->height > single_line_height(Font{}))
    worksheet_set_row(impl_->sheet, *impl_->row, impl_->height, nullptr);
  impl_->row.reset();
  impl_->height = 0;
}

void Sheet::text(Row row, Col col, std::string_view value, const Format& format) {
  touch(row);
  auto* f = static_cast<lxw_format*>(format.handle_);
  if (value.empty()) {
    if (f) worksheet_write_blank(impl_->sheet, row, col, f);
    return;
  }
  if (!format.wrap_) {
    // write_string never interprets its text: "=HYPERLINK(…)" stays text.
    worksheet_write_string(impl_->sheet, row, col, impl_->terminated(value), f);
    return;
  }
  const double height = impl_->height_of(col, value, width(col), format.font_);
  need(row, height);
  const int visible = max_visible_lines(format.font_);
  if (impl_->overflow_mark.empty() || height < row_height(visible, format.font_) ||
      wrapped_lines(value, width(col), format.font_) <= visible) {
    worksheet_write_string(impl_->sheet, row, col, impl_->terminated(value), f);
    return;
  }
  // Longer than the tallest row shows: the mark goes on the last visible line
  // and the text continues after it, whole, for the formula bar and a copy.
  const int mark_lines = wrapped_lines(impl_->overflow_mark, width(col), format.font_);
  const std::size_t cut = prefix_within_lines(value, width(col), format.font_, visible - mark_lines);
  if (cut == 0) {  // not one word fits above the mark: a text with no spaces, left as it is
    worksheet_write_string(impl_->sheet, row, col, impl_->terminated(value), f);
    return;
  }
  std::string marked(value.substr(0, cut));
  marked += "\n";
  marked += impl_->overflow_mark;
  marked += "\n";
  marked += value.substr(std::min(value.size(), cut + 1));
  worksheet_write_string(impl_->sheet, row, col, impl_->terminated(marked), f);
}

void Sheet::number(Row row, Col col, double value, const Format& format) {
  touch(row);
  worksheet_write_number(impl_->sheet, row, col, value, static_cast<lxw_format*>(format.handle_));
}

void Sheet::number(Row row, Col col, const std::optional<double>& value, const Format& format) {
  if (value)
    number(row, col, *value, format);
  else
    blank(row, col, format);
}

void Sheet::date(Row row, Col col, const calendar::Date& value, const Format& format) {
  touch(row);
  lxw_datetime dt = to_lxw(value);
  worksheet_write_datetime(impl_->sheet, row, col, &dt, static_cast<lxw_format*>(format.handle_));
}

void Sheet::blank(Row row, Col col, const Format& format) {
  touch(row);
  worksheet_write_blank(impl_->sheet, row, col, static_cast<lxw_format*>(format.handle_));
}

void Sheet::formula(Row row, Col col, const std::string& formula, const Format& format, std::optional<double> result) {
  touch(row);
  auto* f = static_cast<lxw_format*>(format.handle_);
  if (result)
    worksheet_write_formula_num(impl_->sheet, row, col, formula.c_str(), f, *result);
  else
    worksheet_write_formula_str(impl_->sheet, row, col, formula.c_str(), f, "");
}

void Sheet::merged_text(Row row, Col first, Col last, std::string_view value, const Format& format) {
  touch(row);
  worksheet_merge_range(impl_->sheet, row, first, row, last, impl_->terminated(value),
                        static_cast<lxw_format*>(format.handle_));
  if (format.wrap_)
    need(row, row_height(wrapped_lines(value, impl_->span_width(first, last), format.font_), format.font_));
}

void Sheet::merged_runs(Row row, Col first, Col last, const std::vector<Run>& runs, const Format& format,
                        const Format& bold) {
  touch(row);
  auto* cell = static_cast<lxw_format*>(format.handle_);
  worksheet_merge_range(impl_->sheet, row, first, row, last, "", cell);
  std::vector<std::string> texts;
  texts.reserve(runs.size());
  std::vector<lxw_rich_string_tuple> tuples(runs.size());
  std::vector<lxw_rich_string_tuple*> pointers;
  std::string joined;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    texts.push_back(text::xml_safe(runs[i].text));
    joined += texts.back();
    tuples[i].format = runs[i].bold ? static_cast<lxw_format*>(bold.handle_) : nullptr;
    tuples[i].string = texts.back().data();
    if (!runs[i].text.empty()) pointers.push_back(&tuples[i]);
  }
  pointers.push_back(nullptr);
  if (pointers.size() > 2)  // a rich string needs two fragments at least
    worksheet_write_rich_string(impl_->sheet, row, first, pointers.data(), cell);
  else if (pointers.size() == 2)
    worksheet_write_string(impl_->sheet, row, first, pointers[0]->string, cell);
  // Measured as if all bold: the roomier estimate.
  const Font font{format.font_.size, true};
  if (format.wrap_) need(row, row_height(wrapped_lines(joined, impl_->span_width(first, last), font), font));
}

void Sheet::freeze(Row rows, Col cols) { worksheet_freeze_panes(impl_->sheet, rows, cols); }

void Sheet::autofilter(Row first_row, Col first_col, Row last_row, Col last_col) {
  worksheet_autofilter(impl_->sheet, first_row, first_col, std::max(last_row, first_row + 1), last_col);
}

void Sheet::print(const PrintSetup& setup) {
  lxw_worksheet* ws = impl_->sheet;
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  // Inches: left, right, top, bottom; the header and footer sit 0.3" from the edge.
  worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
  lxw_header_footer_options footer{};
  footer.margin = 0.3;
  worksheet_set_footer_opt(ws, std::string(kFooter).c_str(), &footer);
  bool fit = setup.fit_width;
  if (fit && setup.min_scale > 0) {
    // A4 landscape less the margins: 10.69 in, 1026 px at 96 dpi; a column of
    // w Excel units is 7w + 5 px wide.
    double pixels = 0;
    for (const double w : impl_->widths) pixels += 7 * w + 5;
    if (pixels > 0 && 1026.0 / pixels * 100 < setup.min_scale) {
      fit = false;
      worksheet_set_print_scale(ws, static_cast<uint16_t>(setup.min_scale));
      worksheet_repeat_columns(ws, 0, setup.repeat_columns_to);
    }
  }
  if (fit) worksheet_fit_to_pages(ws, 1, 0);
  if (setup.repeat_row) worksheet_repeat_rows(ws, *setup.repeat_row, *setup.repeat_row);
  if (setup.area) worksheet_print_area(ws, 0, 0, setup.area->last_row, setup.area->last_col);
  if (!setup.breaks_before.empty()) {
    std::vector<lxw_row_t> breaks(setup.breaks_before.begin(), setup.breaks_before.end());
    breaks.push_back(0);
    worksheet_set_h_pagebreaks(ws, breaks.data());
  }
}

void Sheet::activate() { worksheet_activate(impl_->sheet); }

void Sheet::validate(Row first_row, Row last_row, Col col, const Validation& rule) {
  lxw_data_validation v{};
  std::vector<std::string> items;
  for (const auto& item : rule.items) items.push_back(text::xml_safe(item));
  std::vector<char*> list;
  std::string title = text::xml_safe(rule.title), input = text::xml_safe(rule.input_message),
              error = text::xml_safe(rule.error_message);
  switch (rule.kind) {
    case Validation::Kind::list:
      for (auto& item : items) list.push_back(item.data());
      list.push_back(nullptr);
      v.validate = LXW_VALIDATION_TYPE_LIST;
      v.value_list = list.data();
      break;
    case Validation::Kind::decimal_at_least:
      v.validate = LXW_VALIDATION_TYPE_DECIMAL;
      v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
      v.value_number = rule.minimum;
      break;
    case Validation::Kind::date_between:
      v.validate = LXW_VALIDATION_TYPE_DATE;
      v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
      v.minimum_datetime = to_lxw(rule.first);
      v.maximum_datetime = to_lxw(rule.last);
      break;
  }
  v.input_title = title.data();
  v.input_message = input.data();
  v.error_title = title.data();
  v.error_message = error.data();
  worksheet_data_validation_range(impl_->sheet, first_row, col, last_row, col, &v);
}

void Sheet::protect() {
  // No password: this guards against slips, not against the school.
  lxw_protection protection{};
  protection.format_cells = 1;
  protection.format_columns = 1;
  protection.format_rows = 1;
  worksheet_protect(impl_->sheet, nullptr, &protection);
}

void Sheet::comment(Row row, Col col, std::string_view text, const std::string& author) {
  lxw_comment_options options{};
  std::string safe_author = text::xml_safe(author);
  options.author = safe_author.data();
  // Wide enough for a sentence or two (the default box is 2 × 4 cells).
  options.width = 360;
  options.height = 120;
  worksheet_write_comment_opt(impl_->sheet, row, col, impl_->terminated(text), &options);
}

const std::string& Sheet::name() const { return impl_->name; }

void Sheet::insert_chart(Row row, Col col, const ColumnChart& spec) {
  lxw_chart* chart = workbook_add_chart(impl_->book, LXW_CHART_COLUMN);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  const char* sheet = spec.source_sheet.c_str();
  chart_series_set_categories(series, sheet, spec.first_row, spec.category_col, spec.last_row, spec.category_col);
  chart_series_set_values(series, sheet, spec.first_row, spec.value_col, spec.last_row, spec.value_col);
  const std::string series_name = text::xml_safe(spec.series_name);
  chart_series_set_name(series, series_name.c_str());
  chart_set_series_gap(chart, 60);

  // Each bar in its status colour, with its own label (the counts behind the percentage).
  std::vector<lxw_chart_fill> fills(spec.point_fills.size());
  std::vector<lxw_chart_point> points(spec.point_fills.size());
  std::vector<lxw_chart_point*> point_list;
  for (std::size_t i = 0; i < spec.point_fills.size(); ++i) {
    fills[i].color = fill_ink_rgb(spec.point_fills[i]);
    points[i].fill = &fills[i];
    point_list.push_back(&points[i]);
  }
  point_list.push_back(nullptr);
  if (!spec.point_fills.empty()) chart_series_set_points(series, point_list.data());
  std::vector<std::string> texts;
  for (const auto& label : spec.point_labels) texts.push_back(text::xml_safe(label));
  std::vector<lxw_chart_data_label> labels(texts.size());
  std::vector<lxw_chart_data_label*> label_list;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    labels[i].value = texts[i].data();
    label_list.push_back(&labels[i]);
  }
  label_list.push_back(nullptr);
  if (!texts.empty()) {
    chart_series_set_labels(series);
    chart_series_set_labels_custom(series, label_list.data());
    chart_series_set_labels_position(series, LXW_CHART_LABEL_POSITION_OUTSIDE_END);
  }

  const std::string title = text::xml_safe(spec.title);
  chart_title_set_name(chart, title.c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_num_format(chart->y_axis, spec.value_format.c_str());
  chart_axis_set_min(chart->y_axis, spec.value_axis_min);
  if (spec.value_axis_max) chart_axis_set_max(chart->y_axis, *spec.value_axis_max);
  if (spec.value_axis_major_unit) chart_axis_set_major_unit(chart->y_axis, *spec.value_axis_major_unit);
  chart_axis_major_gridlines_set_visible(chart->y_axis, LXW_TRUE);
  const std::string axis_title = text::xml_safe(spec.value_axis_title);
  if (!axis_title.empty()) chart_axis_set_name(chart->y_axis, axis_title.c_str());
  lxw_chart_options placement{};
  placement.x_scale = spec.width_px / 480.0;  // libxlsxwriter's default chart is 480 x 288
  placement.y_scale = spec.height_px / 288.0;
  placement.object_position = LXW_OBJECT_DONT_MOVE_DONT_SIZE;
  worksheet_insert_chart_opt(impl_->sheet, row, col, chart, &placement);
}

struct Workbook::Impl {
  lxw_workbook* book = nullptr;
  std::string overflow_mark;
  std::vector<std::pair<Style, lxw_format*>> formats;
  std::vector<std::unique_ptr<Sheet>> sheets;
};

Workbook::Workbook(const std::string& path, bool constant_memory) : impl_(std::make_unique<Impl>()) {
  lxw_workbook_options options{};
  options.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  options.use_zip64 = LXW_TRUE;
  impl_->book = workbook_new_opt(path.c_str(), &options);
}

Workbook::~Workbook() {
  if (impl_->book) workbook_close(impl_->book);  // only when close() was never reached
}

bool Workbook::ok() const { return impl_->book != nullptr; }

Format Workbook::format(const Style& style) {
  Format result;
  result.font_ = style.font;
  result.wrap_ = style.wrap;
  for (const auto& [known, made] : impl_->formats)
    if (known == style) {
      result.handle_ = made;
      return result;
    }
  lxw_format* f = workbook_add_format(impl_->book);
  if (style.font.bold) format_set_bold(f);
  if (style.font.size != 11) format_set_font_size(f, style.font.size);
  if (style.wrap) format_set_text_wrap(f);
  switch (style.vertical) {
    case Vertical::top: format_set_align(f, LXW_ALIGN_VERTICAL_TOP); break;
    case Vertical::centre: format_set_align(f, LXW_ALIGN_VERTICAL_CENTER); break;
  }
  if (style.border || style.light_border) format_set_border(f, LXW_BORDER_THIN);
  if (style.light_border) format_set_border_color(f, 0xBFBFBF);
  if (!style.locked) format_set_unlocked(f);
  if (style.fill != Fill::none) {
    const Colours c = colours_of(style.fill);
    format_set_bg_color(f, c.fill);
    if (c.font) format_set_font_color(f, c.font);
  }
  if (const char* pattern = pattern_of(style.number)) format_set_num_format(f, pattern);
  impl_->formats.emplace_back(style, f);
  result.handle_ = f;
  return result;
}

std::string valid_sheet_name(std::string_view wanted, const std::vector<std::string>& taken) {
  constexpr std::size_t kMaxChars = 31;
  std::string name;
  for (const char c : text::xml_safe(wanted)) name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  // Control characters XML allows are still no part of a name.
  std::replace_if(name.begin(), name.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  while (!name.empty() && name.front() == '\'') name.erase(name.begin());
  if (text::count_chars(name) > kMaxChars) name = text::shorten(name, kMaxChars);
  while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
  if (name.empty()) name = "Sheet";
  const auto used = [&](const std::string& candidate) {
    const std::string folded = text::fold_case(candidate);
    if (folded == "history") return true;  // Excel keeps it for its own
    return std::any_of(taken.begin(), taken.end(), [&](const std::string& t) { return text::fold_case(t) == folded; });
  };
  if (!used(name)) return name;
  for (int n = 2;; ++n) {
    const std::string suffix = fmt::format(" ({})", n);
    std::string base = name;
    while (text::count_chars(base) + suffix.size() > kMaxChars) base = text::shorten(base, text::count_chars(base) - 1);
    // shorten() ends with «…»; a plain cut reads better in a tab.
    if (base.size() >= 3 && base.compare(base.size() - 3, 3, "\u2026") == 0) base.resize(base.size() - 3);
    if (!used(base + suffix)) return base + suffix;
  }
}

Sheet& Workbook::add_sheet(const std::string& wanted) {
  if (!impl_->sheets.empty()) impl_->sheets.back()->finish();
  std::vector<std::string> taken;
  for (const auto& sheet : impl_->sheets) taken.push_back(sheet->name());
  const std::string name = valid_sheet_name(wanted, taken);
  auto impl = std::make_unique<Sheet::Impl>();
  impl->book = impl_->book;
  impl->name = name;
  impl->overflow_mark = impl_->overflow_mark;
  impl->sheet = workbook_add_worksheet(impl_->book, name.c_str());
  // A name libxlsxwriter still refuses must not leave a null sheet behind.
  for (int n = static_cast<int>(impl_->sheets.size()) + 1; !impl->sheet && n < 10000; ++n) {
    impl->name = valid_sheet_name(fmt::format("Sheet{}", n), taken);
    impl->sheet = workbook_add_worksheet(impl_->book, impl->name.c_str());
  }
  impl_->sheets.push_back(std::unique_ptr<Sheet>(new Sheet(std::move(impl))));
  return *impl_->sheets.back();
}

void Workbook::set_overflow_mark(std::string mark) { impl_->overflow_mark = std::move(mark); }

void Workbook::set_properties(const Properties& p) {
  std::string title = text::xml_safe(p.title), subject = text::xml_safe(p.subject), author = text::xml_safe(p.author),
              company = text::xml_safe(p.company), comments = text::xml_safe(p.comments);
  lxw_doc_properties properties{};
  properties.title = title.data();
  properties.subject = subject.data();
  properties.author = author.data();
  properties.company = company.data();
  properties.comments = comments.data();
  if (p.created) properties.created = *p.created;
  workbook_set_properties(impl_->book, &properties);
}

std::string Workbook::close() {
  for (auto& sheet : impl_->sheets) sheet->finish();
  const lxw_error error = workbook_close(impl_->book);
  impl_->book = nullptr;
  return error == LXW_NO_ERROR ? "" : lxw_strerror(error);
}

}  // namespace rmt::book
