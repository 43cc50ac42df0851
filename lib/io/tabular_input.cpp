#include "io/tabular_input.h"

#include <filesystem>
#include <fstream>

#include "ods/sheet_reader.h"
#include "text/case_fold.h"
#include "xls/sheet_reader.h"
#include "xlsx/sheet_reader.h"

namespace rmt::io {

TableFormat table_format(const std::string& path) {
  if (path == "-") return TableFormat::csv;
  const std::string extension = text::fold_case(std::filesystem::path(path).extension().string());
  if (extension == ".xlsx" || extension == ".xlsm") return TableFormat::xlsx;
  if (extension == ".ods") return TableFormat::ods;
  if (extension == ".xls") return TableFormat::xls;
  // Text names are taken at their word: sniffing would cost every one of
  // 40,000 CSV files an extra open. A workbook behind one is reported by the
  // CSV reader, which recognises the signatures.
  if (extension == ".csv" || extension == ".txt" || extension == ".tsv") return TableFormat::csv;
  std::ifstream in(path, std::ios::binary);
  char head[4] = {};
  if (!in.read(head, 4)) return TableFormat::csv;
  const std::string_view magic(head, 4);
  if (magic == std::string_view("PK\x03\x04", 4)) return ods::is_ods_file(path) ? TableFormat::ods : TableFormat::xlsx;
  if (magic == std::string_view("\xD0\xCF\x11\xE0", 4)) return TableFormat::xls;
  return TableFormat::csv;
}

TabularInput open_tabular(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                          const csv::ReaderOptions& options, std::span<const std::string_view> preferred_sheets,
                          const csv::HeaderProbe& has_header) {
  TabularInput input;
  input.format = table_format(path);
  switch (input.format) {
    case TableFormat::xlsx:
      input.records = std::make_unique<xlsx::SheetReader>(path, std::move(shown), sink, options, preferred_sheets, has_header);
      break;
    case TableFormat::ods:
      input.records = std::make_unique<ods::SheetReader>(path, std::move(shown), sink, options, preferred_sheets, has_header);
      break;
    case TableFormat::xls:
      input.records = std::make_unique<xls::SheetReader>(path, std::move(shown), sink, options, preferred_sheets, has_header);
      break;
    case TableFormat::csv: {
      auto reader = std::make_unique<csv::Reader>(path, std::move(shown), sink, options);
      input.csv = reader.get();
      input.records = std::move(reader);
      break;
    }
  }
  return input;
}

void TabularInput::describe(diag::FileReport& report) const {
  switch (format) {
    case TableFormat::csv:
      report.format = "csv";
      report.encoding = text::encoding_name(csv->dialect().encoding);
      report.delimiter = csv::delimiter_name(csv->dialect().delimiter);
      return;
    case TableFormat::xlsx: report.format = "xlsx"; break;
    case TableFormat::ods: report.format = "ods"; break;
    case TableFormat::xls: report.format = "xls"; break;
  }
  report.sheet = records->sheet();
}

}  // namespace rmt::io
