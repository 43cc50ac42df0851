#include "csv/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "diag/messages.h"

namespace rmt::csv {

std::string shown_name(const std::string& path, const ReaderOptions& options) {
  if (path == "-") return "<stdin>";
  const std::string& prefix = options.shown_prefix;
  if (!prefix.empty() && path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0)
    return path.substr(prefix.size());
  return path;
}

std::string path_of_shown(const std::string& shown, const ReaderOptions& options) {
  return options.shown_prefix.empty() || shown == "<stdin>" ? shown : options.shown_prefix + shown;
}
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
    : shown_(std::move(shown)), sink_(sink), options_(options) {
  if (path == "-") {
    in_ = &std::cin;
    start(options_.sample_bytes);
    return;
  }
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat info {};
  if (fd_ < 0 || ::fstat(fd_, &info) != 0) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, errno));
    readable_ = false;
    return;
  }
  if (S_ISDIR(info.st_mode)) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, EISDIR));
    readable_ = false;
    return;
  }
  if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > options_.limits.max_file_bytes) {
    report(diag::msg::input_too_large({shown_, 0, 0}, options_.limits.max_file_bytes));
    readable_ = false;
    return;
  }
  // A school's file is a few kilobytes: read it whole into a buffer its
  // size rather than a full sample's (a pipe or device has no size).
  const auto size = S_ISREG(info.st_mode) ? static_cast<std::uint64_t>(info.st_size) : options_.sample_bytes;
  start(static_cast<std::size_t>(std::min<std::uint64_t>(options_.sample_bytes, size + 1)));
}

Reader::Reader(std::istream& in, std::string shown, diag::DiagnosticSink& sink, ReaderOptions options)
    : in_(&in), shown_(std::move(shown)), sink_(sink), options_(options) {
  start(options_.sample_bytes);
}

Reader::~Reader() {
  if (fd_ >= 0) ::close(fd_);
}

void Reader::report(diag::Diagnostic diagnostic) { sink_.report(std::move(diagnostic)); }

void Reader::set_stops() {
  for (const unsigned char c : {static_cast<unsigned char>(dialect_.delimiter), static_cast<unsigned char>('\n'),
                                static_cast<unsigned char>('\r'), static_cast<unsigned char>('\0')})
    stops_plain_[c] = true;
  for (const unsigned char c : {'"', '\n', '\r', '\0'}) stops_quoted_[c] = true;
}

void Reader::start(std::size_t sample_bytes) {
  // The sample, from which the dialect is guessed.
  const std::size_t sampled = read_raw(sample_bytes);
  if (read_failed_) {
    report(diag::msg::unreadable_file({shown_, 0, 0}, read_errno_ ? read_errno_ : EIO));
    readable_ = false;
    return;
  }
  if (over_file_limit()) {
    readable_ = false;
    return;
  }
  std::string_view sample = raw_;
  if (sample.starts_with(kUtf8Bom)) {
    dialect_.bom = true;
    sample.remove_prefix(kUtf8Bom.size());
  } else if (sample.starts_with("\xFF\xFE") || sample.starts_with("\xFE\xFF")) {
    // Excel's «Текст Юникод» (.txt, tab-separated) and other UTF-16 text with
    // its byte order mark: decoded at the edge like Windows-1251, and the
    // delimiter sniffed from the decoded text.
    dialect_.bom = true;
    dialect_.encoding = sample[0] == '\xFF' ? text::Encoding::utf16le : text::Encoding::utf16be;
    sample.remove_prefix(2);
    decoder_ = text::Decoder(dialect_.encoding);
    decoder_.decode(sample, buf_);
    dialect_.delimiter = options_.dialect.delimiter.value_or(sniff_delimiter(buf_));
    set_stops();
    if (sampled < sample_bytes) {
      decoder_.finish(buf_);
      input_done_ = true;
    }
    return;
  }
  if (const auto kind = binary_kind(sample); !kind.empty()) {
    report(diag::msg::not_text({shown_, 0, 0}, kind));
    readable_ = false;
    return;
  }
  const bool guessed = !options_.dialect.encoding && !dialect_.bom;
  bool well_formed = false;
  dialect_.encoding = options_.dialect.encoding.value_or(guessed ? text::guess_encoding(sample, well_formed)
                                                                 : text::Encoding::utf8);
  dialect_.delimiter = options_.dialect.delimiter.value_or(sniff_delimiter(sample));
  set_stops();
  decoder_ = text::Decoder(dialect_.encoding);
  // A sample found well-formed UTF-8 has just been checked whole: not again.
  if (well_formed)
    decoder_.append_checked(sample, buf_);
  else
    decoder_.decode(sample, buf_);
  if (sampled < sample_bytes) {  // the whole input fitted in the sample
    decoder_.finish(buf_);
    input_done_ = true;
  }
}

