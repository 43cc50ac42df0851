#include "run/report.h"

#include "diag/messages.h"

namespace rmt::run {

ReportOutcome report(const ReportRequest& request, Listener& listener) {
  ReportOutcome outcome;
  Stop stop;
  outcome.run = start_period_run(request.period, listener, stop);
  if (!outcome.run) {
    outcome.stop = std::move(stop);
    return outcome;
  }
  PeriodRun& run = *outcome.run;
  outcome.written = spravka::write_spravka(run.output.temp_path(),
                                       {run.setup.roadmap, run.merger->activities(), run.monitoring, run.statuses,
                                        run.setup.registry_or_null()},
                                       {request.lang, request.from, request.attention});
  if (!outcome.written.write.ok())
    outcome.stop = Stop{diag::msg::cannot_write_output(request.period.output, outcome.written.write.reason), {}};
  else if (!run.output.commit())
    outcome.stop = Stop{diag::msg::cannot_write_output(request.period.output, run.output.error()), {}};
  return outcome;
}

}  // namespace rmt::run
