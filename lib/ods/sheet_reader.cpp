#include "ods/sheet_reader.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>

#include <fmt/format.h>

#include "csv/table.h"
#include "diag/messages.h"
#include "sheet/sheet_choice.h"
#include "sheet/workbook_file.h"
#include "text/case_fold.h"
#include "text/number.h"
#include "text/cell_ref.h"

namespace rmt::ods {
namespace {

constexpr std::uint64_t kMaxContentBytes = std::uint64_t{4} << 30;  // streamed; only stops a zip bomb
constexpr std::uint32_t kMaxRows = 1u << 24;                           // LibreOffice's largest sheet
constexpr std::uint64_t kRepeatAllowance = 1u << 20;  // cells of repeated rows any file may have
constexpr std::string_view kMimeType = "application/vnd.oasis.opendocument.spreadsheet";

std::uint32_t count_attribute(const package::XmlAttributes& attributes, std::string_view name, std::uint32_t fallback = 1) {
  const std::string_view text = attributes.get(name);
  std::uint32_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return text.empty() || error != std::errc() || end != text.data() + text.size() || value == 0 ? fallback : value;
}

// The first pass: the tables' names, in order.
class TableNames final : public package::XmlHandler {
 public:
  std::vector<std::string> names;
  void start(package::XmlStream&, std::string_view name, const package::XmlAttributes& attributes) override {
    if (name != "table") return;
    if (depth_++ == 0) names.emplace_back(attributes.get("name"));
  }
  void end(package::XmlStream&, std::string_view name) override {
    if (name == "table") --depth_;
  }
  void text(package::XmlStream&, std::string_view) override {}

 private:
  int depth_ = 0;
};

}  // namespace

bool is_ods_file(const std::string& path) {
  package::ZipArchive zip(path);
  if (!zip.is_open() || !zip.open_entry("mimetype", 256)) return false;
  char buffer[256];
  const long got = zip.read(buffer);
  return got > 0 && std::string_view(buffer, static_cast<std::size_t>(got)) == kMimeType;
}

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
    report_broken(zip_.error(), 0);
    readable_ = false;
    return;
  }
  // An encrypted .ods is a zip whose content.xml cannot be inflated:
  // the stream's error says so.
  TableNames names;
  if (const auto why = package::parse_part(zip_, "content.xml", names, kMaxContentBytes); !why.empty()) {
    report_broken(why, 0);
    readable_ = false;
    return;
  }
  sheets_ = std::move(names.names);
  if (sheets_.empty()) {
    report_broken({"в файле нет ни одного листа", "the file has no sheet"}, 0);
    readable_ = false;
    return;
  }
  const std::size_t chosen = sheet::choose_sheet(
      sheets_, preferred, has_header, [&](std::size_t i) { return open_sheet(i); },
      [&](csv::Record& record) { return next(record); });
  if (!open_sheet(chosen)) {
    report_broken(stream_ ? stream_->error() : zip_.error(), 0);
    readable_ = false;
  }
}

bool SheetReader::open_sheet(std::size_t index) {
  target_ = index;
  sheet_ = sheets_[index];
  done_ = failed_ = in_target_ = row_ready_ = in_cell_ = false;
  table_index_ = 0;
  table_depth_ = 0;
  row_number_ = 0;
  copies_left_ = 0;
  annotation_ = text_depth_ = 0;
  merged_ = sheet::MergedCells{};
  stream_ = std::make_unique<package::XmlStream>(zip_, static_cast<package::XmlHandler&>(*this));
  return stream_->open("content.xml", kMaxContentBytes);
}

void SheetReader::report_broken(const vocab::Localized& why, std::uint32_t line) {
  sink_.report(diag::msg::broken_workbook({shown_, line, 0, sheet_}, "ods", why));
}

bool SheetReader::next(csv::Record& record) {
  record.clear();
  if (!readable_) return false;
  if (copies_left_ > 0) {  // a repeated row, once more
    record = row_;
    record.line = copy_line_++;
    --copies_left_;
    return true;
  }
  if (done_) return false;
  row_ready_ = false;
  record_ = &record;
  for (;;) {
    const auto state = stream_->parse();
    if (state == package::XmlStream::State::failed) {
      done_ = failed_ = true;
      report_broken(stream_->error(), row_number_);
      return false;
    }
    if (row_ready_) {
      record = row_;
      return true;
    }
    if (state == package::XmlStream::State::suspended && !done_) continue;
    done_ = true;
    return false;
  }
}

