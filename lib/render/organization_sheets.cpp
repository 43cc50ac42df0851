// The sheets about organizations: By organization (the matrix), Reports,
// Missing and By district.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "aggregate/by_district.h"
#include "render/context.h"
#include "render/labels.h"

namespace rmt::render {
namespace {

using book::Col;
using book::Row;
using vocab::Localized;

constexpr outcome::OrgStatus kOrgStatuses[] = {outcome::OrgStatus::accepted, outcome::OrgStatus::rejected,
                                               outcome::OrgStatus::conflict, outcome::OrgStatus::unreadable,
                                               outcome::OrgStatus::not_received};
const Localized kNotReported{"нет отчёта", "not reported"};

// Every word a matrix cell may hold, for its column's width.
std::vector<Localized> matrix_words() {
  std::vector<Localized> words{kNotReported};
  for (const auto status : kOrgStatuses) words.push_back(outcome::org_status_label(status));
  for (const auto status : {submission::Status::done, submission::Status::partial, submission::Status::not_done,
                            submission::Status::not_applicable})
    words.push_back(submission::status_label(status));
  return words;
}

std::vector<Localized> org_status_words() {
  std::vector<Localized> words;
  for (const auto status : kOrgStatuses) words.push_back(outcome::org_status_label(status));
  return words;
}

// The organization's identifying columns, shared by the matrix and Missing.
template <typename Item, typename GetOrg>
std::vector<Column<Item>> org_columns(const Context& ctx, GetOrg org) {
  const auto& s = ctx.styles;
  return {
      {labels::kOrgId, 12, [&s, org](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, org(i).id, s.text); }},
      {labels::kName, 40, [&s, org](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, org(i).name, s.text); }},
      {labels::kKind, 14, [&s, org](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, org(i).kind, s.text); }},
      {labels::kDistrict, 16,
       [&s, org](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, org(i).district, s.text); }},
  };
}

}  // namespace

void write_by_organization(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& m = ctx.in.monitoring;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kByOrg));
  using Item = std::size_t;  // a row of the matrix
  auto columns = org_columns<Item>(ctx, [&m](std::size_t o) -> const aggregate::OrgRow& { return m.orgs[o]; });
  columns.push_back({{"Выполнено, %", "Done, %"}, 11,
                     [&](book::Sheet& sh, Row r, Col c, const Item& o) { sh.number(r, c, m.orgs[o].completion, s.percent); }});
  const double cell_width = width_for(matrix_words(), ctx.lang, 9);
  for (std::size_t a = 0; a < ctx.in.activities.size(); ++a) {
    const auto& activity = ctx.in.activities.at(a);
    const bool sum = activity.indicator && activity.indicator->measure == roadmap::Measure::sum;
    const std::string label = roadmap::activity_label(activity);
    columns.push_back({{label, label}, cell_width, [&, a, sum](book::Sheet& sh, Row r, Col c, const Item& o) {
                         const auto& cell = m.cell(o, a);
                         switch (cell.state) {
                           case aggregate::Cell::not_required: return;
                           case aggregate::Cell::missing: {
                             // An empty cell says why: rejected, in conflict, a file not read, or nothing sent for it.
                             const auto status = ctx.status_of(m.orgs[o].id);
                             const bool sent = status != outcome::OrgStatus::accepted &&
                                               status != outcome::OrgStatus::not_received;
                             sh.text(r, c, ctx.tr(sent ? outcome::org_status_label(status) : kNotReported),
                                     s.status(book::Fill::red));
                             return;
                           }
                           case aggregate::Cell::disputed:
                             sh.text(r, c, ctx.tr(outcome::org_status_label(outcome::OrgStatus::conflict)),
                                     s.status(book::Fill::yellow));
                             return;
                           case aggregate::Cell::reported:
                             if (cell.has_value && sum)
                               sh.number(r, c, cell.value, s.status(fill_of(cell.status), true));
                             else
                               sh.text(r, c, ctx.tr(submission::status_label(cell.status)), s.status(fill_of(cell.status)));
                             return;
                         }
                       }});
  }
  write_header(ctx, sheet, 0, columns);
  for (std::size_t o = 0; o < m.orgs.size(); ++o) write_row(sheet, static_cast<Row>(o + 1), columns, o);
  sheet.autofilter(0, 0, static_cast<Row>(m.orgs.size()), static_cast<Col>(columns.size() - 1));
  sheet.freeze(1, 2);
  // One column per activity: never squeezed below 70 %; the id and name repeat on each page.
  book::PrintSetup print = table_print(0);
  print.min_scale = 70;
  print.repeat_columns_to = 1;
  sheet.print(print);
}

void write_reports(Context& ctx) {
  const auto& s = ctx.styles;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kReports));
  using Item = outcome::OrganizationStatus;
  const std::vector<Column<Item>> columns{
      {labels::kOrgId, 12, [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, i.org_id, s.text); }},
      {labels::kName, 40, [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, i.name, s.text); }},
      {labels::kDistrict, 16, [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, i.district, s.text); }},
      {labels::kStatus, width_for(org_status_words(), ctx.lang, 10),
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, ctx.tr(outcome::org_status_label(i.status)), s.status(fill_of(i.status)));
       }},
      {{"Файлы", "Files"}, 60,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, fmt::format("{}", fmt::join(i.files, "\n")), s.text); }},
      {{"Ошибок", "Errors"}, 9,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.number(r, c, static_cast<double>(i.errors), s.integer); }},
      {{"Примечание", "Note"}, 40,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, ctx.other_period_note(i), s.text); }},
  };
  write_header(ctx, sheet, 0, columns);
  Row r = 1;
  for (const auto& status : ctx.in.statuses) write_row(sheet, r++, columns, status);
  sheet.autofilter(0, 0, r - 1, static_cast<Col>(columns.size() - 1));
  sheet.freeze(1, 0);
  sheet.print(table_print(0));
}

