// The colour of each status, one palette for every output: the workbook's
// cells, the report's tables and its charts (book::fill_rgb gives a fill's
// colour).
#pragma once

#include <optional>

#include "aggregate/monitoring.h"
#include "book/workbook.h"
#include "outcome/organization_status.h"
#include "submission/status.h"

namespace rmt::render {

book::Fill fill_of(aggregate::Progress progress);
book::Fill fill_of(submission::Status status);
book::Fill fill_of(outcome::OrgStatus status);
/// The colour of a share done: all green, none red, some yellow, unknown grey.
book::Fill fill_of_share(std::optional<double> share);

}  // namespace rmt::render
