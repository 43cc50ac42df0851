#include "run/feedback.h"

#include "feedback/school_links.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "diag/messages.h"
#include "mail/message.h"
#include "registry/reporting_centre.h"

namespace rmt::run {
namespace {

namespace fs = std::filesystem;

// True when `dir` is, or is inside, the folder of an input (an input folder,
// or the folder a file input lies in): the next run would read the annotated
// copies as submissions.
bool inside_an_input(const fs::path& dir, const std::vector<std::string>& inputs) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(dir, ec);
  for (const auto& input : inputs) {
    if (input == "-") continue;
    const fs::path folder = fs::is_directory(input, ec) ? fs::path(input) : fs::absolute(input, ec).parent_path();
    const fs::path base = fs::weakly_canonical(folder, ec);
    const auto mismatch = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
    if (mismatch.first == base.end()) return true;
  }
  return false;
}

Stop stop_with(std::string_view ru, std::string_view en) { return {{std::string(ru), std::string(en)}, {}}; }

}  // namespace

std::optional<Stop> check_request(const FeedbackRequest& request, mail::SmtpServer& server) {
  if (request.period.sources.registry.empty() && request.period.sources.store.path.empty())
    return stop_with("нужен реестр организаций (--orgs): письма пишутся каждой организации реестра",
                     "the organization registry (--orgs) is needed: a letter goes to each of its organizations");
  if (!request.due.empty() && !calendar::parse_date(request.due)) {
    const vocab::Localized bad = diag::msg::bad_as_of(request.due);
    return Stop{{"--due: " + bad.ru, "--due: " + bad.en}, {}};
  }
  if (request.send) {
    const SendRequest& send = *request.send;
    if (send.url.rfind("smtp://", 0) != 0 && send.url.rfind("smtps://", 0) != 0)
      return stop_with("--send: адрес сервера должен начинаться с smtp:// или smtps://",
                       "--send: the server's address must start with smtp:// or smtps://");
    if (!mail::is_plausible_address(request.from))
      return stop_with("--send: нужен --from — адрес, с которого отправляются письма",
                       "--send needs --from: the address the letters are sent from");
    server.url = send.url;
    server.allow_plain = send.allow_plain;
    server.reply_timeout_seconds = send.timeout_seconds;
    server.connect_timeout_seconds = std::min(30L, send.timeout_seconds);
    server.ca_file = send.ca_file;
    if (!send.user.empty()) {
      // The password only from a file: a command line is visible to every user of the machine.
      std::ifstream in(send.password_file, std::ios::binary);
      if (send.password_file.empty() || !in)
        return stop_with("--smtp-user: нужен --smtp-password-file — файл, в котором записан пароль",
                         "--smtp-user needs --smtp-password-file: a file holding the password");
      server.user = send.user;
      std::getline(in, server.password);
      if (!server.password.empty() && server.password.back() == '\r') server.password.pop_back();
    }
  }
  if (!request.from.empty() && !mail::is_plausible_address(request.from))
    return stop_with("--from: не похоже на адрес эл. почты", "--from: does not look like an e-mail address");
  return std::nullopt;
}

FeedbackOutcome feedback(const FeedbackRequest& request, Listener& listener) {
  FeedbackOutcome outcome;
  if (auto stop = check_request(request, outcome.server)) {
    outcome.stop = std::move(stop);
    return outcome;
  }
  Stop stop;
  outcome.run = start_period_run(request.period, listener, stop);
  if (!outcome.run) {
    outcome.stop = std::move(stop);
    return outcome;
  }
  const PeriodRun& run = *outcome.run;
  if (inside_an_input(request.out_dir, request.period.sources.inputs)) {
    outcome.stop = stop_with("--out-dir не может быть папкой с отчётами или лежать внутри неё: при следующей проверке "
                             "копии с замечаниями прочитались бы как отчёты",
                             "--out-dir cannot be a folder of the reports or inside one: the next check would read "
                             "the annotated copies as reports");
    return outcome;
  }
  std::error_code ec;
  fs::create_directories(request.out_dir, ec);
  if (ec || !fs::is_directory(request.out_dir)) {
    outcome.stop = Stop{diag::msg::cannot_write_output(request.out_dir, diag::msg::os_reason(ec ? ec.value() : ENOTDIR)), {}};
    return outcome;
  }

  const Setup& setup = run.setup;
  const mail::Address from{
      request.from_name.empty() ? registry::reporting_centre_name(setup.roadmap, setup.registry_or_null()) : request.from_name,
      request.from};
  const std::optional<calendar::Date> due = request.due.empty() ? std::nullopt : calendar::parse_date(request.due);
  std::optional<std::map<std::string, std::string>> links;
  if (!request.links.empty()) {
    vocab::Localized why;
    links = feedback::read_school_links(request.links, why);
    if (!links) {
      outcome.stop = Stop{why, {}};
      return outcome;
    }
  } else if (request.links_for) {
    links = request.links_for(run);
  }
  outcome.written = feedback::write_letters({setup.roadmap, *setup.registry, run.files, run.statuses, run.period, due,
                                             run.as_of, from, request.lang, run.setup.sources.reader,
                                             request.signature, links ? &*links : nullptr},
                                            request.out_dir);
  LetterCounts& c = outcome.letters;
  for (const auto& letter : outcome.written.letters) {
    c.accepted += letter.kind == feedback::LetterKind::accepted;
    c.to_fix += letter.kind == feedback::LetterKind::to_fix;
    c.reminders += letter.kind == feedback::LetterKind::reminder;
    c.copies += letter.copies.size();
    c.not_written += !letter.failure.ok();
    if (letter.to.empty()) c.without_address.push_back(letter.org_id);
  }
  return outcome;
}

void send(const FeedbackRequest& request, FeedbackOutcome& outcome,
          const std::function<void(const feedback::LetterRecord&, const feedback::SendOutcome&)>& each_sent,
          const std::atomic<bool>* cancelled) {
  if (!request.send || !outcome.run || outcome.stop) return;
  const SendRequest& send = *request.send;
  feedback::DispatchOptions dispatch;
  dispatch.server = outcome.server;
  dispatch.from = request.from;
  dispatch.log_path = (fs::path(request.out_dir) / "sent.log").string();
  dispatch.resend = send.resend;
  dispatch.resend_unknown = send.resend_unknown;
  dispatch.cancelled = cancelled;
  if (send.only_kinds.empty()) {
    outcome.dispatched = feedback::send_letters(outcome.written.letters, dispatch, each_sent);
  } else {
    std::vector<feedback::LetterRecord> chosen;
    for (const auto& letter : outcome.written.letters)
      if (std::find(send.only_kinds.begin(), send.only_kinds.end(), letter.kind) != send.only_kinds.end())
        chosen.push_back(letter);
    outcome.dispatched = feedback::send_letters(chosen, dispatch, each_sent);
  }
  if (!outcome.dispatched->failure.empty()) {
    outcome.stop = Stop{outcome.dispatched->failure, {}};
    return;
  }
  SendCounts& c = outcome.counts;
  for (const auto& sent : outcome.dispatched->outcomes) {
    c.sent += sent.state == feedback::SendState::sent;
    c.failed += sent.state == feedback::SendState::failed;
    c.already_sent += sent.state == feedback::SendState::already_sent;
    c.no_address += sent.state == feedback::SendState::no_address;
    c.unknown += sent.state == feedback::SendState::unknown;
    if (sent.state == feedback::SendState::not_sent) {
      ++c.not_sent;
      c.not_sent_ids.push_back(sent.org_id);
    }
  }
}

}  // namespace rmt::run
