#include "xls/sheet_reader.h"

#include "xls/merged_ranges.h"

#include <freexl.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>

#include <fmt/format.h>

#include "csv/table.h"
#include "diag/messages.h"
#include "text/case_fold.h"
#include "text/number.h"
#include "text/utf8.h"

namespace rmt::xls {
namespace {

diag::Localized freexl_reason(int code) {
  switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
      return {"не хватает памяти", "out of memory"};
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
      return {"это не книга Excel 97-2003", "it is not an Excel 97-2003 workbook"};
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
      return {"в файле нет книги Excel (возможно, это документ Word или защищённый паролем файл)",
              "the file holds no Excel workbook (perhaps a Word document, or a password-protected file)"};
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
      return {"текст книги в неизвестной кодировке", "the workbook's text is in an unknown encoding"};
    case FREEXL_CRAFTED_FILE:
      return {"файл сильно повреждён", "the file is badly damaged"};
    default:
      return {fmt::format("файл повреждён (FreeXL, код {})", code), fmt::format("the file is damaged (FreeXL, code {})", code)};
  }
}

}  // namespace

bool is_ole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char head[4] = {};
  return in.read(head, 4) && std::string_view(head, 4) == std::string_view("\xD0\xCF\x11\xE0", 4);
}

SheetReader::SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                         const csv::ReaderOptions& options, std::span<const std::string_view> preferred,
                         const csv::HeaderProbe& has_header)
    : shown_(std::move(shown)), sink_(sink), options_(options) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, EISDIR));
    readable_ = false;
    return;
  }
  if (!std::ifstream(path, std::ios::binary)) {
    sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, errno ? errno : ENOENT));
    readable_ = false;
    return;
  }
  if (const auto size = std::filesystem::file_size(path, error); !error && size > options_.limits.max_file_bytes) {
    sink_.report(diag::msg::input_too_large({shown_, 0, 0}, options_.limits.max_file_bytes));
    readable_ = false;
    return;
  }
  if (!is_ole_file(path)) {
    report_broken({"это не книга Excel 97-2003", "it is not an Excel 97-2003 workbook"}, 0);
    readable_ = false;
    return;
  }
  if (const int code = freexl_open(path.c_str(), &handle_); code != FREEXL_OK) {
    report_broken(freexl_reason(code), 0);
    readable_ = false;
    return;
  }
  unsigned int info = 0;
  if (freexl_get_info(handle_, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
    report_broken({"книга защищена паролем", "the workbook is password-protected"}, 0);
    readable_ = false;
    return;
  }
  merges_ = read_merged_ranges(path);
  unsigned int count = 0;
  freexl_get_info(handle_, FREEXL_BIFF_SHEET_COUNT, &count);
  for (unsigned int i = 0; i < count && i < 65536; ++i) {
    const char* name = nullptr;
    freexl_get_worksheet_name(handle_, static_cast<unsigned short>(i), &name);
    // Old workbooks name sheets in their code page; FreeXL converts to UTF-8, but be safe.
    std::string text = name ? name : "";
    if (text::first_invalid_utf8(text)) text = fmt::format("Sheet{}", i + 1);
    sheets_.push_back(std::move(text));
  }
  if (sheets_.empty()) {
    report_broken({"в книге нет ни одного листа", "the workbook has no sheet"}, 0);
    readable_ = false;
    return;
  }
  std::optional<std::size_t> chosen;
  for (std::size_t i = 0; i < sheets_.size() && !chosen; ++i) {
    const std::string name = text::fold_case(text::trim(sheets_[i]));
    if (std::any_of(preferred.begin(), preferred.end(),
                    [&](std::string_view wanted) { return text::fold_case(wanted) == name; }))
      chosen = i;
  }
  for (std::size_t i = 0; has_header && sheets_.size() > 1 && i < sheets_.size() && !chosen; ++i) {
    if (!select(i)) continue;
    csv::Record record;
    for (std::size_t read = 0; read < csv::Table::kHeaderSearchRecords && next(record); ++read)
      if (has_header(record)) {
        chosen = i;
        break;
      }
  }
  if (!select(chosen.value_or(0))) {
    report_broken({"лист не удаётся открыть", "the sheet cannot be opened"}, 0);
    readable_ = false;
  }
}

