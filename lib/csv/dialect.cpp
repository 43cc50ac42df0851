#include "csv/dialect.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>
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

constexpr char kCandidates[] = {';', ',', '\t'};
constexpr std::size_t kMaxRecords = 200;

// Reading the sample as if each candidate were the delimiter: field counts
// of its records, honouring quotes (a quoted line break does not end a
// record). A record cut off by the sample's end is not counted.
struct Hypothesis {
  char delimiter;
  std::vector<std::size_t> counts;
  std::size_t fields = 1;
  bool quoted = false, at_field_start = true, blank = true;
  bool skip_quote = false, skip_lf = false;  // the second byte of "" or CRLF, already taken

  bool done() const { return counts.size() >= kMaxRecords; }
  void text() {
    if (!quoted) at_field_start = blank = false;
  }
  void special(std::string_view sample, std::size_t i) {
    const char c = sample[i];
    const char following = i + 1 < sample.size() ? sample[i + 1] : '\0';
    if (skip_quote || skip_lf) {
      skip_quote = skip_lf = false;
      return;
    }
    if (quoted) {
      if (c != '"') return;
      if (following == '"')
        skip_quote = true;
      else
        quoted = false;
      return;
    }
    if (c == '"' && at_field_start) {
      quoted = true;
      at_field_start = blank = false;
    } else if (c == delimiter) {
      ++fields;
      at_field_start = true;
      blank = false;
    } else if (c == '\n' || c == '\r') {
      skip_lf = c == '\r' && following == '\n';
      if (!blank) counts.push_back(fields);
      fields = 1;
      at_field_start = blank = true;
    } else {  // another candidate's delimiter, or a quote inside text
      at_field_start = blank = false;
    }
  }
};

}  // namespace

char sniff_delimiter(std::string_view sample) {
  // One pass for all candidates: runs of text between the bytes that matter
  // to any of them are skipped whole (this runs over the start of every file).
  std::array<bool, 256> stops{};
  for (const char c : {';', ',', '\t', '"', '\n', '\r'}) stops[static_cast<unsigned char>(c)] = true;
  Hypothesis hypotheses[] = {{kCandidates[0], {}}, {kCandidates[1], {}}, {kCandidates[2], {}}};
  const std::size_t n = sample.size();
  for (std::size_t i = 0; i < n;) {
    if (stops[static_cast<unsigned char>(sample[i])]) {
      bool all_done = true;
      for (auto& h : hypotheses) {
        if (h.done()) continue;
        h.special(sample, i);
        all_done = false;
      }
      if (all_done) break;
      ++i;
      continue;
    }
    while (i < n && !stops[static_cast<unsigned char>(sample[i])]) ++i;
    for (auto& h : hypotheses) h.text();
  }

  // The first record is the header: a candidate that gives it the common
  // width beats one that does not, whatever the counts (text with many ';'
  // inside a comma file's quoted cell must not outvote its header).
  char best = ',';
  std::tuple<bool, std::size_t, std::size_t> best_rank{false, 0, 0};  // header fits, score, width
  for (const auto& h : hypotheses) {
    std::map<std::size_t, std::size_t> histogram;
    for (const auto count : h.counts) ++histogram[count];
    std::size_t score = 0, width = 0;
    for (const auto& [fields, records] : histogram) {
      if (fields > 1 && (records > score || (records == score && fields > width))) {
        score = records;
        width = fields;
      }
    }
    const std::tuple<bool, std::size_t, std::size_t> rank{score > 0 && h.counts.front() == width, score, width};
    if (score > 0 && rank > best_rank) {
      best = h.delimiter;
      best_rank = rank;
    }
  }
  return best;
}

}  // namespace rmt::csv
