// The sheets about activities: Summary, Trend and the chart «План и факт».
#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/context.h"
#include "render/labels.h"
#include "roadmap/deadline.h"
#include "text/cell_ref.h"
#include "text/number.h"

namespace rmt::render {
namespace {

using book::Col;
using book::Row;
using vocab::Localized;

// The № column: wide enough for every activity's and section's number.
double number_width(const Context& ctx, double minimum) {
  double width = minimum;
  for (const auto& section : ctx.in.roadmap.sections) {
    width = std::max(width, book::column_width_for(section.number.empty() ? section.id : section.number, {11, true}));
    for (const auto& activity : section.activities)
      width = std::max(width, book::column_width_for(roadmap::activity_label(activity), {}));
  }
  return width;
}

std::vector<Localized> progress_labels() {
  std::vector<Localized> labels;
  for (const auto p : aggregate::kAllProgress) labels.push_back(aggregate::progress_label(p));
  return labels;
}

struct SummaryItem {
  const roadmap::Activity& activity;
  const aggregate::ActivityFigures& figures;
};

std::vector<Column<SummaryItem>> summary_columns(const Context& ctx) {
  const auto& s = ctx.styles;
  using Item = SummaryItem;
  return {
      {labels::kNumber, number_width(ctx, 6),
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, roadmap::activity_label(i.activity), s.text); }},
      {labels::kActivity, 50,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, i.activity.title, s.text); }},
      {labels::kIndicator, 16,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, ctx.tr(aggregate::indicator_text(i.activity, i.figures)), s.text);
       }},
      {labels::kTarget, 9, [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.number(r, c, i.figures.target, s.decimal); }},
      {labels::kActual, 9, [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.number(r, c, i.figures.actual, s.decimal); }},
      {labels::kPercent, 9,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         // The % of target is a formula over the two cells, so it can be audited.
         const std::string target = text::cell_address(c - 1, r + 1), actual = text::cell_address(c, r + 1);
         sh.formula(r, c, fmt::format("=IF(AND(ISNUMBER({0}),ISNUMBER({1}),{0}>0),{1}/{0},\"\")", target, actual),
                    s.percent, i.figures.ratio);
       }},
      {labels::kStatus, width_for(progress_labels(), ctx.lang, 10),
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, ctx.tr(aggregate::progress_label(i.figures.progress)), s.status(fill_of(i.figures.progress)));
       }},
      {{"Отчитались", "Reported"}, 12,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c,
                 ctx.lang == vocab::Lang::ru ? fmt::format("{} из {}", i.figures.reported, i.figures.expected)
                                        : fmt::format("{} of {}", i.figures.reported, i.figures.expected),
                 s.text);
       }},
      {{"Срок", "Deadline"}, 22,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, i.activity.deadline ? roadmap::describe(*i.activity.deadline, ctx.lang) : "", s.text);
       }},
      {{"Ближайший / пропущенный срок", "Next / missed due date"}, 17,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, ctx.tr(aggregate::due_label(i.figures)), s.text);
       }},
      {{"Просрочено", "Overdue"}, 19,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) {
         sh.text(r, c, ctx.tr(aggregate::overdue_label(i.figures)), i.figures.overdue ? s.status(book::Fill::red) : s.text);
       }},
      {{"Ответственные", "Responsible"}, 30,
       [&](book::Sheet& sh, Row r, Col c, const Item& i) { sh.text(r, c, ctx.in.roadmap.responsible_names(i.activity), s.text); }},
  };
}

}  // namespace

