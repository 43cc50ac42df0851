#include "feedback/annotated_copy.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "diag/messages.h"
#include "book/workbook.h"
#include "diag/sink.h"
#include "feedback/place.h"
#include "text/fingerprint.h"

namespace rmt::feedback {
namespace {

using book::Col;
using book::Row;

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

// A workbook's date cell is read as «2022-09-05»; the school typed and saw
// «05.09.2022», and the copy shows it so.
std::string as_typed(const std::string& cell, bool workbook) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (cell[i] < '0' || cell[i] > '9') return false;
    return true;
  };
  if (!workbook || cell.size() != 10 || cell[4] != '-' || cell[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2))
    return cell;
  return cell.substr(8, 2) + "." + cell.substr(5, 2) + "." + cell.substr(0, 4);
}

struct Mark {
  std::optional<Col> column;  // none: the whole row
  bool error = false;
  std::string why;
};

}  // namespace

CopyResult write_annotated_copy(const std::string& out_path, const diag::FileReport& report, const OwnRows& own,
                                vocab::Lang lang, const calendar::Date& as_of) {
  const bool ru = lang == vocab::Lang::ru;
  const auto& rows = own.rows;
  const bool workbook = report.format != "csv" && !report.format.empty();
  const bool cut = own.cut;
  // Only the organization's findings: at its rows, or about the whole file.
  std::vector<const diag::Diagnostic*> findings;
  for (const auto& d : report.findings)
    if (own.owns_line(d.pos.line)) findings.push_back(&d);
  CopyResult result;
  std::uint64_t content = text::kFingerprintSeed;
  for (const auto& [line, cells] : rows)
    for (const auto& cell : cells) content = text::fingerprint(cell + '\x1f', content);
  for (const auto* d : findings) content = text::fingerprint(d->message.en + '\x1e', content);
  result.content = content;

  // Which column each finding's header stands in: the first row holding it.
  const auto column_of = [&](const diag::Diagnostic& d) -> std::optional<Col> {
    if (!d.pos.sheet.empty() && d.pos.column) return static_cast<Col>(d.pos.column - 1);
    if (d.column_header.empty()) return std::nullopt;
    for (const auto& [line, cells] : rows)
      for (std::size_t i = 0; i < cells.size(); ++i)
        if (trimmed(cells[i]) == trimmed(d.column_header)) return static_cast<Col>(i);
    return std::nullopt;
  };
  std::map<std::uint32_t, std::vector<Mark>> marks;
  for (const auto* d : findings)
    if (d->pos.line) marks[d->pos.line].push_back({column_of(*d), d->severity == diag::Severity::error, d->message.in(lang)});

  book::Workbook book(out_path, false);
  if (!book.ok()) {
    result.write = io::WriteResult::failed(out_path, diag::msg::library_reason("libxlsxwriter", "cannot create the workbook"));
    return result;
  }
  book::Properties properties;
  properties.title = file_name(report.path);
  properties.created = calendar::noon_utc(as_of);
  book.set_properties(properties);
  book.set_overflow_mark(book::kOverflowMark.in(lang));
  book::Style base;
  base.border = true;
  base.wrap = true;
  const auto format = [&](book::Fill fill, bool bold = false) {
    book::Style s = base;
    s.fill = fill;
    s.font.bold = bold;
    return book.format(s);
  };
  const book::Format plain = format(book::Fill::none), header = format(book::Fill::header, true),
                     red = format(book::Fill::red), yellow = format(book::Fill::yellow);

  book::Sheet& list = book.add_sheet(ru ? "Замечания" : "Findings");
  list.set_widths({6, 12, 44, 60, 50});
  const std::vector<std::string> headings = ru ? std::vector<std::string>{"№", "Важность", "Где", "Что не так", "Что сделать"}
                                               : std::vector<std::string>{"No.", "Severity", "Where", "What is wrong", "What to do"};
  for (std::size_t c = 0; c < headings.size(); ++c) list.text(0, static_cast<Col>(c), headings[c], header);
  Row r = 1;
  for (const auto* finding : findings) {
    const diag::Diagnostic& d = *finding;
    const bool error = d.severity == diag::Severity::error;
    list.number(r, 0, static_cast<double>(r), plain);
    list.text(r, 1, error ? (ru ? "ошибка" : "error") : (ru ? "предупреждение" : "warning"), error ? red : yellow);
    list.text(r, 2, describe_place(d, column_of(d), lang), plain);
    list.text(r, 3, d.message.in(lang), plain);
    list.text(r, 4, d.hint.in(lang), plain);
    ++r;
  }
  if (cut)
    list.text(r + 1, 2,
              ru ? fmt::format("В копию вошли первые {} строк файла.", kMaxCopiedRows)
                 : fmt::format("The copy holds the file's first {} rows.", kMaxCopiedRows),
              plain);
  list.freeze(1, 0);
  list.activate();
  // Printed as a document: landscape, one page wide, its heading on every page.
  book::PrintSetup list_print;
  list_print.repeat_row = 0;
  list.print(list_print);

  // Named as the school knows it: its sheet, else its file (add_sheet makes
  // any name valid and distinct from «Замечания»).
  book::Sheet& sheet = book.add_sheet(report.sheet.empty() ? file_name(report.path) : report.sheet);
  std::size_t widest = 0;
  for (const auto& [line, cells] : rows) widest = std::max(widest, cells.size());
  sheet.set_widths(std::vector<double>(std::max<std::size_t>(widest, 1), 18));
  const std::string author = ru ? "Проверка отчёта" : "Report check";
  for (const auto& [line, cells] : rows) {
    if (line == 0) continue;
    const Row row = line - 1;  // the file's line n is the sheet's row n
    const auto found = marks.find(line);
    const bool warned = found != marks.end() &&
                        std::any_of(found->second.begin(), found->second.end(), [](const Mark& m) { return !m.error; });
    std::map<Col, std::string> errors;
    if (found != marks.end())
      for (const auto& m : found->second)
        if (m.error) {
          auto& why = errors[m.column.value_or(0)];
          why += (why.empty() ? "" : "\n") + m.why;
        }
    for (std::size_t c = 0; c < std::max<std::size_t>(cells.size(), errors.empty() ? 0 : errors.rbegin()->first + 1); ++c) {
      const Col col = static_cast<Col>(c);
      const auto error = errors.find(col);
      const book::Format& f = error != errors.end() ? red : warned ? yellow : plain;
      sheet.text(row, col, c < cells.size() ? as_typed(cells[c], workbook) : std::string(), f);
      if (error != errors.end()) sheet.comment(row, col, error->second, author);
    }
  }
  // The school's rows print as they see them: landscape, one page wide, the header repeated.
  book::PrintSetup copy_print;
  if (own.header_line > 0) copy_print.repeat_row = own.header_line - 1;
  sheet.print(copy_print);
  if (const std::string why = book.close(); !why.empty())
    result.write = io::WriteResult::failed(out_path, diag::msg::library_reason("libxlsxwriter", why));
  return result;
}

}  // namespace rmt::feedback
