#include "roadmap/roadmap.h"

#include <algorithm>

namespace rmt::roadmap {

std::string_view measure_name(Measure measure) {
  switch (measure) {
    case Measure::orgs_done: return "orgs-done";
    case Measure::sum: return "sum";
    case Measure::share_done: return "share-done";
    case Measure::done: return "done";
  }
  return "";
}

std::optional<Measure> parse_measure(std::string_view name) {
  for (const Measure m : {Measure::orgs_done, Measure::sum, Measure::share_done, Measure::done})
    if (measure_name(m) == name) return m;
  return std::nullopt;
}

std::string activity_label(const Activity& activity) {
  if (activity.number.empty()) return activity.id;
  std::string_view number = activity.number, id = activity.id;
  while (!number.empty() && number.back() == '.') number.remove_suffix(1);
  while (!id.empty() && id.back() == '.') id.remove_suffix(1);
  if (number == id) return activity.number;
  return activity.number + " (" + activity.id + ")";
}

std::string title_with_steps(const Activity& activity) {
  if (activity.steps.empty()) return activity.title;
  std::string out = activity.title;
  while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
  out += ":";
  for (std::size_t i = 0; i < activity.steps.size(); ++i) out += (i ? "; " : " ") + activity.steps[i];
  return out;
}

vocab::Localized indicator_label(const Activity& activity) {
  if (!activity.indicator) return {};
  if (!activity.indicator->unit.empty()) return {activity.indicator->unit, activity.indicator->unit};
  switch (activity.indicator->measure) {
    case Measure::orgs_done: return {"организаций, выполнивших", "organizations done"};
    case Measure::sum: return {"сумма", "sum"};
    case Measure::share_done: return {"% организаций", "% of organizations"};
    case Measure::done: return {"выполнено (1/0)", "done (1/0)"};
  }
  return {};
}

std::string approval_text(const Approval& approval, vocab::Lang lang) {
  std::string text = approval.document;
  if (!approval.number.empty()) text += " № " + approval.number;
  if (approval.date) text += std::string(vocab::tr(lang, " от ", " of ")) + calendar::to_dotted(*approval.date);
  return text;
}

std::string Roadmap::responsible_names(const Activity& activity) const {
  std::string names;
  for (const auto& id : activity.responsible)
    if (const auto* party = find_party(id)) {
      if (!names.empty()) names += "; ";
      names += party->name;
    }
  return names;
}

const Party* Roadmap::find_party(std::string_view party_id) const {
  for (const auto& party : parties)
    if (party.id == party_id) return &party;
  return nullptr;
}

std::optional<std::size_t> Roadmap::period_index(std::string_view label) const {
  for (std::size_t i = 0; i < periods.size(); ++i)
    if (periods[i].label == label) return i;
  return std::nullopt;
}

std::size_t Roadmap::activity_count() const {
  std::size_t count = 0;
  for (const auto& section : sections) count += section.activities.size();
  return count;
}

std::optional<std::size_t> Roadmap::find_period(std::string_view text) const {
  const auto parsed = parse_period_text(text);
  return parsed ? period_index(parsed->label) : std::nullopt;
}

std::string Roadmap::period_list() const {
  std::string out;
  for (const auto& period : periods) {
    if (!out.empty()) out += ", ";
    out += period.label;
  }
  return out;
}

std::optional<calendar::Date> Roadmap::reports_due(std::size_t period) const {
  if (!submissions_due || period >= periods.size()) return std::nullopt;
  const auto dates = due_dates(*submissions_due, periods[period], last_day());
  if (dates.empty()) return std::nullopt;
  return dates.front();
}

calendar::Date Roadmap::last_day() const {
  return periods.empty() ? calendar::Date{} : periods.back().last_day();
}

std::vector<calendar::Date> Roadmap::due_in(const Activity& activity, std::size_t period) const {
  std::vector<calendar::Date> dates;
  if (period >= periods.size()) return dates;
  if (activity.deadline) dates = due_dates(*activity.deadline, periods[period], last_day());
  // «2026 г. – 60» is judged on 31.12.2026, whatever the deadline phrase says.
  if (activity.indicator && period < activity.indicator->targets.size() && activity.indicator->targets[period] &&
      std::find(dates.begin(), dates.end(), periods[period].last_day()) == dates.end())
    dates.push_back(periods[period].last_day());
  std::sort(dates.begin(), dates.end());
  return dates;
}

}  // namespace rmt::roadmap
