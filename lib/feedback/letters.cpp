#include "feedback/letters.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "feedback/annotated_copy.h"
#include "io/output_names.h"
#include "registry/reporting_centre.h"
#include "template/template_rows.h"
#include "template/xlsx_template.h"
#include "feedback/own_rows.h"
#include "feedback/place.h"
#include "io/output_file.h"
#include "io/read_file.h"
#include "roadmap/deadline.h"
#include "text/fingerprint.h"
#include "text/utf8.h"

namespace rmt::feedback {
namespace {

using vocab::Lang;

std::string stem(const std::string& name) {
  const auto dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// A finding as one numbered line a school secretary can act on.
// A message as a school reads it: the analyst's folders cut from every file
// it names («…/reports-q3/DO-02.xlsx:6» is «DO-02.xlsx:6»).
std::string without_folders(std::string text, const std::vector<std::string>& paths) {
  if (text.find('/') == std::string::npos) return text;
  for (const auto& path : paths) {
    if (path.find('/') == std::string::npos) continue;
    const std::string name = file_name(path);
    for (std::size_t at; (at = text.find(path)) != std::string::npos;) text.replace(at, path.size(), name);
  }
  return text;
}

// A finding as one numbered line a school secretary can act on. A hint that
// speaks of the programs' options («--on-conflict last») is the analyst's, not
// the school's, and is left out.
std::string finding_line(std::size_t n, const diag::Diagnostic& d, Lang lang, const std::vector<std::string>& paths) {
  std::string line = fmt::format("{}. {}: {}", n, describe_place(d, std::nullopt, lang),
                                 without_folders(d.message.in(lang), paths));
  const std::string& hint = d.hint.in(lang);
  if (!hint.empty() && hint.find("--") == std::string::npos)
    line += fmt::format(fmt::runtime(lang == Lang::ru ? ". Что сделать: {}" : ". What to do: {}"), without_folders(hint, paths));
  return line + ".";
}

io::WriteResult commit_text(const std::string& path, const std::string& bytes) {
  io::OutputFile out;
  if (!out.open(path) || !out.write(bytes) || !out.commit()) return io::WriteResult::failed(path, out.error());
  return {};
}

// A file just written that cannot be read to go with its letter.
const vocab::Localized kNotReadBack{"его не удалось прочитать снова, чтобы приложить к письму",
                                   "it cannot be read back to attach"};

}  // namespace

std::string_view letter_kind_key(LetterKind kind) {
  switch (kind) {
    case LetterKind::accepted: return "accepted";
    case LetterKind::to_fix: return "to-fix";
    case LetterKind::reminder: return "reminder";
  }
  return "";
}

std::optional<LetterKind> parse_letter_kind(std::string_view key) {
  for (const auto kind : {LetterKind::accepted, LetterKind::to_fix, LetterKind::reminder})
    if (key == letter_kind_key(kind)) return kind;
  return std::nullopt;
}

LetterKind letter_kind_for(outcome::OrgStatus status) {
  switch (status) {
    case outcome::OrgStatus::accepted: return LetterKind::accepted;
    case outcome::OrgStatus::not_received: return LetterKind::reminder;
    default: return LetterKind::to_fix;
  }
}

vocab::Localized letter_kind_label(LetterKind kind) {
  switch (kind) {
    case LetterKind::accepted: return {"Отчёт принят", "Report accepted"};
    case LetterKind::to_fix: return {"Нужно исправить отчёт", "The report needs correcting"};
    case LetterKind::reminder: return {"Напоминание об отчёте", "A reminder to report"};
  }
  return {};
}

std::optional<calendar::Date> reports_due(const roadmap::Roadmap& roadmap, std::size_t period,
                                          const std::optional<calendar::Date>& due) {
  return due ? due : roadmap.reports_due(period);
}

namespace {

// Every address-like word of the cell, ASCII or not, in order, once each.
std::vector<std::string> address_words(std::string_view cell, bool want_ascii) {
  std::vector<std::string> out;
  const auto take = [&](std::string_view word) {
    while (!word.empty() && (word.front() == '<' || word.front() == ' ')) word.remove_prefix(1);
    while (!word.empty() && (word.back() == '>' || word.back() == ' ' || word.back() == '.')) word.remove_suffix(1);
    const std::string address(word);
    // Only plain ASCII addresses: one with other letters needs SMTPUTF8, which is not assumed.
    const bool ascii = std::all_of(address.begin(), address.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const bool plausible = ascii ? mail::is_plausible_address(address)
                                 : address.find('@') != std::string::npos && address.find('@') > 0 &&
                                       address.find('.', address.find('@')) != std::string::npos;
    if (ascii == want_ascii && plausible && std::find(out.begin(), out.end(), address) == out.end())
      out.push_back(address);
  };
  // «Секретарь <a@b.ru>; c@d.ru, e@f.ru»: parts at «,» and «;»; in each the
  // address in angle brackets, else every word that is one.
  std::size_t start = 0;
  while (start <= cell.size()) {
    const std::size_t end = std::min(cell.find_first_of(",;\n", start), cell.size());
    const std::string_view part = cell.substr(start, end - start);
    const auto open = part.find('<'), close = part.rfind('>');
    if (open != std::string_view::npos && close != std::string_view::npos && close > open) {
      take(part.substr(open + 1, close - open - 1));
    } else {
      std::size_t at = 0;
      while (at < part.size()) {
        const std::size_t space = std::min(part.find_first_of(" \t\r", at), part.size());
        if (space > at) take(part.substr(at, space - at));
        at = space + 1;
      }
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<std::string> addresses(std::string_view cell) { return address_words(cell, true); }

std::vector<std::string> non_ascii_addresses(std::string_view cell) { return address_words(cell, false); }

FeedbackResult write_letters(const FeedbackInputs& in, const std::string& dir) {
  FeedbackResult result;
  const Lang lang = in.lang;
  const bool ru = lang == Lang::ru;
  const auto& period = in.roadmap.periods[in.period];
  const std::string period_text = roadmap::describe_period(period).in(lang);
  const std::optional<calendar::Date> due = reports_due(in.roadmap, in.period, in.due);
  // A due date still ahead is named as the date to send by; one passed, as passed.
  const std::string by_due =
      !due ? std::string()
      : *due >= in.as_of
          ? fmt::format(fmt::runtime(ru ? " до {}" : " by {}"), calendar::to_dotted(*due))
          : fmt::format(fmt::runtime(ru ? " как можно скорее (срок был {})" : " as soon as you can (it was due on {})"),
                        calendar::to_dotted(*due));
  const std::string roadmap_title = text::shorten(in.roadmap.title, 90);
  // Where reports go, for the templates' instructions: the reporting centre's first address.
  std::string centre_email;
  const registry::Organization* centre = registry::reporting_centre(in.roadmap, &in.registry);
  if (centre) {
    const auto emails = addresses(centre->email);
    if (!emails.empty()) centre_email = emails.front();
  }
  // Signed by whom the analyst says, else by the centre as the registry names it.
  const std::string signature = !in.signature.empty()                              ? in.signature
                                : centre && !centre->name.empty()                 ? centre->name
                                : !in.from.name.empty()                           ? in.from.name
                                                                                  : in.from.email;

  // Each input's report by its path, once: 40,000 organizations × 40,000 files otherwise.
  std::unordered_map<std::string_view, const diag::FileReport*> report_of;
  std::vector<std::string> paths;  // longest first, so a path is cut before one it starts with
  for (const auto& report : in.files)
    if (!report.registry) {
      report_of.emplace(report.path, &report);
      paths.push_back(report.path);
    }
  std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

  io::OrgFileNames names;
  std::unordered_map<const diag::FileReport*, LineOwners> owners_of;  // combined files, read once each
  for (const auto& status : in.statuses) {
    LetterRecord letter;
    letter.org_id = status.org_id;
    letter.name = status.name;
    letter.period = period.label;
    const std::string org_stem = names.stem(status.org_id);
    if (const auto* org = in.registry.find(status.org_id)) {
      letter.to = addresses(org->email);
      letter.not_sendable = non_ascii_addresses(org->email);
    }
    letter.kind = letter_kind_for(status.status);
    const std::string who = fmt::format("{} ({})", status.name, status.org_id);

    // The findings of its own files (not the registry's report).
    // Only its own part of each: a combined file holds other schools' rows and findings.
    std::vector<std::pair<const diag::FileReport*, OwnRows>> reports;
    for (const auto& path : status.files) {
      const auto found = report_of.find(path);
      if (found == report_of.end()) continue;
      const diag::FileReport& report = *found->second;
      const bool copy = letter.kind == LetterKind::to_fix && !report.findings.empty() && report.rows;
      OwnRows own;
      own.whole_file = file_is_own(report, status.org_id, in.registry);
      // The file is read again only where its rows are needed: for a copy; to tell
      // schools apart, once per file (owners_of), not once per organization.
      if (copy) {
        own = own_rows(report, status.org_id, in.registry, in.reader, kMaxCopiedRows);
      } else if (!own.whole_file) {
        auto cached = owners_of.find(&report);
        if (cached == owners_of.end())
          cached = owners_of.emplace(&report, line_owners(report, in.registry, in.reader)).first;
        own = own_lines(cached->second, status.org_id);
      }
      reports.emplace_back(&report, std::move(own));
    }
    std::vector<std::string> lines;
    std::vector<std::string> missing_rows;  // activities without a row: asked for now, not «next time»
    for (const auto& [report, own] : reports)
      for (const auto& d : report->findings) {
        if (!(letter.kind == LetterKind::to_fix || d.severity == diag::Severity::warning) || !own.owns_line(d.pos.line))
          continue;
        if (d.code == diag::Code::missing_activity && letter.kind == LetterKind::accepted) {
          // «… нет строк по 2 мероприятиям: 3.2, 3.3»: the numbers follow the last colon.
          const std::string& text = d.message.in(lang);
          missing_rows.push_back(text.substr(text.rfind(": ") == std::string::npos ? 0 : text.rfind(": ") + 2));
          continue;
        }
        lines.push_back(finding_line(lines.size() + 1, d, lang, paths));
      }
    letter.findings = lines.size() + missing_rows.size();
    // What the letter says, less its date: a rerun another day sends nothing already sent.
    std::uint64_t content = text::fingerprint(fmt::format("{}\x1f{}\x1f{}\x1f", status.org_id, period.label,
                                                          letter_kind_key(letter.kind)));
    std::vector<std::string> recipients = letter.to;
    std::sort(recipients.begin(), recipients.end());
    for (const auto& to : recipients) content = text::fingerprint(to + '\x1f', content);
    for (const auto& line : lines) content = text::fingerprint(line + '\x1e', content);
    for (const auto& row : missing_rows) content = text::fingerprint(row + '\x1c', content);
    for (const auto& path : status.other_period_files) content = text::fingerprint(file_name(path) + '\x1d', content);
    // Its page of the intake service, for a letter that asks for a report (a new link is a new letter).
    std::string link;
    if (in.links && letter.kind != LetterKind::accepted)
      if (const auto found = in.links->find(status.org_id); found != in.links->end()) link = found->second;
    if (!link.empty()) content = text::fingerprint(link + '\x1b', content);

    std::string body = ru ? "Здравствуйте!\n\n" : "Hello,\n\n";
    switch (letter.kind) {
      case LetterKind::accepted:
        body += ru ? fmt::format("Отчёт {} {} по дорожной карте «{}» принят. Спасибо!\n", who, "за " + period_text,
                                 in.roadmap.title)
                   : fmt::format("The report of {} for {} on the roadmap \"{}\" is accepted. Thank you!\n", who,
                                 period_text, in.roadmap.title);
        if (!missing_rows.empty())
          body += ru ? fmt::format("\nВ отчёте нет строк по {}: {}. Добавьте, пожалуйста, строки по ним и пришлите "
                                   "отчёт ещё раз{}.\n",
                                   missing_rows.size() == 1 && missing_rows[0].find(',') == std::string::npos
                                       ? "мероприятию"
                                       : "мероприятиям",
                                   fmt::join(missing_rows, ", "), by_due)
                     : fmt::format("\nThe report has no row for {}. Please add them and send the report again{}.\n",
                                   fmt::join(missing_rows, ", "), by_due);
        if (!lines.empty())
          body += ru ? "\nВ отчёте есть замечания. На этот раз он принят, но учтите их в следующий раз:\n\n"
                     : "\nThe report has some remarks. It is accepted this time; please mind them next time:\n\n";
        break;
      case LetterKind::to_fix: {
        const char* why_ru = status.status == outcome::OrgStatus::conflict
                                 ? "данные в ваших файлах противоречат друг другу"
                             : status.status == outcome::OrgStatus::unreadable ? "файл отчёта не удалось прочитать"
                                                                               : "в нём есть ошибки";
        const char* why_en = status.status == outcome::OrgStatus::conflict     ? "your files disagree with each other"
                             : status.status == outcome::OrgStatus::unreadable ? "the report's file could not be read"
                                                                               : "it has errors";
        body += ru ? fmt::format("Отчёт {} за {} по дорожной карте «{}» не принят: {}. Исправьте, пожалуйста, "
                                 "замечания ниже и пришлите отчёт ещё раз{}.\n\nЧто исправить:\n\n",
                                 who, period_text, in.roadmap.title, why_ru, by_due)
                   : fmt::format("The report of {} for {} on the roadmap \"{}\" is not accepted: {}. Please correct "
                                 "what is listed below and send the report again{}.\n\nWhat to correct:\n\n",
                                 who, period_text, in.roadmap.title, why_en, by_due);
        break;
      }
      case LetterKind::reminder:
        if (!status.other_period_files.empty()) {
          // It sent a report, for another period: say which one is needed, not «we have not received».
          std::vector<std::string> names, sent_for;
          for (const auto& path : status.other_period_files) names.push_back("«" + file_name(path) + "»");
          for (const std::size_t p : status.other_periods)
            if (p < in.roadmap.periods.size()) sent_for.push_back(roadmap::describe_period(in.roadmap.periods[p]).in(lang));
          body += ru ? fmt::format("Мы получили от {} {} {} по дорожной карте «{}», но в {} отчёт за {}, а нужен за {}. "
                                   "Пришлите, пожалуйста, отчёт за {}{}.\n",
                                   who, names.size() > 1 ? "файлы" : "файл", fmt::join(names, ", "), in.roadmap.title,
                                   names.size() > 1 ? "них" : "нём", fmt::join(sent_for, ", "), period_text, period_text,
                                   by_due)
                     : fmt::format("We received from {} the file {} on the roadmap \"{}\", but it holds the report for "
                                   "{}, and the one needed is for {}. Please send the report for {}{}.\n",
                                   who, fmt::join(names, ", "), in.roadmap.title, fmt::join(sent_for, ", "), period_text,
                                   period_text, by_due);
        } else {
          // Without a due date the letter says so, rather than name none.
          const std::string when = due ? (ru ? "," : "") + by_due
                                       : ru ? ", как только сможете: срок в дорожной карте не указан"
                                            : " as soon as you can (the roadmap sets no due date)";
          body += ru ? fmt::format("Мы не получили отчёт {} за {} по дорожной карте «{}». Пришлите его, пожалуйста{}.\n",
                                   who, period_text, in.roadmap.title, when)
                     : fmt::format("We have not received the report of {} for {} on the roadmap \"{}\". Please send it{}.\n",
                                   who, period_text, in.roadmap.title, when);
        }
        break;
    }
    for (const auto& line : lines) body += line + "\n";

    mail::Message message;
    message.from = in.from;
    for (const auto& address : letter.to) message.to.push_back({status.name, address});
    message.subject = fmt::format("{}: {}, {} — {}", letter_kind_label(letter.kind).in(lang), status.org_id,
                                  period.label, roadmap_title);
    message.date = in.as_of;

    // The annotated copies, for letters that ask to correct something.
    if (letter.kind == LetterKind::to_fix) {
      std::size_t n = 0;
      for (const auto& entry : reports) {
        // Not a structured binding: clang 14 cannot capture one in the lambda below.
        const diag::FileReport* report = entry.first;
        const OwnRows& own = entry.second;
        if (!own.readable || own.rows.empty()) continue;  // nothing of it could be read again (standard input)
        if (std::none_of(report->findings.begin(), report->findings.end(),
                         [&](const diag::Diagnostic& d) { return own.owns_line(d.pos.line); }))
          continue;  // nothing of its own to mark
        ++n;
        // «<org> <its file> — замечания (2).xlsx»: the organization's, however its file was named.
        const std::string tail = fmt::format(" — {}{}", ru ? "замечания" : "findings", n > 1 ? fmt::format(" ({})", n) : "");
        const std::string file_stem = io::portable_stem(stem(file_name(report->path)));
        const std::string shown =
            io::portable_stem(file_stem.rfind(status.org_id, 0) == 0 ? file_stem : org_stem + " " + file_stem,
                          io::kMaxStemBytes - tail.size()) + tail;
        const std::string path = dir + "/" + shown + ".xlsx";
        io::OutputFile out;
        vocab::Localized failure;
        CopyResult copied;
        if (!out.open_for_writer(path))
          failure = out.error();
        else if (copied = write_annotated_copy(out.temp_path(), *report, own, lang, in.as_of);
                 copied.write.ok() && !out.commit())
          failure = out.error();
        else
          failure = copied.write.reason;
        auto bytes = failure.empty() ? io::read_file(path) : std::nullopt;
        if (failure.empty() && !bytes) failure = kNotReadBack;
        if (!failure.empty()) {
          letter.failure = io::WriteResult::failed(path, failure);
          break;
        }
        letter.copies.push_back(path);
        content = text::fingerprint(fmt::format("{:016x}", copied.content), content);
        message.attachments.push_back(
            {shown + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(*bytes)});
      }
      if (!message.attachments.empty())
        body += ru ? "\nК письму приложена копия вашего файла: ячейки с ошибками выделены красным, в примечании к ячейке "
                     "сказано, что не так; строки с предупреждениями — жёлтым; на первом листе «Замечания» — весь список.\n"
                   : "\nA copy of your file is attached: cells with errors are red, with a note saying what is wrong; rows "
                     "with warnings are yellow; the first sheet, \"Findings\", lists them all.\n";
    }
    // A reminder brings the school its template, as roadmap-template makes it: nothing to look for.
    if (letter.kind == LetterKind::reminder && letter.failure.ok()) {
      const auto rows = templates::template_rows(in.roadmap, status.org_id, in.period, lang);
      if (!rows.empty()) {
        const std::string tail = io::portable_stem((ru ? " — шаблон отчёта " : " — report template ") + period.label);
        const std::string shown = io::portable_stem(org_stem, io::kMaxStemBytes - tail.size()) + tail;
        const std::string path = dir + "/" + shown + ".xlsx";
        io::OutputFile out;
        vocab::Localized failure;
        if (!out.open_for_writer(path))
          failure = out.error();
        else if (failure = templates::write_xlsx_template(
                               out.temp_path(),
                               {in.roadmap, period, status.org_id, status.name, rows, in.as_of, due, centre_email}, lang)
                               .reason;
                 failure.empty() && !out.commit())
          failure = out.error();
        auto bytes = failure.empty() ? io::read_file(path) : std::nullopt;
        if (failure.empty() && !bytes) failure = kNotReadBack;
        if (!failure.empty()) {
          letter.failure = io::WriteResult::failed(path, failure);
        } else {
          letter.template_file = path;
          message.attachments.push_back(
              {shown + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(*bytes)});
          body += ru ? "\nК письму приложен шаблон отчёта вашей организации: заполните столбцы «Статус», «Значение» и "
                       "«Дата выполнения» и пришлите его в ответ на это письмо.\n"
                     : "\nYour organization's report template is attached: fill in Status, Value and Completed on, and send "
                       "it back in reply to this letter.\n";
        }
      }
    }
    if (!link.empty())
      body += ru ? fmt::format("\nПроверить отчёт и отправить его можно на странице вашей организации: {}\n"
                               "Там же сразу видно, что исправить. Ссылка личная — не пересылайте её.\n",
                               link)
                 : fmt::format("\nYou can check and send the report on your organization's page: {}\n"
                               "It shows at once what to correct. The link is personal: do not forward it.\n",
                               link);
    if (!signature.empty()) body += ru ? "\nС уважением,\n" + signature + "\n" : "\nKind regards,\n" + signature + "\n";
    message.text = body;

    letter.eml = dir + "/" + org_stem + ".eml";
    letter.content_key = fmt::format("{:016x}", content);
    if (letter.failure.ok()) {
      // One organization's failure is its own: the others' letters are still written.
      const std::string bytes = mail::to_rfc5322(message);
      letter.message_fingerprint = text::fingerprint(bytes);
      letter.failure = commit_text(letter.eml, bytes);
    }
    result.letters.push_back(std::move(letter));
  }
  return result;
}

}  // namespace rmt::feedback
