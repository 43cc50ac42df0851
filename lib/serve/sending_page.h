// The analyst's letters to schools on the page (SPEC.md §16): the form that
// starts a sending, and the report of the latest one.
#pragma once

#include <cstddef>
#include <string>

#include "serve/sending.h"
#include "vocab/lang.h"

namespace rmt::serve {

/// How many letters of each kind the collection calls for now.
struct LetterKindCounts {
  std::size_t reminders = 0, to_fix = 0, accepted = 0;
};

/// The form on the collection page; without SMTP settings, how to give them.
std::string sending_form(bool configured, const LetterKindCounts& counts, const std::string& csrf, vocab::Lang lang);

/// The latest sending: under way (the page reloads itself) or finished, letter by letter.
std::string sending_report_body(const SendingReport& report, vocab::Lang lang);

}  // namespace rmt::serve
