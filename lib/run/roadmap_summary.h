// The summary `roadmap-validate -r FILE` prints for a roadmap that loads:
// periods, sections, activities and indicators, who reports on each
// activity, and the due dates each deadline implies per period — what an
// analyst checks against the order before the first submission arrives.
#pragma once

#include <ostream>

#include "vocab/lang.h"
#include "roadmap/roadmap.h"

namespace rmt::json {
class Writer;
}

namespace rmt::run {

/// A human-readable summary, several lines, labels in `lang`.
void write_roadmap_summary_text(std::ostream& out, const roadmap::Roadmap& roadmap, vocab::Lang lang);

/// The same facts as one JSON object value (the caller places it, e.g. under
/// a "roadmap" key).
void write_roadmap_summary_json(json::Writer& writer, const roadmap::Roadmap& roadmap, vocab::Lang lang);

}  // namespace rmt::run
