// roadmap-feedback: one letter per organization of the registry (SPEC.md
// §12) — accepted, what to fix with an annotated copy of its own file, or a
// reminder — written as .eml files, and sent by SMTP when asked.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "registry/reporting_centre.h"
#include "common/cli.h"
#include "common/merge_run.h"
#include "common/period_run.h"
#include "diag/messages.h"
#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "mail/message.h"
#include "report/run_documents.h"

namespace rmt {
namespace {

namespace fs = std::filesystem;

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions {
  std::string out_dir;
  std::string due;
  std::string send;
  std::string from;
  std::string from_name;
  std::string signature;
  std::string smtp_user;
  std::string smtp_password_file;
  std::string smtp_ca;
  bool smtp_allow_plain = false;
  bool resend = false;
  bool resend_unknown = false;
  long smtp_timeout = 60;
};

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

int run(const CLI::App& app, Options& options) {
  const diag::Lang lang = options.lang();
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(diag::tr(lang, ru, en)); };
  const bool json = options.format() == cli::OutputFormat::json;
  if (options.orgs_path.empty()) {
    cli::print_tool_error(app, tr("нужен реестр организаций (--orgs): письма пишутся каждой организации реестра",
                                  "the organization registry (--orgs) is needed: a letter goes to each of its organizations"));
    return cli::kExitCannotRun;
  }
  std::optional<calendar::Date> due;
  if (!options.due.empty()) {
    due = calendar::parse_date(options.due);
    if (!due) {
      cli::print_tool_error(app, fmt::format("--due: {}", diag::msg::bad_as_of(options.due).in(lang)));
      return cli::kExitCannotRun;
    }
  }
  mail::SmtpServer server;
  if (!options.send.empty()) {
    if (options.send.rfind("smtp://", 0) != 0 && options.send.rfind("smtps://", 0) != 0) {
      cli::print_tool_error(app, tr("--send: адрес сервера должен начинаться с smtp:// или smtps://",
                                    "--send: the server's address must start with smtp:// or smtps://"));
      return cli::kExitCannotRun;
    }
    if (!mail::is_plausible_address(options.from)) {
      cli::print_tool_error(app, tr("--send: нужен --from — адрес, с которого отправляются письма",
                                    "--send needs --from: the address the letters are sent from"));
      return cli::kExitCannotRun;
    }
    server.url = options.send;
    server.allow_plain = options.smtp_allow_plain;
    server.reply_timeout_seconds = options.smtp_timeout;
    server.connect_timeout_seconds = std::min(30L, options.smtp_timeout);
    server.ca_file = options.smtp_ca;
    if (!options.smtp_user.empty()) {
      // The password only from a file: a command line is visible to every user of the machine.
      std::ifstream in(options.smtp_password_file, std::ios::binary);
      if (options.smtp_password_file.empty() || !in) {
        cli::print_tool_error(app, tr("--smtp-user: нужен --smtp-password-file — файл, в котором записан пароль",
                                      "--smtp-user needs --smtp-password-file: a file holding the password"));
        return cli::kExitCannotRun;
      }
      server.user = options.smtp_user;
      std::getline(in, server.password);
      if (!server.password.empty() && server.password.back() == '\r') server.password.pop_back();
    }
  }
  if (!options.from.empty() && !mail::is_plausible_address(options.from)) {
    cli::print_tool_error(app, fmt::format("--from: {}", tr("не похоже на адрес эл. почты", "does not look like an e-mail address")));
    return cli::kExitCannotRun;
  }

  cli::PeriodRun run;
  if (!cli::start_period_run(app, options, options, options, run)) return cli::kExitCannotRun;
  const auto& setup = *run.setup;
  std::error_code ec;
  if (inside_an_input(options.out_dir, options.inputs)) {
    cli::print_tool_error(app, tr("--out-dir не может быть папкой с отчётами или лежать внутри неё: при следующей проверке "
                                  "копии с замечаниями прочитались бы как отчёты",
                                  "--out-dir cannot be a folder of the reports or inside one: the next check would read "
                                  "the annotated copies as reports"));
    return cli::kExitCannotRun;
  }
  fs::create_directories(options.out_dir, ec);
  if (ec || !fs::is_directory(options.out_dir)) {
    cli::print_tool_error(app, diag::msg::cannot_write_output(options.out_dir, diag::msg::os_reason(ec ? ec.value() : ENOTDIR)).in(lang));
    return cli::kExitCannotRun;
  }

