#include "run/render.h"

#include "diag/messages.h"

namespace rmt::run {

RenderOutcome render(const RenderRequest& request, Listener& listener) {
  RenderOutcome outcome;
  Stop stop;
  outcome.run = start_period_run(request.period, listener, stop);
  if (!outcome.run) {
    outcome.stop = std::move(stop);
    return outcome;
  }
  PeriodRun& run = *outcome.run;
  outcome.written = render::write_workbook(
      run.output.temp_path(),
      {run.setup.roadmap, run.merger->activities(), run.merger->rows(), run.monitoring, run.files, run.statuses},
      request.workbook);
  if (!outcome.written.write.ok())
    outcome.stop = Stop{diag::msg::cannot_write_output(request.period.output, outcome.written.write.reason), {}};
  else if (!run.output.commit())
    outcome.stop = Stop{diag::msg::cannot_write_output(request.period.output, run.output.error()), {}};
  return outcome;
}

}  // namespace rmt::run
