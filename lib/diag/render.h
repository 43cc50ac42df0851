// Rendering findings for people (one compiler-style line each) and for
// scripts (the JSON document of SPEC.md §6).
//
// Text form:
//   school-017.csv:12: error [bad-status] column «Статус»: «сделано» is not ...
//   roadmap.yaml:14:9: error [unknown-party] unknown party «shcools» (did you mean «schools»?)
// The words "error"/"warning" and the code stay in English in every language:
// scripts match on them. Message, column label and hint follow --lang.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace rmt::json {
class Writer;
}

namespace rmt::diag {

std::string render_text(const Diagnostic& diagnostic, Lang lang);
/// "school.xlsx:3: примечание: …" (en: "note: …").
std::string render_text(const Note& note, Lang lang);

/// What the run learnt about one input file, for the JSON document.
struct FileReport {
  std::string path;
  std::string format;     ///< "csv" or "xlsx"; empty when not a table
  std::string sheet;      ///< the worksheet read, for a workbook
  std::string encoding;   ///< "utf-8", "windows-1251"; empty when not applicable
  std::string delimiter;  ///< ";", ",", "\t"; empty when not applicable
  std::optional<std::size_t> rows;  ///< data rows read, for tabular inputs
  std::vector<Diagnostic> findings;
  std::vector<Note> notes;  ///< what a person should know that is no finding (a title row skipped)
  /// Errors not tied to one data row (a missing column, a broken structure):
  /// they make the whole file unacceptable to a merge.
  std::size_t errors_outside_rows = 0;

  std::size_t errors() const;
  std::size_t warnings() const;
};

/// A run's totals over its files. A file is valid without errors (and, with
/// `strict`, without warnings).
struct Totals {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t valid_files = 0;
};
Totals count_totals(const std::vector<FileReport>& files, bool strict);

/// Writes one finding as a JSON object (severity, code, line, column, message, hint).
void write_json_finding(json::Writer& writer, const Diagnostic& diagnostic, Lang lang);

/// Writes the "valid", "errors", "warnings" and "files" members of the SPEC.md
/// §6 document into an object the caller has opened (so that a program can
/// add members of its own, such as a roadmap summary). With `strict`, warnings
/// make a file invalid too.
void write_json_files(json::Writer& writer, const std::vector<FileReport>& files, Lang lang, bool strict);

}  // namespace rmt::diag
