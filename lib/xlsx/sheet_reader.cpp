#include "xlsx/sheet_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <cmath>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "calendar/date.h"
#include "diag/messages.h"
#include "sheet/sheet_choice.h"
#include "sheet/workbook_file.h"
#include "text/case_fold.h"
#include "text/number.h"
#include "csv/table.h"
#include "text/cell_ref.h"

namespace rmt::xlsx {

using text::cell_address;
using text::CellRef;
using text::kMaxColumns;
using text::parse_cell_ref;

namespace {

// A sheet's XML is streamed, never held: the cap only stops a zip bomb from
// keeping the program busy for minutes.
constexpr std::uint64_t kMaxSheetBytes = std::uint64_t{4} << 30;

std::uint32_t to_uint(std::string_view text) {
  std::uint32_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// True when the file at `path` opens and begins with the bytes of `magic`.
bool starts_with_bytes(const std::string& path, std::string_view magic) {
  std::ifstream in(path, std::ios::binary);
  std::string head(magic.size(), '\0');
  return in.read(head.data(), static_cast<std::streamsize>(head.size())) && head == magic;
}

}  // namespace

SheetReader::SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                         const csv::ReaderOptions& options, std::span<const std::string_view> preferred,
                         const csv::HeaderProbe& has_header)
    : shown_(std::move(shown)), sink_(sink), options_(options), zip_(path) {
  if (auto problem = sheet::workbook_file_problem(path, shown_, options_.limits.max_file_bytes)) {
    sink_.report(std::move(*problem));
    readable_ = false;
    return;
  }
  if (!zip_.is_open()) {
    if (starts_with_bytes(path, "\xD0\xCF\x11\xE0")) {
      // An Excel 97-2003 file behind an .xlsx name, or an encrypted .xlsx (Office wraps those in OLE).
      report_broken({"это книга Excel 97-2003 (.xls) под именем .xlsx или книга, защищённая паролем",
                     "this is an Excel 97-2003 workbook (.xls) named .xlsx, or a password-protected workbook"},
                    0);
    } else {
      report_broken(zip_.error(), 0);
    }
    readable_ = false;
    return;
  }
  if (const auto error = load_package(zip_, package_); !error.empty()) {
    report_broken(error, 0);
    readable_ = false;
    return;
  }
  std::vector<std::string> names;
  for (const auto& sheet : package_.sheets) names.push_back(sheet.name);
  const std::size_t chosen = sheet::choose_sheet(
      names, preferred, has_header, [&](std::size_t i) { return open_sheet(i, false); },
      [&](csv::Record& record) { return next(record); });
  if (!open_sheet(chosen, true)) readable_ = false;
}

bool SheetReader::open_sheet(std::size_t index, bool report) {
  const SheetInfo& sheet = package_.sheets[index];
  sheet_ = sheet.name;
  done_ = failed_ = in_sheet_data_ = row_ready_ = false;
  last_row_ = columns_ = 0;
  merged_ = sheet::MergedCells{};
  formula_fields_.clear();
  stream_.reset();
  if (!collect_merged_cells(sheet.part)) {
    if (report) report_broken(zip_.error(), 0);
    return false;
  }
  stream_ = std::make_unique<XmlStream>(zip_, static_cast<XmlHandler&>(*this));
  if (!stream_->open(sheet.part, kMaxSheetBytes)) {
    if (report) report_broken(stream_->error(), 0);
    stream_.reset();
    return false;
  }
  return true;
}

// The sheet's <mergeCell ref="B3:B5"/> elements come after all its rows: a
// quick pass over the raw XML finds them before the rows are streamed. No
// XML parse is needed: the element and its one attribute are all there is.
bool SheetReader::collect_merged_cells(const std::string& part) {
  if (!zip_.open_entry(part, kMaxSheetBytes)) return false;
  constexpr std::size_t kMaxRanges = 100000;  // far above any real sheet; bounds the per-cell lookup
  std::string window;
  std::vector<char> chunk(1 << 16);
  std::size_t ranges = 0;
  for (;;) {
    const long got = zip_.read(chunk);
    if (got < 0) return false;
    if (got == 0) break;
    window.append(chunk.data(), static_cast<std::size_t>(got));
    std::size_t keep_from = window.size() > 16 ? window.size() - 16 : 0;  // a name split by the chunk's end
    for (std::size_t at = 0; (at = window.find("mergeCell", at)) != std::string::npos; at += 9) {
      const char before = at > 0 ? window[at - 1] : '\0';
      const char after = at + 9 < window.size() ? window[at + 9] : '\0';
      if ((before != '<' && before != ':') || (after != ' ' && after != '\t' && after != '\n' && after != '\r')) continue;
      const std::size_t close = window.find('>', at);
      if (close == std::string::npos) {  // the element goes on in the next chunk
        keep_from = std::min(keep_from, at - 1);
        break;
      }
      const std::string_view tag = std::string_view(window).substr(at, close - at);
      const std::size_t ref = tag.find("ref=");
      if (ref == std::string_view::npos || ref + 5 >= tag.size()) continue;
      const char quote = tag[ref + 4];
      const std::size_t end = tag.find(quote, ref + 5);
      if (end == std::string_view::npos) continue;
      if (const auto range = sheet::parse_range(tag.substr(ref + 5, end - ref - 5))) {
        if (++ranges > kMaxRanges) break;
        merged_.add(*range);
      }
    }
    window.erase(0, keep_from);
  }
  return true;
}

void SheetReader::report_broken(const vocab::Localized& why, std::uint32_t line) {
  sink_.report(diag::msg::broken_workbook({shown_, line, 0, sheet_}, "xlsx", why));
}

bool SheetReader::next(csv::Record& record) {
  record.clear();
  if (!readable_ || done_) return false;
  record_ = &record;
  row_ready_ = false;
  for (;;) {
    const auto state = stream_->parse();
    // Checked first: expat still reports the end of an empty element (a
    // <row/>) after the handler stopped it, which would look like a row.
    if (state == XmlStream::State::failed) {
      done_ = failed_ = true;
      report_broken(stream_->error(), last_row_);
      return false;
    }
    if (row_ready_) return true;
    if (state == XmlStream::State::suspended) continue;
    done_ = true;
    return false;
  }
}

void SheetReader::start(XmlStream& stream, std::string_view name, const XmlAttributes& a) {
  if (name == "sheetData") {
    in_sheet_data_ = true;
  } else if (!in_sheet_data_) {
    return;
  } else if (name == "row") {
    const std::uint32_t number = a.get("r").empty() ? last_row_ + 1 : to_uint(a.get("r"));
    if (number <= last_row_ || number > 1048576) {
      stream.fail({fmt::format("строки листа идут не по порядку (строка {} после {})", number, last_row_),
                   fmt::format("the sheet's rows are out of order (row {} after {})", number, last_row_)});
      return;
    }
    record_->clear();
    record_->line = last_row_ = number;
    columns_ = 0;
    formula_fields_.clear();
    merged_.start_row(number);
  } else if (name == "c") {
    const auto reference = a.get("r");
    const auto ref = reference.empty() ? std::optional<CellRef>(CellRef{columns_ + 1, last_row_})
                                       : parse_cell_ref(reference);
    if (!ref || ref->column > kMaxColumns || ref->column <= columns_) {
      stream.fail({fmt::format("ячейка «{}» в строке {} не на своём месте", reference, last_row_),
                   fmt::format("cell \"{}\" in row {} is out of place", reference, last_row_)});
      return;
    }
    if (ref->column > options_.limits.max_row_cells) {
      stream.fail(diag::msg::sheet_too_many_cells(last_row_, options_.limits.max_row_cells));
      return;
    }
    cell_column_ = ref->column;
    cell_style_ = to_uint(a.get("s"));
    has_formula_ = false;
    const auto type = a.get("t");
    cell_type_ = type == "s"           ? CellType::shared
                 : type == "inlineStr" ? CellType::inline_text
                 : type == "str"       ? CellType::formula_text
                 : type == "b"         ? CellType::boolean
                 : type == "e"         ? CellType::error
                 : type == "d"         ? CellType::date
                                       : CellType::number;
    value_.clear();
  } else if (name == "v") {
    in_value_ = true;
  } else if (name == "f") {
    has_formula_ = true;
  } else if (name == "is") {
    in_inline_ = true;
  } else if (name == "rPh") {
    ++phonetic_;
  } else if (name == "t") {
    in_value_ = in_inline_ && phonetic_ == 0;
  }
}

void SheetReader::text(XmlStream& stream, std::string_view chars) {
  if (!in_value_) return;
  value_ += chars;
  if (value_.size() > options_.limits.max_field_bytes) report_too_long(stream);
}

void SheetReader::end(XmlStream& stream, std::string_view name) {
  if (!in_sheet_data_) return;
  if (name == "v" || name == "t") {
    in_value_ = false;
  } else if (name == "is") {
    in_inline_ = false;
  } else if (name == "rPh") {
    --phonetic_;
  } else if (name == "c") {
    finish_cell(stream);
  } else if (name == "row") {
    if (!merged_.empty()) fill_gap(merged_.last_covered_column() + 1);
    row_ready_ = true;
    stream.suspend();
  } else if (name == "sheetData") {
    in_sheet_data_ = false;
  }
}

void SheetReader::fill_gap(std::uint32_t up_to_column) {
  csv::Record& record = *record_;
  for (; columns_ + 1 < up_to_column && columns_ < options_.limits.max_row_cells; ++columns_) {
    if (const std::string* value = merged_.covering_value(columns_ + 1)) record.append(*value);
    record.end_field();
  }
}

void SheetReader::finish_cell(XmlStream& stream) {
  csv::Record& record = *record_;
  fill_gap(cell_column_);
  switch (cell_type_) {
    case CellType::shared: {
      const std::uint32_t index = to_uint(value_);
      if (value_.empty()) break;
      if (index >= package_.strings.size()) {
        stream.fail({fmt::format("ячейка {} ссылается на отсутствующую строку № {}", cell_address(cell_column_, last_row_), index),
                     fmt::format("cell {} refers to a missing shared string #{}", cell_address(cell_column_, last_row_), index)});
        return;
      }
      record.append(package_.strings.at(index));
      break;
    }
    case CellType::inline_text:
    case CellType::formula_text:
      unescape_ooxml(value_);
      record.append(value_);
      break;
    case CellType::boolean:
      record.append(value_ == "1" || value_ == "true" ? "TRUE" : "FALSE");
      break;
    case CellType::date:  // ISO 8601, possibly with a time: the date part
      record.append(std::string_view(value_).substr(0, value_.find('T')));
      break;
    case CellType::error:
      record.append(value_);
      break;
    case CellType::number:
      append_number(value_);
      break;
  }
  if (!merged_.empty()) {
    // A covered cell shows the range's value, as a person sees it, whatever it still holds.
    if (const std::string* value = merged_.covering_value(cell_column_)) {
      record.clear_field();
      record.append(*value);
    } else {
      merged_.anchor_value(cell_column_, record.current_field());
    }
  }
  if (has_formula_ && value_.empty() && record.field_bytes() == 0) formula_fields_.push_back(cell_column_ - 1);
  // A shared string is checked here: one short index may stand for a long text.
  if (record.field_bytes() > options_.limits.max_field_bytes || record.bytes() > options_.limits.max_row_bytes) {
    report_too_long(stream);
    return;
  }
  record.end_field();
  columns_ = cell_column_;
}

void SheetReader::report_too_long(XmlStream& stream) {
  const auto& limits = options_.limits;
  const std::string cell = cell_address(cell_column_, last_row_);
  if (record_->bytes() > limits.max_row_bytes)
    stream.fail(diag::msg::sheet_row_too_long(last_row_, limits.max_row_bytes));
  else
    stream.fail(diag::msg::sheet_cell_too_long(cell, limits.max_field_bytes));
}

void SheetReader::append_number(std::string_view text) {
  csv::Record& record = *record_;
  double number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(number)) {
    record.append(text);
    return;
  }
  const bool date = cell_style_ < package_.date_styles.size() && package_.date_styles[cell_style_];
  // Serial days: 1 is 1900-01-01 in Excel's calendar, which counts a
  // 29 February 1900 that never was (serial 60); the 1904 system starts at 0.
  if (date && number >= 1 && number < 2958466 && !(number >= 60 && number < 61 && !package_.date1904)) {
    const long serial = static_cast<long>(std::floor(number));
    const long epoch = package_.date1904 ? calendar::to_days({1904, 1, 1})
                                         : calendar::to_days({1899, 12, serial < 60 ? 31 : 30});
    record.append(calendar::to_iso(calendar::from_days(epoch + serial)));
    return;
  }
  record.append(text::format_decimal(number));
}

}  // namespace rmt::xlsx
