// Fuzz target: the .ods reader. The seeds are files LibreOffice wrote
// (tests/data/workbooks, fuzz/corpus/ods_reader), so mutations reach the
// content.xml: repeated rows and cells, spans and covered cells.
//
// Checked on every input: reading never crashes, hangs or exhausts memory (the
// limits are small here); records' rows ascend; no record breaks the limits;
// a file that cannot be read says why.
#include "fuzz_input.h"
#include "ods/sheet_reader.h"
#include "csv/table.h"
#include "submission/reader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const fuzz::MemoryFile file(fuzz::as_text(data, size));
  csv::ReaderOptions options;
  options.limits.max_field_bytes = 4096;
  options.limits.max_row_bytes = 65536;
  options.limits.max_row_cells = 512;
  diag::DiagnosticList findings;
  ods::SheetReader reader(file.path(), "fuzz.ods", findings, options, submission::submission_sheet_names(),
                         csv::header_probe(submission::submission_columns()));
  csv::Record record;
  std::uint32_t last_row = 0;
  for (std::size_t records = 0; reader.next(record); ++records) {
    if (record.line <= last_row) fuzz::violated("sheet rows not ascending");
    if (record.size() > options.limits.max_row_cells || record.bytes() > options.limits.max_row_bytes)
      fuzz::violated("record past a limit");
    last_row = record.line;
  }
  if (!reader.readable() && findings.items().empty()) fuzz::violated("an unreadable workbook without a finding");
  return 0;
}
