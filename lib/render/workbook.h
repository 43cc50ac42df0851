// The monitoring workbook (SPEC.md §8): Summary, Trend, By organization,
// Reports, Missing, By district, Findings, Data (split over numbered sheets
// past the row limit) and the chart «План и факт», written through the one
// xlsx adapter (book/workbook.h), each sheet laid out to be read and printed.
//
// It lays out figures computed by lib/aggregate; it decides nothing.
// Every cell that came from a submission or the registry is written as text
// or a number, never as a formula; the only formulas are the workbook's own
// "% of target" cells.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "io/write_result.h"
#include "aggregate/monitoring.h"
#include "vocab/lang.h"
#include "diag/render.h"
#include "outcome/organization_status.h"
#include "merge/merged_set.h"
#include "registry/registry.h"
#include "roadmap/activity_index.h"
#include "roadmap/roadmap.h"

namespace rmt::render {

struct WorkbookOptions {
  vocab::Lang lang = vocab::Lang::ru;
  /// Data rows per Data sheet: Excel's 1,048,576 rows less the header.
  std::size_t data_rows_per_sheet = 1'048'575;
  /// From this many data rows on, libxlsxwriter's constant-memory mode keeps
  /// one row in memory at a time instead of whole sheets.
  std::size_t constant_memory_rows = 100'000;
};

struct WorkbookInput {
  const roadmap::Roadmap& roadmap;
  const roadmap::ActivityIndex& activities;
  const merge::MergedSet& rows;
  const aggregate::Monitoring& monitoring;
  /// Every input's findings, for the Findings sheet.
  const std::vector<diag::FileReport>& files;
  /// Each organization's status for the period (outcome::decide_statuses):
  /// the Reports sheet, the header's counts, the matrix's empty cells and
  /// who is on the Missing sheet all follow it.
  const std::vector<outcome::OrganizationStatus>& statuses;
};

/// A sheet the workbook does not have, and why: By district without
/// districts in the registry, the chart without a numeric indicator.
struct SkippedSheet {
  vocab::Localized sheet;
  vocab::Localized reason;
};

struct WorkbookResult {
  io::WriteResult write;  ///< whether the workbook was written
  std::vector<SkippedSheet> skipped;
};

/// Writes the workbook to `path` (created or replaced).
WorkbookResult write_workbook(const std::string& path, const WorkbookInput& input, const WorkbookOptions& options);

}  // namespace rmt::render