  mail::Address from{options.from_name.empty() ? registry::reporting_centre_name(setup.roadmap, &*setup.registry) : options.from_name, options.from};
  const feedback::FeedbackResult written = feedback::write_letters(
      {setup.roadmap, *setup.registry, run.files, run.statuses, run.period, due, run.as_of, from, lang,
       options.reader_options(), options.signature},
      options.out_dir);
  // One organization's failure is reported for it; the others' letters are written.
  std::size_t not_written = 0;
  for (const auto& letter : written.letters)
    if (!letter.failure.empty()) {
      ++not_written;
      std::cerr << diag::msg::letter_not_written(letter.org_id, letter.failure).in(lang) << '\n';
    }

  // An organization without an address is named, quiet or not: its letter will not reach it by itself.
  std::vector<std::string> without;
  for (const auto& letter : written.letters)
    if (letter.to.empty()) without.push_back(letter.org_id);
  for (const auto& letter : written.letters)
    if (!letter.not_sendable.empty() && !json)
      std::cerr << diag::msg::address_needs_smtputf8(letter.org_id, fmt::format("{}", fmt::join(letter.not_sendable, ", "))).in(lang)
                << '\n';
  if (!json && !without.empty())
    std::cerr << diag::msg::letters_without_address(without.size(), fmt::format("{}", fmt::join(without, ", "))).in(lang)
              << '\n';

  std::vector<feedback::SendOutcome> sent;
  std::size_t failed = 0;
  if (!options.send.empty()) {
    feedback::DispatchOptions dispatch{server, options.from, (fs::path(options.out_dir) / "sent.log").string(),
                                       options.resend, options.resend_unknown};
    const feedback::DispatchResult result = feedback::send_letters(
        written.letters, dispatch, [&](const feedback::LetterRecord& letter, const feedback::SendOutcome& outcome) {
          if (json) return;
          switch (outcome.state) {
            case feedback::SendState::sent:
              if (!options.quiet)
                std::cerr << diag::msg::letter_sent(letter.org_id, fmt::format("{}", fmt::join(letter.to, ", "))).in(lang) << '\n';
              break;
            case feedback::SendState::already_sent:
              if (!options.quiet) std::cerr << diag::msg::letter_already_sent(letter.org_id).in(lang) << '\n';
              break;
            case feedback::SendState::failed:
              std::cerr << diag::msg::letter_not_sent(letter.org_id, outcome.reason.in(lang)).in(lang) << '\n';
              break;
            case feedback::SendState::unknown:
              std::cerr << diag::msg::letter_unknown(letter.org_id, outcome.reason).in(lang) << '\n';
              break;
            case feedback::SendState::not_sent:  // named once below, with why the sending stopped
            case feedback::SendState::no_address: break;  // named above
          }
        });
    if (!result.failure.empty()) {
      cli::print_tool_error(app, result.failure.in(lang));
      return cli::kExitCannotRun;
    }
    std::size_t ok = 0, already = 0, none = 0, unknown = 0, left = 0;
    std::vector<std::string> unsent;
    for (const auto& outcome : result.outcomes) {
      ok += outcome.state == feedback::SendState::sent;
      failed += outcome.state == feedback::SendState::failed;
      already += outcome.state == feedback::SendState::already_sent;
      none += outcome.state == feedback::SendState::no_address;
      unknown += outcome.state == feedback::SendState::unknown;
      if (outcome.state == feedback::SendState::not_sent) {
        ++left;
        unsent.push_back(outcome.org_id);
      }
    }
    if (!result.stopped.empty() && !json)
      std::cerr << diag::msg::sending_stopped(result.stopped, left).in(lang) << ": " << fmt::format("{}", fmt::join(unsent, ", "))
                << '\n';
    if (!json) std::cerr << diag::msg::letters_sent(ok, failed, already, none, unknown, left).in(lang) << '\n';
    failed += unknown + left;
    sent = result.outcomes;
  }
  failed += not_written;

