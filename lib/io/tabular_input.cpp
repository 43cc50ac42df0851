#include "io/tabular_input.h"

#include "xlsx/sheet_reader.h"

namespace rmt::io {

TabularInput open_tabular(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                          const csv::ReaderOptions& options, std::span<const std::string_view> preferred_sheets) {
  TabularInput input;
  if (xlsx::is_workbook_file(path)) {
    input.records = std::make_unique<xlsx::SheetReader>(path, std::move(shown), sink, options, preferred_sheets);
  } else {
    auto reader = std::make_unique<csv::Reader>(path, std::move(shown), sink, options);
    input.csv = reader.get();
    input.records = std::move(reader);
  }
  return input;
}

void TabularInput::describe(diag::FileReport& report) const {
  if (csv) {
    report.format = "csv";
    report.encoding = text::encoding_name(csv->dialect().encoding);
    report.delimiter = csv::delimiter_name(csv->dialect().delimiter);
  } else {
    report.format = "xlsx";
    report.sheet = records->sheet();
  }
}

}  // namespace rmt::io
