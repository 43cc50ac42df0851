#include "merge/merged_csv.h"

#include <charconv>
#include <string>

#include "calendar/date.h"
#include "csv/writer.h"
#include "text/number.h"

namespace rmt::merge {

const std::string& merged_header() {
  static const std::string header = [] {
    std::string line;
    for (const auto column : kMergedColumns)
      line += (line.empty() ? "" : ",") + std::string(submission::submission_columns()[column].key);
    return line + "\n";
  }();
  return header;
}

bool write_merged_csv(const Merger& merger, const std::function<bool(std::string_view)>& write) {
  if (!write(merged_header())) return false;
  const MergedSet& set = merger.rows();
  constexpr std::size_t kPieceBytes = 256 * 1024;
  std::string piece;
  piece.reserve(kPieceBytes + 4096);
  char digits[16];
  for (const MergedRow* row : set.sorted()) {
    for (std::size_t i = 0; i < kMergedColumns.size(); ++i) {
      if (i) piece.push_back(',');
      switch (kMergedColumns[i]) {
        case submission::col_org_id: csv::append_field(piece, set.orgs().at(row->org), ','); break;
        case submission::col_period: csv::append_field(piece, merger.roadmap().periods[row->period].label, ','); break;
        case submission::col_activity_id: csv::append_field(piece, merger.activities().at(row->activity).id, ','); break;
        case submission::col_status: piece.append(submission::status_name(row->status)); break;
        case submission::col_value:
          if (row->has_value) piece.append(text::format_decimal(row->value));
          break;
        case submission::col_completed_on:
          if (row->has_date) piece.append(calendar::to_iso(row->completed_on));
          break;
        case submission::col_evidence: csv::append_field(piece, set.texts().get(row->evidence), ','); break;
        case submission::col_comment: csv::append_field(piece, set.texts().get(row->comment), ','); break;
        case submission::col_source_file: csv::append_field(piece, set.files().at(row->source_file), ','); break;
        case submission::col_source_line:
          piece.append(digits, std::to_chars(digits, digits + sizeof digits, row->source_line).ptr);
          break;
        default: break;  // informational columns are not merged
      }
    }
    piece.push_back('\n');
    if (piece.size() >= kPieceBytes) {
      if (!write(piece)) return false;
      piece.clear();
    }
  }
  return piece.empty() || write(piece);
}

}  // namespace rmt::merge
