#include "submission/status.h"

#include <string>

#include "text/case_fold.h"

namespace rmt::submission {

namespace {

constexpr std::array<Status, 4> kStatuses{Status::done, Status::partial, Status::not_done, Status::not_applicable};
static_assert(kStatuses.size() == vocab::kActivityStatusWords.size());

const vocab::StatusWord& words_of(Status status) { return vocab::kActivityStatusWords[static_cast<std::size_t>(status)]; }

}  // namespace

std::string_view status_name(Status status) { return words_of(status).key; }

std::string_view status_russian(Status status) { return words_of(status).russian; }

std::optional<Status> parse_status(std::string_view text) {
  // The words as templates and the drop-down write them: no folding needed.
  for (const Status s : kStatuses)
    if (text == words_of(s).russian || text == words_of(s).key) return s;
  // "не  выполнено" and "не выполнено" with a non-breaking space are the
  // same two words: collapse runs of spaces.
  const std::string raw = text::fold_case(text::trim(text));
  std::string folded;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const bool nbsp = raw[i] == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0';
    if (raw[i] == ' ' || nbsp) {
      if (nbsp) ++i;
      if (folded.empty() || folded.back() != ' ') folded.push_back(' ');
    } else {
      folded.push_back(raw[i]);
    }
  }
  for (const Status s : kStatuses)
    if (folded == words_of(s).key || folded == words_of(s).russian) return s;
  if (folded == "not done" || folded == "невыполнено") return Status::not_done;
  if (folded == "na" || folded == "n/a" || folded == "неприменимо") return Status::not_applicable;
  return std::nullopt;
}

vocab::Localized status_label(Status status) {
  return {std::string(words_of(status).russian), std::string(words_of(status).english)};
}

}  // namespace rmt::submission
