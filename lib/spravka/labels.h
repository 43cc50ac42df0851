// The report's words that are not the workbook's, and how it prints numbers.
// Column headings and status words are shared with the workbook
// (render/labels.h, aggregate::progress_label, outcome::org_status_label).
#pragma once

#include <cmath>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "vocab/lang.h"
#include "render/labels.h"
#include "text/number.h"

namespace rmt::spravka {

namespace labels {
using namespace render::labels;
using vocab::Localized;

inline const Localized kTitle{"Аналитическая справка", "Analytic report"};
inline const Localized kTo{"Кому: ", "To: "};
inline const Localized kFrom{"От: ", "From: "};
inline const Localized kRoadmap{"Дорожная карта: ", "Roadmap: "};
inline const Localized kApproved{"Утверждена: ", "Approved by: "};
inline const Localized kPeriod{"Отчётный период: ", "Period: "};
inline const Localized kAsOf{"Данные на: ", "As of: "};

inline const Localized kCoverage{"1. Охват мониторинга", "1. Coverage"};
inline const Localized kResults{"2. Результаты по разделам дорожной карты", "2. Results by section"};
inline const Localized kOverdue{"3. Просроченные мероприятия", "3. Overdue activities"};
inline const Localized kDynamics{"4. Динамика", "4. Dynamics"};
inline const Localized kAttention{"5. Организации, требующие внимания", "5. Organizations that need attention"};
inline const Localized kConclusions{"6. Выводы", "6. Conclusions"};

inline const Localized kTable{"Таблица", "Table"};
inline const Localized kFigure{"Рисунок", "Figure"};
inline const Localized kRow{"№ п/п", "No."};
inline const Localized kShare{"Доля", "Share"};
inline const Localized kOverdueColumn{"Просрочено", "Overdue"};
inline const Localized kDeadline{"Срок", "Deadline"};
inline const Localized kMissedDue{"Пропущенный срок", "Missed due date"};
inline const Localized kResponsible{"Ответственные", "Responsible"};
inline const Localized kReported{"Отчитались", "Reported"};
inline const Localized kChange{"Изменение факта", "Change in actual"};
inline const Localized kDone{"Выполнено", "Done"};
inline const Localized kSignature{"Руководитель", "Head"};
}  // namespace labels

/// A figure as the report prints it: the shortest exact decimal, with a
/// decimal comma in Russian; empty for none.
inline std::string number_text(std::optional<double> value, vocab::Lang lang) {
  if (!value) return "";
  std::string text = text::format_decimal(*value);
  if (lang == vocab::Lang::ru)
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

/// A fraction as a whole percentage, rounded as the workbook's «0%» cells
/// round (half away from zero): 0.585 → «59%»; empty for none.
inline std::string percent_text(std::optional<double> fraction) {
  if (!fraction) return "";
  return fmt::format("{}%", std::llround(*fraction * 100));
}

/// `part` of `whole` as percent_text() prints it; empty when `whole` is 0.
inline std::string percent_of(std::size_t part, std::size_t whole) {
  if (whole == 0) return "";
  return fmt::format("{}%", std::llround(static_cast<double>(part) * 100 / static_cast<double>(whole)));
}

}  // namespace rmt::spravka
