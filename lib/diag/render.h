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
#include "diag/file_report.h"

namespace rmt::json {
class Writer;
}

namespace rmt::diag {

std::string render_text(const Diagnostic& diagnostic, Lang lang);
/// "school.xlsx:3: примечание: …" (en: "note: …").
std::string render_text(const Note& note, Lang lang);

/// Writes one finding as a JSON object (severity, code, line, column, message, hint).
void write_json_finding(json::Writer& writer, const Diagnostic& diagnostic, Lang lang);

/// Writes the "valid", "errors", "warnings" and "files" members of the SPEC.md
/// §6 document into an object the caller has opened (so that a program can
/// add members of its own, such as a roadmap summary). With `strict`, warnings
/// make a file invalid too.
void write_json_files(json::Writer& writer, const std::vector<FileReport>& files, Lang lang, bool strict);

}  // namespace rmt::diag
