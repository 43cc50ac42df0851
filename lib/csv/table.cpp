#include "csv/table.h"

#include <algorithm>
#include <optional>

#include "diag/messages.h"
#include "text/case_fold.h"
#include "text/decoder.h"
#include "text/edit_distance.h"
#include "text/number.h"
#include "text/utf8.h"

namespace rmt::csv {

std::string header_key(std::string_view header) {
  std::string folded = text::fold_case(text::trim(header));
  std::erase_if(folded, [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
  // Non-breaking spaces, which Excel users type into headers.
  for (std::size_t at; (at = folded.find("\xC2\xA0")) != std::string::npos;) folded.erase(at, 2);
  return folded;
}

bool names_required_columns(const Record& record, std::span<const ColumnSpec> columns) {
  std::vector<bool> named(columns.size(), false);
  for (std::size_t field = 0; field < record.size(); ++field) {
    const std::string key = header_key(record.field(field));
    if (key.empty()) continue;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (named[i] || !columns[i].required) continue;
      bool match = key == header_key(columns[i].key) || key == header_key(columns[i].russian);
      for (const auto alias : columns[i].aliases) match = match || key == header_key(alias);
      if (match) named[i] = true;
    }
  }
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].required && !named[i]) return false;
  return true;
}

HeaderProbe header_probe(std::span<const ColumnSpec> columns) {
  return [columns](const Record& record) { return names_required_columns(record, columns); };
}

bool looks_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  const char first = cell.front();
  if (first != '=' && first != '+' && first != '-' && first != '@') return false;
  return !text::parse_decimal(cell).has_value();
}

Table::Table(RecordSource& reader, std::span<const ColumnSpec> columns, diag::DiagnosticSink& sink)
    : reader_(reader), columns_(columns), sink_(sink), position_(columns.size(), npos),
      header_text_(columns.size()) {
  // Every accepted spelling, normalized once per file.
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    spellings_.emplace_back(header_key(columns_[i].key), i);
    spellings_.emplace_back(header_key(columns_[i].russian), i);
    suggestions_.push_back(spellings_[spellings_.size() - 2].first);
    suggestions_.push_back(spellings_.back().first);
    for (const auto alias : columns_[i].aliases) spellings_.emplace_back(header_key(alias), i);
    required_columns_ += columns_[i].required;
  }
}

bool Table::pull() {
  if (held_next_ < held_.size()) {
    record_ = std::move(held_[held_next_++]);
    if (held_next_ == held_.size()) {
      held_.clear();
      held_next_ = 0;
    }
    return true;
  }
  return reader_.next(record_);
}

Table::HeaderMatch Table::match_header(const Record& record) const {
  HeaderMatch match;
  match.columns.assign(record.size(), npos);
  std::vector<bool> named(columns_.size(), false);
  for (std::size_t field = 0; field < record.size(); ++field) {
    const std::string_view header = text::trim(record.field(field));
    if (header.empty()) continue;
    const std::string key = header_key(header);
    const auto spelling = std::find_if(spellings_.begin(), spellings_.end(),
                                       [&](const auto& entry) { return entry.first == key; });
    if (spelling == spellings_.end()) continue;
    match.columns[field] = spelling->second;
    if (named[spelling->second]) continue;
    named[spelling->second] = true;
    ++match.known;
    match.required += columns_[spelling->second].required;
  }
  return match;
}

