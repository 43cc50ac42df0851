#include "csv/reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "diag/messages.h"

namespace rmt::csv {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Files that are not text at all, recognised by their first bytes so that the
// analyst learns what the file really is.
std::string_view binary_kind(std::string_view sample) {
  if (sample.starts_with("PK\x03\x04")) return "xlsx";
  if (sample.starts_with("\xD0\xCF\x11\xE0")) return "xls";
  if (sample.starts_with("%PDF")) return "pdf";
  // Text has no NUL bytes; a sample with several is binary.
  std::size_t nul = 0;
  for (const char c : sample.substr(0, 4096)) nul += c == '\0';
  return nul > 8 ? "binary" : "";
}

}  // namespace

Reader::Reader(const std::string& path, std::string shown, diag::DiagnosticSink& sink, ReaderOptions options)
    : in_(&file_), shown_(std::move(shown)), sink_(sink), options_(options) {
  if (path == "-") {
    in_ = &std::cin;
    start();
    return;
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, std::strerror(EISDIR)));
    readable_ = false;
    return;
  }
  file_.open(path, std::ios::binary);
  if (!file_) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, std::strerror(errno)));
    readable_ = false;
    return;
  }
  start();
}

Reader::Reader(std::istream& in, std::string shown, diag::DiagnosticSink& sink, ReaderOptions options)
    : in_(&in), shown_(std::move(shown)), sink_(sink), options_(options) {
  start();
}

void Reader::report(diag::Diagnostic diagnostic) { sink_.report(std::move(diagnostic)); }

void Reader::start() {
  // The sample, from which the dialect is guessed.
  const std::size_t sampled = read_raw(options_.sample_bytes);
  if (in_->bad()) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, std::strerror(errno ? errno : EIO)));
    readable_ = false;
    return;
  }
  std::string_view sample = raw_;
  if (sample.starts_with(kUtf8Bom)) {
    dialect_.bom = true;
    sample.remove_prefix(kUtf8Bom.size());
  } else if (sample.starts_with("\xFF\xFE") || sample.starts_with("\xFE\xFF")) {
    report(diag::msg::utf16_text({shown_, 0, 0}));
    readable_ = false;
    return;
  }
  if (const auto kind = binary_kind(sample); !kind.empty()) {
    report(diag::msg::not_text({shown_, 0, 0}, kind));
    readable_ = false;
    return;
  }
  dialect_.encoding = options_.dialect.encoding.value_or(dialect_.bom ? text::Encoding::utf8
                                                                      : text::guess_encoding(sample));
  dialect_.delimiter = options_.dialect.delimiter.value_or(sniff_delimiter(sample));
  decoder_ = text::Decoder(dialect_.encoding);
  decoder_.decode(sample, buf_);
  if (sampled < options_.sample_bytes) {  // the whole input fitted in the sample
    decoder_.finish(buf_);
    input_done_ = true;
  }
}

std::size_t Reader::read_raw(std::size_t bytes) {
  raw_.resize(bytes);
  std::size_t filled = 0;
  // A pipe may deliver less than asked for before its end.
  while (filled < bytes && in_->read(raw_.data() + filled, static_cast<std::streamsize>(bytes - filled)).gcount() > 0)
    filled += static_cast<std::size_t>(in_->gcount());
  raw_.resize(filled);
  return filled;
}

bool Reader::refill() {
  while (!input_done_) {
    buf_.erase(0, pos_);
    pos_ = 0;
    if (read_raw(options_.chunk_bytes) == 0) {
      if (in_->bad()) report(diag::msg::unreadable_file({shown_, line_, 0}, std::strerror(errno ? errno : EIO)));
      decoder_.finish(buf_);
      input_done_ = true;
    } else {
      decoder_.decode(raw_, buf_);
    }
    if (pos_ < buf_.size()) return true;
  }
  return pos_ < buf_.size();
}

bool Reader::next(Record& record) {
  record.clear();
  if (stopped_ || !readable_ || peek() < 0) return false;
  record.line = line_;
  const int delimiter = static_cast<unsigned char>(dialect_.delimiter);
  bool quoted = false, field_start = true;
  std::uint32_t quote_line = 0;
  bool nul_seen = false;
  for (;;) {
    const int c = get();
    if (c < 0) {
      if (quoted) {
        report(diag::msg::unterminated_quote({shown_, quote_line, 0}, quote_line));
        stopped_ = true;
        return false;
      }
      record.end_field();
      if (nul_seen) report(diag::msg::nul_in_text({shown_, record.line, 0}));
      return true;
    }
    if (quoted) {
      if (c == '"') {
        if (peek() == '"') {
          get();
          record.append('"');
        } else {
          quoted = false;  // text after the closing quote is kept as is, like Excel does
        }
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') get();
        ++line_;
        record.append('\n');  // a line break inside a cell, whatever the file's line ends
      } else if (c == 0) {
        nul_seen = true;
      } else {
        record.append(static_cast<char>(c));
      }
    } else if (c == delimiter) {
      record.end_field();
      field_start = true;
      continue;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && peek() == '\n') get();
      ++line_;
      record.end_field();
      break;
    } else if (c == '"' && field_start) {
      quoted = true;
      quote_line = line_;
    } else if (c == 0) {
      nul_seen = true;
    } else {
      record.append(static_cast<char>(c));
    }
    field_start = false;
    if (record.field_bytes() > options_.max_field_bytes) {
      report(diag::msg::field_too_long({shown_, quoted ? quote_line : record.line, 0}, options_.max_field_bytes));
      stopped_ = true;
      return false;
    }
  }
  if (nul_seen) report(diag::msg::nul_in_text({shown_, record.line, 0}));
  return true;
}

}  // namespace rmt::csv
