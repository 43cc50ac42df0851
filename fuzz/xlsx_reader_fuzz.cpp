// Fuzz target: the .xlsx reader (zip archive, package parts, streamed sheet
// XML). The seeds are real workbooks, so mutations reach the XML.
//
// Checked on every input: reading never crashes, hangs or exhausts memory (the
// limits are small here); records' rows ascend; no record breaks the limits.
#include "fuzz_input.h"
#include "submission/reader.h"
#include "xlsx/sheet_reader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::MemoryFile file(fuzz::as_text(data, size));
  csv::ReaderOptions options;
  options.limits.max_field_bytes = 4096;
  options.limits.max_row_bytes = 65536;
  options.limits.max_row_cells = 512;
  diag::DiagnosticList findings;
  xlsx::SheetReader reader(file.path(), "fuzz.xlsx", findings, options, submission::submission_sheet_names());
  csv::Record record;
  std::uint32_t last_row = 0;
  while (reader.next(record)) {
    if (record.line <= last_row) fuzz::violated("sheet rows not ascending");
    if (record.size() > options.limits.max_row_cells || record.bytes() > options.limits.max_row_bytes)
      fuzz::violated("record past a limit");
    last_row = record.line;
  }
  if (!reader.readable() && findings.items().empty()) fuzz::violated("an unreadable workbook without a finding");
  return 0;
}
