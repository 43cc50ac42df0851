// One finding about one place in one input: where, what (a stable code), and
// what to do about it (a message and an optional hint, in both languages).
//
// The same type serves every input the toolkit reads: a roadmap YAML (line and
// character column), a CSV submission (physical line and a header name), or a
// whole file (line 0). Build diagnostics with the factories in messages.h so a
// code and its wording stay in one place.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include "diag/codes.h"
#include "vocab/lang.h"

namespace rmt::diag {

// The languages of what people read (vocab/lang.h), as diag writes them.
using vocab::Lang;
using vocab::Localized;
using vocab::tr;
using vocab::ru_plural;

/// A place in an input. Lines and columns are 1-based; 0 means "not known" or
/// "the whole file" (line) / "the whole line" (column).
struct SourcePos {
  SourcePos() = default;
  SourcePos(std::string file_name, std::uint32_t line_number = 0, std::uint32_t column_number = 0,
            std::string sheet_name = {})
      : file(std::move(file_name)), line(line_number), column(column_number), sheet(std::move(sheet_name)) {}

  std::string file;
  std::uint32_t line = 0;
  /// Character (not byte) column for text formats such as YAML; for a sheet,
  /// the spreadsheet column (1 = A).
  std::uint32_t column = 0;
  std::string sheet;  ///< the worksheet, for inputs that are Excel workbooks
};

struct Diagnostic {
  Severity severity = Severity::error;
  Code code = Code::roadmap_schema;
  SourcePos pos;
  /// For tabular inputs: the column as headed in the file («Статус») and its
  /// canonical English name ("status"). Empty when the finding has no column.
  std::string column_header;
  std::string column_key;
  Localized message;
  Localized hint;  ///< a concrete next step; may be empty
};

/// Something a person should know about an input that is not a finding: it
/// neither counts as an error or warning nor changes an exit code (a title
/// row skipped above the header). Shown in text mode unless quiet, and in JSON.
struct Note {
  SourcePos pos;
  Localized message;
};

}  // namespace rmt::diag
