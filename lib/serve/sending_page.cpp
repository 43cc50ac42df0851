#include "serve/sending_page.h"

#include <fmt/format.h>

#include "run/closing_lines.h"
#include "serve/html.h"
#include "store/moment.h"

namespace rmt::serve {
namespace {

std::string say(vocab::Lang lang, std::string_view ru, std::string_view en) { return std::string(vocab::tr(lang, ru, en)); }

}  // namespace

std::string sending_form(bool configured, const LetterKindCounts& counts, const std::string& csrf, vocab::Lang lang) {
  std::string out = fmt::format("<h2>{}</h2>\n", say(lang, "Письма школам", "Letters to schools"));
  if (!configured)
    return out + "<div class=\"card\"><p>" +
           escape(say(lang,
                      "Отправка писем не настроена: запустите сервис с параметрами --send smtp://сервер:порт и --from "
                      "адрес (как у roadmap-feedback). Письма можно скачать архивом выше и отправить самим.",
                      "Sending letters is not set up: start the service with --send smtp://host:port and --from "
                      "address (as for roadmap-feedback). The letters can be downloaded above as an archive and sent by hand.")) +
           "</p></div>\n";
  const auto choice = [](const std::string& name, const std::string& value, bool checked, const std::string& text) {
    return fmt::format("<label class=\"choice\"><input type=\"checkbox\" name=\"{}\" value=\"{}\"{}> {}</label>\n", name, value,
                       checked ? " checked" : "", escape(text));
  };
  out += fmt::format("<form class=\"card\" method=\"post\" action=\"/admin/send{}\">\n<input type=\"hidden\" name=\"csrf\" value=\"{}\">\n",
                     lang == vocab::Lang::en ? "?lang=en" : "", escape(csrf));
  out += fmt::format("<fieldset><legend>{}</legend>\n", say(lang, "Какие письма отправить:", "Which letters to send:"));
  out += choice("kind", "reminder", true,
                fmt::format("{} ({})", say(lang, "напоминания — отчёт не представлен", "reminders: no report came"), counts.reminders));
  out += choice("kind", "to-fix", true,
                fmt::format("{} ({})",
                            say(lang, "что исправить — отчёт отклонён, в конфликте или не прочитан",
                                "what to correct: the report was rejected, conflicts or could not be read"),
                            counts.to_fix));
  out += choice("kind", "accepted", false,
                fmt::format("{} ({})", say(lang, "«отчёт принят»", "report accepted"), counts.accepted));
  out += "</fieldset>\n";
  out += choice("new_links", "1", false,
                say(lang,
                    "дать в напоминаниях и письмах об исправлении новые личные ссылки (прежние ссылки этих школ "
                    "перестанут действовать)",
                    "give new personal links in the reminders and correction letters (these schools' old links stop working)"));
  out += choice("resend_unknown", "1", false,
                say(lang, "отправить снова письма, ответ сервера на которые в прошлый раз не пришёл",
                    "send again the letters whose server reply was lost last time"));
  out += fmt::format("<p class=\"muted\">{}</p>\n<p><input type=\"submit\" value=\"{}\"> <a href=\"/admin/send{}\">{}</a></p>\n</form>\n",
                     escape(say(lang,
                                "Письмо с тем же содержанием второй раз не уходит; школа без адреса в реестре будет названа.",
                                "A letter with the same content never goes twice; a school without an address in the "
                                "registry is named.")),
                     say(lang, "Отправить письма", "Send the letters"), lang == vocab::Lang::en ? "?lang=en" : "",
                     say(lang, "последняя отправка", "the latest sending"));
  return out;
}

std::string sending_report_body(const SendingReport& report, vocab::Lang lang) {
  std::string out = fmt::format("<p><a href=\"/admin{}\">{}</a></p>\n<h1>{}</h1>\n", lang == vocab::Lang::en ? "?lang=en" : "",
                                say(lang, "← Сбор отчётов", "← Collection"), say(lang, "Отправка писем", "Sending the letters"));
  if (!report.started)
    return out + "<p>" + escape(say(lang, "Письма с этой страницы ещё не отправлялись.", "No letters have been sent from this page yet.")) +
           "</p>\n";
  out += fmt::format("<div class=\"card\"><p>{} {} · {} {}</p>\n", say(lang, "Период", "Period"), escape(report.period),
                     say(lang, "начата", "started"), escape(store::local_moment(report.started_at)));
  if (report.running)
    out += fmt::format("<p><b>{} {} {} {}</b></p>\n", say(lang, "Идёт отправка: обработано", "Sending: handled"),
                       report.lines.size(), say(lang, "из", "of"), report.chosen);
  else
    out += fmt::format("<p>{} {}</p>\n<p><b>{}</b></p>\n", say(lang, "закончена", "finished"),
                       escape(store::local_moment(report.finished_at)),
                       escape(run::lines::letters_sent(report.counts.sent, report.counts.failed, report.counts.already_sent,
                                                       report.counts.no_address, report.counts.unknown, report.counts.not_sent)
                                  .in(lang)));
  if (report.links_issued)
    out += fmt::format("<p>{} {}</p>\n", say(lang, "Новых ссылок выдано:", "New links issued:"), report.links_issued);
  if (!report.stop.empty()) out += "<p class=\"error\">" + escape(report.stop.in(lang)) + "</p>\n";
  out += "</div>\n";
  if (report.lines.empty()) return out;
  out += fmt::format("<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", say(lang, "Код", "Code"),
                     say(lang, "Организация", "Organization"), say(lang, "Письмо", "Letter"), say(lang, "Итог", "Outcome"),
                     say(lang, "Почему", "Why"));
  for (const auto& line : report.lines)
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"send-{}\">{}</td><td>{}</td></tr>\n", escape(line.org_id),
                       escape(line.name), escape(feedback::letter_kind_label(line.kind).in(lang)),
                       feedback::send_state_key(line.state), escape(feedback::send_state_label(line.state).in(lang)),
                       escape(line.reason.in(lang)));
  return out + "</table>\n";
}

}  // namespace rmt::serve
