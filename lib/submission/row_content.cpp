#include "submission/row_content.h"

#include <functional>
#include <string>

#include <fmt/format.h>

#include "text/number.h"

namespace rmt::submission {

bool RowContent::same_as(const RowContent& other) const {
  return status == other.status && has_value == other.has_value && (!has_value || value == other.value) &&
         has_date == other.has_date && (!has_date || date_days == other.date_days) && evidence == other.evidence &&
         comment == other.comment;
}

std::uint64_t text_hash(std::string_view text) { return std::hash<std::string_view>{}(text); }

vocab::Localized differences(const RowContent& a, const RowContent& b) {
  vocab::Localized out;
  const auto add = [&](std::string_view ru, std::string_view en) {
    if (!out.en.empty()) {
      out.ru += "; ";
      out.en += "; ";
    }
    out.ru += ru;
    out.en += en;
  };
  if (a.status != b.status) {
    add(fmt::format("статус: {} ≠ {}", status_russian(a.status), status_russian(b.status)),
        fmt::format("status: {} ≠ {}", status_name(a.status), status_name(b.status)));
  }
  if (a.has_value != b.has_value || (a.has_value && a.value != b.value)) {
    const auto shown = [](const RowContent& r) { return r.has_value ? text::format_decimal(r.value) : "—"; };
    add(fmt::format("значение: {} ≠ {}", shown(a), shown(b)), fmt::format("value: {} ≠ {}", shown(a), shown(b)));
  }
  if (a.has_date != b.has_date || (a.has_date && a.date_days != b.date_days)) {
    const auto shown = [](const RowContent& r) {
      return r.has_date ? calendar::to_dotted(calendar::from_days(r.date_days)) : std::string("—");
    };
    add(fmt::format("дата выполнения: {} ≠ {}", shown(a), shown(b)),
        fmt::format("completed on: {} ≠ {}", shown(a), shown(b)));
  }
  if (a.evidence != b.evidence) add("подтверждение", "evidence");
  if (a.comment != b.comment) add("комментарий", "comment");
  return out;
}

}  // namespace rmt::submission
