// The merged ranges of an .xls workbook's sheets, which FreeXL does not give.
//
// An .xls is a compound file (OLE): a small FAT file system whose stream
// "Workbook" (BIFF8; "Book" in BIFF5) is a sequence of records. Each sheet's
// records start where its BOUNDSHEET record says; its MERGEDCELLS records list
// the merged ranges. This reads just that: the sector chains of one stream,
// and two kinds of record. A damaged file yields no ranges (FreeXL reports
// the damage), never a crash.
#pragma once

#include <string>
#include <vector>

#include "sheet/merged_cells.h"

namespace rmt::xls {

/// For each worksheet in tab order (chart and macro sheets left out, as
/// FreeXL counts them), its merged ranges (1-based). Empty when the file
/// cannot be read this far.
std::vector<std::vector<sheet::CellRange>> read_merged_ranges(const std::string& path);

}  // namespace rmt::xls
