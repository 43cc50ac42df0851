// roadmap-feedback's job (SPEC.md §12): after the shared period job, one
// letter per organization of the registry written into a folder, and, when
// asked, sent by SMTP under the rules of what goes out (feedback/dispatch.h).
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "mail/smtp.h"
#include "run/period_run.h"

namespace rmt::run {

/// How letters are sent; none in the request: written only.
struct SendRequest {
  std::string url;                 ///< smtp://HOST:PORT or smtps://HOST:PORT
  std::string user;                ///< empty: no login
  std::string password_file;       ///< the password, on its first line (never on a command line)
  std::string ca_file;             ///< extra certificate authorities
  bool allow_plain = false;        ///< log in without TLS
  long timeout_seconds = 60;
  bool resend = false, resend_unknown = false;
  std::vector<feedback::LetterKind> only_kinds;  ///< send these kinds of letter alone; empty: every kind
};

struct FeedbackRequest {
  PeriodRequest period;  ///< no `output`: the letters go to `out_dir`
  std::string out_dir;
  std::string due;        ///< YYYY-MM-DD; empty: the roadmap's submissions_due in the period
  std::string from;       ///< the sender's address (needed to send)
  std::string from_name;  ///< empty: the reporting centre (registry/reporting_centre.h)
  std::string signature;  ///< empty: the reporting centre
  vocab::Lang lang = vocab::Lang::ru;
  std::optional<SendRequest> send;
  std::string links;  ///< the schools' pages (roadmap-serve links); empty: none
  /// The schools' pages, asked for once the statuses are known (the intake
  /// service issues new links for the letters it is about to send); used
  /// when `links` is empty.
  std::function<std::map<std::string, std::string>(const PeriodRun&)> links_for;
};

/// The request's own rules, before anything is read: a registry is given, the
/// due date is a date, the SMTP address is smtp:// or smtps://, a sender
/// address to send from, a login's password in a readable file. A Stop when
/// one is broken; else the server to send through (when sending).
std::optional<Stop> check_request(const FeedbackRequest& request, mail::SmtpServer& server);

/// How the sending went, counted.
struct SendCounts {
  std::size_t sent = 0, failed = 0, already_sent = 0, no_address = 0, unknown = 0, not_sent = 0;
  std::vector<std::string> not_sent_ids;  ///< those left when the sending stopped
};

/// The letters written, counted.
struct LetterCounts {
  std::size_t accepted = 0, to_fix = 0, reminders = 0, copies = 0;
  std::size_t not_written = 0;              ///< letters whose files could not be written
  std::vector<std::string> without_address;  ///< organizations the registry gives no address for
};

struct FeedbackOutcome {
  std::unique_ptr<PeriodRun> run;  ///< null when the run stopped before the letters
  mail::SmtpServer server;         ///< the server check_request() made, for send()
  feedback::FeedbackResult written;
  LetterCounts letters;
  std::optional<feedback::DispatchResult> dispatched;  ///< when sending was asked and could start
  SendCounts counts;
  std::optional<Stop> stop;
};

/// Runs the job up to the letters written in the folder.
FeedbackOutcome feedback(const FeedbackRequest& request, Listener& listener);

/// Sends the letters `outcome` holds when the request asks to (nothing
/// otherwise); `each_sent` hears of every letter as its sending ends. Sets
/// `outcome.stop` when the sending could not start. `cancelled`, when set
/// from another thread, stops the sending between two letters.
void send(const FeedbackRequest& request, FeedbackOutcome& outcome,
          const std::function<void(const feedback::LetterRecord&, const feedback::SendOutcome&)>& each_sent,
          const std::atomic<bool>* cancelled = nullptr);

}  // namespace rmt::run
