#include "run/render.h"

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
  outcome.stop = finish_output(run, outcome.written.write, request.period.output);
  return outcome;
}

}  // namespace rmt::run
