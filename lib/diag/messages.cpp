#include "diag/messages.h"

#include <fmt/format.h>

namespace rmt::diag::msg {
namespace {

Diagnostic make(Code code, SourcePos pos, Localized message, Localized hint = {}) {
  return Diagnostic{info(code).severity, code, std::move(pos), {}, {}, std::move(message), std::move(hint)};
}

// Suggestions are optional; render "did you mean" only when there is one.
Localized did_you_mean(std::string_view suggestion) {
  if (suggestion.empty()) return {};
  return {fmt::format("возможно, имелось в виду «{}»", suggestion),
          fmt::format("did you mean «{}»?", suggestion)};
}

const Localized kTextFormHint{
    "если у срока нет вычислимой даты, запишите его как {text: \"…\"}",
    "if the deadline has no computable date, write it as {text: \"…\"}"};

}  // namespace

Diagnostic unreadable_file(SourcePos pos, std::string_view reason) {
  return make(Code::unreadable_file, std::move(pos),
              {fmt::format("файл не удаётся прочитать: {}", reason),
               fmt::format("cannot read the file: {}", reason)},
              {"проверьте путь и права доступа", "check the path and the permissions"});
}

Diagnostic file_too_large(SourcePos pos, std::uint64_t size_bytes, std::uint64_t limit_bytes) {
  const double mib = 1024.0 * 1024.0;
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("файл слишком велик для дорожной карты: {:.1f} МБ (предел {:.0f} МБ)",
                           size_bytes / mib, limit_bytes / mib),
               fmt::format("the file is too large for a roadmap: {:.1f} MiB (limit {:.0f} MiB)",
                           size_bytes / mib, limit_bytes / mib)},
              {"проверьте, что указан файл дорожной карты", "check that the roadmap file was given"});
}

Diagnostic yaml_parse_error(SourcePos pos, std::string_view detail) {
  return make(Code::yaml_syntax, std::move(pos),
              {fmt::format("ошибка синтаксиса YAML: {}", detail),
               fmt::format("YAML syntax error: {}", detail)},
              {"проверьте отступы (только пробелы, без табуляции), кавычки и двоеточия",
               "check indentation (spaces only, no tabs), quotes and colons"});
}

Diagnostic yaml_too_deep(SourcePos pos, int limit) {
  return make(Code::yaml_syntax, std::move(pos),
              {fmt::format("вложенность YAML глубже {} уровней", limit),
               fmt::format("YAML nesting is deeper than {} levels", limit)});
}

Diagnostic yaml_not_utf8(SourcePos pos) {
  return make(Code::yaml_syntax, std::move(pos),
              {"файл не в кодировке UTF-8 (возможно, сохранён в Windows-1251)",
               "the file is not UTF-8 text (perhaps saved as Windows-1251)"},
              {"сохраните файл в кодировке UTF-8", "save the file as UTF-8"});
}

Diagnostic yaml_nul_byte(SourcePos pos) {
  return make(Code::yaml_syntax, std::move(pos),
              {"в файле нулевой байт: это не текстовый файл", "the file contains a NUL byte: it is not text"});
}

Diagnostic empty_roadmap(SourcePos pos) {
  return make(Code::roadmap_schema, std::move(pos),
              {"файл пуст: нет ни одного ключа дорожной карты", "the file is empty: no roadmap keys"},
              {"начните с «format: roadmap/1»", "start with «format: roadmap/1»"});
}

Diagnostic wrong_node_type(SourcePos pos, std::string_view key, std::string_view expected) {
  const std::string_view ru = expected == "mapping"    ? "словарь (ключ: значение)"
                              : expected == "sequence" ? "список"
                                                       : "одно значение";
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: ожидается {}", key, ru), fmt::format("«{}»: expected a {}", key, expected)});
}

Diagnostic missing_key(SourcePos pos, std::string_view key, std::string_view parent) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("в «{}» нет обязательного ключа «{}»", parent, key),
               fmt::format("«{}» lacks the required key «{}»", parent, key)});
}

Diagnostic unknown_key(SourcePos pos, std::string_view key, std::string_view suggestion) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("неизвестный ключ «{}»", key), fmt::format("unknown key «{}»", key)},
              did_you_mean(suggestion));
}

Diagnostic duplicate_key(SourcePos pos, std::string_view key, std::uint32_t first_line) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("ключ «{}» повторяется (впервые в строке {})", key, first_line),
               fmt::format("key «{}» is repeated (first at line {})", key, first_line)});
}

Diagnostic empty_value(SourcePos pos, std::string_view key) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}» не может быть пустым", key), fmt::format("«{}» must not be empty", key)});
}

Diagnostic bad_format(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("формат «{}» не поддерживается; ожидается roadmap/1", value),
               fmt::format("format «{}» is not supported; expected roadmap/1", value)});
}

Diagnostic bad_period_label(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}» — не период; ожидается год (2026) или квартал (2022-Q3)", value),
               fmt::format("«{}» is not a period; expected a year (2026) or a quarter (2022-Q3)", value)});
}

Diagnostic mixed_periods(SourcePos pos) {
  return make(Code::roadmap_schema, std::move(pos),
              {"периоды должны быть либо все годами, либо все кварталами",
               "periods must be all years or all quarters"});
}

