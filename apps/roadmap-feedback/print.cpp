#include "roadmap-feedback/print.h"

#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "run/closing_lines.h"

namespace rmt::feedback_cli {

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

void print_written(const run::FeedbackOutcome& result, const Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  const auto& letters = result.written.letters;
  // One organization's failure is reported for it; the others' letters are written.
  for (const auto& letter : letters)
    if (!letter.failure.ok())
      std::cerr << run::lines::letter_not_written(letter.org_id, letter.failure.path, letter.failure.reason).in(lang) << '\n';
  if (json) return;
  for (const auto& letter : letters)
    if (!letter.not_sendable.empty())
      std::cerr << run::lines::address_needs_smtputf8(letter.org_id, fmt::format("{}", fmt::join(letter.not_sendable, ", "))).in(lang)
                << '\n';
  const auto& without = result.letters.without_address;
  if (!without.empty())
    std::cerr << run::lines::letters_without_address(without.size(), fmt::format("{}", fmt::join(without, ", "))).in(lang)
              << '\n';
}

std::size_t print_sending(const run::FeedbackOutcome& result, const Options& options) {
  if (!result.dispatched) return 0;
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  const run::SendCounts& c = result.counts;
  if (!result.dispatched->stopped.empty() && !json)
    std::cerr << run::lines::sending_stopped(result.dispatched->stopped, c.not_sent).in(lang) << ": "
              << fmt::format("{}", fmt::join(c.not_sent_ids, ", ")) << '\n';
  if (!json)
    std::cerr << run::lines::letters_sent(c.sent, c.failed, c.already_sent, c.no_address, c.unknown, c.not_sent).in(lang)
              << '\n';
  return c.failed + c.unknown + c.not_sent;
}

void print_letter_counts(const run::FeedbackOutcome& result, const Options& options) {
  if (options.format() == cli::OutputFormat::json || options.quiet) return;
  const run::LetterCounts& n = result.letters;
  std::cerr << run::lines::letters_written(options.out_dir, result.written.letters.size(), n.accepted, n.to_fix,
                                           n.reminders, n.copies)
                   .in(options.lang())
            << '\n';
}

}  // namespace rmt::feedback_cli
