// roadmap-feedback: one letter per organization of the registry (SPEC.md
// §12) — accepted, what to fix with an annotated copy of its own file, or a
// reminder — written as .eml files, and sent by SMTP when asked.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/cli.h"
#include "common/job.h"
#include "diag/messages.h"
#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "mail/message.h"
#include "roadmap-feedback/options.h"
#include "run/closing_lines.h"
#include "run/documents.h"
#include "run/feedback.h"

namespace rmt {
namespace {

using feedback_cli::Options;
using feedback_cli::request_of;

// Each letter's sending as it ends (text mode).
void print_sent(const feedback::LetterRecord& letter, const feedback::SendOutcome& outcome, const Options& options) {
  const vocab::Lang lang = options.lang();
  if (options.format() == cli::OutputFormat::json) return;
  switch (outcome.state) {
    case feedback::SendState::sent:
      if (!options.quiet)
        std::cerr << run::lines::letter_sent(letter.org_id, fmt::format("{}", fmt::join(letter.to, ", "))).in(lang) << '\n';
      break;
    case feedback::SendState::already_sent:
      if (!options.quiet) std::cerr << run::lines::letter_already_sent(letter.org_id).in(lang) << '\n';
      break;
    case feedback::SendState::failed:
      std::cerr << run::lines::letter_not_sent(letter.org_id, outcome.reason.in(lang)).in(lang) << '\n';
      break;
    case feedback::SendState::unknown:
      std::cerr << run::lines::letter_unknown(letter.org_id, outcome.reason).in(lang) << '\n';
      break;
    case feedback::SendState::not_sent:  // named once at the end, with why the sending stopped
    case feedback::SendState::no_address: break;  // named with the letters
  }
}

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  cli::PrintingListener listener(options);
  const run::FeedbackRequest request = request_of(options);
  run::FeedbackOutcome result = run::feedback(request, listener);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const run::PeriodRun& job = *result.run;
  const auto& letters = result.written.letters;

  // One organization's failure is reported for it; the others' letters are written.
  for (const auto& letter : letters)
    if (!letter.failure.ok())
      std::cerr << run::lines::letter_not_written(letter.org_id, letter.failure.path, letter.failure.reason).in(lang) << '\n';
  // An organization without an address is named, quiet or not: its letter will not reach it by itself.
  const auto& without = result.letters.without_address;
  for (const auto& letter : letters)
    if (!letter.not_sendable.empty() && !json)
      std::cerr << run::lines::address_needs_smtputf8(letter.org_id, fmt::format("{}", fmt::join(letter.not_sendable, ", "))).in(lang)
                << '\n';
  if (!json && !without.empty())
    std::cerr << run::lines::letters_without_address(without.size(), fmt::format("{}", fmt::join(without, ", "))).in(lang)
              << '\n';
  run::send(request, result, [&](const auto& letter, const auto& sent) { print_sent(letter, sent, options); });
  if (result.stop) return cli::stopped(app, *result.stop, options);  // the sending could not start

  std::size_t failed = result.letters.not_written;
  if (result.dispatched) {
    const run::SendCounts& c = result.counts;
    if (!result.dispatched->stopped.empty() && !json)
      std::cerr << run::lines::sending_stopped(result.dispatched->stopped, c.not_sent).in(lang) << ": "
                << fmt::format("{}", fmt::join(c.not_sent_ids, ", ")) << '\n';
    if (!json)
      std::cerr << run::lines::letters_sent(c.sent, c.failed, c.already_sent, c.no_address, c.unknown, c.not_sent).in(lang)
                << '\n';
    failed += c.failed + c.unknown + c.not_sent;
  }

  const run::JudgedPeriod judged{job.setup.roadmap, job.merger->activities(), job.monitoring};
  if (json)
    run::write_feedback_document(std::cout, {job.files, job.inputs.skipped, job.statuses, lang, options.strict, &judged},
                                    letters, result.dispatched ? result.dispatched->outcomes : std::vector<feedback::SendOutcome>{});
  cli::print_statuses(job.statuses, true, options);
  if (!json && !options.quiet) {
    const run::LetterCounts& n = result.letters;
    std::cerr << run::lines::letters_written(options.out_dir, letters.size(), n.accepted, n.to_fix, n.reminders, n.copies)
                     .in(lang)
              << '\n';
  }
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
