// Opens a table the user gave: a CSV or text file, or a sheet of a workbook
// (.xlsx/.xlsm, .ods, .xls: by the name's ending, or for other names by the
// file's first bytes). Callers see one RecordSource and never branch on the
// format again.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "csv/reader.h"
#include "csv/record_source.h"
#include "diag/render.h"
#include "diag/sink.h"

namespace rmt::io {

/// The formats a table can come in.
enum class TableFormat { csv, xlsx, ods, xls };

/// What `path` will be read as: by its ending (.xlsx/.xlsm, .ods, .xls; .csv,
/// .txt and .tsv are text whatever they hold, and the CSV reader says so),
/// else by its first bytes; standard input ("-") is always CSV.
TableFormat table_format(const std::string& path);

struct TabularInput {
  std::unique_ptr<csv::RecordSource> records;
  TableFormat format = TableFormat::csv;
  const csv::Reader* csv = nullptr;  ///< the CSV reader (its dialect), or null for a workbook

  /// Records the input's format in a file report: encoding and delimiter for
  /// CSV, the sheet for a workbook.
  void describe(diag::FileReport& report) const;
};

/// `path` may be "-" (standard input, always CSV). In a workbook, the sheet
/// read is the first named one of `preferred_sheets` (any case), else the
/// first whose first rows `has_header` accepts, else the first.
TabularInput open_tabular(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                          const csv::ReaderOptions& options, std::span<const std::string_view> preferred_sheets = {},
                          const csv::HeaderProbe& has_header = {});

}  // namespace rmt::io
