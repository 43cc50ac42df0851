#include "roadmap-serve/options.h"

namespace rmt::serve_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(
      tr("Сервис приёма отчётов над хранилищем (roadmap-store): школа по своей ссылке скачивает шаблон, загружает отчёт "
         "и сразу видит замечания; аналитик после входа видит ход сбора, скачивает книгу, справку и сводный CSV и "
         "отправляет школам письма.",
         "The report intake service over a store (roadmap-store): a school, by its own link, downloads its template, "
         "uploads its report and sees the findings at once; the analyst logs in, watches the collection and downloads "
         "the workbook, the report and the merged CSV, and sends the schools' letters."),
      "roadmap-serve");
  cli::setup_app(*app, "roadmap-serve store/ --listen 127.0.0.1:8080 --base-url https://reports.example.ru", options, false);
  app->fallthrough();
  app->add_option("store", options.store, tr("Папка хранилища", "The store's folder"));
  app->add_option("--listen", options.listen,
                  tr("Адрес и порт (по умолчанию 127.0.0.1:8080: только этот компьютер)",
                     "Address and port (default 127.0.0.1:8080: this computer only)"));
  app->add_option("--base-url", options.base_url,
                  tr("Адрес, по которому школы открывают сервис (для ссылок)", "The address schools open the service at (for links)"));
  app->add_option("--tls-cert", options.tls_cert, tr("Сертификат TLS (PEM)", "TLS certificate (PEM)"));
  app->add_option("--tls-key", options.tls_key, tr("Ключ TLS (PEM)", "TLS key (PEM)"));
  app->add_option("--period", options.period,
                  tr("Период сбора (по умолчанию — тот, срок отчётов за который ближе всего)",
                     "The period collected (default: the one whose reports are due next)"));
  app->add_option("--max-upload", options.max_upload_mb, tr("Наибольший файл, МБ (по умолчанию 20)", "Largest upload, MB (default 20)"))
      ->check(CLI::Range(1, 200));
  app->add_option("--workers", options.workers,
                  tr("Одновременно обрабатываемых запросов (по умолчанию — 2 на процессор)",
                     "Requests handled at once (default: 2 per processor)"))
      ->check(CLI::Range(1u, 256u));
  app->add_flag("--behind-proxy", options.behind_proxy,
               tr("Сервис стоит за обратным прокси на этом же компьютере (nginx): адрес клиента берётся из заголовка "
                  "X-Real-IP — для ограничения попыток входа и журнала",
                  "The service is behind a reverse proxy on this machine (nginx): the client's address is taken from "
                  "the X-Real-IP header, for the login limit and the log"));
  app->add_option("--log", options.log_path, tr("Журнал запросов (по умолчанию — stderr)", "Request log (default: stderr)"));
  cli::add_mail_options(*app, options, options.help_lang);

  options.links = app->add_subcommand(
      "links", tr("Выдать школам новые личные ссылки (прежние перестают действовать) и записать их список (CSV)",
                  "Give schools new personal links (the old ones stop working) and write their list (CSV)"));
  options.links->add_option("store", options.store, tr("Папка хранилища", "The store's folder"))->required();
  options.links->add_option("--base-url", options.base_url, tr("Адрес сервиса для ссылок", "The service's address for the links"));
  options.links->add_option("--org", options.orgs, tr("Только эти организации (код; можно несколько)", "Only these organizations (codes)"));
  options.links->add_option("-o,--output", options.output,
                            tr("Файл списка (по умолчанию — stdout); создаётся с правами 0600: в нём секреты",
                               "The list's file (default: stdout); created with mode 0600: it holds secrets"));
  options.passwd = app->add_subcommand(
      "passwd", tr("Задать пароль аналитика (читается из стандартного ввода, первая строка)",
                   "Set the analyst's password (read from standard input, its first line)"));
  options.passwd->add_option("store", options.store, tr("Папка хранилища", "The store's folder"))->required();
  options.revoke = app->add_subcommand("revoke", tr("Отозвать ссылки организаций", "Revoke organizations' links"));
  options.revoke->add_option("store", options.store, tr("Папка хранилища", "The store's folder"))->required();
  options.revoke->add_option("--org", options.orgs, tr("Организации (код)", "Organizations (codes)"))->required();
  for (CLI::App* sub : {options.links, options.passwd, options.revoke}) sub->group(tr("Команды", "Subcommands"));
  return app;
}

}  // namespace rmt::serve_cli
