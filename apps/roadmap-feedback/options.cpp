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
  cli::add_mail_options(*app, options, options.help_lang);
  app->add_flag("--resend", options.resend,
               tr("Отправить снова и письма, которые sent.log записал как отправленные",
                  "Send again also the letters sent.log has as sent"));
  app->add_option("--only", options.only,
                  tr("Отправить только эти письма: reminder (напоминания), to-fix (что исправить), accepted (отчёт "
                     "принят); через запятую. Записываются все",
                     "Send only these letters: reminder, to-fix, accepted; comma-separated. All are written"))
      ->delimiter(',')
      ->check(CLI::IsMember({"reminder", "to-fix", "accepted"}));
  app->add_flag("--resend-unknown", options.resend_unknown,
               tr("Отправить снова письма, ответ сервера на которые в прошлый раз не пришёл (сервер мог их получить)",
                  "Send again the letters whose reply was lost last time (the server may have them)"));
  return app;
}

// The request the options describe.
run::FeedbackRequest request_of(const Options& options) {
  run::FeedbackRequest request{cli::period_request(options, options, options), options.out_dir, options.due,
                               options.from, options.from_name, options.signature, options.lang(),
                               cli::send_request(options), options.links, {}};
  if (request.send) {
    request.send->resend = options.resend;
    request.send->resend_unknown = options.resend_unknown;
    for (const auto& key : options.only)
      if (const auto kind = feedback::parse_letter_kind(key)) request.send->only_kinds.push_back(*kind);
  }
  return request;
}

}  // namespace rmt::feedback_cli
