#include "diag/codes.h"

#include <array>
#include <cassert>

namespace rmt::diag {
namespace {

using enum Severity;

constexpr std::array kCodes{
    CodeInfo{Code::unreadable_file, "unreadable-file", error, "the file cannot be opened or read", "файл не открывается или не читается"},
    CodeInfo{Code::encoding, "encoding", error, "bytes that are neither UTF-8 nor Windows-1251 text", "байты не похожи ни на UTF-8, ни на Windows-1251"},
    CodeInfo{Code::malformed_csv, "malformed-csv", error, "the CSV structure is broken (e.g. an unterminated quote)", "нарушена структура CSV (например, незакрытая кавычка)"},
    CodeInfo{Code::missing_column, "missing-column", error, "a required column is absent from the header", "в заголовке нет обязательного столбца"},
    CodeInfo{Code::duplicate_column, "duplicate-column", error, "two header cells name the same column", "два столбца заголовка называют одно и то же"},
    CodeInfo{Code::unknown_column, "unknown-column", warning, "a header cell names no known column; it is ignored", "неизвестный столбец, он не учитывается"},
    CodeInfo{Code::ragged_row, "ragged-row", error, "a row has more cells than the header", "в строке больше ячеек, чем в заголовке"},
    CodeInfo{Code::blank_row, "blank-row", warning, "a row has only empty cells between data rows", "пустая строка между строками данных"},
    CodeInfo{Code::unknown_org, "unknown-org", error, "the organization is not in the registry", "организации нет в реестре"},
    CodeInfo{Code::unknown_activity, "unknown-activity", error, "no activity of the roadmap has this id or number", "в дорожной карте нет такого мероприятия"},
    CodeInfo{Code::bad_period, "bad-period", error, "the period is not one of the roadmap's periods", "период не из дорожной карты"},
    CodeInfo{Code::bad_status, "bad-status", error, "the status is not one of the allowed words", "статус не из допустимых слов"},
    CodeInfo{Code::bad_value, "bad-value", error, "the value is not a number >= 0", "значение — не число от нуля и больше"},
    CodeInfo{Code::missing_value, "missing-value", error, "a required value is empty (a sum indicator needs one for done or partial)", "пустая обязательная ячейка"},
    CodeInfo{Code::bad_date, "bad-date", error, "the date is not a real dd.mm.yyyy or yyyy-mm-dd date", "дата записана неверно или такой даты нет"},
    CodeInfo{Code::date_out_of_period, "date-out-of-period", warning, "the completion date lies outside the period", "дата выполнения вне периода"},
    CodeInfo{Code::duplicate_row, "duplicate-row", error, "the same organization, period and activity twice in one file", "одна и та же строка в файле дважды"},
    CodeInfo{Code::not_reporter, "not-reporter", error, "the organization does not report on that activity", "организация не отчитывается по этому мероприятию"},
    CodeInfo{Code::missing_activity, "missing-activity", warning, "an activity the organization must report is absent", "нет строки по мероприятию, по которому организация отчитывается"},
    CodeInfo{Code::formula_like, "formula-like", warning, "a cell starts like a spreadsheet formula", "ячейка начинается как формула"},
    CodeInfo{Code::conflict, "conflict", error, "two files disagree on the same organization, period and activity", "два файла расходятся в одной строке"},
    CodeInfo{Code::missing_submission, "missing-submission", warning, "a registry organization sent nothing for the period", "организация не представила отчёт"},
    CodeInfo{Code::lookalike_org, "lookalike-org", warning, "an org_id matched the registry only once look-alike Latin and Cyrillic letters were identified", "код совпал с реестром только после замены похожих латинских и русских букв"},
    CodeInfo{Code::unused_value, "unused-value", warning, "a value is given for an activity without a numeric indicator: it is not counted", "значение у мероприятия без числового показателя не учитывается"},
    CodeInfo{Code::yaml_syntax, "yaml-syntax", error, "the roadmap is not well-formed YAML (or not UTF-8 text)", "дорожная карта — не правильный YAML"},
    CodeInfo{Code::roadmap_schema, "roadmap-schema", error, "the roadmap YAML does not follow format roadmap/1", "дорожная карта не по формату roadmap/1"},
    CodeInfo{Code::duplicate_id, "duplicate-id", error, "two sections, activities or parties share an id", "повторяющийся id"},
    CodeInfo{Code::unknown_party, "unknown-party", error, "a responsible party or indicator.by names no party", "неизвестный ответственный"},
    CodeInfo{Code::bad_target, "bad-target", error, "a target is not a number, or is for a period not in periods", "плановое значение не число или не для периода дорожной карты"},
    CodeInfo{Code::bad_deadline, "bad-deadline", error, "the deadline phrase cannot be turned into due dates", "из срока не получается дата"},
    CodeInfo{Code::no_reporter, "no-reporter", warning, "nobody reports on an activity", "по мероприятию никто не отчитывается"},
};

}  // namespace

std::span<const CodeInfo> all_codes() { return kCodes; }

const CodeInfo& info(Code code) {
  const auto& entry = kCodes[static_cast<std::size_t>(code)];
  assert(entry.code == code && "kCodes must follow the order of enum Code");
  return entry;
}

std::optional<Code> code_from_name(std::string_view name) {
  for (const auto& entry : kCodes)
    if (entry.name == name) return entry.code;
  return std::nullopt;
}

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

Localized severity_label(Severity severity) {
  return severity == Severity::error ? Localized{"ошибка", "error"} : Localized{"предупреждение", "warning"};
}

Localized code_title(Code code) {
  const auto& entry = info(code);
  return {std::string(entry.title_ru), std::string(entry.meaning)};
}

}  // namespace rmt::diag
