// The merged CSV of SPEC.md §7: UTF-8 without BOM, comma, LF, a header, and
// one normalized row per organization, period and activity (canonical status
// words, a point in numbers, ISO dates), with the row's provenance.
#pragma once

#include <array>
#include <functional>
#include <string>
#include <string_view>

#include "merge/merger.h"
#include "submission/reader.h"

namespace rmt::merge {

/// The output's columns, in order: the submission's eight (SPEC.md §5), then
/// the row's provenance. The header is their keys (submission_columns()).
inline constexpr std::array<submission::Column, 10> kMergedColumns{
    submission::col_org_id,   submission::col_period,   submission::col_activity_id, submission::col_status,
    submission::col_value,    submission::col_completed_on, submission::col_evidence, submission::col_comment,
    submission::col_source_file, submission::col_source_line};

/// The header line: the merged columns' keys, comma-separated, and LF.
const std::string& merged_header();

/// Writes the header and the rows in output order, handing the text to
/// `write` in pieces. Stops and returns false as soon as `write` does.
bool write_merged_csv(const Merger& merger, const std::function<bool(std::string_view)>& write);

}  // namespace rmt::merge