void write_summary(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& m = ctx.in.monitoring;
  const auto& roadmap = ctx.in.roadmap;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kSummary));
  const auto columns = summary_columns(ctx);
  const auto last = static_cast<Col>(columns.size() - 1);
  std::vector<double> widths;
  for (const auto& column : columns) widths.push_back(column.width);
  sheet.set_widths(widths);

  // The header block: each line across the whole table, so a long title
  // wraps instead of widening column A (and shrinking the printed page).
  Row r = 0;
  sheet.merged_text(r++, 0, last, roadmap.title, s.title);
  const std::string approval = roadmap::approval_text(roadmap.approved, ctx.lang);
  const auto counts = outcome::count_statuses(ctx.in.statuses);
  const std::string reports =
      ctx.lang == vocab::Lang::ru
          ? fmt::format("представили {} из {} {}; принято {}", counts.sent(), counts.total(),
                        vocab::ru_plural(counts.total(), "организации", "организаций", "организаций"), counts.accepted)
          : fmt::format("{} of {} organizations submitted; {} accepted", counts.sent(), counts.total(), counts.accepted);
  const std::pair<Localized, std::string> lines[] = {
      {{"Утверждена: ", "Approved by: "},
       fmt::format("{}{}{}", roadmap.issuer, roadmap.issuer.empty() ? "" : ", ", approval)},
      {{"Период: ", "Period: "}, ctx.period().label},
      {{"На дату: ", "As of: "}, calendar::to_dotted(m.as_of)},
      // Who sent something and who was accepted: the same counts as every other output.
      {{"Отчёты: ", "Reports: "}, reports},
  };
  for (const auto& [label, value] : lines) sheet.merged_runs(r++, 0, last, {{ctx.tr(label), true}, {value, false}}, s.plain, s.label);
  // The legend: each colour's word on one line, over as many columns as it needs.
  sheet.text(r, 0, ctx.tr({"Цвета:", "Colours:"}), s.label);
  Col c = 1;
  for (const auto progress : aggregate::kAllProgress) {
    const std::string word = ctx.tr(aggregate::progress_label(progress));
    const double needed = book::column_width_for(word, {});
    Col end = c;
    while (end < last && sheet.span_width(c, end) < needed) ++end;
    if (end == c)
      sheet.text(r, c, word, s.status(fill_of(progress)));
    else
      sheet.merged_text(r, c, end, word, s.status(fill_of(progress)));
    c = end + 1;
  }
  r += 2;

  const Row header_row = r;
  for (std::size_t i = 0; i < columns.size(); ++i)
    sheet.text(r, static_cast<Col>(i), ctx.tr(columns[i].label), s.header);
  ++r;
  std::size_t flat = 0;
  for (const auto& section : roadmap.sections) {
    sheet.text(r, 0, section.number.empty() ? section.id : section.number, s.section);
    sheet.merged_text(r, 1, last, section.title, s.section);
    ++r;
    for (const auto& activity : section.activities) write_row(sheet, r++, columns, SummaryItem{activity, m.current()[flat++]});
  }
  sheet.freeze(header_row + 1, 0);
  sheet.print(table_print(header_row));
  sheet.activate();
}

void write_trend(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& m = ctx.in.monitoring;
  book::Sheet& sheet = ctx.book.add_sheet(ctx.tr(labels::kTrend));
  using Item = std::size_t;  // a flat activity
  std::vector<Column<Item>> columns{
      {labels::kNumber, number_width(ctx, 6),
       [&](book::Sheet& sh, Row r, Col c, const Item& a) {
         sh.text(r, c, roadmap::activity_label(ctx.in.activities.at(a)), s.text);
       }},
      {labels::kActivity, 50, [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.text(r, c, ctx.in.activities.at(a).title, s.text); }},
      {labels::kIndicator, 16,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) {
         sh.text(r, c, ctx.tr(aggregate::measured_label(ctx.in.activities.at(a))), s.text);
       }},
  };
  const double status_width = width_for(progress_labels(), ctx.lang, 10);
  for (const auto p : m.periods_with_data) {
    const auto& label = ctx.in.roadmap.periods[p].label;
    const auto& figures = m.figures[p];
    columns.push_back({{"План " + label, "Target " + label}, 9,
                       [&s, &figures](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, figures[a].target, s.decimal); }});
    columns.push_back({{"Факт " + label, "Actual " + label}, 9,
                       [&s, &figures](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, figures[a].actual, s.decimal); }});
    columns.push_back({{"Статус " + label, "Status " + label}, status_width,
                       [&ctx, &s, &figures](book::Sheet& sh, Row r, Col c, const Item& a) {
                         sh.text(r, c, ctx.tr(aggregate::progress_label(figures[a].progress)),
                                 s.status(fill_of(figures[a].progress)));
                       }});
  }
  write_header(ctx, sheet, 0, columns);
  for (std::size_t a = 0; a < ctx.in.activities.size(); ++a) write_row(sheet, static_cast<Row>(a + 1), columns, a);
  sheet.freeze(1, 2);
  sheet.print(table_print(0));
}

