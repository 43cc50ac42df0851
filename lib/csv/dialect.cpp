#include "csv/dialect.h"

#include <algorithm>
#include <map>
#include <vector>

#include "text/case_fold.h"

namespace rmt::csv {

std::string delimiter_name(char delimiter) { return std::string(1, delimiter); }

std::optional<char> parse_delimiter(std::string_view name) {
  if (name == "," || name == ";") return name[0];
  if (name == "tab" || name == "\\t" || name == "\t") return '\t';
  return std::nullopt;
}

std::optional<text::Encoding> parse_encoding(std::string_view name) {
  const std::string folded = text::fold_case(name);
  if (folded == "utf-8" || folded == "utf8") return text::Encoding::utf8;
  if (folded == "windows-1251" || folded == "cp1251" || folded == "windows1251") return text::Encoding::windows1251;
  return std::nullopt;
}

namespace {

// Field counts of the sample's records when split by `delimiter`, honouring
// quotes (a quoted line break does not end a record). The last record is
// dropped when the sample may have cut it.
std::vector<std::size_t> field_counts(std::string_view sample, char delimiter, std::size_t max_records) {
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool quoted = false, at_field_start = true, blank = true;
  for (std::size_t i = 0; i < sample.size() && counts.size() < max_records; ++i) {
    const char c = sample[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < sample.size() && sample[i + 1] == '"')
          ++i;
        else
          quoted = false;
      }
      continue;
    }
    if (c == '"' && at_field_start) {
      quoted = true;
      at_field_start = false;
      blank = false;
    } else if (c == delimiter) {
      ++fields;
      at_field_start = true;
      blank = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n') ++i;
      if (!blank) counts.push_back(fields);
      fields = 1;
      at_field_start = true;
      blank = true;
    } else {
      at_field_start = false;
      blank = false;
    }
  }
  return counts;
}

}  // namespace

char sniff_delimiter(std::string_view sample) {
  constexpr char kCandidates[] = {';', ',', '\t'};
  char best = ',';
  std::size_t best_score = 0, best_width = 0;
  for (const char candidate : kCandidates) {
    const auto counts = field_counts(sample, candidate, 200);
    std::map<std::size_t, std::size_t> histogram;
    for (const auto n : counts) ++histogram[n];
    std::size_t score = 0, width = 0;
    for (const auto& [n, records] : histogram) {
      if (n > 1 && (records > score || (records == score && n > width))) {
        score = records;
        width = n;
      }
    }
    if (score > best_score || (score == best_score && score > 0 && width > best_width)) {
      best = candidate;
      best_score = score;
      best_width = width;
    }
  }
  return best;
}

}  // namespace rmt::csv
