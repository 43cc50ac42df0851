// roadmap-import's job (SPEC.md §13): a draft roadmap from the order's own
// table, checked by the loader every program uses, written only when it
// loads.
#pragma once

#include <optional>
#include <string>

#include "diag/file_report.h"
#include "order/draft.h"
#include "run/sources.h"

namespace rmt::run {

struct ImportRequest {
  std::string order;    ///< .docx, .html or text; "-" for standard input
  std::string output;   ///< the draft's YAML; "-" for standard output
  std::string id;       ///< the roadmap's id; empty: from the place and the first period
  std::string periods;  ///< «2026-2028», «2022-Q1..2022-Q4»; empty: from the order
  vocab::Lang lang = vocab::Lang::ru;  ///< of the draft's comments
};

struct ImportOutcome {
  std::optional<order::Draft> draft;  ///< none when the order could not be made into one
  diag::FileReport order;             ///< the order's findings
  diag::FileReport draft_file;        ///< the loader's findings on the draft (a draft with errors is not written)
  std::optional<Stop> stop;           ///< a bad --periods, an output that is the order, an unwritable output
};

ImportOutcome import_order(const ImportRequest& request);

}  // namespace rmt::run
