// Sending the letters (SPEC.md §12, «Safety of what goes out»): each letter
// as written in this run (its bytes checked against the fingerprint taken
// when it was built), by SMTP, one letter at a time, so that a refused
// recipient fails that letter alone.
//
// DIR/sent.log records each letter handed to the server, one line each,
// synced before the next goes: organization, period, kind of letter, the
// fingerprint of what it says (not its date), its state and recipients. A
// later run — the next day too — sends nothing already sent unless its
// content changed, or `resend` is asked. A letter whose DATA went out but
// whose reply was lost is logged «unknown» (the server may have it) and not
// sent again without `resend_unknown`. The log is opened without following
// links and locked: one sending run per folder at a time. The first
// authentication or connection failure stops the run; what was not sent is
// listed as such.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "vocab/lang.h"
#include "feedback/letters.h"
#include "mail/smtp.h"

namespace rmt::feedback {

enum class SendState {
  sent,
  failed,        ///< the server refused it (or it could not be read back as built)
  already_sent,  ///< the log has it with the same content
  no_address,    ///< the registry gives no address
  unknown,       ///< the server may have it: DATA went out, the reply did not come (now or before)
  not_sent,      ///< the run stopped before it (authentication or connection failure), or it was not written
};
std::string_view send_state_key(SendState state);  ///< "sent", "failed", "already-sent", "no-address", "unknown", "not-sent"
vocab::Localized send_state_label(SendState state);  ///< «отправлено», «сервер не принял», … for the analyst's page

struct SendOutcome {
  std::string org_id;
  SendState state = SendState::failed;
  vocab::Localized reason;  ///< why, for failed, unknown and not sent (with the server's own words)
};

struct DispatchOptions {
  mail::SmtpServer server;
  std::string from;      ///< the envelope sender
  std::string log_path;  ///< DIR/sent.log
  bool resend = false;          ///< send again what the log has as sent
  bool resend_unknown = false;  ///< send again what the log has as of unknown state
  /// Set by another thread to stop between letters (the intake service
  /// shutting down): the letters left are not sent and say why.
  const std::atomic<bool>* cancelled = nullptr;
};

struct DispatchResult {
  std::vector<SendOutcome> outcomes;  ///< one per letter, in order
  /// Set when nothing could be sent: the log could not be opened or is held
  /// by another sending run (then `outcomes` is empty).
  vocab::Localized failure;
  /// Set when the run stopped on an authentication or connection failure.
  vocab::Localized stopped;
};

/// Sends every letter with an address that the log does not have as sent;
/// `each` hears every outcome as it happens (for a line per letter).
DispatchResult send_letters(const std::vector<LetterRecord>& letters, const DispatchOptions& options,
                            const std::function<void(const LetterRecord&, const SendOutcome&)>& each);

}  // namespace rmt::feedback
