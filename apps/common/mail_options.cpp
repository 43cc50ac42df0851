#include "common/mail_options.h"

namespace rmt::cli {

void add_mail_options(CLI::App& app, MailCliOptions& options, vocab::Lang lang) {
  const auto tr = [lang](std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); };
  app.add_option("--send", options.send,
                 tr("Отправлять письма через SMTP-сервер: smtp://сервер:порт (STARTTLS; с паролем — обязательно) или "
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
  app.add_option("--smtp-password-file", options.smtp_password_file,
                 tr("Файл с паролем SMTP (первая строка; пароль в командной строке не принимается)",
                    "File holding the SMTP password (its first line; a password on the command line is not taken)"));
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
}

std::optional<run::SendRequest> send_request(const MailCliOptions& options) {
  if (options.send.empty()) return std::nullopt;
  run::SendRequest request;
  request.url = options.send;
  request.user = options.smtp_user;
  request.password_file = options.smtp_password_file;
  request.ca_file = options.smtp_ca;
  request.allow_plain = options.smtp_allow_plain;
  request.timeout_seconds = options.smtp_timeout;
  return request;
}

}  // namespace rmt::cli
