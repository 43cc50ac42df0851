// What a school says about an activity: done, partial, not done, or not
// applicable. Accepted in English or Russian, in any letter case.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "vocab/lang.h"
#include "vocab/status_words.h"

namespace rmt::submission {

enum class Status : std::uint8_t { done, partial, not_done, not_applicable };  // vocab::kActivityStatusWords's order

/// "done", "partial", "not-done", "n/a": the canonical words of merged output.
std::string_view status_name(Status status);
/// The Russian word templates offer: «выполнено», «частично», «не выполнено», «не применимо».
std::string_view status_russian(Status status);
/// The word people read in --lang (workbooks, documents): «выполнено» / "done", … «не применимо» / "n/a".
vocab::Localized status_label(Status status);
/// Parses either language, any case, surrounding spaces ignored; "ё" = "е".
std::optional<Status> parse_status(std::string_view text);

}  // namespace rmt::submission
