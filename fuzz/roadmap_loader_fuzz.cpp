// Fuzz target: the YAML roadmap loader (yaml-cpp underneath).
//
// Checked on every input: loading never crashes or throws; a roadmap comes
// back exactly when no error was reported; every finding points inside the
// text; a loaded roadmap's deadlines give due dates for each of its periods,
// ascending and within the period.
#include <algorithm>
#include <functional>

#include "diag/diagnostic.h"
#include "fuzz_input.h"
#include "roadmap/deadline.h"
#include "roadmap/loader.h"

using namespace rmt;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view yaml = fuzz::as_text(data, size);
  diag::DiagnosticList findings;
  const auto loaded = roadmap::load_roadmap_text(yaml, "fuzz.yaml", findings);
  if (loaded.has_value() == findings.has_errors()) fuzz::violated("a roadmap despite errors, or none without");
  const auto lines = static_cast<std::uint32_t>(std::count(yaml.begin(), yaml.end(), '\n')) + 1;
  for (const auto& finding : findings.items())
    if (finding.pos.line > lines) fuzz::violated("a finding past the last line");
  if (!loaded) return 0;
  for (const auto& section : loaded->sections)
    for (const auto& activity : section.activities) {
      if (!activity.deadline) continue;
      for (const auto& period : loaded->periods) {
        const auto dates = roadmap::due_dates(*activity.deadline, period, loaded->last_day());
        if (std::adjacent_find(dates.begin(), dates.end(), std::greater_equal<>()) != dates.end())
          fuzz::violated("due dates not strictly ascending");
        for (const auto& date : dates)
          if (!period.contains(date)) fuzz::violated("a due date outside its period");
      }
    }
  return 0;
}
