// roadmap-validate: checks a roadmap YAML alone, or school submissions
// against it (and against the organization registry).
#include "roadmap-validate/validate.h"

int main(int argc, char** argv) {
  using namespace rmt;
  CLI::App app(
      "Check school submissions (CSV or workbooks) against a roadmap and the organization registry, or, with no submissions, "
      "check the roadmap YAML itself and show its activities, targets and due dates.",
      "roadmap-validate");
  validate_app::Options options;
  cli::setup_app(app, "roadmap-validate -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/", options);
  cli::add_csv_options(app, options);
  app.add_option("inputs", options.inputs,
                 "Submission files (.csv, .txt, .xlsx, .xlsm, .xls, .ods) or directories (every such file below; "
                 "others are named as skipped); - for stdin");
  app.add_flag("--list-missing", options.list_missing,
               "With --orgs, name every organization that sent nothing (a directory input does so by itself; for "
               "single files one note gives their count)");
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return options.inputs.empty() ? validate_app::run_roadmap_check(app, options)
                                : validate_app::run_submission_check(app, options);
}
