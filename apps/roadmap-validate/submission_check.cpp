#include <iostream>

#include "common/job.h"
#include "run/documents.h"
#include "roadmap-validate/validate.h"
#include "run/validate.h"

namespace rmt::validate_app {

int run_submission_check(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  run::ValidateRequest request{cli::sources_of(options, options.inputs), options.period, calendar::today(),
                               options.on_conflict == "last", options.list_missing};
  request.sources.store.period = options.period;
  cli::PrintingListener listener(options);
  const run::ValidateOutcome result = run::validate(request, listener);
  if (!result.setup || result.stop) return cli::stopped(app, *result.stop, options);
  cli::print_registry_report(*result.setup, run::registry_report_among(result.files), options);
  cli::print_skipped(result.inputs.skipped, options);
  cli::print_other_periods(result.statuses, result.setup->roadmap, result.period, options);
  cli::print_statuses(result.statuses, result.setup->registry.has_value(), options);

  if (json) run::write_validate_document(std::cout, {result.files, result.inputs.skipped, result.statuses, lang, options.strict});
  return cli::finish_run(result.files, options, result.inputs.skipped.size());
}

}  // namespace rmt::validate_app
