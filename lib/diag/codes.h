// The stable finding codes of SPEC.md §6.
//
// A code names one kind of problem. Its kebab-case name is part of the product
// contract (scripts match on it): never rename or reuse one. Wording lives in
// the message catalogue (messages.h); this file only lists the codes, their
// usual severity and a one-line meaning.
#pragma once

#include <optional>
#include <span>

#include "vocab/lang.h"
#include <string_view>

namespace rmt::diag {

// The languages of what people read (vocab/lang.h), as diag writes them.
using vocab::Lang;
using vocab::Localized;
using vocab::tr;
using vocab::ru_plural;

enum class Severity { warning, error };

enum class Code {
  // submissions
  unreadable_file,
  encoding,
  malformed_csv,
  missing_column,
  duplicate_column,
  unknown_column,
  ragged_row,
  blank_row,
  unknown_org,
  unknown_activity,
  bad_period,
  bad_status,
  bad_value,
  missing_value,
  bad_date,
  date_out_of_period,
  duplicate_row,
  not_reporter,
  missing_activity,
  formula_like,
  conflict,
  missing_submission,
  lookalike_org,
  unused_value,
  // roadmap
  yaml_syntax,
  roadmap_schema,
  duplicate_id,
  unknown_party,
  bad_target,
  bad_deadline,
  no_reporter,
};

struct CodeInfo {
  Code code;
  std::string_view name;      ///< stable kebab-case name, e.g. "bad-status"
  Severity severity;          ///< the severity findings of this code usually have
  std::string_view meaning;   ///< one line, English, for docs and --help
  std::string_view title_ru;  ///< the same in Russian, for the documents a person reads
};

/// Every code, in the order of SPEC.md §6.
std::span<const CodeInfo> all_codes();

const CodeInfo& info(Code code);
inline std::string_view code_name(Code code) { return info(code).name; }
std::optional<Code> code_from_name(std::string_view name);

std::string_view severity_name(Severity severity);  ///< "error" | "warning"
Localized severity_label(Severity severity);        ///< «ошибка» | «предупреждение»
/// What the code means, in both languages («статус не из допустимых слов»).
Localized code_title(Code code);

}  // namespace rmt::diag
