#include "submission/status.h"

#include <string>

#include "text/case_fold.h"

namespace rmt::submission {

std::string_view status_name(Status status) {
  switch (status) {
    case Status::done: return "done";
    case Status::partial: return "partial";
    case Status::not_done: return "not-done";
    case Status::not_applicable: return "n/a";
  }
  return "";
}

std::string_view status_russian(Status status) {
  switch (status) {
    case Status::done: return "выполнено";
    case Status::partial: return "частично";
    case Status::not_done: return "не выполнено";
    case Status::not_applicable: return "не применимо";
  }
  return "";
}

std::optional<Status> parse_status(std::string_view text) {
  // The words as templates and the drop-down write them: no folding needed.
  for (const Status s : {Status::done, Status::partial, Status::not_done, Status::not_applicable})
    if (text == status_russian(s) || text == status_name(s)) return s;
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
  for (const Status s : {Status::done, Status::partial, Status::not_done, Status::not_applicable})
    if (folded == status_name(s) || folded == status_russian(s)) return s;
  if (folded == "not done" || folded == "невыполнено") return Status::not_done;
  if (folded == "na" || folded == "n/a" || folded == "неприменимо") return Status::not_applicable;
  return std::nullopt;
}

diag::Localized status_label(Status status) {
  switch (status) {
    case Status::done: return {"выполнено", "done"};
    case Status::partial: return {"частично", "partial"};
    case Status::not_done: return {"не выполнено", "not done"};
    case Status::not_applicable: return {"не применимо", "n/a"};
  }
  return {};
}

}  // namespace rmt::submission
