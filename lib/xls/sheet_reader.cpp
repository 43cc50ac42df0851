#include "xls/sheet_reader.h"

#include "xls/merged_ranges.h"

#include <fcntl.h>
#include <freexl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
#include "text/utf8.h"
#include "text/cell_ref.h"

namespace rmt::xls {
namespace {

vocab::Localized freexl_reason(int code) {
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

namespace {

// The child's side: FreeXL over the workbook, one sheet's records out as
// messages. Each message is a kind byte, a 4-byte length and the payload:
//   'S' the sheet chosen: its name
//   'R' a record: its line (4 bytes), then per field a 4-byte length and the text
//   'E' the file cannot be read further: line (4 bytes), Russian and English reason (each length + text)
//   'D' the end of the sheet
class Workbook {
 public:
  Workbook(const std::string& path, const csv::ReaderOptions& options,
           std::vector<std::vector<sheet::CellRange>> merges, int out)
      : path_(path), options_(options), merges_(std::move(merges)), out_(out) {}
  ~Workbook() {
    if (handle_) freexl_close(handle_);
  }

  void serve(std::span<const std::string_view> preferred, const csv::HeaderProbe& has_header) {
    if (const int code = freexl_open(path_.c_str(), &handle_); code != FREEXL_OK) return fail(freexl_reason(code), 0);
    unsigned int info = 0;
    if (freexl_get_info(handle_, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
      return fail({"книга защищена паролем", "the workbook is password-protected"}, 0);
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
    if (sheets_.empty()) return fail({"в книге нет ни одного листа", "the workbook has no sheet"}, 0);
    const std::size_t chosen = sheet::choose_sheet(
        sheets_, preferred, has_header, [&](std::size_t i) { return select(i); },
        [&](csv::Record& record) { return next(record); });
    if (!select(chosen)) return fail({"лист не удаётся открыть", "the sheet cannot be opened"}, 0);
    message('S', sheets_[chosen]);
    csv::Record record;
    while (next(record)) {
      std::string payload;
      put32(payload, record.line);
      for (std::size_t i = 0; i < record.size(); ++i) {
        put32(payload, static_cast<std::uint32_t>(record.field(i).size()));
        payload += record.field(i);
      }
      message('R', payload);
    }
    if (failure_.empty())
      message('D', {});
    else
      fail(failure_, failure_line_);
    flush();
  }

 private:
  static void put32(std::string& out, std::uint32_t value) { out.append(reinterpret_cast<const char*>(&value), 4); }

  void message(char kind, std::string_view payload) {
    pending_.push_back(kind);
    put32(pending_, static_cast<std::uint32_t>(payload.size()));
    pending_ += payload;
    if (pending_.size() >= (1u << 16)) flush();
  }
  void flush() {
    for (std::size_t done = 0; done < pending_.size();) {
      const ssize_t n = ::write(out_, pending_.data() + done, pending_.size() - done);
      if (n <= 0) {
        if (n < 0 && errno == EINTR) continue;
        ::_exit(1);  // the reader is gone: nobody to tell
      }
      done += static_cast<std::size_t>(n);
    }
    pending_.clear();
  }
  void fail(const vocab::Localized& why, std::uint32_t line) {
    std::string payload;
    put32(payload, line);
    put32(payload, static_cast<std::uint32_t>(why.ru.size()));
    payload += why.ru;
    put32(payload, static_cast<std::uint32_t>(why.en.size()));
    payload += why.en;
    message('E', payload);
    flush();
  }

  bool select(std::size_t index) {
    rows_ = columns_ = next_row_ = 0;
    failure_ = {};
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

  bool next(csv::Record& record);

  std::string path_;
  csv::ReaderOptions options_;
  std::vector<std::vector<sheet::CellRange>> merges_;  // per sheet
  int out_;
  const void* handle_ = nullptr;
  std::vector<std::string> sheets_;
  sheet::MergedCells merged_;
  std::uint32_t rows_ = 0, columns_ = 0, next_row_ = 0;
  vocab::Localized failure_;  // a limit passed: the sheet stops there
  std::uint32_t failure_line_ = 0;
  std::string pending_;
};

bool Workbook::next(csv::Record& record) {
  record.clear();
  if (!failure_.empty() || next_row_ >= rows_) return false;
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
    failure_ = diag::msg::sheet_too_many_cells(row + 1, limits.max_row_cells);
    failure_line_ = row + 1;
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
      const bool row_limit = record.bytes() > limits.max_row_bytes;
      failure_line_ = row + 1;
      failure_ = row_limit ? diag::msg::sheet_row_too_long(row + 1, limits.max_row_bytes)
                           : diag::msg::sheet_cell_too_long(text::cell_address(column + 1, row + 1), limits.max_field_bytes);
      return false;
    }
    record.end_field();
  }
  if (width == 0) record.end_field();  // an empty row: one empty field, like a blank CSV line
  return true;
}

}  // namespace

SheetReader::SheetReader(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                         const csv::ReaderOptions& options, std::span<const std::string_view> preferred,
                         const csv::HeaderProbe& has_header)
    : shown_(std::move(shown)), sink_(sink) {
  if (auto problem = sheet::workbook_file_problem(path, shown_, options.limits.max_file_bytes)) {
    sink_.report(std::move(*problem));
    readable_ = false;
    return;
  }
  if (!is_ole_file(path)) {
    report_broken({"это не книга Excel 97-2003", "it is not an Excel 97-2003 workbook"}, 0);
    readable_ = false;
    return;
  }
  // Our own reading of the merged ranges runs here, where the fuzzer sees it.
  auto merges = read_merged_ranges(path);
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, errno));
    readable_ = false;
    return;
  }
  pid_ = ::fork();
  if (pid_ == 0) {
    // The child: nothing of the parent's but the pipe; what FreeXL or a
    // sanitizer would print about a damaged file is not the user's business.
    ::close(pipe_fds[0]);
    if (const int null = ::open("/dev/null", O_WRONLY); null >= 0) ::dup2(null, STDERR_FILENO);
    ::signal(SIGPIPE, SIG_DFL);
    {
      Workbook workbook(path, options, std::move(merges), pipe_fds[1]);
      workbook.serve(preferred, has_header);
    }
    ::_exit(0);
  }
  ::close(pipe_fds[1]);
  if (pid_ < 0) {
    ::close(pipe_fds[0]);
    sink_.report(diag::msg::unreadable_file({shown_, 0, 0}, errno));
    readable_ = false;
    return;
  }
  fd_ = pipe_fds[0];
  std::string message;
  if (!receive(message) || message[0] == 'E') {
    readable_ = false;
    return;
  }
  sheet_ = message.substr(5);
}

SheetReader::~SheetReader() {
  if (fd_ >= 0) ::close(fd_);  // a child still writing gets EPIPE and ends
  if (pid_ > 0) {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

void SheetReader::report_broken(const vocab::Localized& why, std::uint32_t line) {
  sink_.report(diag::msg::broken_workbook({shown_, line, 0, sheet_}, "xls", why));
}

namespace {

std::uint32_t get32(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  if (at + 4 <= bytes.size()) std::memcpy(&value, bytes.data() + at, 4);
  return value;
}

}  // namespace

bool SheetReader::receive(std::string& message) {
  if (done_) return false;
  // Enough bytes for the header, then for the whole message.
  const auto fill = [&](std::size_t need) {
    while (buffer_.size() - taken_ < need) {
      char chunk[1 << 16];
      const ssize_t n = ::read(fd_, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      if (taken_ > 0) {
        buffer_.erase(0, taken_);
        taken_ = 0;
      }
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
    return true;
  };
  if (!fill(5) || !fill(5 + std::size_t{get32(buffer_, taken_ + 1)})) {
    reap();
    return false;
  }
  const std::size_t size = 5 + std::size_t{get32(buffer_, taken_ + 1)};
  message.assign(buffer_, taken_, size);
  taken_ += size;
  if (message[0] == 'E') {
    const std::string_view m = message;
    const std::uint32_t line = get32(m, 5), ru = get32(m, 9);
    const std::uint32_t en = get32(m, 13 + ru);
    report_broken({std::string(m.substr(13, ru)), std::string(m.substr(17 + ru, en))}, line);
    failed_ = done_ = true;
  } else if (message[0] == 'D') {
    done_ = true;
    return false;
  }
  return true;
}

void SheetReader::reap() {
  done_ = true;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  failed_ = true;
  const std::uint32_t row = last_line_;
  report_broken({fmt::format("файл повреждён: чтение остановилось после строки {}", row),
                 fmt::format("the file is damaged: reading stopped after row {}", row)},
                row);
}

bool SheetReader::next(csv::Record& record) {
  record.clear();
  std::string message;
  if (!readable_ || failed_ || !receive(message) || message[0] != 'R') return false;
  const std::string_view m = message;
  record.line = last_line_ = get32(m, 5);
  for (std::size_t at = 9; at + 4 <= m.size();) {
    const std::uint32_t size = get32(m, at);
    record.append(m.substr(at + 4, size));
    record.end_field();
    at += 4 + size;
  }
  return true;
}

}  // namespace rmt::xls
