// The sheets of records: Findings, and Data (the merged rows, split over
// numbered sheets past Excel's row limit).
#include <algorithm>

#include <fmt/format.h>

#include "merge/merged_csv.h"
#include "render/context.h"
#include "render/labels.h"
#include "submission/reader.h"

namespace rmt::render {
namespace {

using book::Col;
using book::Row;

// A Data sheet prints its header and this many rows: enough to read on paper,
// and a printout of the whole workbook is not 20,000 pages of raw rows.
constexpr Row kPrintedDataRows = 1000;

}  // namespace

void write_findings(Context& ctx) {
  const auto& s = ctx.styles;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kFindings));
  using Item = diag::Diagnostic;
  const std::vector<Column<Item>> columns{
      {{"Файл", "File"}, 36, [&](book::Sheet& sh, Row r, Col c, const Item& d) { sh.text(r, c, d.pos.file, s.text); }},
      {{"Строка", "Line"}, 8,
       [&](book::Sheet& sh, Row r, Col c, const Item& d) {
         if (d.pos.line > 0)
           sh.number(r, c, d.pos.line, s.integer);
         else
           sh.blank(r, c, s.text);
       }},
      {{"Столбец", "Column"}, 16,
       [&](book::Sheet& sh, Row r, Col c, const Item& d) {
         sh.text(r, c, d.column_header.empty() ? d.column_key : d.column_header, s.text);
       }},
      {{"Уровень", "Severity"}, 15,
       [&](book::Sheet& sh, Row r, Col c, const Item& d) {
         const bool error = d.severity == diag::Severity::error;
         sh.text(r, c, ctx.tr(diag::severity_label(d.severity)), s.status(error ? book::Fill::red : book::Fill::yellow));
       }},
      {{"Вид замечания", "Kind of finding"}, 30,
       [&](book::Sheet& sh, Row r, Col c, const Item& d) { sh.text(r, c, ctx.tr(diag::code_title(d.code)), s.text); }},
      {{"Код", "Code"}, 20, [&](book::Sheet& sh, Row r, Col c, const Item& d) { sh.text(r, c, diag::code_name(d.code), s.text); }},
      {{"Сообщение", "Message"}, 60, [&](book::Sheet& sh, Row r, Col c, const Item& d) { sh.text(r, c, d.message.in(ctx.lang), s.text); }},
      {{"Что сделать", "Hint"}, 40, [&](book::Sheet& sh, Row r, Col c, const Item& d) { sh.text(r, c, d.hint.in(ctx.lang), s.text); }},
  };
  write_header(ctx, sheet, 0, columns);
  Row r = 1;
  for (const auto& file : ctx.in.files)
    for (const auto& finding : file.findings) write_row(sheet, r++, columns, finding);
  sheet.autofilter(0, 0, r - 1, static_cast<Col>(columns.size() - 1));
  sheet.freeze(1, 0);
  sheet.print(table_print(0));
}

void write_data(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& in = ctx.in;
  const auto rows = in.rows.sorted();
  const std::size_t per_sheet = std::max<std::size_t>(ctx.options.data_rows_per_sheet, 1);
  // Headed in --lang (the merged CSV itself stays canonical English).
  const auto heading = [&](submission::Column column) {
    const auto& spec = submission::submission_columns()[column];
    return vocab::Localized{std::string(spec.russian), std::string(spec.key)};
  };
  using Item = merge::MergedRow;
  // The merged CSV's columns, in its order (merge::kMergedColumns), without
  // borders or colours, for filtering and copying; the free texts wrap so
  // that nothing is cut where a row is printed.
  const auto column_of = [&](submission::Column column) -> Column<Item> {
    switch (column) {
      case submission::col_org_id:
        return {heading(column), 12, [&](book::Sheet& sh, Row r, Col c, const Item& row) { sh.text(r, c, in.rows.orgs().at(row.org), s.data); }};
      case submission::col_period:
        return {heading(column), 9, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, in.roadmap.periods[row.period].label, s.data);
                }};
      case submission::col_activity_id:
        return {heading(column), 11, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, in.activities.at(row.activity).id, s.data);
                }};
      case submission::col_status:
        return {heading(column), 13, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, ctx.tr(submission::status_label(row.status)), s.data);
                }};
      case submission::col_value:
        return {heading(column), 10, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  if (row.has_value) sh.number(r, c, row.value, s.data);
                }};
      case submission::col_completed_on:
        return {heading(column), 13, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  if (row.has_date) sh.date(r, c, row.completed_on, s.data_date);
                }};
      case submission::col_evidence:
        return {heading(column), 40, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, in.rows.texts().get(row.evidence), s.data_text);
                }};
      case submission::col_comment:
        return {heading(column), 50, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, in.rows.texts().get(row.comment), s.data_text);
                }};
      case submission::col_source_file:
        return {heading(column), 40, [&](book::Sheet& sh, Row r, Col c, const Item& row) {
                  sh.text(r, c, in.rows.files().at(row.source_file), s.data_text);
                }};
      case submission::col_source_line:
        return {heading(column), 8, [&](book::Sheet& sh, Row r, Col c, const Item& row) { sh.number(r, c, row.source_line, s.data); }};
      default: return {heading(column), 10, [](book::Sheet&, Row, Col, const Item&) {}};  // not a merged column
    }
  };
  std::vector<Column<Item>> columns;
  for (const auto column : merge::kMergedColumns) columns.push_back(column_of(column));
  const auto last = static_cast<Col>(columns.size() - 1);
  std::size_t next = 0, sheet_number = 1;
  do {  // at least one Data sheet, even when empty
    book::Sheet& sheet = ctx.book.add_sheet(sheet_number == 1 ? ctx.tr(labels::kData)
                                                              : fmt::format("{} {}", ctx.tr(labels::kData), sheet_number));
    write_header(ctx, sheet, 0, columns);
    const std::size_t first = next, end = std::min(rows.size(), next + per_sheet);
    for (Row r = 1; next < end; ++next, ++r) write_row(sheet, r, columns, *rows[next]);
    const auto count = static_cast<Row>(end - first);
    sheet.autofilter(0, 0, count, last);
    sheet.freeze(1, 0);
    book::PrintSetup print = table_print(0);
    print.area = book::PrintSetup::Area{std::min(count, kPrintedDataRows), last};
    sheet.print(print);
    ++sheet_number;
  } while (next < rows.size());
}

}  // namespace rmt::render
