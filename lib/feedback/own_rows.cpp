#include "feedback/own_rows.h"

#include <algorithm>

#include "csv/table.h"
#include "diag/sink.h"
#include "io/tabular_input.h"
#include "submission/reader.h"

namespace rmt::feedback {
namespace {

// The registry code a cell names: itself, or the one organization it is a
// look-alike spelling of; "" when it names none.
std::string resolved(std::string_view cell, const registry::Registry& registry) {
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
  while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t' || cell.back() == '\r')) cell.remove_suffix(1);
  if (const auto* org = registry.find(cell)) return org->id;
  const auto alike = registry.find_lookalike(cell);
  return alike.size() == 1 ? alike.front()->id : std::string(cell);
}

// Which cell of a header row is the org_id column; npos when none is.
std::size_t org_column(const csv::Record& header) {
  const csv::ColumnSpec& spec = submission::submission_columns()[submission::col_org_id];
  std::vector<std::string> keys{csv::header_key(spec.key), csv::header_key(spec.russian)};
  for (const auto alias : spec.aliases) keys.push_back(csv::header_key(alias));
  for (std::size_t i = 0; i < header.size(); ++i)
    if (std::find(keys.begin(), keys.end(), csv::header_key(header.field(i))) != keys.end()) return i;
  return static_cast<std::size_t>(-1);
}

// The file of `report` opened again on the sheet it was read from; no
// records for standard input, which cannot be read twice.
io::TabularInput open_again(const diag::FileReport& report, const csv::ReaderOptions& reader) {
  if (report.path == "<stdin>" || report.path == "-") return {};
  diag::DiagnosticList ignored;  // the findings are already in `report`
  const std::string_view sheet = report.sheet;
  const std::string_view preferred[] = {sheet};
  return io::open_tabular(csv::path_of_shown(report.path, reader), report.path, ignored, reader,
                          report.sheet.empty() ? std::span<const std::string_view>{}
                                               : std::span<const std::string_view>(preferred));
}

}  // namespace

LineOwners line_owners(const diag::FileReport& report, const registry::Registry& registry, const csv::ReaderOptions& reader) {
  LineOwners owners;
  io::TabularInput input = open_again(report, reader);
  if (!input.records || !input.records->readable()) return owners;
  owners.readable = true;
  const auto columns = submission::submission_columns();
  std::size_t org_col = static_cast<std::size_t>(-1), seen = 0;
  bool header_found = false;
  csv::Record record;
  while (input.records->next(record)) {
    ++seen;
    if (!header_found) {
      if (seen <= csv::Table::kHeaderSearchRecords && csv::names_required_columns(record, columns)) {
        header_found = true;
        owners.header_line = record.line;
        org_col = org_column(record);
      }
      continue;
    }
    if (org_col < record.size()) owners.lines_of[resolved(record.field(org_col), registry)].push_back(record.line);
  }
  return owners;
}

OwnRows own_lines(const LineOwners& owners, const std::string& org_id) {
  OwnRows own;
  own.readable = owners.readable;
  own.header_line = owners.header_line;
  if (const auto found = owners.lines_of.find(org_id); found != owners.lines_of.end())
    own.own_lines.insert(found->second.begin(), found->second.end());
  return own;
}

bool file_is_own(const diag::FileReport& report, const std::string& org_id, const registry::Registry& registry) {
  for (const auto& submission : report.submissions) {
    const std::string named = resolved(submission.org_id, registry);
    if (named != org_id && registry.find(named)) return false;
  }
  return true;
}

OwnRows own_rows(const diag::FileReport& report, const std::string& org_id, const registry::Registry& registry,
                 const csv::ReaderOptions& reader, std::size_t max_rows) {
  OwnRows own;
  own.whole_file = file_is_own(report, org_id, registry);
  io::TabularInput input = open_again(report, reader);
  if (!input.records || !input.records->readable()) return own;
  own.readable = true;
  const auto columns = submission::submission_columns();
  std::size_t org_col = static_cast<std::size_t>(-1);
  bool header_found = false;
  std::size_t seen = 0;
  csv::Record record;
  while (input.records->next(record)) {
    ++seen;
    bool keep = own.whole_file;
    if (!header_found) {
      keep = true;  // titles and the header belong to everyone
      if (seen <= csv::Table::kHeaderSearchRecords && csv::names_required_columns(record, columns)) {
        header_found = true;
        own.header_line = record.line;
        org_col = org_column(record);
      }
    } else if (org_col < record.size() && resolved(record.field(org_col), registry) == org_id) {
      own.own_lines.insert(record.line);
      keep = true;
    }
    if (!keep) continue;
    if (own.rows.size() == max_rows) {
      own.cut = true;
      if (!own.whole_file) continue;  // keep finding its own lines
      break;
    }
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < record.size(); ++i) cells.emplace_back(record.field(i));
    own.rows.emplace_back(record.line, std::move(cells));
  }
  // No header at all: the file's rows cannot be told apart, so a combined
  // file shows only its title rows; a file of its own shows everything.
  if (!header_found && !own.whole_file) own.rows.clear();
  return own;
}

}  // namespace rmt::feedback
