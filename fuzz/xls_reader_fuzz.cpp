// Fuzz target: the .xls reader. The seeds are files LibreOffice wrote
// (tests/data/workbooks, fuzz/corpus/xls_reader), so mutations reach the
// compound file's sectors and the BIFF records, merged ranges among them.
//
// Checked on every input: reading never crashes, hangs or exhausts memory (the
// limits are small here); records' rows ascend; no record breaks the limits;
// a file that cannot be read says why.
#include "csv/table.h"
#include "fuzz_input.h"
#include "xls/sheet_reader.h"
#include "submission/reader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzz::fuzz_workbook_reader<xls::SheetReader>(data, size, "fuzz.xls", submission::submission_sheet_names(),
                                                      csv::header_probe(submission::submission_columns()));
}
