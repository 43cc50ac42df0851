#include "template/template_rows.h"

#include "roadmap/deadline.h"
#include "roadmap/reporting.h"
#include "text/number.h"

namespace rmt::templates {

std::vector<TemplateRow> template_rows(const roadmap::Roadmap& roadmap, std::string_view org_id, std::size_t period,
                                       vocab::Lang lang) {
  std::vector<TemplateRow> rows;
  for (const auto& section : roadmap.sections) {
    for (const auto& activity : section.activities) {
      if (!roadmap::reports_on(roadmap, activity, org_id)) continue;
      TemplateRow row;
      row.activity = &activity;
      row.title = roadmap::title_with_steps(activity);
      if (activity.indicator && period < activity.indicator->targets.size())
        if (const auto target = activity.indicator->targets[period]) {
          row.target = text::format_decimal(*target);
          if (!activity.indicator->unit.empty()) row.target += " " + activity.indicator->unit;
        }
      // The date the school works to, not only the phrase (SPEC.md §3: the period's own due dates).
      if (activity.deadline) row.deadline = roadmap::describe(*activity.deadline, lang);
      std::string dates;
      for (const auto& date : roadmap.due_in(activity, period))
        dates += (dates.empty() ? "" : ", ") + calendar::to_dotted(date);
      if (!dates.empty())
        row.deadline += (row.deadline.empty() ? "" : " — ") + std::string(vocab::tr(lang, "до ", "by ")) + dates;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

std::string_view column_header(submission::Column column, vocab::Lang lang) {
  const auto& spec = submission::submission_columns()[column];
  return lang == vocab::Lang::ru ? spec.russian : spec.key;
}

std::array<std::string_view, kFilledColumns> filled_cells(const TemplateRow& row, std::string_view org_id,
                                                          std::string_view period) {
  return {org_id, period, row.activity->id, row.title, row.target, row.deadline};
}


}  // namespace rmt::templates
