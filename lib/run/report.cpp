#include "run/report.h"

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
  outcome.stop = finish_output(run, outcome.written.write, request.period.output);
  return outcome;
}

}  // namespace rmt::run
