#include "serve/sending.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "registry/registry.h"
#include "run/period_run.h"
#include "serve/access.h"
#include "store/file_names.h"
#include "store/moment.h"
#include "store/store.h"

namespace rmt::serve {
namespace fs = std::filesystem;

Sending::Sending(SendingSettings settings) : settings_(std::move(settings)) {}

Sending::~Sending() {
  cancelled_ = true;
  if (worker_.joinable()) worker_.join();
}

std::string Sending::folder(const std::string& store, const std::string& period) {
  return (fs::path(store) / "letters" / store::safe_file_name(period)).string();
}

bool Sending::start(const std::string& period, const SendingChoice& choice) {
  std::lock_guard lock(mutex_);
  if (report_.running) return false;
  if (worker_.joinable()) worker_.join();  // the previous one has finished
  report_ = {};
  report_.started = report_.running = true;
  report_.period = period;
  report_.started_at = store::utc_now();
  worker_ = std::thread([this, period, choice] { run(period, choice); });
  return true;
}

SendingReport Sending::report() const {
  std::lock_guard lock(mutex_);
  return report_;
}

void Sending::run(std::string period, SendingChoice choice) {
  const auto chosen = [&choice](feedback::LetterKind kind) {
    return std::find(choice.kinds.begin(), choice.kinds.end(), kind) != choice.kinds.end();
  };
  store::Store audit;
  const bool audited = audit.open(settings_.store);
  const auto finish = [&](const vocab::Localized& stop, const run::SendCounts& counts) {
    std::lock_guard lock(mutex_);
    report_.stop = stop;
    report_.counts = counts;
    report_.finished_at = store::utc_now();
    report_.running = false;
    if (audited)
      audit.audit(report_.finished_at, "sending",
                  fmt::format("{}: {} sent, {} failed, {} already sent, {} unknown, {} not sent{}", period, counts.sent,
                              counts.failed, counts.already_sent, counts.unknown, counts.not_sent,
                              stop.empty() ? "" : "; stopped: " + stop.en));
  };

  const std::string dir = folder(settings_.store, period);
  std::error_code ec;
  fs::create_directories(dir, ec);
  ::chmod(dir.c_str(), 0700);  // the letters hold the schools' findings and links

  run::FeedbackRequest request;
  request.period.sources.store = {settings_.store, period, true};
  request.period.period = period;
  request.period.today = calendar::today();
  request.out_dir = dir;
  request.from = settings_.from;
  request.from_name = settings_.from_name;
  request.signature = settings_.signature;
  request.lang = settings_.lang;
  request.send = settings_.send;
  request.send->resend = false;
  request.send->resend_unknown = choice.resend_unknown;
  request.send->only_kinds = choice.kinds;
  vocab::Localized links_failed;
  if (choice.new_links)
    request.links_for = [&](const run::PeriodRun& run) {
      // New links only for the letters about to go: a school whose letter is not sent keeps its link.
      std::vector<std::string> ids;
      for (const auto& status : run.statuses) {
        const auto kind = feedback::letter_kind_for(status.status);
        const auto* org = run.setup.registry ? run.setup.registry->find(status.org_id) : nullptr;
        if (kind != feedback::LetterKind::accepted && chosen(kind) && org && !feedback::addresses(org->email).empty())
          ids.push_back(status.org_id);
      }
      std::map<std::string, std::string> links;
      if (ids.empty()) return links;  // (an empty list would mean every organization)
      run::Stop stop;
      for (auto& link : issue_links(settings_.store, settings_.base_url, ids, stop)) links[link.org_id] = link.url;
      links_failed = stop.reason;
      std::lock_guard lock(mutex_);
      report_.links_issued = links.size();
      return links;
    };
  run::Listener quiet;
  run::FeedbackOutcome outcome = run::feedback(request, quiet);
  if (!outcome.stop && !links_failed.empty()) outcome.stop = run::Stop{links_failed, {}};
  if (outcome.stop) return finish(outcome.stop->reason, {});
  {
    std::lock_guard lock(mutex_);
    for (const auto& letter : outcome.written.letters) report_.chosen += chosen(letter.kind);
  }
  run::send(
      request, outcome,
      [&](const feedback::LetterRecord& letter, const feedback::SendOutcome& sent) {
        if (audited && sent.state != feedback::SendState::already_sent && sent.state != feedback::SendState::no_address)
          audit.audit(store::utc_now(), "send",
                      fmt::format("{} {} {} {}", letter.org_id, letter.period, feedback::letter_kind_key(letter.kind),
                                  feedback::send_state_key(sent.state)));
        std::lock_guard lock(mutex_);
        report_.lines.push_back({letter.org_id, letter.name, letter.kind, sent.state, sent.reason});
      },
      &cancelled_);
  vocab::Localized stop;
  if (outcome.stop) stop = outcome.stop->reason;
  else if (outcome.dispatched) stop = outcome.dispatched->stopped;
  finish(stop, outcome.counts);
}

}  // namespace rmt::serve