void write_missing(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& m = ctx.in.monitoring;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kMissing));
  struct Item {
    std::size_t org;
    std::string what;
  };
  auto columns = org_columns<Item>(ctx, [&m](const Item& i) -> const aggregate::OrgRow& { return m.orgs[i.org]; });
  columns.push_back({{"Не представлено", "Not reported"}, 50, [&](book::Sheet& sh, Row r, Col c, const Item& i) {
                       sh.text(r, c, i.what, s.status(m.orgs[i.org].submitted() ? book::Fill::yellow : book::Fill::red));
                     }});
  write_header(ctx, sheet, 0, columns);
  Row r = 1;
  for (std::size_t o = 0; o < m.orgs.size(); ++o) {
    const auto& org = m.orgs[o];
    if (org.required == 0 || org.reported == org.required) continue;
    // Rejected, conflicting and unreadable reports are on the Reports sheet: they were sent.
    if (!org.submitted() && ctx.status_of(org.id) != outcome::OrgStatus::not_received) continue;
    std::string what;
    if (!org.submitted()) {
      what = ctx.tr({"отчёт не представлен", "no report"});
      if (const auto* status = ctx.status_entry(org.id)) {
        if (const std::string note = ctx.other_period_note(*status); !note.empty()) what += " — " + note;
      }
    } else {
      std::vector<std::string> numbers;  // a disputed activity was reported (twice): it is on Reports
      for (std::size_t a = 0; a < ctx.in.activities.size(); ++a)
        if (m.cell(o, a).state == aggregate::Cell::missing) numbers.push_back(roadmap::activity_label(ctx.in.activities.at(a)));
      if (numbers.empty()) continue;
      what = ctx.tr({"мероприятия: ", "activities: "}) + fmt::format("{}", fmt::join(numbers, ", "));
    }
    write_row(sheet, r++, columns, Item{o, std::move(what)});
  }
  sheet.autofilter(0, 0, r - 1, static_cast<Col>(columns.size() - 1));
  sheet.freeze(1, 0);
  sheet.print(table_print(0));
}

void write_by_district(Context& ctx) {
  const auto districts = aggregate::by_district(ctx.in.monitoring, ctx.in.statuses);
  if (districts.empty()) {
    ctx.skipped.push_back({labels::kByDistrict,
                           {"в реестре организаций нет районов (столбец «Район»)",
                            "the organization registry gives no districts (column \"district\")"}});
    return;
  }
  const auto& s = ctx.styles;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kByDistrict));
  using Item = aggregate::DistrictRow;
  double name_width = book::column_width_for(ctx.tr(labels::kNoDistrict), {});
  for (const auto& row : districts.rows) name_width = std::max(name_width, book::column_width_for(row.district, {}));
  const auto count = [&s](std::size_t Item::*member) {
    return [&s, member](book::Sheet& sh, Row r, Col c, const Item& i) { sh.number(r, c, static_cast<double>(i.*member), s.integer); };
  };
  std::vector<Column<Item>> columns{
      {labels::kDistrict, std::clamp(name_width, 16.0, 40.0),
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, i.district.empty() ? ctx.tr(labels::kNoDistrict) : i.district, s.text);
       }},
      {labels::kOrganizations, 13, count(&Item::organizations)},
      {labels::kSent, 13, count(&Item::sent)},
      {labels::kAccepted, 11, count(&Item::accepted)},
  };
  for (std::size_t a = 0; a < ctx.in.activities.size(); ++a) {
    const auto& activity = ctx.in.activities.at(a);
    const bool sum = activity.indicator && activity.indicator->measure == roadmap::Measure::sum;
    const std::string label = roadmap::activity_label(activity);
    columns.push_back({{label, label}, 9, [&s, a, sum](book::Sheet& sh, Row r, Col c, const Item& i) {
                         const auto& figures = i.activities[a];
                         if (figures.required == 0) {
                           sh.blank(r, c, s.text);
                           return;
                         }
                         // Coloured by the share done, like the matrix's cells by status.
                         const auto share = figures.share();
                         const book::Fill fill = figures.reported == 0 ? book::Fill::grey : fill_of_share(share);
                         if (sum)
                           sh.number(r, c, figures.has_value ? std::optional<double>(figures.sum) : std::nullopt,
                                     s.status(fill, true));
                         else
                           sh.number(r, c, share, s.status_percent(fill));
                       }});
  }
  write_header(ctx, sheet, 0, columns);
  Row r = 1;
  for (const auto& row : districts.rows) write_row(sheet, r++, columns, row);
  aggregate::DistrictRow total = districts.total;
  total.district = ctx.tr(labels::kTotal);
  write_row(sheet, r++, columns, total);
  const auto last = static_cast<Col>(columns.size() - 1);
  ++r;
  sheet.merged_text(r, 0, std::min<Col>(last, 12),
                    ctx.tr({"По мероприятиям с суммой — сумма значений организаций района; по остальным — доля "
                            "организаций района, выполнивших мероприятие, среди тех, кто должен по нему отчитаться "
                            "(кроме «не применимо»). Учтены строки, принятые при сведении.",
                            "For sum activities, the sum of the district's organizations' values; for the others, the "
                            "share of the district's organizations that must report on it (less n/a) that did it. "
                            "Rows kept by the merge only."}),
                    s.plain);
  sheet.freeze(1, 1);
  book::PrintSetup print = table_print(0);  // as wide as the matrix: the district repeats on each page
  print.min_scale = 70;
  print.repeat_columns_to = 0;
  sheet.print(print);
}

}  // namespace rmt::render
