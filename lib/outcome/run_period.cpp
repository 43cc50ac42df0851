#include "outcome/run_period.h"

namespace rmt::outcome {

std::optional<std::size_t> choose_run_period(const roadmap::Roadmap& roadmap, const std::vector<diag::FileReport>& files,
                                             std::string_view asked, const calendar::Date& as_of) {
  if (!asked.empty()) {
    return roadmap.find_period(asked);
  }
  std::vector<std::size_t> count(roadmap.periods.size(), 0);
  for (const auto& file : files) {
    if (file.registry) continue;
    for (const auto& submission : file.submissions)
      if (submission.period < count.size()) ++count[submission.period];
  }
  std::optional<std::size_t> most;
  for (std::size_t p = 0; p < count.size(); ++p)
    if (count[p] > 0 && (!most || count[p] >= count[*most])) most = p;  // >=: ties to the later
  if (most) return most;
  std::size_t chosen = 0;
  for (std::size_t p = 0; p < roadmap.periods.size(); ++p)
    if (roadmap.periods[p].first_day() <= as_of) chosen = p;
  return chosen;
}

}  // namespace rmt::outcome