  const report::JudgedPeriod judged{setup.roadmap, run.merger->activities(), run.monitoring};
  if (json)
    report::write_feedback_document(std::cout, {run.files, run.inputs.skipped, run.statuses, lang, options.strict, &judged},
                                    written.letters, sent);
  cli::print_statuses(run.statuses, true, options);
  if (!json && !options.quiet) {
    std::size_t accepted = 0, to_fix = 0, reminders = 0, copies = 0;
    for (const auto& letter : written.letters) {
      accepted += letter.kind == feedback::LetterKind::accepted;
      to_fix += letter.kind == feedback::LetterKind::to_fix;
      reminders += letter.kind == feedback::LetterKind::reminder;
      copies += letter.copies.size();
    }
    std::cerr << diag::msg::letters_written(options.out_dir, written.letters.size(), accepted, to_fix, reminders, copies)
                     .in(lang)
              << '\n';
  }
  const int code = cli::finish_run(run.files, options, run.inputs.skipped.size());
  return failed ? std::max(code, cli::kExitFindings) : code;
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(diag::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Написать каждой организации реестра письмо по итогам проверки отчёта за период: «принят» (с "
                  "замечаниями, если есть), что исправить — с копией её файла, где ошибки отмечены, или напоминание, "
                  "если отчёта нет. Письма записываются как .eml в папку и по желанию отправляются по SMTP.",
                  "Write every organization of the registry a letter on its report for a period: accepted (with any "
                  "remarks), what to correct with a copy of its own file marked up, or a reminder when no report came. "
                  "The letters are written as .eml files into a folder and, when asked, sent by SMTP."),
               "roadmap-feedback");
  cli::setup_app(app, "roadmap-feedback -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ --out-dir letters --as-of 2026-12-20", options);
  cli::add_csv_options(app, options);
  cli::add_merge_options(app, options, options.help_lang);
  cli::add_period_options(app, options, options.help_lang, {});
  app.add_option("--out-dir", options.out_dir,
                 tr("Папка для писем (<код>.eml) и копий с замечаниями; создаётся, если её нет",
                    "Folder for the letters (<org_id>.eml) and annotated copies; created when absent"))
      ->required();
  app.add_option("--due", options.due,
                 tr("Срок отчёта в напоминаниях и письмах об исправлении (ГГГГ-ММ-ДД; по умолчанию — submissions_due "
                    "дорожной карты в периоде)",
                    "The reports' due date named in reminders and correction letters (YYYY-MM-DD; default: the "
                    "roadmap's submissions_due in the period)"));
  app.add_option("--send", options.send,
                 tr("Отправить письма через SMTP-сервер: smtp://сервер:порт (STARTTLS; с паролем — обязательно) или "
                    "smtps://сервер:порт; отправленное записывается в <папка>/sent.log, и письмо с тем же содержанием "
                    "повторно не отправляется",
                    "Send the letters through an SMTP server: smtp://host:port (STARTTLS; required with a password) or "
                    "smtps://host:port; what was sent is logged in <folder>/sent.log, and a letter with the same "
                    "content is never sent twice"));
  app.add_option("--from", options.from, tr("Адрес отправителя (нужен с --send)", "The sender's address (needed with --send)"));
  app.add_option("--signature", options.signature,
                 tr("Подпись под письмами (например, «Методист ЦРО Иванова И.И., тел. 41-22-33»); по умолчанию — имя "
                    "отправителя",
                    "The letters' signature (e.g. a methodologist's name and phone); default: the sender's name"));
  app.add_option("--from-name", options.from_name,
                 tr("Имя отправителя в письмах (по умолчанию — центр из дорожной карты)",
                    "The sender's name in the letters (default: the roadmap's centre)"));
  app.add_option("--smtp-user", options.smtp_user, tr("Имя пользователя SMTP", "SMTP user name"));
  app.add_option("--smtp-ca", options.smtp_ca,
                 tr("Файл сертификатов (PEM), которым проверяется сервер: свой удостоверяющий центр департамента",
                    "A certificate file (PEM) the server is checked against: a department's own certificate authority"));
  app.add_flag("--smtp-allow-plain", options.smtp_allow_plain,
               tr("Разрешить отправку пароля без шифрования, если сервер не предлагает STARTTLS (только для "
                  "внутренних серверов)",
                  "Allow the password to go without encryption when the server offers no STARTTLS (internal servers "
                  "only)"));
  app.add_option("--smtp-timeout", options.smtp_timeout,
                 tr("Сколько секунд ждать каждого ответа сервера (по умолчанию 60; подключения — не дольше 30)",
                    "Seconds to wait for each reply of the server (default 60; for connecting, 30 at most)"))
      ->check(CLI::Range(1L, 600L));
  app.add_flag("--resend", options.resend,
               tr("Отправить снова и письма, которые sent.log записал как отправленные",
                  "Send again also the letters sent.log has as sent"));
  app.add_flag("--resend-unknown", options.resend_unknown,
               tr("Отправить снова письма, ответ сервера на которые в прошлый раз не пришёл (сервер мог их получить)",
                  "Send again the letters whose reply was lost last time (the server may have them)"));
  app.add_option("--smtp-password-file", options.smtp_password_file,
                 tr("Файл с паролем SMTP (первая строка; пароль в командной строке не принимается)",
                    "File holding the SMTP password (its first line; a password on the command line is not taken)"));
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return run(app, options);
}