Diagnostic duplicate_period(SourcePos pos, std::string_view label) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("период {} указан дважды", label), fmt::format("period {} is listed twice", label)});
}

Diagnostic bad_yaml_date(SourcePos pos, std::string_view key, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: «{}» — не дата; ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ", key, value),
               fmt::format("«{}»: «{}» is not a date; expected YYYY-MM-DD or DD.MM.YYYY", key, value)});
}

Diagnostic bad_boolean(SourcePos pos, std::string_view key, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("«{}»: «{}» — ожидается true или false", key, value),
               fmt::format("«{}»: «{}» — expected true or false", key, value)});
}

Diagnostic unknown_measure(SourcePos pos, std::string_view value) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("неизвестный способ подсчёта «{}»", value),
               fmt::format("unknown measure «{}»", value)},
              {"допустимо: orgs-done, sum, share-done, done", "allowed: orgs-done, sum, share-done, done"});
}

Diagnostic done_without_decider(SourcePos pos, std::string_view activity_id) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: показатель done, но ни у одного ответственного нет org_id, "
                           "чей отчёт решает о выполнении",
                           activity_id),
               fmt::format("activity {}: measure done, but no responsible party has an org_id "
                           "whose report decides it",
                           activity_id)},
              {"укажите indicator.by: <org_id>", "set indicator.by: <org_id>"});
}

Diagnostic done_ambiguous(SourcePos pos, std::string_view activity_id, std::string_view org_ids) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: неясно, чей отчёт решает о выполнении ({})", activity_id, org_ids),
               fmt::format("activity {}: it is ambiguous whose report decides it ({})", activity_id, org_ids)},
              {"укажите indicator.by: <org_id>", "set indicator.by: <org_id>"});
}

Diagnostic by_without_done(SourcePos pos, std::string_view activity_id) {
  return make(Code::roadmap_schema, std::move(pos),
              {fmt::format("мероприятие {}: indicator.by имеет смысл только для measure: done", activity_id),
               fmt::format("activity {}: indicator.by applies only to measure: done", activity_id)});
}

Diagnostic duplicate_id(SourcePos pos, std::string_view kind, std::string_view id, std::uint32_t first_line) {
  const std::string_view ru = kind == "section" ? "раздел" : kind == "party" ? "участник" : "мероприятие";
  return make(Code::duplicate_id, std::move(pos),
              {fmt::format("{} с id «{}» уже есть в строке {}", ru, id, first_line),
               fmt::format("{} id «{}» is already used at line {}", kind, id, first_line)},
              {"номер из документа можно повторить в «number», а id должен быть уникальным",
               "the document's number may repeat in «number», but the id must be unique"});
}

Diagnostic unknown_party(SourcePos pos, std::string_view id, std::string_view suggestion) {
  Localized hint = did_you_mean(suggestion);
  if (hint.empty())
    hint = {"добавьте участника в раздел parties", "add the party to the parties list"};
  return make(Code::unknown_party, std::move(pos),
              {fmt::format("неизвестный участник «{}»", id), fmt::format("unknown party «{}»", id)},
              std::move(hint));
}

Diagnostic unknown_decider(SourcePos pos, std::string_view by, std::string_view suggestion) {
  Localized hint = did_you_mean(suggestion);
  if (hint.empty())
    hint = {"укажите org_id одного из участников", "name the org_id of one of the parties"};
  return make(Code::unknown_party, std::move(pos),
              {fmt::format("indicator.by: «{}» не является org_id ни одного участника", by),
               fmt::format("indicator.by: «{}» is not the org_id of any party", by)},
              std::move(hint));
}

Diagnostic target_not_number(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение «{}» — не число", value),
               fmt::format("target «{}» is not a number", value)});
}

Diagnostic target_negative(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение {} отрицательно", value), fmt::format("target {} is negative", value)});
}

Diagnostic target_unknown_period(SourcePos pos, std::string_view period, std::string_view periods) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("плановое значение на период {}, которого нет в periods ({})", period, periods),
               fmt::format("target for period {}, which is not in periods ({})", period, periods)});
}

Diagnostic target_done_not_one(SourcePos pos, std::string_view value) {
  return make(Code::bad_target, std::move(pos),
              {fmt::format("для measure: done плановое значение может быть только 1, а не {}", value),
               fmt::format("a done indicator's target can only be 1, not {}", value)});
}

Diagnostic bad_deadline(SourcePos pos, std::string_view phrase, const Localized& reason) {
  return make(Code::bad_deadline, std::move(pos),
              {fmt::format("срок «{}» не распознан: {}", phrase, reason.ru),
               fmt::format("deadline «{}» is not understood: {}", phrase, reason.en)},
              kTextFormHint);
}

Diagnostic no_reporter(SourcePos pos, std::string_view activity_id) {
  return make(Code::no_reporter, std::move(pos),
              {fmt::format("о мероприятии {} никто не отчитывается: у ответственных нет org_id "
                           "и нет each_organization",
                           activity_id),
               fmt::format("nobody reports on activity {}: no responsible party has an org_id "
                           "or each_organization",
                           activity_id)});
}

}  // namespace rmt::diag::msg
