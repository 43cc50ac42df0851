// What every sheet of the monitoring workbook is written with: the input,
// the language, the formats, and the organizations' statuses by id. Internal
// to lib/render.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "book/workbook.h"
#include "render/status_fills.h"
#include "render/workbook.h"

namespace rmt::render {

/// The workbook's formats, made once.
struct Styles {
  explicit Styles(book::Workbook& book);
  book::Format title, label, plain, header, section, text, decimal, integer, percent, date, data, data_text, data_date;
  /// A cell coloured by a status, as text or as a number.
  book::Format status(book::Fill fill, bool numeric = false) const;
  book::Format status_percent(book::Fill fill) const;

 private:
  std::vector<book::Format> status_text_, status_number_, status_percent_;
};

struct Context {
  Context(book::Workbook& book, const WorkbookInput& in, const WorkbookOptions& options);

  book::Workbook& book;
  const WorkbookInput& in;
  const WorkbookOptions& options;
  vocab::Lang lang;
  Styles styles;
  /// Sheets left out, and why (SPEC.md §8: a note, not a finding).
  std::vector<SkippedSheet> skipped;

  const std::string& tr(const vocab::Localized& text) const { return text.in(lang); }
  /// The status of organization `id` (not received when the run never heard of it).
  outcome::OrgStatus status_of(const std::string& id) const;
  const outcome::OrganizationStatus* status_entry(const std::string& id) const;
  /// Why it is not received though it sent files (for other periods); empty otherwise.
  std::string other_period_note(const outcome::OrganizationStatus& status) const;
  const roadmap::Period& period() const { return in.roadmap.periods[in.monitoring.period]; }

 private:
  std::unordered_map<std::string, std::size_t> status_index_;  // org id -> index into in.statuses
};

/// A column of a sheet laid out as a table: its heading, its width (Excel
/// units) and how one item fills its cell.
template <typename Item>
struct Column {
  vocab::Localized label;
  double width = 10;
  std::function<void(book::Sheet&, book::Row, book::Col, const Item&)> write;
};

/// Sets the widths and writes the header row of `columns` at `row`.
template <typename Item>
void write_header(const Context& ctx, book::Sheet& sheet, book::Row row, const std::vector<Column<Item>>& columns) {
  std::vector<double> widths;
  for (const auto& column : columns) widths.push_back(column.width);
  sheet.set_widths(widths);
  for (std::size_t c = 0; c < columns.size(); ++c)
    sheet.text(row, static_cast<book::Col>(c), ctx.tr(columns[c].label), ctx.styles.header);
}

/// Writes one item's row.
template <typename Item>
void write_row(book::Sheet& sheet, book::Row row, const std::vector<Column<Item>>& columns, const Item& item) {
  for (std::size_t c = 0; c < columns.size(); ++c) columns[c].write(sheet, row, static_cast<book::Col>(c), item);
}

/// The widest of `labels` in the header font, as a column width, at least `minimum`.
double width_for(const std::vector<vocab::Localized>& labels, vocab::Lang lang, double minimum, bool bold = false);

/// The print setup of a sheet whose header row is `header_row`.
book::PrintSetup table_print(book::Row header_row);

// The sheets, in workbook order. Each writes one sheet (Data: one or more).
void write_summary(Context& ctx);
void write_trend(Context& ctx);
void write_by_organization(Context& ctx);
void write_reports(Context& ctx);
void write_missing(Context& ctx);
void write_by_district(Context& ctx);
void write_findings(Context& ctx);
void write_data(Context& ctx);
void write_chart(Context& ctx);

}  // namespace rmt::render
