// The report's two charts as bar charts (lib/chart draws them): the % of
// target per activity, and coverage by district. Internal to lib/spravka.
#pragma once

#include <cstddef>
#include <vector>

#include "aggregate/by_district.h"
#include "spravka/spravka.h"
#include "chart/bar_chart.h"

namespace rmt::spravka {

/// The activities with a target and an actual value in the period, by flat index.
std::vector<std::size_t> charted_activities(const aggregate::Monitoring& monitoring);

/// % of target for `flats` (a part of charted_activities), bars in their
/// status colours, stopping at 200 % as in the workbook's chart.
chart::BarChart target_chart(const SpravkaInputs& in, const std::vector<std::size_t>& flats, vocab::Lang lang);

/// Per district, its organizations accepted, sent but not accepted, and not sent.
chart::BarChart coverage_chart(const std::vector<const aggregate::DistrictRow*>& districts, vocab::Lang lang);

}  // namespace rmt::spravka
