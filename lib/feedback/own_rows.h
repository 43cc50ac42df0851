// One organization's part of a file it sent (SPEC.md §12: a letter and its
// annotated copy hold only the organization's own findings and rows). A
// district's combined file holds many schools' rows: each school is shown
// the rows above the header (titles), the header, and the rows that name it
// — by its registry code, or a look-alike spelling of it — and the findings
// at those lines or about the whole file. A file of one organization is its
// own whole.
#pragma once

#include <cstdint>
#include <set>
#include <unordered_map>
#include <string>
#include <utility>
#include <vector>

#include "csv/reader.h"
#include "diag/file_report.h"
#include "registry/registry.h"

namespace rmt::feedback {

struct OwnRows {
  bool readable = false;    ///< the file could be read again
  bool whole_file = false;  ///< it concerns this organization alone
  std::uint32_t header_line = 0;
  /// The rows to show, each with its line in the file, in file order (at
  /// most `max_rows`; `cut` says more were left out).
  std::vector<std::pair<std::uint32_t, std::vector<std::string>>> rows;
  bool cut = false;
  std::set<std::uint32_t> own_lines;  ///< data lines naming the organization

  /// True when a finding at `line` is the organization's: one of its rows,
  /// or the file as a whole (line 0, the header and the rows above it).
  bool owns_line(std::uint32_t line) const {
    return whole_file || line <= header_line || own_lines.contains(line);
  }
};

/// Which data lines of a file name each organization, read in one pass: a
/// combined file's letters all need it, and reading the file once per
/// organization would cost organizations × rows.
struct LineOwners {
  bool readable = false;
  std::uint32_t header_line = 0;
  std::unordered_map<std::string, std::vector<std::uint32_t>> lines_of;  ///< registry code (or the cell as written) → lines
};
LineOwners line_owners(const diag::FileReport& report, const registry::Registry& registry, const csv::ReaderOptions& reader);

/// The findings part of OwnRows from `owners`, without reading the file again (no rows).
OwnRows own_lines(const LineOwners& owners, const std::string& org_id);

/// True when `report`'s file concerns `org_id` alone: no row of it names
/// another organization of the registry (a code the registry does not know
/// is a finding in the file, not another school).
bool file_is_own(const diag::FileReport& report, const std::string& org_id, const registry::Registry& registry);

/// Reads `report`'s file (the sheet it was read from) again and keeps the
/// part that is `org_id`'s. A file read from standard input cannot be read
/// again: then nothing is readable and only whole-file findings are its own
/// unless the file named this organization alone.
OwnRows own_rows(const diag::FileReport& report, const std::string& org_id, const registry::Registry& registry,
                 const csv::ReaderOptions& reader, std::size_t max_rows);

}  // namespace rmt::feedback