void SheetReader::start(package::XmlStream& stream, std::string_view name, const package::XmlAttributes& a) {
  if (name == "table") {
    if (in_target_) {
      ++table_depth_;  // a table inside a cell: not rows of this sheet
    } else if (table_index_++ == target_) {
      in_target_ = true;
      table_depth_ = 1;
    }
    return;
  }
  if (!in_target_ || table_depth_ != 1) return;
  if (name == "table-row") {
    row_.clear();
    ++row_number_;
    row_.line = row_number_;
    row_repeat_ = count_attribute(a, "number-rows-repeated");
    column_ = pending_empty_ = 0;
    merged_.start_row(row_number_);
    if (row_number_ > kMaxRows)
      stream.fail({fmt::format("в листе больше {} строк", kMaxRows), fmt::format("the sheet has more than {} rows", kMaxRows)});
  } else if (name == "table-cell" || name == "covered-table-cell") {
    start_cell(stream, a, name == "covered-table-cell");
  } else if (!in_cell_) {
    return;
  } else if (name == "annotation") {
    ++annotation_;  // a comment on the cell, not its value
  } else if (annotation_ > 0) {
    return;
  } else if (name == "p") {
    if (paragraphs_++ > 0) append_cell_text(stream, "\n");
    ++text_depth_;
  } else if (text_depth_ > 0 && name == "s") {
    const std::uint32_t spaces = count_attribute(a, "c");
    if (spaces > options_.limits.max_field_bytes) {
      append_cell_text(stream, std::string(options_.limits.max_field_bytes + 1, ' '));
      return;
    }
    append_cell_text(stream, std::string(spaces, ' '));
  } else if (text_depth_ > 0 && name == "tab") {
    append_cell_text(stream, "\t");
  } else if (text_depth_ > 0 && name == "line-break") {
    append_cell_text(stream, "\n");
  }
}

void SheetReader::text(package::XmlStream& stream, std::string_view chars) {
  if (in_cell_ && text_depth_ > 0 && annotation_ == 0) append_cell_text(stream, chars);
}

bool SheetReader::append_cell_text(package::XmlStream& stream, std::string_view text) {
  cell_text_ += text;
  if (cell_text_.size() <= options_.limits.max_field_bytes) return true;
  const std::string cell = text::cell_address(column_ + pending_empty_ + 1, row_number_);
  stream.fail(diag::msg::sheet_cell_too_long(cell, options_.limits.max_field_bytes));
  return false;
}

void SheetReader::end(package::XmlStream& stream, std::string_view name) {
  if (name == "table") {
    if (in_target_ && --table_depth_ == 0) {
      in_target_ = false;
      done_ = true;  // the sheet is over: the rest of the document is other sheets
      stream.suspend();
    }
    return;
  }
  if (!in_target_ || table_depth_ != 1) return;
  if (name == "table-cell" || name == "covered-table-cell") {
    finish_cell(stream);
  } else if (name == "table-row") {
    finish_row(stream);
  } else if (!in_cell_) {
    return;
  } else if (name == "annotation") {
    --annotation_;
  } else if (name == "p" && annotation_ == 0) {
    --text_depth_;
  }
}

void SheetReader::start_cell(package::XmlStream& stream, const package::XmlAttributes& a, bool covered) {
  in_cell_ = true;
  cell_covered_ = covered;
  cell_repeat_ = count_attribute(a, "number-columns-repeated");
  cell_text_.clear();
  value_.clear();
  paragraphs_ = text_depth_ = annotation_ = 0;
  const std::string_view type = a.get("value-type");
  cell_type_ = type == "string"                                               ? ValueType::text
               : type == "float" || type == "percentage" || type == "currency" ? ValueType::number
               : type == "date"                                                 ? ValueType::date
               : type == "boolean"                                              ? ValueType::boolean
               : type.empty()                                                   ? ValueType::none
                                                                                : ValueType::other;
  if (cell_type_ == ValueType::number) value_ = a.get("value");
  if (cell_type_ == ValueType::date) value_ = a.get("date-value");
  if (cell_type_ == ValueType::boolean) value_ = a.get("boolean-value");
  if (cell_type_ == ValueType::text) value_ = a.get("string-value");
  const std::uint32_t columns = count_attribute(a, "number-columns-spanned"), rows = count_attribute(a, "number-rows-spanned");
  if (!covered && (columns > 1 || rows > 1)) {
    const auto first = static_cast<std::uint32_t>(std::min<std::uint64_t>(column_ + pending_empty_ + 1, text::kMaxColumns + 1));
    if (std::uint64_t{first} + columns > text::kMaxColumns + 1 || std::uint64_t{row_number_} + rows > kMaxRows + 1) {
      stream.fail({fmt::format("объединённая ячейка {} выходит за пределы листа", text::cell_address(first, row_number_)),
                   fmt::format("the merged cell {} reaches past the sheet's edge", text::cell_address(first, row_number_))});
      return;
    }
    merged_.add({row_number_, first, row_number_ + rows - 1, first + columns - 1});
  }
}

