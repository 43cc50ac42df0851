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
  return fuzz::fuzz_workbook_reader<xlsx::SheetReader>(data, size, "fuzz.xlsx", submission::submission_sheet_names());
}
