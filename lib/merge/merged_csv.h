// The merged CSV of SPEC.md §7: UTF-8 without BOM, comma, LF, a header, and
// one normalized row per organization, period and activity (canonical status
// words, a point in numbers, ISO dates), with the row's provenance.
#pragma once

#include <functional>
#include <string_view>

#include "merge/merger.h"

namespace rmt::merge {

/// The output's columns, in order.
inline constexpr std::string_view kMergedHeader =
    "org_id,period,activity_id,status,value,completed_on,evidence,comment,source_file,source_line\n";

/// Writes the header and the rows in output order, handing the text to
/// `write` in pieces. Stops and returns false as soon as `write` does.
bool write_merged_csv(const Merger& merger, const std::function<bool(std::string_view)>& write);

}  // namespace rmt::merge
