// The JSON document of roadmap-import (--format json): SPEC.md §6's findings
// for the order and for the draft, and what the draft holds, with every
// judgement it asks a person to check.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diag/file_report.h"
#include "vocab/lang.h"
#include "order/draft.h"

namespace rmt::order {

/// `draft` is absent when the order could not be made into one.
void write_import_document(std::ostream& out, const std::vector<diag::FileReport>& files, const Draft* draft,
                           const std::string& output, vocab::Lang lang, bool strict);

}  // namespace rmt::order
