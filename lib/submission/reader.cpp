#include "submission/reader.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <vector>

#include "diag/messages.h"
#include "text/case_fold.h"
#include "text/number.h"

namespace rmt::submission {

std::span<const csv::ColumnSpec> submission_columns() {
  static const std::vector<csv::ColumnSpec> columns{
      {"org_id", "Код ОО", {"код", "код организации"}, true, false},
      {"period", "Период", {"год", "отчётный период"}, true, false},
      {"activity_id", "№ п/п", {"номер мероприятия", "№", "номер", "№ мероприятия"}, true, false},
      {"status", "Статус", {"статус выполнения"}, true, false},
      {"value", "Значение", {"фактическое значение", "факт"}, false, false},
      {"completed_on", "Дата выполнения", {"дата"}, false, false},
      {"evidence", "Подтверждение", {"подтверждающий документ", "документ"}, false, false},
      {"comment", "Комментарий", {"примечание"}, false, false},
      // Informational columns of templates and of merged output: accepted, ignored.
      {"activity_title", "Мероприятие", {"наименование мероприятия"}, false, true},
      {"target", "Плановое значение", {"план"}, false, true},
      {"deadline", "Срок", {"срок выполнения", "сроки"}, false, true},
      {"source_file", "Файл", {}, false, true},
      {"source_line", "Строка", {}, false, true},
  };
  return columns;
}

std::span<const std::string_view> submission_sheet_names() {
  static constexpr std::string_view names[] = {"Отчёт", "Report"};  // matched case-folded, so also «Отчет»
  return names;
}

SubmissionReader::SubmissionReader(const std::string& path, std::string shown, const roadmap::Roadmap& roadmap,
                                   const roadmap::ActivityIndex& activities, diag::DiagnosticSink& sink,
                                   const csv::ReaderOptions& options)
    : roadmap_(roadmap), activities_(activities), sink_(sink), input_(io::open_tabular(path, std::move(shown), sink_, options, submission_sheet_names(),
                                   csv::header_probe(submission_columns()))),
      table_(*input_.records, submission_columns(), sink_) {
  period_list_ = roadmap.period_list();
}

bool SubmissionReader::open() { return table_.read_header(); }

bool SubmissionReader::next(SubmissionRow& row) {
  const std::size_t errors_before = sink_.errors();
  if (!table_.next()) return false;
  row = SubmissionRow{};
  row.line = table_.line();
  // A ragged row's cells may be shifted: checking them would only add noise.
  // Its organization code is still carried, so that merge rejects only that
  // organization's submission in a district's combined file.
  if (table_.row_is_ragged()) {
    row.ragged = true;
    row.org_id = table_.cell(col_org_id);
  } else {
    read_cells(row);
  }
  row.has_errors = sink_.errors() != errors_before;
  return true;
}

namespace {

// Excel turns an activity number typed as "1.2" into a date: the cell then
// holds 2026-02-01 (a workbook's date cell, read as ISO) or shows «01.фев» /
// "1-Feb" (saved as CSV). The number it was, "1.2", or nullopt when the cell
// is no such date.
std::optional<std::string> number_excel_made_a_date(std::string_view cell) {
  static constexpr std::string_view kMonths[][2] = {
      {"янв", "jan"}, {"фев", "feb"}, {"мар", "mar"}, {"апр", "apr"}, {"май", "may"}, {"июн", "jun"},
      {"июл", "jul"}, {"авг", "aug"}, {"сен", "sep"}, {"окт", "oct"}, {"ноя", "nov"}, {"дек", "dec"}};
  int day = 0, month = 0;
  if (const auto date = calendar::parse_iso(cell)) {
    day = date->day;
    month = date->month;
  } else {
    const std::size_t separator = cell.find_first_of(".-");
    if (separator == std::string_view::npos || separator == 0 || separator > 2) return std::nullopt;
    const std::string_view digits = cell.substr(0, separator);
    if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
    day = std::stoi(std::string(digits));
    std::string name = text::fold_case(cell.substr(separator + 1));
    if (name.ends_with('.')) name.pop_back();
    for (int m = 0; m < 12 && month == 0; ++m)
      if (name == kMonths[m][0] || name == kMonths[m][1]) month = m + 1;
  }
  if (day < 1 || day > 31 || month == 0) return std::nullopt;
  return fmt::format("{}.{}", day, month);
}

}  // namespace

void SubmissionReader::read_cells(SubmissionRow& row) {
  const auto required = [&](Column column) {
    const std::string_view value = table_.cell(column);
    if (value.empty())
      report(table_.formula_without_value(column)
                 ? diag::msg::formula_without_value(row_pos(), submission_columns()[column].key)
                 : diag::msg::empty_cell(row_pos(), submission_columns()[column].key),
             column);
    return value;
  };

  row.org_id = required(col_org_id);

  if (const std::string_view period = required(col_period); !period.empty()) {
    row.period = roadmap_.find_period(period);
    if (!row.period) report(diag::msg::bad_period(row_pos(), period, period_list_), col_period);
  }

  if (const std::string_view activity = required(col_activity_id); !activity.empty()) {
    const auto match = activities_.find(activity);
    row.activity = match.index;
    if (!match.candidates.empty())
      report(diag::msg::ambiguous_activity(row_pos(), activity, fmt::format("{}", fmt::join(match.candidates, ", "))),
             col_activity_id);
    else if (!match.index) {
      const auto number = number_excel_made_a_date(activity);
      report(number && activities_.find(*number).index ? diag::msg::activity_as_date(row_pos(), activity, *number)
                                                       : diag::msg::unknown_activity(row_pos(), activity),
             col_activity_id);
    }
  }

  if (const std::string_view status = required(col_status); !status.empty()) {
    row.status = parse_status(status);
    if (!row.status) report(diag::msg::bad_status(row_pos(), status), col_status);
  }

  if (const std::string_view value = table_.cell(col_value); !value.empty()) {
    row.value = text::parse_decimal(value);
    if (!row.value || *row.value < 0) {
      row.value.reset();
      report(diag::msg::bad_value(row_pos(), value), col_value);
    }
  }

  if (const std::string_view date = table_.cell(col_completed_on); !date.empty()) {
    row.completed_on = calendar::parse_reported_date(date);
    if (!row.completed_on)
      report(diag::msg::bad_date(row_pos(), date), col_completed_on);
    else if (row.period) {
      // Done in an earlier period of the roadmap is no surprise (a Q4 report
      // repeats its Q3 completion date); after the period's end, or before
      // the roadmap began, it is (SPEC.md §8).
      const auto& period = roadmap_.periods[*row.period];
      const calendar::Date start = roadmap_.periods.front().first_day();
      const bool after = *row.completed_on > period.last_day();
      if (after || *row.completed_on < start)
        report(diag::msg::date_out_of_period(row_pos(), *row.completed_on, period.label, after, start, period.last_day()),
               col_completed_on);
    }
  }

  row.evidence = table_.cell(col_evidence);
  row.comment = table_.cell(col_comment);
  row.source_file = table_.cell(col_source_file);
  row.source_line = table_.cell(col_source_line);

  // A value where the activity has no numeric indicator is counted nowhere: say so.
  if (row.activity && row.value && !activities_.at(*row.activity).indicator)
    report(diag::msg::unused_value(row_pos(), table_.cell(col_value), activities_.at(*row.activity).id), col_value);

  // A sum indicator adds up reported values: done or partial without one
  // would silently count as zero.
  if (row.activity && row.status && !table_.cell(col_value).size() &&
      (*row.status == Status::done || *row.status == Status::partial)) {
    const auto& activity = activities_.at(*row.activity);
    if (activity.indicator && activity.indicator->measure == roadmap::Measure::sum)
      report(diag::msg::missing_value(row_pos(), activity.id, activity.indicator->unit), col_value);
  }
}

}  // namespace rmt::submission