void write_chart(Context& ctx) {
  const auto& s = ctx.styles;
  const auto& figures = ctx.in.monitoring.current();
  std::vector<std::size_t> shown;  // activities with a numeric indicator and a target
  for (std::size_t a = 0; a < ctx.in.activities.size(); ++a) {
    const auto& indicator = ctx.in.activities.at(a).indicator;
    if (indicator && indicator->measure != roadmap::Measure::done && figures[a].target && *figures[a].target > 0)
      shown.push_back(a);
  }
  if (shown.empty()) {
    ctx.skipped.push_back({labels::kChart,
                           {"в дорожной карте нет мероприятий с числовым показателем и плановым значением за период",
                            "the roadmap has no activity with a numeric indicator and a target for the period"}});
    return;
  }
  const std::string name = ctx.tr(labels::kChart);
  book::Sheet& sheet = ctx.book.add_sheet(name);

  // The chart fills the first landscape page; the table it is drawn from
  // follows on the next. The table's columns are as wide as the chart, so
  // the chart prints within them.
  constexpr double kChartWidth = 940, kChartHeight = 600;  // px: A4 landscape less the margins, at 100 %
  // Bars stop at 200 %: one activity at 5,600 % would flatten every other bar.
  // Each bar's label gives its true percentage and counts.
  constexpr double kAxisCap = 2;
  const Row table_row = static_cast<Row>(std::ceil(kChartHeight / 20.0)) + 1;  // default rows are 20 px
  using Item = std::size_t;
  const auto share = [&](std::size_t a) { return figures[a].ratio.value_or(0); };
  const double number_col = number_width(ctx, 8), value_col = 10;
  // The Activity column takes the rest of the chart's width (Excel's pixels: 7 a unit and 5 of padding).
  const double activity_col = std::max(40.0, (kChartWidth - 4 * (value_col * 7 + 5) - (number_col * 7 + 5) - 5) / 7);
  std::vector<Column<Item>> columns{
      {labels::kNumber, number_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) {
         sh.text(r, c, roadmap::activity_label(ctx.in.activities.at(a)), s.text);
       }},
      {labels::kActivity, activity_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.text(r, c, ctx.in.activities.at(a).title, s.text); }},
      {labels::kTarget, value_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, figures[a].target, s.decimal); }},
      {labels::kActual, value_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, figures[a].actual.value_or(0), s.decimal); }},
      {labels::kPercent, value_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, share(a), s.status_percent(fill_of(figures[a].progress))); }},
      {{"На диаграмме", "Charted"}, value_col,
       [&](book::Sheet& sh, Row r, Col c, const Item& a) { sh.number(r, c, std::min(share(a), kAxisCap), s.percent); }},
  };
  write_header(ctx, sheet, table_row, columns);
  Row r = table_row + 1;
  for (const auto a : shown) write_row(sheet, r++, columns, a);

  book::ColumnChart chart;
  chart.title = fmt::format("{}, {}", ctx.tr({"План и факт: % плана", "Target and actual: % of target"}), ctx.period().label);
  chart.source_sheet = sheet.name();
  chart.first_row = table_row + 1;
  chart.last_row = r - 1;
  chart.category_col = 0;
  chart.value_col = 5;
  chart.series_name = ctx.tr(labels::kPercent);
  double highest = 1;
  for (const auto a : shown) {
    const auto& f = figures[a];
    const bool percent = ctx.in.activities.at(a).indicator->measure == roadmap::Measure::share_done;
    const std::string unit = percent ? "%" : "";
    // The percentage and the counts behind it: "58 %: 35 из 60".
    chart.point_labels.push_back(fmt::format("{:.0f}%: {}{} {} {}{}", share(a) * 100,
                                             text::format_decimal(f.actual.value_or(0)), unit, ctx.tr({"из", "of"}),
                                             text::format_decimal(*f.target), unit));
    chart.point_fills.push_back(fill_of(f.progress));
    highest = std::max(highest, std::min(share(a), kAxisCap));
  }
  chart.value_axis_title = ctx.tr(labels::kPercent);
  chart.value_axis_max = std::ceil(highest * 4 + 0.5) / 4;  // room above the highest bar for its label
  chart.value_axis_major_unit = 0.25;
  chart.width_px = kChartWidth;
  chart.height_px = kChartHeight;
  sheet.insert_chart(0, 0, chart);

  book::PrintSetup print;  // no repeated row: it would print over the chart's page
  print.fit_width = false;  // Excel ignores manual page breaks on a sheet fitted to pages
  print.breaks_before = {table_row};
  sheet.print(print);
}

}  // namespace rmt::render
