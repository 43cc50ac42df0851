#include "csv/table.h"

#include <algorithm>

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

bool looks_like_formula(std::string_view cell) {
  if (cell.empty()) return false;
  const char first = cell.front();
  if (first != '=' && first != '+' && first != '-' && first != '@') return false;
  return !text::parse_decimal(cell).has_value();
}

Table::Table(RecordSource& reader, std::span<const ColumnSpec> columns, diag::DiagnosticSink& sink)
    : reader_(reader), columns_(columns), sink_(sink), position_(columns.size(), npos),
      header_text_(columns.size()) {}

bool Table::read_header() {
  do {
    if (!reader_.next(record_)) {
      if (reader_.readable() && !reader_.stopped()) sink_.report(diag::msg::no_header({reader_.shown(), 0, 0, reader_.sheet()}));
      return false;
    }
  } while (record_.blank());
  header_line_ = record_.line;

  // Every accepted spelling, normalized once per file: (key, column).
  std::vector<std::pair<std::string, std::size_t>> spellings;
  std::vector<std::string> suggestions;  // English and Russian names, for "did you mean"
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    spellings.emplace_back(header_key(columns_[i].key), i);
    spellings.emplace_back(header_key(columns_[i].russian), i);
    suggestions.push_back(spellings[spellings.size() - 2].first);
    suggestions.push_back(spellings.back().first);
    for (const auto alias : columns_[i].aliases) spellings.emplace_back(header_key(alias), i);
  }
  for (std::size_t field = 0; field < record_.size(); ++field) {
    const std::string_view header = text::trim(record_.field(field));
    if (header.empty()) continue;
    header_width_ = field + 1;
    const std::string key = header_key(header);
    const auto spelling = std::find_if(spellings.begin(), spellings.end(),
                                       [&](const auto& entry) { return entry.first == key; });
    const auto column = spelling == spellings.end() ? columns_.end() : columns_.begin() + static_cast<long>(spelling->second);
    const diag::SourcePos pos = row_pos();
    if (column == columns_.end()) {
      auto d = diag::msg::unknown_column(pos, header, text::closest_match(key, suggestions));
      d.column_header = std::string(header);
      sink_.report(std::move(d));
      continue;
    }
    const auto index = static_cast<std::size_t>(column - columns_.begin());
    if (position_[index] != npos) {
      auto d = diag::msg::duplicate_column(pos, header, static_cast<std::uint32_t>(position_[index] + 1));
      d.column_header = std::string(header);
      d.column_key = std::string(column->key);
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
    if (!reader_.next(record_)) return false;  // blank rows at the end pass silently
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
