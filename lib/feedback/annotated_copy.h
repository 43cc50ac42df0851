// The annotated copy of a school's submission (SPEC.md §12): an .xlsx with a
// first sheet «Замечания» listing the findings (where, what, what to do),
// then the file's rows as it sent them, each at its own line number so that
// «строка 4» in the letter is row 4 here; each cell an error names is red
// with a note saying why, each row with a warning yellow. Written through the
// xlsx adapter render and template share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "calendar/date.h"
#include "diag/file_report.h"
#include "vocab/lang.h"
#include "feedback/own_rows.h"
#include "io/write_result.h"

namespace rmt::feedback {

/// Rows copied at most; a larger file (a combined one) is cut, and the
/// findings sheet says so.
inline constexpr std::size_t kMaxCopiedRows = 100000;

struct CopyResult {
  io::WriteResult write;      ///< whether the copy was written
  std::uint64_t content = 0;  ///< a fingerprint of the rows and findings copied (not of the date)
};

/// Writes the copy of `own` (the organization's part of `report`'s file) to
/// `out_path`, with the findings of `report` at its lines (OwnRows::owns_line).
/// Dated `as_of`, so that a rerun writes the same bytes.
CopyResult write_annotated_copy(const std::string& out_path, const diag::FileReport& report, const OwnRows& own,
                                vocab::Lang lang, const calendar::Date& as_of);

}  // namespace rmt::feedback
