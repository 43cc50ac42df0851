// roadmap-feedback: one letter per organization of the registry (SPEC.md
// §12) — accepted, what to fix with an annotated copy of its own file, or a
// reminder — written as .eml files, and sent by SMTP when asked.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/cli.h"
#include "run/closing_lines.h"
#include "common/job.h"
#include "diag/messages.h"
#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "mail/message.h"
#include "run/documents.h"
#include "run/feedback.h"

namespace rmt {
namespace {

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

// The request the options describe.
run::FeedbackRequest request_of(const Options& options) {
  run::FeedbackRequest request{cli::period_request(options, options, options), options.out_dir, options.due,
                               options.from, options.from_name, options.signature, options.lang(), std::nullopt};
  if (!options.send.empty())
    request.send = run::SendRequest{options.send,    options.smtp_user,        options.smtp_password_file,
                                    options.smtp_ca, options.smtp_allow_plain, options.smtp_timeout,
                                    options.resend,  options.resend_unknown};
  return request;
}

// Each letter's sending as it ends (text mode).
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

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  cli::PrintingListener listener(options);
  const run::FeedbackRequest request = request_of(options);
  run::FeedbackOutcome result = run::feedback(request, listener);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const run::PeriodRun& job = *result.run;
  const auto& letters = result.written.letters;

  // One organization's failure is reported for it; the others' letters are written.
  for (const auto& letter : letters)
    if (!letter.failure.ok())
      std::cerr << run::lines::letter_not_written(letter.org_id, letter.failure.path, letter.failure.reason).in(lang) << '\n';
  // An organization without an address is named, quiet or not: its letter will not reach it by itself.
  const auto& without = result.letters.without_address;
  for (const auto& letter : letters)
    if (!letter.not_sendable.empty() && !json)
      std::cerr << run::lines::address_needs_smtputf8(letter.org_id, fmt::format("{}", fmt::join(letter.not_sendable, ", "))).in(lang)
                << '\n';
  if (!json && !without.empty())
    std::cerr << run::lines::letters_without_address(without.size(), fmt::format("{}", fmt::join(without, ", "))).in(lang)
              << '\n';
  run::send(request, result, [&](const auto& letter, const auto& sent) { print_sent(letter, sent, options); });
  if (result.stop) return cli::stopped(app, *result.stop, options);  // the sending could not start

  std::size_t failed = result.letters.not_written;
  if (result.dispatched) {
    const run::SendCounts& c = result.counts;
    if (!result.dispatched->stopped.empty() && !json)
      std::cerr << run::lines::sending_stopped(result.dispatched->stopped, c.not_sent).in(lang) << ": "
                << fmt::format("{}", fmt::join(c.not_sent_ids, ", ")) << '\n';
    if (!json)
      std::cerr << run::lines::letters_sent(c.sent, c.failed, c.already_sent, c.no_address, c.unknown, c.not_sent).in(lang)
                << '\n';
    failed += c.failed + c.unknown + c.not_sent;
  }

  const run::JudgedPeriod judged{job.setup.roadmap, job.merger->activities(), job.monitoring};
  if (json)
    run::write_feedback_document(std::cout, {job.files, job.inputs.skipped, job.statuses, lang, options.strict, &judged},
                                    letters, result.dispatched ? result.dispatched->outcomes : std::vector<feedback::SendOutcome>{});
  cli::print_statuses(job.statuses, true, options);
  if (!json && !options.quiet) {
    const run::LetterCounts& n = result.letters;
    std::cerr << run::lines::letters_written(options.out_dir, letters.size(), n.accepted, n.to_fix, n.reminders, n.copies)
                     .in(lang)
              << '\n';
  }
  const int code = cli::finish_run(job.files, options, job.inputs.skipped.size());
  return failed ? std::max(code, cli::kExitFindings) : code;
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
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
  return execute(app, options);
}
