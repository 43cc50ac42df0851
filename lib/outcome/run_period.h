// The one period a run judges (SPEC.md §8a «The run's period»): validate,
// feedback, render and report all pick it the same way — the period asked
// for, else the one most submissions in the inputs are for (ties to the
// later), else the latest begun by the as-of date. Every submission stays
// data for its own period (trend, dynamics); for the run's period, an
// organization whose files are all for other periods has not sent its report.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "diag/file_report.h"
#include "roadmap/roadmap.h"

namespace rmt::outcome {

/// The run's period as an index into the roadmap's periods: `asked` ("2026",
/// "2022-Q3", «III квартал 2022») when given, nullopt when the roadmap has no
/// such period; else the period most submissions of `files` are for (one
/// organization's rows for one period in one file each; ties to the later);
/// else the latest period begun by `as_of`, else the first.
std::optional<std::size_t> choose_run_period(const roadmap::Roadmap& roadmap, const std::vector<diag::FileReport>& files,
                                             std::string_view asked, const calendar::Date& as_of);

}  // namespace rmt::outcome