void SheetReader::finish_cell(package::XmlStream& stream) {
  in_cell_ = false;
  std::string text;
  switch (cell_type_) {
    case ValueType::number: {
      double number = 0;
      const auto [end, error] = std::from_chars(value_.data(), value_.data() + value_.size(), number);
      if (!value_.empty() && error == std::errc() && end == value_.data() + value_.size() && std::isfinite(number))
        text = text::format_decimal(number);
      else
        text = cell_text_;
      break;
    }
    case ValueType::date:  // "2026-03-15" or "2026-03-15T10:30:00": the date, however it is shown
      text = value_.empty() ? cell_text_ : value_.substr(0, value_.find('T'));
      break;
    case ValueType::boolean:
      text = value_ == "true" ? "TRUE" : value_ == "false" ? "FALSE" : cell_text_;
      break;
    default:
      text = cell_text_.empty() ? value_ : cell_text_;
      break;
  }
  const auto first = static_cast<std::uint32_t>(std::min<std::uint64_t>(column_ + pending_empty_ + 1, text::kMaxColumns + 1));
  const std::uint32_t repeat = std::min<std::uint32_t>(cell_repeat_, text::kMaxColumns + 1);
  if (!cell_covered_) merged_.anchor_value(first, text);
  if (merged_.empty() && text.empty()) {
    // Only placed when something follows: a sheet's rows end in thousands of empty cells.
    pending_empty_ += repeat;
    return;
  }
  for (std::uint32_t k = 0; k < repeat; ++k) {
    const std::string* shown = cell_covered_ ? nullptr : &text;
    if (const std::string* merged = merged_.covering_value(first + k)) shown = merged;
    if (!shown || shown->empty()) {
      ++pending_empty_;
      continue;
    }
    if (!place(stream, *shown)) return;
  }
}

bool SheetReader::place(package::XmlStream& stream, std::string_view text) {
  const auto& limits = options_.limits;
  if (column_ + pending_empty_ + 1 > limits.max_row_cells) {
    stream.fail(diag::msg::sheet_too_many_cells(row_number_, limits.max_row_cells));
    return false;
  }
  for (; pending_empty_ > 0; --pending_empty_, ++column_) row_.end_field();
  row_.append(text);
  row_.end_field();
  ++column_;
  if (row_.bytes() > limits.max_row_bytes) {
    stream.fail(diag::msg::sheet_row_too_long(row_number_, limits.max_row_bytes));
    return false;
  }
  return true;
}

void SheetReader::finish_row(package::XmlStream& stream) {
  // A merged range reaching past the row's last written cell still shows its value there.
  if (!merged_.empty()) {
    for (std::uint64_t column = column_ + pending_empty_ + 1; column <= merged_.last_covered_column(); ++column) {
      const std::string* value = merged_.covering_value(static_cast<std::uint32_t>(column));
      if (!value || value->empty())
        ++pending_empty_;
      else if (!place(stream, *value))
        return;
    }
  }
  if (row_.size() == 0) row_.end_field();  // an empty row is one empty field, like a blank CSV line
  const std::uint32_t repeat = std::min(row_repeat_, kMaxRows - std::min(kMaxRows, row_number_) + 1);
  // A repeated empty row (LibreOffice fills the sheet's end with them) is
  // given once at its first and once at its last line, so that a run of
  // blank rows is reported as the range it is; a repeated row with content,
  // as many times as it stands.
  if (row_.blank()) {
    copies_left_ = repeat > 1 ? 1 : 0;
    copy_line_ = row_number_ + repeat - 1;
  } else {
    // Repeated rows with content cost cells no bytes pay for: a 1 KB file
    // could otherwise stand for 16 million rows. They are budgeted against
    // the bytes read (a fixed allowance, and 64 cells a byte beyond it).
    repeated_cells_ += std::uint64_t{repeat - 1} * std::max<std::size_t>(row_.size(), 1);
    if (repeated_cells_ > kRepeatAllowance + 64 * stream.bytes_read()) {
      stream.fail({fmt::format("строка {} повторена {} раз: больше, чем может быть в файле такого размера", row_number_, repeat),
                   fmt::format("row {} is repeated {} times: more than a file of this size can hold", row_number_, repeat)});
      return;
    }
    copies_left_ = repeat - 1;
    copy_line_ = row_number_ + 1;
  }
  row_number_ += repeat - 1;
  row_ready_ = true;
  stream.suspend();
}

}  // namespace rmt::ods
