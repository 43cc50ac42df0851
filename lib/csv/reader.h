// A streaming CSV reader (RFC 4180 as Excel writes it).
//
// Open a file, then call next() for one record at a time. The reader detects
// the encoding and delimiter from a bounded sample at the start, decodes to
// UTF-8 chunk by chunk, and tracks the physical line (1-based) on which each
// record starts, so diagnostics point where an editor shows the row. Memory
// is one input chunk plus the current record, whatever the file's size.
//
//   csv::Reader reader(path, sink, {});
//   csv::Record record;
//   while (reader.next(record)) use(record.line, record.field(0));
//
// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF
// and lone CR all end a line. Findings (unreadable file, not text, an
// unterminated quote, an overlong field) go to the sink; after one of those
// next() returns false. So do the limits (ReaderLimits).
#pragma once

#include <array>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "csv/dialect.h"
#include "csv/record_source.h"
#include "diag/sink.h"
#include "text/decoder.h"

namespace rmt::csv {

/// Limits on one input, far above any real submission and far below what
/// would exhaust memory: whatever the input, a reader holds at most one row of
/// max_row_bytes (docs/hardening.md). Each is an option of every program.
struct ReaderLimits {
  /// The longest cell. Excel holds at most 32,767 characters in one (64 KiB
  /// of Russian UTF-8); a cell this long means an unterminated quote
  /// swallowed the file.
  std::size_t max_field_bytes = std::size_t{1} << 20;
  /// The longest row, all its cells together.
  std::size_t max_row_bytes = std::size_t{16} << 20;
  /// The most cells in a row: Excel's widest sheet (XFD), so anything Excel
  /// saves passes.
  std::size_t max_row_cells = 16384;
  /// The largest file: ten times a nation's combined file (≈ 200 MB); also
  /// keeps line numbers within 32 bits.
  std::uint64_t max_file_bytes = std::uint64_t{2} << 30;
};

struct ReaderOptions {
  DialectChoice dialect;
  ReaderLimits limits;
  std::size_t chunk_bytes = 1u << 16;   ///< how much is read at a time
  std::size_t sample_bytes = 1u << 16;  ///< how much the dialect is guessed from
  /// A folder whose files are named without it in findings and reports: a
  /// store's working copy (run/store_sources.h) shows each file by the name
  /// it was received under.
  std::string shown_prefix;
};

/// How findings name the file at `path`: "<stdin>" for "-", else `path`
/// without `options.shown_prefix` when it starts with it.
std::string shown_name(const std::string& path, const ReaderOptions& options);
/// The path to read again a file shown as `shown` (shown_name's inverse).
std::string path_of_shown(const std::string& shown, const ReaderOptions& options);

class Reader final : public RecordSource {
 public:
  /// Opens `path` ("-" for standard input); `shown` is the name diagnostics
  /// use. An unreadable file is reported and then reads as empty.
  Reader(const std::string& path, std::string shown, diag::DiagnosticSink& sink, ReaderOptions options = {});
  ~Reader() override;
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  /// Reads from a stream the caller owns (tests, standard input).
  Reader(std::istream& in, std::string shown, diag::DiagnosticSink& sink, ReaderOptions options = {});

  /// Fills `record` with the next record; false at the end of the input or
  /// after a finding that stops reading.
  bool next(Record& record) override;

  const Dialect& dialect() const { return dialect_; }
  const std::string& shown() const override { return shown_; }
  /// False when the file could not be opened or is not text at all.
  bool readable() const override { return readable_; }
  bool stopped() const override { return stopped_; }
  std::string_view encoding() const override { return text::encoding_name(dialect_.encoding); }

 private:
  void start(std::size_t sample_bytes);
  void set_stops();  // the bytes that end a run of text, once the delimiter is known
  bool refill();
  std::size_t read_raw(std::size_t bytes);  // into raw_; returns the count
  int peek() {
    if (pos_ == buf_.size() && !refill()) return -1;
    return static_cast<unsigned char>(buf_[pos_]);
  }
  void skip_lf_after_cr() {
    if (peek() == '\n') ++pos_;
  }
  void report(diag::Diagnostic diagnostic);
  /// Past max_file_bytes (a pipe has no size to check up front): reported,
  /// and reading stops.
  bool over_file_limit();

  int fd_ = -1;                 // a file opened by path, read with read(2)
  std::istream* in_ = nullptr;  // or a stream (standard input, tests)
  bool read_failed_ = false;
  int read_errno_ = 0;
  std::uint64_t bytes_read_ = 0;
  std::string shown_;
  diag::DiagnosticSink& sink_;
  ReaderOptions options_;
  Dialect dialect_;
  text::Decoder decoder_{text::Encoding::utf8};
  // Bytes that end a run of plain text outside quotes: the delimiter, line
  // ends and NUL; inside quotes: the quote, line ends and NUL. Runs between
  // them are appended to the record whole.
  std::array<bool, 256> stops_plain_{};
  std::array<bool, 256> stops_quoted_{};
  std::string raw_;  // the bytes of one chunk
  std::string buf_;  // decoded UTF-8 not yet parsed
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  bool input_done_ = false;
  bool readable_ = true;
  bool stopped_ = false;
};

}  // namespace rmt::csv
