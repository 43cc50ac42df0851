// Fuzz target: the .ods reader. The seeds are files LibreOffice wrote
// (tests/data/workbooks, fuzz/corpus/ods_reader), so mutations reach the
// content.xml: repeated rows and cells, spans and covered cells.
//
// Checked on every input: reading never crashes, hangs or exhausts memory (the
// limits are small here); records' rows ascend; no record breaks the limits;
// a file that cannot be read says why.
#include "csv/table.h"
#include "fuzz_input.h"
#include "ods/sheet_reader.h"
#include "submission/reader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::fuzz_workbook_reader<ods::SheetReader>(data, size, "fuzz.ods", submission::submission_sheet_names(),
                                                      csv::header_probe(submission::submission_columns()));
}
