// Fuzz target: the streaming CSV reader.
//
// The first byte picks the chunk size, so records, quotes and multi-byte
// characters straddle chunk boundaries. Checked on every input:
// - reading never crashes, and stops for good once it stops;
// - line numbers never go back and never pass the input's line count;
// - no record breaks the limits it was given, and every field is UTF-8;
// - the records and findings are the same whatever the chunk size (read
//   again in one chunk), which is what makes streaming safe.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "csv/reader.h"
#include "fuzz_input.h"
#include "text/utf8.h"

using namespace rmt;

namespace {

struct Outcome {
  std::vector<std::vector<std::string>> records;
  std::vector<std::uint32_t> lines;
  std::vector<std::pair<diag::Code, std::uint32_t>> findings;
  bool operator==(const Outcome&) const = default;
};

Outcome read(std::string_view bytes, std::size_t chunk) {
  csv::ReaderOptions options;
  options.chunk_bytes = chunk;
  options.sample_bytes = 64;  // the dialect is guessed from the same bytes both times
  options.limits.max_field_bytes = 4096;
  options.limits.max_row_bytes = 16384;
  options.limits.max_row_cells = 256;
  options.limits.max_file_bytes = 1 << 20;
  std::istringstream in{std::string(bytes)};
  diag::DiagnosticList findings;
  csv::Reader reader(in, "fuzz.csv", findings, options);
  Outcome outcome;
  csv::Record record;
  const auto line_breaks = static_cast<std::uint32_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return c == '\n' || c == '\r'; }));
  std::uint32_t last_line = 0;
  while (reader.next(record)) {
    if (record.line < last_line || record.line > line_breaks + 1) fuzz::violated("record line out of order");
    if (record.size() > options.limits.max_row_cells || record.bytes() > options.limits.max_row_bytes)
      fuzz::violated("record past a limit");
    last_line = record.line;
    std::vector<std::string> fields;
    for (std::size_t i = 0; i < record.size(); ++i) {
      if (record.field(i).size() > options.limits.max_field_bytes) fuzz::violated("field past the limit");
      if (text::first_invalid_utf8(record.field(i))) fuzz::violated("a field that is not UTF-8");
      fields.emplace_back(record.field(i));
    }
    outcome.records.push_back(std::move(fields));
    outcome.lines.push_back(record.line);
  }
  if (reader.next(record)) fuzz::violated("a stopped reader read on");
  for (const auto& finding : findings.items()) outcome.findings.emplace_back(finding.code, finding.pos.line);
  return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t chunk = 1 + data[0] % 61;
  const std::string_view bytes = fuzz::as_text(data + 1, size - 1);
  if (read(bytes, chunk) != read(bytes, 1 << 20)) fuzz::violated("chunk size changed what was read");
  return 0;
}
