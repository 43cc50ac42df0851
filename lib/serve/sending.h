// Sending the letters from the analyst's page (SPEC.md §16, under §12's
// rules): one sending at a time, on its own thread, so that the page answers
// at once and shows how far it got. The letters are written, then sent, by
// run::feedback and run::send into STORE/letters/<period>/, whose sent.log
// keeps what went out across restarts of the service and is shared with
// `roadmap-feedback --store STORE --out-dir` that folder. Every letter's
// outcome is written to the store's audit log.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "run/feedback.h"
#include "vocab/lang.h"

namespace rmt::serve {

/// How the service sends: the SMTP server and the sender, as roadmap-feedback takes them.
struct SendingSettings {
  std::string store;
  std::string base_url;  ///< for new links
  run::SendRequest send;
  std::string from, from_name, signature;
  vocab::Lang lang = vocab::Lang::ru;  ///< the letters' language
};

/// What the analyst asked for on the page.
struct SendingChoice {
  std::vector<feedback::LetterKind> kinds;  ///< the kinds of letter to send (at least one)
  bool new_links = false;       ///< reminders and corrections carry a new link (the school's old one stops working)
  bool resend_unknown = false;  ///< send again the letters whose server reply was lost last time
};

/// One letter's outcome, as the page lists it.
struct SentLine {
  std::string org_id, name;
  feedback::LetterKind kind = feedback::LetterKind::reminder;
  feedback::SendState state = feedback::SendState::not_sent;
  vocab::Localized reason;
};

/// The latest sending, as far as it got.
struct SendingReport {
  bool started = false, running = false;
  std::string period;
  std::string started_at, finished_at;  ///< UTC, as the store writes times
  std::size_t chosen = 0;               ///< letters of the chosen kinds
  std::size_t links_issued = 0;
  std::vector<SentLine> lines;  ///< in the order they were handled
  run::SendCounts counts;       ///< when finished
  vocab::Localized stop;        ///< why it could not start, or why it stopped early
};

class Sending {
 public:
  explicit Sending(SendingSettings settings);
  /// Interrupts a sending between two letters and waits for it.
  ~Sending();
  Sending(const Sending&) = delete;
  Sending& operator=(const Sending&) = delete;

  /// Starts sending the letters of `period`; false when a sending is still running.
  bool start(const std::string& period, const SendingChoice& choice);
  SendingReport report() const;

  /// The folder the letters of `period` are written to, and its sent.log.
  static std::string folder(const std::string& store, const std::string& period);

 private:
  void run(std::string period, SendingChoice choice);

  SendingSettings settings_;
  mutable std::mutex mutex_;
  SendingReport report_;
  std::atomic<bool> cancelled_{false};
  std::thread worker_;
};

}  // namespace rmt::serve
