// What roadmap-feedback prints about its letters on standard error (text
// mode): each letter's sending as it ends, the letters that cannot go out by
// themselves, and the closing lines about writing and sending.
#pragma once

#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "roadmap-feedback/options.h"
#include "run/feedback.h"

namespace rmt::feedback_cli {

/// One letter's sending, as it ends.
void print_sent(const feedback::LetterRecord& letter, const feedback::SendOutcome& outcome, const Options& options);

/// Letters not written, and organizations whose letters need an address
/// (named quiet or not: such a letter will not reach its school by itself).
void print_written(const run::FeedbackOutcome& result, const Options& options);

/// Why the sending stopped and how it went; the letters that did not go out.
std::size_t print_sending(const run::FeedbackOutcome& result, const Options& options);

/// «Letters written into DIR: …» (text mode, not quiet).
void print_letter_counts(const run::FeedbackOutcome& result, const Options& options);

}  // namespace rmt::feedback_cli