std::size_t Reader::read_raw(std::size_t bytes) {
  raw_.resize(bytes);
  std::size_t filled = 0;
  if (fd_ >= 0) {
    while (filled < bytes) {
      const ssize_t got = ::read(fd_, raw_.data() + filled, bytes - filled);
      if (got > 0) {
        filled += static_cast<std::size_t>(got);
      } else if (got == 0) {
        break;
      } else if (errno != EINTR) {
        read_failed_ = true;
        read_errno_ = errno;
        break;
      }
    }
  } else {
    // A pipe may deliver less than asked for before its end.
    while (filled < bytes && in_->read(raw_.data() + filled, static_cast<std::streamsize>(bytes - filled)).gcount() > 0)
      filled += static_cast<std::size_t>(in_->gcount());
    if (in_->bad()) {
      read_failed_ = true;
      read_errno_ = errno;
    }
  }
  raw_.resize(filled);
  bytes_read_ += filled;
  return filled;
}

bool Reader::over_file_limit() {
  if (bytes_read_ <= options_.limits.max_file_bytes) return false;
  report(diag::msg::input_too_large({shown_, line_, 0}, options_.limits.max_file_bytes));
  stopped_ = input_done_ = true;
  return true;
}

bool Reader::refill() {
  while (!input_done_) {
    buf_.erase(0, pos_);
    pos_ = 0;
    if (read_raw(options_.chunk_bytes) == 0) {
      if (read_failed_)
        report(diag::msg::unreadable_file({shown_, line_, 0}, read_errno_ ? read_errno_ : EIO));
      decoder_.finish(buf_);
      input_done_ = true;
    } else if (over_file_limit()) {
      return false;
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
  bool quoted = false, field_start = true, nul_seen = false;
  std::uint32_t quote_line = 0;
  const ReaderLimits& limits = options_.limits;
  const auto too_long = [&] {
    if (record.field_bytes() > limits.max_field_bytes)
      report(diag::msg::field_too_long({shown_, quoted ? quote_line : record.line, 0}, limits.max_field_bytes));
    else if (record.bytes() > limits.max_row_bytes)
      report(diag::msg::row_too_long({shown_, record.line, 0}, limits.max_row_bytes));
    else
      return false;
    stopped_ = true;
    return true;
  };
  for (;;) {
    if (pos_ == buf_.size() && !refill()) {  // the end of the input
      if (stopped_) return false;            // past the file limit
      if (quoted) {
        report(diag::msg::unterminated_quote({shown_, quote_line, 0}, quote_line));
        stopped_ = true;
        return false;
      }
      record.end_field();
      break;
    }
    if (!quoted && field_start && buf_[pos_] == '"') {
      quoted = true;
      quote_line = line_;
      field_start = false;
      ++pos_;
      continue;
    }
    // A run of plain text, appended whole.
    const auto& stops = quoted ? stops_quoted_ : stops_plain_;
    const char* data = buf_.data();
    std::size_t end = pos_;
    while (end < buf_.size() && !stops[static_cast<unsigned char>(data[end])]) ++end;
    if (end > pos_) {
      record.append(std::string_view(data + pos_, end - pos_));
      pos_ = end;
      field_start = false;
      if (too_long()) return false;
    }
    if (pos_ == buf_.size()) continue;  // the run goes on in the next chunk
    const char c = buf_[pos_++];
    if (c == '\0') {
      nul_seen = true;
      field_start = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r') skip_lf_after_cr();
      ++line_;
      if (!quoted) {
        record.end_field();
        break;
      }
      record.append('\n');  // a line break inside a cell, whatever the file's line ends
      if (too_long()) return false;
    } else if (quoted) {  // a quote: doubled, or the closing one
      if (peek() == '"') {
        ++pos_;
        record.append('"');
        if (too_long()) return false;
      } else {
        quoted = false;  // text after the closing quote is kept as is, like Excel does
      }
    } else {  // the delimiter
      record.end_field();
      field_start = true;
      if (record.size() >= limits.max_row_cells) {  // one more cell follows
        report(diag::msg::too_many_cells({shown_, record.line, 0}, limits.max_row_cells));
        stopped_ = true;
        return false;
      }
    }
  }
  if (nul_seen) report(diag::msg::nul_in_text({shown_, record.line, 0}));
  return true;
}

}  // namespace rmt::csv
