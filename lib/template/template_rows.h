// What a school's template holds (SPEC.md §9): one row per activity the
// organization reports on, in the roadmap's order, with the identifying cells
// filled in and the rest left for the school. Shared by the CSV and the XLSX
// writers so both carry exactly the same rows and columns.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vocab/lang.h"
#include "roadmap/roadmap.h"
#include "submission/reader.h"

namespace rmt::templates {

struct TemplateRow {
  const roadmap::Activity* activity = nullptr;
  std::string title;   ///< the title with its steps (roadmap::title_with_steps)
  std::string target;  ///< the period's target with its unit ("12 ед."), or ""
  /// The deadline as the order prints it, with its due dates in the period:
  /// «сентябрь ежегодно — до 30.09.2026»; the phrase alone when none falls in it.
  std::string deadline;
};

/// The activities `org_id` reports on, with their targets and deadlines for `period`.
std::vector<TemplateRow> template_rows(const roadmap::Roadmap& roadmap, std::string_view org_id, std::size_t period,
                                       vocab::Lang lang = vocab::Lang::ru);

/// A template's columns, in order: the six filled in, then the five the
/// school fills. The first `kFilledColumns` are the pre-filled ones.
inline constexpr std::array<submission::Column, 11> kTemplateColumns{
    submission::col_org_id,     submission::col_period,         submission::col_activity_id,
    submission::col_activity_title, submission::col_target,     submission::col_deadline,
    submission::col_status,     submission::col_value,          submission::col_completed_on,
    submission::col_evidence,   submission::col_comment};
inline constexpr std::size_t kFilledColumns = 6;

/// A column's header: the Russian one templates use, or the canonical English name.
std::string_view column_header(submission::Column column, vocab::Lang lang);

/// The filled-in cells of one row, in column order.
std::array<std::string_view, kFilledColumns> filled_cells(const TemplateRow& row, std::string_view org_id,
                                                          std::string_view period);

}  // namespace rmt::templates