bool Table::read_header() {
  // Schools put a title («Отчёт МБОУ … за 2026 год»), a date or blank rows
  // above the table: look for the row that names the columns.
  std::vector<Record> seen;  // non-blank records before the header
  std::optional<HeaderMatch> found;
  for (std::size_t records = 0; records < kHeaderSearchRecords && reader_.next(record_); ++records) {
    if (record_.blank()) continue;
    HeaderMatch match = match_header(record_);
    if (match.required == required_columns_ && match.known > 0) {
      found = std::move(match);
      break;
    }
    seen.push_back(record_);
  }
  if (!found) {
    if (seen.empty()) {
      if (reader_.readable() && !reader_.stopped()) sink_.report(diag::msg::no_header({reader_.shown(), 0, 0, reader_.sheet()}));
      return false;
    }
    // No row names every required column: take the one that names most (a
    // header with a column missing), else the first, and report what it lacks.
    std::size_t best = 0, best_known = 0;
    for (std::size_t i = 0; i < seen.size(); ++i) {
      const std::size_t known = match_header(seen[i]).known;
      if (known > best_known) best = i, best_known = known;
    }
    record_ = std::move(seen[best]);
    found = match_header(record_);
    // What followed the header is data, read again in order; the record just
    // read (if any) after those.
    for (std::size_t i = best + 1; i < seen.size(); ++i) held_.push_back(std::move(seen[i]));
    seen.resize(best);
  }
  header_line_ = record_.line;
  if (!seen.empty())
    sink_.note(diag::msg::rows_above_header({reader_.shown(), header_line_, 0, reader_.sheet()}, seen.front().line,
                                            header_line_ - 1));

  for (std::size_t field = 0; field < record_.size(); ++field) {
    const std::string_view header = text::trim(record_.field(field));
    if (header.empty()) continue;
    header_width_ = field + 1;
    const diag::SourcePos pos = row_pos();
    const std::size_t index = found->columns[field];
    if (index == npos) {
      if (!report_unknown_columns_) continue;
      auto d = diag::msg::unknown_column(pos, header, text::closest_match(header_key(header), suggestions_));
      d.column_header = std::string(header);
      sink_.report(std::move(d));
      continue;
    }
    if (position_[index] != npos) {
      auto d = diag::msg::duplicate_column(pos, header, static_cast<std::uint32_t>(position_[index] + 1));
      d.column_header = std::string(header);
      d.column_key = std::string(columns_[index].key);
      sink_.report(std::move(d));
      continue;
    }
    position_[index] = field;
    header_text_[index] = std::string(header);
  }
  bool complete = true;
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].required && position_[i] == npos) {
      auto d = diag::msg::missing_column(row_pos(), columns_[i].key, columns_[i].russian);
      d.column_key = std::string(columns_[i].key);
      sink_.report(std::move(d));
      complete = false;
    }
  }
  return complete;
}

bool Table::next() {
  for (;;) {
    if (!pull()) return false;  // blank rows at the end pass silently
    if (record_.blank()) {
      if (blank_first_ == 0) blank_first_ = record_.line;
      blank_last_ = record_.line;
      continue;
    }
    break;
  }
  if (blank_first_ != 0) {
    sink_.report(diag::msg::blank_row({reader_.shown(), blank_first_, 0, reader_.sheet()}, blank_last_));
    blank_first_ = blank_last_ = 0;
  }
  ++data_rows_;

  // Excel pads rows with empty cells up to the widest row; only non-empty
  // cells past the header make a row ragged.
  std::size_t width = record_.size();
  while (width > header_width_ && text::trim(record_.field(width - 1)).empty()) --width;
  ragged_ = width > header_width_;
  if (ragged_) sink_.report(diag::msg::ragged_row(row_pos(), width, header_width_));
  check_cells();
  return true;
}

void Table::check_cells() {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (position_[i] == npos) continue;
    const std::string_view value = cell(i);
    if (value.find(text::kReplacement) != std::string_view::npos) {
      sink_.report(at_cell(diag::msg::invalid_text(row_pos(), reader_.encoding()), i));
    } else if (looks_like_formula(value)) {
      sink_.report(at_cell(diag::msg::formula_like(row_pos(), text::shorten(value, 40)), i));
    }
  }
}

std::string_view Table::cell(std::size_t index) const {
  const std::size_t field = position_[index];
  if (field == npos || field >= record_.size()) return {};
  return text::trim(record_.field(field));
}

diag::Diagnostic Table::at_cell(diag::Diagnostic diagnostic, std::size_t index) const {
  diagnostic.pos = row_pos();
  // In a sheet, field i is spreadsheet column i+1: the finding names its cell.
  if (!diagnostic.pos.sheet.empty() && position_[index] != npos)
    diagnostic.pos.column = static_cast<std::uint32_t>(position_[index] + 1);
  diagnostic.column_header = header_text_[index];
  diagnostic.column_key = std::string(columns_[index].key);
  return diagnostic;
}

}  // namespace rmt::csv
