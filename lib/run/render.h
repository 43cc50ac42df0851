// roadmap-render's job (SPEC.md §8): the monitoring workbook of the run's
// period, written atomically.
#pragma once

#include <memory>
#include <optional>

#include "render/workbook.h"
#include "run/period_run.h"

namespace rmt::run {

struct RenderRequest {
  PeriodRequest period;  ///< its `output` is the workbook's path
  render::WorkbookOptions workbook;
};

struct RenderOutcome {
  std::unique_ptr<PeriodRun> run;  ///< null when the run stopped before the workbook
  render::WorkbookResult written;
  std::optional<Stop> stop;        ///< why there is no workbook (the run may still be there)
};

RenderOutcome render(const RenderRequest& request, Listener& listener);

}  // namespace rmt::run
