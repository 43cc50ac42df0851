// Opens a table the user gave: a CSV file, or an Excel workbook's sheet
// (by its .xlsx name or its zip signature). Callers see one RecordSource and
// never branch on the format again.
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

struct TabularInput {
  std::unique_ptr<csv::RecordSource> records;
  const csv::Reader* csv = nullptr;  ///< the CSV reader (its dialect), or null for a workbook

  /// Records the input's format in a file report: encoding and delimiter for
  /// CSV, the sheet for a workbook.
  void describe(diag::FileReport& report) const;
};

/// `path` may be "-" (standard input, always CSV). `preferred_sheets` names
/// the sheet to read in a workbook when it has one so called (any case);
/// otherwise its first sheet is read.
TabularInput open_tabular(const std::string& path, std::string shown, diag::DiagnosticSink& sink,
                          const csv::ReaderOptions& options, std::span<const std::string_view> preferred_sheets = {});

}  // namespace rmt::io
