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
#include "text/case_fold.h"
#include "text/number.h"
#include "xlsx/cell_ref.h"

namespace rmt::xlsx {
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

bool is_workbook_file(const std::string& path) {
  const std::string extension = text::fold_case(std::filesystem::path(path).extension().string());
  if (extension == ".xlsx" || extension == ".xlsm") return true;
  // Text names are taken at their word: sniffing would cost every one of
  // 40,000 CSV files an extra open. A workbook behind one is reported by the
  // CSV reader, which recognises the zip signature.
  if (path == "-" || extension == ".csv" || extension == ".txt" || extension == ".tsv") return false;
  return starts_with_bytes(path, std::string_view("PK\x03\x04", 4));
}

SheetReader::SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                         const csv::ReaderOptions& options, std::span<const std::string_view> preferred)
    : shown_(std::move(shown)), sink_(sink), options_(options), zip_(path) {
  std::error_code error;
  if (const auto size = std::filesystem::file_size(path, error); !error && size > options_.limits.max_file_bytes) {
    sink_.report(diag::msg::input_too_large({shown_, 0, 0}, options_.limits.max_file_bytes));
    readable_ = false;
    return;
  }
  if (!zip_.is_open()) {
    if (std::filesystem::is_directory(path, error)) {
      sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, std::strerror(EISDIR)));
    } else if (!std::ifstream(path, std::ios::binary)) {
      sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, std::strerror(errno ? errno : ENOENT)));
    } else if (starts_with_bytes(path, "\xD0\xCF\x11\xE0")) {
      // An old .xls and a password-protected .xlsx are both OLE files.
      report_broken({"это книга Excel 97-2003 (.xls) или книга, защищённая паролем",
                     "this is an Excel 97-2003 workbook (.xls) or a password-protected one"},
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
  const SheetInfo* chosen = &package_.sheets.front();
  for (const auto& sheet : package_.sheets) {
    const std::string name = text::fold_case(text::trim(sheet.name));
    if (std::any_of(preferred.begin(), preferred.end(),
                    [&](std::string_view wanted) { return text::fold_case(wanted) == name; })) {
      chosen = &sheet;
      break;
    }
  }
  sheet_ = chosen->name;
  stream_ = std::make_unique<XmlStream>(zip_, static_cast<XmlHandler&>(*this));
  if (!stream_->open(chosen->part, kMaxSheetBytes)) {
    report_broken(stream_->error(), 0);
    readable_ = false;
  }
}

void SheetReader::report_broken(const diag::Localized& why, std::uint32_t line) {
  sink_.report(diag::msg::broken_workbook({shown_, line, 0, sheet_}, why));
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
      stream.fail({fmt::format("в строке {} больше {} ячеек (--max-row-cells)", last_row_, options_.limits.max_row_cells),
                   fmt::format("row {} has more than {} cells (--max-row-cells)", last_row_, options_.limits.max_row_cells)});
      return;
    }
    cell_column_ = ref->column;
    cell_style_ = to_uint(a.get("s"));
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
    row_ready_ = true;
    stream.suspend();
  } else if (name == "sheetData") {
    in_sheet_data_ = false;
  }
}

void SheetReader::finish_cell(XmlStream& stream) {
  csv::Record& record = *record_;
  for (; columns_ + 1 < cell_column_; ++columns_) record.end_field();
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
    stream.fail({fmt::format("строка {} длиннее {} байт (--max-row-bytes)", last_row_, limits.max_row_bytes),
                 fmt::format("row {} is longer than {} bytes (--max-row-bytes)", last_row_, limits.max_row_bytes)});
  else
    stream.fail({fmt::format("ячейка {} длиннее {} байт (--max-field-bytes)", cell, limits.max_field_bytes),
                 fmt::format("cell {} is longer than {} bytes (--max-field-bytes)", cell, limits.max_field_bytes)});
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
