#include "run/closing_lines.h"

#include <fmt/format.h>

namespace rmt::run::lines {

using vocab::ru_plural;

Localized registry_checks_skipped() {
  return {"реестр организаций не указан (--orgs): проверки unknown-org и missing-submission пропущены",
          "no organization registry given (--orgs): the unknown-org and missing-submission checks are skipped"};
}

Localized rejected_submission(std::string_view file, std::string_view org_id, std::string_view period,
                              std::size_t rows, std::size_t error_rows, std::size_t kept_rows, bool keep_valid_rows) {
  // The period is empty when no row of the organization had a readable one.
  const std::string for_ru = period.empty() ? "" : fmt::format(" за {}", period);
  const std::string for_en = period.empty() ? "" : fmt::format(" for {}", period);
  if (keep_valid_rows)
    return {fmt::format("{}: в отчёте {}{} есть ошибки ({} из {} {}); строки без ошибок включены: {}", file, org_id,
                        for_ru, error_rows, rows, ru_plural(rows, "строки", "строк", "строк"), kept_rows),
            fmt::format("{}: {}'s submission{} has errors ({} of {} row{}); its {} valid row{} merged", file, org_id,
                        for_en, error_rows, rows, rows == 1 ? "" : "s", kept_rows, kept_rows == 1 ? "" : "s")};
  return {fmt::format("{}: отчёт {}{} отклонён ({} {}, с ошибками: {}); в сводный файл не вошёл", file, org_id,
                      for_ru, rows, ru_plural(rows, "строка", "строки", "строк"), error_rows),
          fmt::format("{}: {}'s submission{} rejected ({} row{}, {} with errors); not merged", file, org_id, for_en,
                      rows, rows == 1 ? "" : "s", error_rows)};
}

Localized rejected_file(std::string_view file) {
  return {fmt::format("{}: файл отклонён, в нём нет строк, которые можно принять", file),
          fmt::format("{}: file rejected, no row of it can be accepted", file)};
}

Localized merge_summary(std::size_t files, std::size_t accepted, std::size_t partly, std::size_t rejected,
                        std::size_t rows, std::size_t conflicts, std::string_view output, bool keep_valid_rows) {
  const std::string partly_ru = partly ? fmt::format(", принято частично: {}", partly) : "";
  const std::string partly_en = partly ? fmt::format(", {} partly accepted", partly) : "";
  const bool kept = keep_valid_rows && (rejected > 0 || partly > 0);
  return {fmt::format("{} {}: принято {}{}, отклонено {}{}; {} {} в сводном файле, {} {} → {}", files,
                      ru_plural(files, "файл", "файла", "файлов"), accepted, partly_ru, rejected,
                      kept ? " (их верные строки включены: --keep-valid-rows)" : "", rows,
                      ru_plural(rows, "строка", "строки", "строк"), conflicts,
                      ru_plural(conflicts, "конфликт", "конфликта", "конфликтов"), output),
          fmt::format("{} file{}: {} accepted{}, {} rejected{}; {} row{} merged, {} conflict{} → {}", files,
                      files == 1 ? "" : "s", accepted, partly_en, rejected,
                      kept ? " (their valid rows merged: --keep-valid-rows)" : "", rows, rows == 1 ? "" : "s",
                      conflicts, conflicts == 1 ? "" : "s", output)};
}

Localized workbook_written(std::string_view path, std::string_view period, const calendar::Date& as_of,
                           std::size_t rows, std::size_t submitted, std::size_t expected, std::size_t accepted) {
  return {fmt::format("Книга записана: {} (период {}, на {}; {} {} данных; отчёты представили {} из {} {}, принято {})",
                      path, period, calendar::to_dotted(as_of), rows, ru_plural(rows, "строка", "строки", "строк"),
                      submitted, expected, ru_plural(expected, "организации", "организаций", "организаций"), accepted),
          fmt::format("Workbook written: {} (period {}, as of {}; {} data row{}; {} of {} organizations submitted, {} "
                      "accepted)",
                      path, period, calendar::to_iso(as_of), rows, rows == 1 ? "" : "s", submitted, expected, accepted)};
}

Localized letters_written(std::string_view dir, std::size_t letters, std::size_t accepted, std::size_t to_fix,
                          std::size_t reminders, std::size_t copies) {
  return {fmt::format("Письма записаны в {}: {} {} (отчёт принят — {}, нужно исправить — {}, напоминаний — {}); "
                      "копий с замечаниями — {}",
                      dir, letters, ru_plural(letters, "письмо", "письма", "писем"), accepted, to_fix, reminders, copies),
          fmt::format("Letters written to {}: {} (report accepted: {}, to correct: {}, reminders: {}); annotated copies: {}",
                      dir, letters, accepted, to_fix, reminders, copies)};
}

Localized letters_without_address(std::size_t count, std::string_view ids) {
  return {fmt::format("нет адреса эл. почты в реестре у {} {}: {} — {}", count,
                      ru_plural(count, "организации", "организаций", "организаций"), ids,
                      count == 1 ? "её письмо записано, но не отправлено" : "их письма записаны, но не отправлены"),
          fmt::format("no e-mail address in the registry for {} organization{}: {}; {} written, not sent", count,
                      count == 1 ? "" : "s", ids, count == 1 ? "its letter is" : "their letters are")};
}

Localized letter_sent(std::string_view org_id, std::string_view to) {
  return {fmt::format("{}: отправлено ({})", org_id, to), fmt::format("{}: sent ({})", org_id, to)};
}

Localized letter_already_sent(std::string_view org_id) {
  return {fmt::format("{}: это письмо уже отправлено ранее — повторно не отправляется", org_id),
          fmt::format("{}: this letter was sent before; not sent again", org_id)};
}

Localized letter_not_sent(std::string_view org_id, std::string_view reason) {
  return {fmt::format("{}: не отправлено: {}", org_id, reason), fmt::format("{}: not sent: {}", org_id, reason)};
}

Localized letters_sent(std::size_t sent, std::size_t failed, std::size_t already, std::size_t without_address,
                       std::size_t unknown, std::size_t not_sent) {
  return {fmt::format("отправлено {}, не принято сервером {}, уже отправлены ранее {}, без адреса {}, состояние "
                      "неизвестно {}, не отправлено {}",
                      sent, failed, already, without_address, unknown, not_sent),
          fmt::format("{} sent, {} refused by the server, {} sent before, {} without an address, {} of unknown state, {} "
                      "not sent",
                      sent, failed, already, without_address, unknown, not_sent)};
}

Localized address_needs_smtputf8(std::string_view org_id, std::string_view addresses) {
  return {fmt::format("{}: на адрес {} письмо не отправляется: в нём не латинские буквы, а их принимает не каждый "
                      "сервер (SMTPUTF8); укажите в реестре адрес латиницей",
                      org_id, addresses),
          fmt::format("{}: no letter goes to {}: it has non-Latin letters, which not every server takes (SMTPUTF8); give "
                      "an address in Latin letters in the registry",
                      org_id, addresses)};
}

Localized letter_unknown(std::string_view org_id, const Localized& reason) {
  return {fmt::format("{}: состояние неизвестно: {}", org_id, reason.ru),
          fmt::format("{}: state unknown: {}", org_id, reason.en)};
}

Localized sending_stopped(const Localized& reason, std::size_t left) {
  return {fmt::format("отправка остановлена: {}; не отправлено писем: {} (они записаны и уйдут при следующем запуске)",
                      reason.ru, left),
          fmt::format("sending stopped: {}; letters not sent: {} (they are written and go with the next run)", reason.en,
                      left)};
}

Localized letter_not_written(std::string_view org_id, std::string_view path, const Localized& reason) {
  return {fmt::format("{}: письмо не записано: {}: {}", org_id, path, reason.ru),
          fmt::format("{}: the letter was not written: {}: {}", org_id, path, reason.en)};
}

Localized report_written(std::string_view path, std::string_view period, const calendar::Date& as_of,
                         std::size_t tables, std::size_t pictures, std::size_t submitted, std::size_t expected,
                         std::size_t accepted) {
  return {fmt::format("Справка записана: {} (период {}, на {}; {} {}, {} {}; отчёты представили {} из {} {}, принято {})",
                      path, period, calendar::to_dotted(as_of), tables, ru_plural(tables, "таблица", "таблицы", "таблиц"),
                      pictures, ru_plural(pictures, "рисунок", "рисунка", "рисунков"), submitted, expected,
                      ru_plural(expected, "организации", "организаций", "организаций"), accepted),
          fmt::format("Report written: {} (period {}, as of {}; {} table{}, {} figure{}; {} of {} organizations submitted, "
                      "{} accepted)",
                      path, period, calendar::to_iso(as_of), tables, tables == 1 ? "" : "s", pictures,
                      pictures == 1 ? "" : "s", submitted, expected, accepted)};
}

Localized sheet_skipped(const Localized& sheet, const Localized& reason) {
  return {fmt::format("лист «{}» не создан: {}", sheet.ru, reason.ru),
          fmt::format("no sheet \"{}\": {}", sheet.en, reason.en)};
}

Localized templates_written(std::size_t files, std::string_view dir, std::string_view period, const Localized& kind) {
  return {fmt::format("Шаблоны записаны: {} {} в {} (период {}; {})", files, ru_plural(files, "файл", "файла", "файлов"),
                      dir, period, kind.ru),
          fmt::format("Templates written: {} file{} in {} (period {}; {})", files, files == 1 ? "" : "s", dir, period,
                      kind.en)};
}

Localized templates_not_needed(std::size_t count, std::string_view ids) {
  return {fmt::format("{} {} не {} ни по одному мероприятию, шаблон не нужен: {}", count,
                      ru_plural(count, "организация", "организации", "организаций"),
                      ru_plural(count, "отчитывается", "отчитываются", "отчитываются"), ids),
          fmt::format("{} organization{} report{} on no activity and get{} no template: {}", count, count == 1 ? "" : "s",
                      count == 1 ? "s" : "", count == 1 ? "s" : "", ids)};
}

Localized unrepresentable_characters(std::size_t count) {
  return {fmt::format("{} {} нет в кодировке Windows-1251, они записаны как «?»; для точного текста используйте --encoding utf-8",
                      count, ru_plural(count, "символа", "символов", "символов")),
          fmt::format("{} character{} not in Windows-1251 {} written as '?'; use --encoding utf-8 for the exact text",
                      count, count == 1 ? "" : "s", count == 1 ? "was" : "were")};
}

Localized draft_written(std::string_view path, std::size_t sections, std::size_t activities, std::size_t parties,
                        std::size_t checks) {
  return {fmt::format("черновик записан в {}: разделов {}, мероприятий {}, исполнителей {}; мест «ПРОВЕРЬТЕ» — {}: "
                      "прочитайте их, затем roadmap-validate -r {}",
                      path, sections, activities, parties, checks, path),
          fmt::format("draft written to {}: {} sections, {} activities, {} parties; {} «CHECK» comments: read them, "
                      "then roadmap-validate -r {}",
                      path, sections, activities, parties, checks, path)};
}

Localized draft_invalid(std::string_view path, std::size_t errors) {
  return {fmt::format("черновик {} не проходит проверку (ошибок: {}) и не записан: это ошибка roadmap-import, "
                      "сообщите о ней",
                      path, errors),
          fmt::format("the draft {} does not validate ({} errors) and was not written: this is a bug in roadmap-import, "
                      "please report it",
                      path, errors)};
}

Localized templates_kept_foreign(std::size_t count, std::string_view ids) {
  return {fmt::format("шаблоны не записаны для {} {}: в папке под их именем лежит файл, который не является прежним "
                      "шаблоном (он сохранён как есть): {}",
                      count, ru_plural(count, "организации", "организаций", "организаций"), ids),
          fmt::format("templates not written for {} organization{}: the folder holds a file of that name that is not "
                      "an earlier template (it is kept as it is): {}",
                      count, count == 1 ? "" : "s", ids)};
}

}  // namespace rmt::run::lines
