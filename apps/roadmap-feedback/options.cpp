#include "roadmap-feedback/options.h"

#include "common/job.h"

namespace rmt::feedback_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(tr("Написать каждой организации реестра письмо по итогам проверки отчёта за период: «принят» (с "
                  "замечаниями, если есть), что исправить — с копией её файла, где ошибки отмечены, или напоминание, "
                  "если отчёта нет. Письма записываются как .eml в папку и по желанию отправляются по SMTP.",
                  "Write every organization of the registry a letter on its report for a period: accepted (with any "
                  "remarks), what to correct with a copy of its own file marked up, or a reminder when no report came. "
                  "The letters are written as .eml files into a folder and, when asked, sent by SMTP."),
               "roadmap-feedback");
  cli::setup_app(*app, "roadmap-feedback -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ --out-dir letters --as-of 2026-12-20", options);
  cli::add_csv_options(*app, options);
  cli::add_merge_options(*app, options, options.help_lang);
  cli::add_store_option(*app, options, app->get_option("inputs"));
  cli::add_period_options(*app, options, options.help_lang, {});
  app->add_option("--out-dir", options.out_dir,
                 tr("Папка для писем (<код>.eml) и копий с замечаниями; создаётся, если её нет",
                    "Folder for the letters (<org_id>.eml) and annotated copies; created when absent"))
      ->required();
  app->add_option("--links", options.links,
                  tr("Список личных ссылок школ (roadmap-serve links): письма с просьбой прислать или исправить "
                     "отчёт дают школе её ссылку",
                     "The schools' personal links (roadmap-serve links): letters asking for a report or a correction "
                     "give each school its link"));
  app->add_option("--due", options.due,
                 tr("Срок отчёта в напоминаниях и письмах об исправлении (ГГГГ-ММ-ДД; по умолчанию — submissions_due "
                    "дорожной карты в периоде)",
                    "The reports' due date named in reminders and correction letters (YYYY-MM-DD; default: the "
                    "roadmap's submissions_due in the period)"));
  app->add_option("--send", options.send,
                 tr("Отправить письма через SMTP-сервер: smtp://сервер:порт (STARTTLS; с паролем — обязательно) или "
                    "smtps://сервер:порт; отправленное записывается в <папка>/sent.log, и письмо с тем же содержанием "
                    "повторно не отправляется",
                    "Send the letters through an SMTP server: smtp://host:port (STARTTLS; required with a password) or "
                    "smtps://host:port; what was sent is logged in <folder>/sent.log, and a letter with the same "
                    "content is never sent twice"));
  app->add_option("--from", options.from, tr("Адрес отправителя (нужен с --send)", "The sender's address (needed with --send)"));
  app->add_option("--signature", options.signature,
                 tr("Подпись под письмами (например, «Методист ЦРО Иванова И.И., тел. 41-22-33»); по умолчанию — имя "
                    "отправителя",
                    "The letters' signature (e.g. a methodologist's name and phone); default: the sender's name"));
  app->add_option("--from-name", options.from_name,
                 tr("Имя отправителя в письмах (по умолчанию — центр из дорожной карты)",
                    "The sender's name in the letters (default: the roadmap's centre)"));
  app->add_option("--smtp-user", options.smtp_user, tr("Имя пользователя SMTP", "SMTP user name"));
  app->add_option("--smtp-ca", options.smtp_ca,
                 tr("Файл сертификатов (PEM), которым проверяется сервер: свой удостоверяющий центр департамента",
                    "A certificate file (PEM) the server is checked against: a department's own certificate authority"));
  app->add_flag("--smtp-allow-plain", options.smtp_allow_plain,
               tr("Разрешить отправку пароля без шифрования, если сервер не предлагает STARTTLS (только для "
                  "внутренних серверов)",
                  "Allow the password to go without encryption when the server offers no STARTTLS (internal servers "
                  "only)"));
  app->add_option("--smtp-timeout", options.smtp_timeout,
                 tr("Сколько секунд ждать каждого ответа сервера (по умолчанию 60; подключения — не дольше 30)",
                    "Seconds to wait for each reply of the server (default 60; for connecting, 30 at most)"))
      ->check(CLI::Range(1L, 600L));
  app->add_flag("--resend", options.resend,
               tr("Отправить снова и письма, которые sent.log записал как отправленные",
                  "Send again also the letters sent.log has as sent"));
  app->add_flag("--resend-unknown", options.resend_unknown,
               tr("Отправить снова письма, ответ сервера на которые в прошлый раз не пришёл (сервер мог их получить)",
                  "Send again the letters whose reply was lost last time (the server may have them)"));
  app->add_option("--smtp-password-file", options.smtp_password_file,
                 tr("Файл с паролем SMTP (первая строка; пароль в командной строке не принимается)",
                    "File holding the SMTP password (its first line; a password on the command line is not taken)"));
  return app;
}

// The request the options describe.
run::FeedbackRequest request_of(const Options& options) {
  run::FeedbackRequest request{cli::period_request(options, options, options), options.out_dir, options.due,
                               options.from, options.from_name, options.signature, options.lang(), std::nullopt,
                               options.links};
  if (!options.send.empty())
    request.send = run::SendRequest{options.send,    options.smtp_user,        options.smtp_password_file,
                                    options.smtp_ca, options.smtp_allow_plain, options.smtp_timeout,
                                    options.resend,  options.resend_unknown};
  return request;
}

}  // namespace rmt::feedback_cli
