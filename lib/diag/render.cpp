#include "diag/render.h"

#include <fmt/format.h>

#include "json/writer.h"
#include "text/cell_ref.h"

namespace rmt::diag {

std::string render_text(const Diagnostic& d, Lang lang) {
  std::string out = d.pos.file;
  if (d.pos.line > 0) out += fmt::format(":{}", d.pos.line);
  const bool sheet = !d.pos.sheet.empty();
  if (!sheet && d.pos.line > 0 && d.pos.column > 0) out += fmt::format(":{}", d.pos.column);
  out += fmt::format(": {} [{}] ", severity_name(d.severity), code_name(d.code));
  // In a workbook the line is the sheet's row; name the sheet and the cell too.
  if (sheet) {
    out += fmt::format("{} «{}»", tr(lang, "лист", "sheet"), d.pos.sheet);
    if (d.pos.line > 0 && d.pos.column > 0)
      out += fmt::format(", {} {}", tr(lang, "ячейка", "cell"), text::cell_address(d.pos.column, d.pos.line));
    out += d.column_header.empty() ? ": " : ", ";
  }
  if (!d.column_header.empty()) out += fmt::format("{} «{}»: ", tr(lang, "столбец", "column"), d.column_header);
  out += d.message.in(lang);
  if (!d.hint.empty()) out += fmt::format(" ({})", d.hint.in(lang));
  return out;
}

std::string render_text(const Note& note, Lang lang) {
  std::string out = note.pos.file;
  if (note.pos.line > 0) out += fmt::format(":{}", note.pos.line);
  out += fmt::format(": {}: ", tr(lang, "примечание", "note"));
  if (!note.pos.sheet.empty()) out += fmt::format("{} «{}»: ", tr(lang, "лист", "sheet"), note.pos.sheet);
  out += note.message.in(lang);
  return out;
}

std::size_t FileReport::errors() const {
  std::size_t n = 0;
  for (const auto& f : findings) n += f.severity == Severity::error;
  return n;
}

std::size_t FileReport::warnings() const { return findings.size() - errors(); }

void write_json_finding(json::Writer& w, const Diagnostic& d, Lang lang) {
  w.begin_object();
  w.key("severity");
  w.value(severity_name(d.severity));
  w.key("code");
  w.value(code_name(d.code));
  w.key("line");
  if (d.pos.line > 0)
    w.value(d.pos.line);
  else
    w.null();
  // Tabular inputs name the column by its canonical English name; text inputs
  // (YAML) give the character column.
  if (!d.pos.sheet.empty()) {
    w.key("sheet");
    w.value(d.pos.sheet);
    if (d.pos.line > 0 && d.pos.column > 0) {
      w.key("cell");
      w.value(text::cell_address(d.pos.column, d.pos.line));
    }
  }
  // The column as headed in the file («Ответственный», for an unknown-column too).
  if (!d.column_header.empty()) {
    w.key("header");
    w.value(d.column_header);
  }
  w.key("column");
  if (!d.column_key.empty())
    w.value(d.column_key);
  else if (d.pos.column > 0 && d.pos.sheet.empty())
    w.value(d.pos.column);
  else
    w.null();
  w.key("message");
  w.value(d.message.in(lang));
  if (!d.hint.empty()) {
    w.key("hint");
    w.value(d.hint.in(lang));
  }
  w.end_object();
}

namespace {
bool is_valid(std::size_t errors, std::size_t warnings, bool strict) { return errors == 0 && (!strict || warnings == 0); }
}  // namespace

Totals count_totals(const std::vector<FileReport>& files, bool strict) {
  Totals totals;
  for (const auto& file : files) {
    const std::size_t errors = file.errors(), warnings = file.warnings();
    totals.errors += errors;
    totals.warnings += warnings;
    if (file.registry) continue;
    ++totals.files;
    totals.valid_files += is_valid(errors, warnings, strict);
  }
  return totals;
}

void write_json_files(json::Writer& w, const std::vector<FileReport>& files, Lang lang, bool strict) {
  const Totals totals = count_totals(files, strict);
  const auto valid = [strict](std::size_t e, std::size_t wn) { return is_valid(e, wn, strict); };
  w.key("valid");
  w.value(valid(totals.errors, totals.warnings));
  w.key("errors");
  w.value(static_cast<std::uint64_t>(totals.errors));
  w.key("warnings");
  w.value(static_cast<std::uint64_t>(totals.warnings));
  w.key("files");
  w.begin_array();
  for (const auto& file : files) {
    w.begin_object();
    w.key("path");
    w.value(file.path);
    w.key("valid");
    w.value(valid(file.errors(), file.warnings()));
    if (!file.format.empty()) {
      w.key("format");
      w.value(file.format);
    }
    if (!file.sheet.empty()) {
      w.key("sheet");
      w.value(file.sheet);
    }
    if (!file.encoding.empty()) {
      w.key("encoding");
      w.value(file.encoding);
    }
    if (!file.delimiter.empty()) {
      w.key("delimiter");
      w.value(file.delimiter);
    }
    if (file.rows) {
      w.key("rows");
      w.value(static_cast<std::uint64_t>(*file.rows));
    }
    w.key("errors");
    w.value(static_cast<std::uint64_t>(file.errors()));
    w.key("warnings");
    w.value(static_cast<std::uint64_t>(file.warnings()));
    w.key("findings");
    w.begin_array();
    for (const auto& finding : file.findings) write_json_finding(w, finding, lang);
    w.end_array();
    if (!file.notes.empty()) {
      w.key("notes");
      w.begin_array();
      for (const auto& note : file.notes) {
        w.begin_object();
        w.key("line");
        w.value(std::uint64_t{note.pos.line});
        w.key("message");
        w.value(note.message.in(lang));
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
}

}  // namespace rmt::diag
