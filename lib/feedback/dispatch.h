// Sending the letters (SPEC.md §12): each .eml as written, by SMTP, one
// letter at a time, so a refused recipient fails that letter alone. What was
// sent is appended to a log beside the letters (DIR/sent.log: the letter's
// fingerprint, its organization, its recipients) at once, so that a second
// run, or one after an interruption, sends nothing twice.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "feedback/letters.h"
#include "mail/smtp.h"

namespace rmt::feedback {

enum class SendState { sent, failed, already_sent, no_address };
std::string_view send_state_key(SendState state);  ///< "sent", "failed", "already-sent", "no-address"

struct SendOutcome {
  std::string org_id;
  SendState state = SendState::failed;
  std::string reason;  ///< for failed: the server's words
};

struct DispatchOptions {
  mail::SmtpServer server;
  std::string from;      ///< the envelope sender
  std::string log_path;  ///< DIR/sent.log
};

/// Sends every letter with an address not in the log; `each` hears every
/// outcome as it happens (for a line per letter).
std::vector<SendOutcome> send_letters(const std::vector<LetterRecord>& letters, const DispatchOptions& options,
                                      const std::function<void(const LetterRecord&, const SendOutcome&)>& each);

}  // namespace rmt::feedback
