#include "render/workbook.h"

#include <algorithm>
#include <ctime>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "render/context.h"

namespace rmt::render {

namespace {

constexpr book::Fill kStatusFills[] = {book::Fill::green, book::Fill::yellow, book::Fill::red, book::Fill::grey};

std::size_t fill_index(book::Fill fill) {
  for (std::size_t i = 0; i < std::size(kStatusFills); ++i)
    if (kStatusFills[i] == fill) return i;
  return std::size(kStatusFills) - 1;
}

}  // namespace

Styles::Styles(book::Workbook& book) {
  using book::Fill;
  using book::NumberFormat;
  const book::Style cell{.wrap = true, .border = true};
  title = book.format({.font = {14, true}, .wrap = true});
  label = book.format({.font = {11, true}});
  plain = book.format({.wrap = true});
  header = book.format({.font = {11, true}, .wrap = true, .border = true, .vertical = book::Vertical::centre, .fill = Fill::header});
  section = book.format({.font = {11, true}, .wrap = true, .border = true, .fill = Fill::section});
  text = book.format(cell);
  auto numeric = [&](NumberFormat number) {
    book::Style style = cell;
    style.wrap = false;
    style.number = number;
    return book.format(style);
  };
  decimal = numeric(NumberFormat::decimal);
  integer = numeric(NumberFormat::integer);
  percent = numeric(NumberFormat::percent);
  date = numeric(NumberFormat::date);
  // The Data sheets' cells all sit at the top of their row, so a row made
  // tall by a long comment reads across on its first line (a cell without a
  // format would sit at the bottom) and a text cut at the row's limit shows
  // its start.
  data = book.format({});
  data_text = book.format({.wrap = true});
  data_date = book.format({.number = NumberFormat::date});
  for (const Fill fill : kStatusFills) {
    book::Style style = cell;
    style.fill = fill;
    status_text_.push_back(book.format(style));
    style.wrap = false;
    style.number = NumberFormat::decimal;
    status_number_.push_back(book.format(style));
    style.number = NumberFormat::percent;
    status_percent_.push_back(book.format(style));
  }
}

book::Format Styles::status(book::Fill fill, bool numeric) const {
  return (numeric ? status_number_ : status_text_)[fill_index(fill)];
}

book::Format Styles::status_percent(book::Fill fill) const { return status_percent_[fill_index(fill)]; }

Context::Context(book::Workbook& book_, const WorkbookInput& in_, const WorkbookOptions& options_)
    : book(book_), in(in_), options(options_), lang(options_.lang), styles(book_) {
  for (std::size_t i = 0; i < in.statuses.size(); ++i) status_index_.emplace(in.statuses[i].org_id, i);
}

outcome::OrgStatus Context::status_of(const std::string& id) const {
  const auto it = status_index_.find(id);
  return it == status_index_.end() ? outcome::OrgStatus::not_received : in.statuses[it->second].status;
}

const outcome::OrganizationStatus* Context::status_entry(const std::string& id) const {
  const auto it = status_index_.find(id);
  return it == status_index_.end() ? nullptr : &in.statuses[it->second];
}

std::string Context::other_period_note(const outcome::OrganizationStatus& status) const {
  const vocab::Localized reason = outcome::other_period_reason(status, in.roadmap, in.monitoring.period);
  if (reason.empty()) return {};
  return fmt::format("{}: {}", tr(reason), fmt::join(status.other_period_files, ", "));
}

book::Fill fill_of(aggregate::Progress progress) {
  switch (progress) {
    case aggregate::Progress::met: return book::Fill::green;
    case aggregate::Progress::in_progress: return book::Fill::yellow;
    case aggregate::Progress::not_met: return book::Fill::red;
    case aggregate::Progress::no_data: return book::Fill::grey;
    case aggregate::Progress::not_applicable: return book::Fill::grey;
  }
  return book::Fill::grey;
}

book::Fill fill_of(submission::Status status) {
  switch (status) {
    case submission::Status::done: return book::Fill::green;
    case submission::Status::partial: return book::Fill::yellow;
    case submission::Status::not_done: return book::Fill::red;
    case submission::Status::not_applicable: return book::Fill::grey;
  }
  return book::Fill::grey;
}

book::Fill fill_of(outcome::OrgStatus status) {
  switch (status) {
    case outcome::OrgStatus::accepted: return book::Fill::green;
    case outcome::OrgStatus::conflict: return book::Fill::yellow;
    case outcome::OrgStatus::rejected:
    case outcome::OrgStatus::unreadable:
    case outcome::OrgStatus::not_received: return book::Fill::red;
  }
  return book::Fill::grey;
}

book::Fill fill_of_share(std::optional<double> share) {
  if (!share) return book::Fill::grey;
  if (*share >= 1) return book::Fill::green;
  if (*share <= 0) return book::Fill::red;
  return book::Fill::yellow;
}

double width_for(const std::vector<vocab::Localized>& labels, vocab::Lang lang, double minimum, bool bold) {
  double width = minimum;
  for (const auto& label : labels) width = std::max(width, book::column_width_for(label.in(lang), {11, bold}));
  return width;
}

book::PrintSetup table_print(book::Row header_row) {
  book::PrintSetup setup;
  setup.repeat_row = header_row;
  return setup;
}

WorkbookResult write_workbook(const std::string& path, const WorkbookInput& input, const WorkbookOptions& options) {
  WorkbookResult result;
  book::Workbook book(path, input.rows.sorted_size() >= options.constant_memory_rows);
  if (!book.ok()) {
    result.write = io::WriteResult::failed(path, diag::msg::library_reason("libxlsxwriter", "cannot create the workbook"));
    return result;
  }
  const auto& roadmap = input.roadmap;
  book::Properties properties;
  properties.title = roadmap.title;
  properties.author = roadmap.issuer;
  properties.company = roadmap.issuer;
  properties.subject = roadmap.periods[input.monitoring.period].label;
  properties.comments = fmt::format("roadmap-render {}", RMT_VERSION);
  // Dated by the as-of date, not the clock, so a rerun describes the same state.
  properties.created = calendar::noon_utc(input.monitoring.as_of);
  book.set_properties(properties);
  book.set_overflow_mark(book::kOverflowMark.in(options.lang));

  Context ctx(book, input, options);
  write_summary(ctx);
  write_trend(ctx);
  write_by_organization(ctx);
  write_reports(ctx);
  write_missing(ctx);
  write_by_district(ctx);
  write_findings(ctx);
  write_data(ctx);
  write_chart(ctx);
  result.skipped = std::move(ctx.skipped);
  if (const std::string why = book.close(); !why.empty())
    result.write = io::WriteResult::failed(path, diag::msg::library_reason("libxlsxwriter", why));
  return result;
}

}  // namespace rmt::render
