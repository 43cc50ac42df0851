// roadmap-report's job (SPEC.md §11): the аналитическая справка of the run's
// period, written atomically.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "spravka/spravka.h"
#include "run/period_run.h"

namespace rmt::run {

struct ReportRequest {
  PeriodRequest period;  ///< its `output` is the document's path
  vocab::Lang lang = vocab::Lang::ru;
  std::string from;           ///< who sends it; empty: the reporting centre
  std::size_t attention = 10;  ///< organizations in the «need attention» table at most
};

struct ReportOutcome {
  std::unique_ptr<PeriodRun> run;  ///< null when the run stopped before the document
  spravka::SpravkaResult written;
  std::optional<Stop> stop;        ///< why there is no document
};

ReportOutcome report(const ReportRequest& request, Listener& listener);

}  // namespace rmt::run