SheetReader::~SheetReader() {
  if (handle_) freexl_close(handle_);
}

bool SheetReader::select(std::size_t index) {
  sheet_ = sheets_[index];
  rows_ = columns_ = next_row_ = 0;
  failed_ = false;
  merged_ = sheet::MergedCells{};
  if (index < merges_.size())
    for (const auto& range : merges_[index]) merged_.add(range);
  if (freexl_select_active_worksheet(handle_, static_cast<unsigned short>(index)) != FREEXL_OK) return false;
  unsigned int rows = 0;
  unsigned short columns = 0;
  if (freexl_worksheet_dimensions(handle_, &rows, &columns) != FREEXL_OK) return false;
  rows_ = rows;
  columns_ = columns;
  return true;
}

void SheetReader::report_broken(const diag::Localized& why, std::uint32_t line) {
  sink_.report(diag::msg::broken_workbook({shown_, line, 0, sheet_}, "xls", why));
}

bool SheetReader::next(csv::Record& record) {
  record.clear();
  if (!readable_ || failed_ || next_row_ >= rows_) return false;
  const std::uint32_t row = next_row_++;
  record.line = row + 1;
  const auto& limits = options_.limits;
  // Cells past the last non-empty one are left out, as trailing empty cells are elsewhere.
  std::uint32_t width = 0;
  FreeXL_CellValue cell;
  for (std::uint32_t column = 0; column < columns_; ++column)
    if (freexl_get_cell_value(handle_, row, static_cast<unsigned short>(column), &cell) == FREEXL_OK &&
        cell.type != FREEXL_CELL_NULL)
      width = column + 1;
  if (!merged_.empty()) {
    merged_.start_row(row + 1);
    width = std::max(width, merged_.last_covered_column());
  }
  if (width > limits.max_row_cells) {
    failed_ = true;
    report_broken({fmt::format("в строке {} больше {} ячеек (--max-row-cells)", row + 1, limits.max_row_cells),
                   fmt::format("row {} has more than {} cells (--max-row-cells)", row + 1, limits.max_row_cells)},
                  row + 1);
    return false;
  }
  for (std::uint32_t column = 0; column < width; ++column) {
    // A covered cell shows its range's value, as a person sees it.
    if (const std::string* value = merged_.empty() ? nullptr : merged_.covering_value(column + 1)) {
      record.append(*value);
    } else if (column < columns_ &&
               freexl_get_cell_value(handle_, row, static_cast<unsigned short>(column), &cell) == FREEXL_OK) {
      switch (cell.type) {
        case FREEXL_CELL_INT:
          record.append(fmt::format("{}", cell.value.int_value));
          break;
        case FREEXL_CELL_DOUBLE:
          if (std::isfinite(cell.value.double_value)) record.append(text::format_decimal(cell.value.double_value));
          break;
        case FREEXL_CELL_DATETIME:  // "YYYY-MM-DD HH:MM:SS": the date
          if (cell.value.text_value) record.append(std::string_view(cell.value.text_value).substr(0, 10));
          break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_TIME:
          if (cell.value.text_value) record.append(cell.value.text_value);
          break;
        default:
          break;
      }
      if (!merged_.empty()) merged_.anchor_value(column + 1, record.current_field());
    }
    if (record.field_bytes() > limits.max_field_bytes || record.bytes() > limits.max_row_bytes) {
      failed_ = true;
      const bool row_limit = record.bytes() > limits.max_row_bytes;
      report_broken(row_limit ? diag::Localized{fmt::format("строка {} длиннее {} байт (--max-row-bytes)", row + 1, limits.max_row_bytes),
                                                fmt::format("row {} is longer than {} bytes (--max-row-bytes)", row + 1, limits.max_row_bytes)}
                              : diag::Localized{fmt::format("ячейка в строке {} длиннее {} байт (--max-field-bytes)", row + 1, limits.max_field_bytes),
                                                fmt::format("a cell in row {} is longer than {} bytes (--max-field-bytes)", row + 1, limits.max_field_bytes)},
                    row + 1);
      return false;
    }
    record.end_field();
  }
  if (width == 0) record.end_field();  // an empty row: one empty field, like a blank CSV line
  return true;
}

}  // namespace rmt::xls
