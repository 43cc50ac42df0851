#include "csv/dialect.h"

#include <algorithm>
#include <array>
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
  // Runs of text between the bytes that matter are skipped whole: this
  // runs three times over the start of every file.
  std::array<bool, 256> stops{};
  for (const char c : {delimiter, '"', '\n', '\r'}) stops[static_cast<unsigned char>(c)] = true;
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool at_field_start = true, blank = true;
  const std::size_t n = sample.size();
  std::size_t i = 0;
  while (i < n && counts.size() < max_records) {
    const char c = sample[i];
    if (c == '"' && at_field_start) {  // a quoted field: to its closing quote
      at_field_start = blank = false;
      for (std::size_t close = i + 1;; close += 2) {
        close = sample.find('"', close);
        if (close == std::string_view::npos) return counts;  // cut off by the sample's end
        if (close + 1 >= n || sample[close + 1] != '"') {
          i = close + 1;
          break;
        }
      }
      continue;
    }
    if (c == delimiter) {
      ++fields;
      at_field_start = true;
      blank = false;
      ++i;
    } else if (c == '\n' || c == '\r') {
      i += (c == '\r' && i + 1 < n && sample[i + 1] == '\n') ? 2 : 1;
      if (!blank) counts.push_back(fields);
      fields = 1;
      at_field_start = blank = true;
    } else {  // text, or a quote inside it
      ++i;
      while (i < n && !stops[static_cast<unsigned char>(sample[i])]) ++i;
      at_field_start = blank = false;
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
