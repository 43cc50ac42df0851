#include "diag/codes.h"

#include <array>
#include <cassert>

namespace rmt::diag {
namespace {

using enum Severity;

constexpr std::array kCodes{
    CodeInfo{Code::unreadable_file, "unreadable-file", error, "the file cannot be opened or read"},
    CodeInfo{Code::encoding, "encoding", error, "bytes that are neither UTF-8 nor Windows-1251 text"},
    CodeInfo{Code::malformed_csv, "malformed-csv", error, "the CSV structure is broken (e.g. an unterminated quote)"},
    CodeInfo{Code::missing_column, "missing-column", error, "a required column is absent from the header"},
    CodeInfo{Code::duplicate_column, "duplicate-column", error, "two header cells name the same column"},
    CodeInfo{Code::unknown_column, "unknown-column", warning, "a header cell names no known column; it is ignored"},
    CodeInfo{Code::ragged_row, "ragged-row", error, "a row has more cells than the header"},
    CodeInfo{Code::blank_row, "blank-row", warning, "a row has only empty cells between data rows"},
    CodeInfo{Code::unknown_org, "unknown-org", error, "the organization is not in the registry"},
    CodeInfo{Code::unknown_activity, "unknown-activity", error, "no activity of the roadmap has this id or number"},
    CodeInfo{Code::bad_period, "bad-period", error, "the period is not one of the roadmap's periods"},
    CodeInfo{Code::bad_status, "bad-status", error, "the status is not one of the allowed words"},
    CodeInfo{Code::bad_value, "bad-value", error, "the value is not a number >= 0"},
    CodeInfo{Code::missing_value, "missing-value", error, "a required value is empty (a sum indicator needs one for done or partial)"},
    CodeInfo{Code::bad_date, "bad-date", error, "the date is not a real dd.mm.yyyy or yyyy-mm-dd date"},
    CodeInfo{Code::date_out_of_period, "date-out-of-period", warning, "the completion date lies outside the period"},
    CodeInfo{Code::duplicate_row, "duplicate-row", error, "the same organization, period and activity twice in one file"},
    CodeInfo{Code::not_reporter, "not-reporter", error, "the organization does not report on that activity"},
    CodeInfo{Code::missing_activity, "missing-activity", warning, "an activity the organization must report is absent"},
    CodeInfo{Code::formula_like, "formula-like", warning, "a cell starts like a spreadsheet formula"},
    CodeInfo{Code::conflict, "conflict", error, "two files disagree on the same organization, period and activity"},
    CodeInfo{Code::missing_submission, "missing-submission", warning, "a registry organization sent nothing for the period"},
    CodeInfo{Code::lookalike_org, "lookalike-org", warning, "an org_id matched the registry only once look-alike Latin and Cyrillic letters were identified"},
    CodeInfo{Code::unused_value, "unused-value", warning, "a value is given for an activity without a numeric indicator: it is not counted"},
    CodeInfo{Code::yaml_syntax, "yaml-syntax", error, "the roadmap is not well-formed YAML (or not UTF-8 text)"},
    CodeInfo{Code::roadmap_schema, "roadmap-schema", error, "the roadmap YAML does not follow format roadmap/1"},
    CodeInfo{Code::duplicate_id, "duplicate-id", error, "two sections, activities or parties share an id"},
    CodeInfo{Code::unknown_party, "unknown-party", error, "a responsible party or indicator.by names no party"},
    CodeInfo{Code::bad_target, "bad-target", error, "a target is not a number, or is for a period not in periods"},
    CodeInfo{Code::bad_deadline, "bad-deadline", error, "the deadline phrase cannot be turned into due dates"},
    CodeInfo{Code::no_reporter, "no-reporter", warning, "nobody reports on an activity"},
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

}  // namespace rmt::diag
