// roadmap-feedback: one letter per organization of the registry (SPEC.md
// §12) — accepted, what to fix with an annotated copy of its own file, or a
// reminder — written as .eml files, and sent by SMTP when asked.
#include <iostream>

#include "common/cli.h"
#include "common/job.h"
#include "roadmap-feedback/options.h"
#include "roadmap-feedback/print.h"
#include "run/documents.h"
#include "run/feedback.h"

namespace rmt {
namespace {

using feedback_cli::Options;
using feedback_cli::request_of;

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  cli::PrintingListener listener(options);
  const run::FeedbackRequest request = request_of(options);
  run::FeedbackOutcome result = run::feedback(request, listener);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const run::PeriodRun& job = *result.run;

  feedback_cli::print_written(result, options);
  run::send(request, result, [&](const auto& letter, const auto& sent) { feedback_cli::print_sent(letter, sent, options); });
  if (result.stop) return cli::stopped(app, *result.stop, options);  // the sending could not start

  const std::size_t failed = result.letters.not_written + feedback_cli::print_sending(result, options);

  const run::JudgedPeriod judged{job.setup.roadmap, job.merger->activities(), job.monitoring};
  if (json)
    run::write_feedback_document(std::cout, {job.files, job.inputs.skipped, job.statuses, lang, options.strict, &judged},
                                    result.written.letters, result.dispatched ? result.dispatched->outcomes : std::vector<feedback::SendOutcome>{});
  cli::print_statuses(job.statuses, true, options);
  feedback_cli::print_letter_counts(result, options);
  const int code = cli::finish_run(job.files, options, job.inputs.skipped.size());
  return failed ? std::max(code, cli::kExitFindings) : code;
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  feedback_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = feedback_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
