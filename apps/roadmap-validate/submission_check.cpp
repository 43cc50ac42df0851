#include <iostream>

#include "common/progress.h"
#include "common/setup.h"
#include "diag/render.h"
#include "diag/messages.h"
#include "io/inputs.h"
#include "outcome/run_period.h"
#include "report/run_documents.h"
#include "roadmap-validate/validate.h"
#include "validate/validator.h"

namespace rmt::validate_app {

int run_submission_check(const CLI::App& app, const Options& options) {
  const diag::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  const auto setup = cli::load_setup(app, options, options.inputs);
  if (!setup) return cli::kExitCannotRun;

  validate::Validator validator(setup->roadmap, setup->registry_or_null(), options.reader_options());
  validator.detect_conflicts(options.on_conflict == "last");
  std::vector<diag::FileReport> files;
  const io::InputList inputs = io::expand_inputs(options.inputs);
  cli::ProgressLine progress = cli::make_progress(options, inputs.files.size());
  validator.check_files(
      inputs.files, {},
      [&](diag::FileReport report) {
        if (!json && (!report.findings.empty() || !report.notes.empty())) {
          progress.clear();
          cli::print_findings(report.findings, lang);
          cli::print_notes(report.notes, options);
        }
        progress.file_done(report.rows.value_or(0), report.path);
        files.push_back(std::move(report));
      },
      options.threads());
  progress.clear();
  // One period is judged (SPEC.md §8a): who sent nothing, and each organization's status, are for it.
  const auto period = outcome::choose_run_period(setup->roadmap, files, options.period, calendar::today());
  if (!period) {
    cli::print_tool_error(app, diag::msg::unknown_period_option(options.period, setup->roadmap.period_list()).in(lang));
    return cli::kExitCannotRun;
  }
  auto missing = validator.missing_report(options.list_missing || inputs.directories > 0, *period);
  cli::add_registry_report(*setup, std::move(missing.findings), files, options, std::move(missing.notes));
  cli::print_skipped(inputs.skipped, options);
  const auto statuses =
      outcome::decide_statuses({setup->registry_or_null(), &files, *period, validator.conflicted_submissions()});
  cli::print_other_periods(statuses, setup->roadmap, *period, options);
  cli::print_statuses(statuses, setup->registry.has_value(), options);

  if (json) report::write_validate_document(std::cout, {files, inputs.skipped, statuses, lang, options.strict});
  return cli::finish_run(files, options, inputs.skipped.size());
}

}  // namespace rmt::validate_app
