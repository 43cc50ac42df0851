// The monitoring workbook's labels, once each, in both languages: sheet names
// and the column headings more than one sheet uses. Status words have their
// own homes (aggregate::progress_label, outcome::org_status_label,
// submission::status_label).
#pragma once

#include "vocab/lang.h"

namespace rmt::render::labels {

using vocab::Localized;

// Sheets, in workbook order.
inline const Localized kSummary{"Сводка", "Summary"};
inline const Localized kTrend{"Динамика", "Trend"};
inline const Localized kByOrg{"По организациям", "By organization"};
inline const Localized kReports{"Отчёты", "Reports"};
inline const Localized kMissing{"Не представили", "Missing"};
inline const Localized kByDistrict{"По районам", "By district"};
inline const Localized kFindings{"Замечания", "Findings"};
inline const Localized kData{"Данные", "Data"};
inline const Localized kChart{"План и факт", "Target and actual"};

// Columns.
inline const Localized kNumber{"№", "No."};
inline const Localized kActivity{"Мероприятие", "Activity"};
inline const Localized kIndicator{"Показатель", "Indicator"};
inline const Localized kTarget{"План", "Target"};
inline const Localized kActual{"Факт", "Actual"};
inline const Localized kPercent{"% плана", "% of target"};
inline const Localized kStatus{"Статус", "Status"};
inline const Localized kOrgId{"Код ОО", "Org id"};
inline const Localized kName{"Наименование", "Name"};
inline const Localized kKind{"Тип", "Kind"};
inline const Localized kDistrict{"Район", "District"};
inline const Localized kOrganizations{"Организаций", "Organizations"};
inline const Localized kSent{"Представили", "Submitted"};
inline const Localized kAccepted{"Принято", "Accepted"};

inline const Localized kNoDistrict{"(район не указан)", "(no district)"};
inline const Localized kTotal{"Итого", "Total"};

}  // namespace rmt::render::labels
