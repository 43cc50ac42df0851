#include "merge/merged_csv.h"

#include <charconv>
#include <string>

#include "calendar/date.h"
#include "csv/writer.h"
#include "text/number.h"

namespace rmt::merge {

bool write_merged_csv(const Merger& merger, const std::function<bool(std::string_view)>& write) {
  if (!write(kMergedHeader)) return false;
  const MergedSet& set = merger.rows();
  constexpr std::size_t kPieceBytes = 256 * 1024;
  std::string piece;
  piece.reserve(kPieceBytes + 4096);
  for (const MergedRow* row : set.sorted()) {
    csv::append_field(piece, set.orgs().at(row->org), ',');
    piece.push_back(',');
    csv::append_field(piece, merger.roadmap().periods[row->period].label, ',');
    piece.push_back(',');
    csv::append_field(piece, merger.activities().at(row->activity).id, ',');
    piece.push_back(',');
    piece.append(submission::status_name(row->status));
    piece.push_back(',');
    if (row->has_value) piece.append(text::format_decimal(row->value));
    piece.push_back(',');
    if (row->has_date) piece.append(calendar::to_iso(row->completed_on));
    piece.push_back(',');
    csv::append_field(piece, set.texts().get(row->evidence), ',');
    piece.push_back(',');
    csv::append_field(piece, set.texts().get(row->comment), ',');
    piece.push_back(',');
    csv::append_field(piece, set.files().at(row->source_file), ',');
    piece.push_back(',');
    char digits[16];
    piece.append(digits, std::to_chars(digits, digits + sizeof digits, row->source_line).ptr);
    piece.push_back('\n');
    if (piece.size() >= kPieceBytes) {
      if (!write(piece)) return false;
      piece.clear();
    }
  }
  return piece.empty() || write(piece);
}

}  // namespace rmt::merge
