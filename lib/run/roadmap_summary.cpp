#include "run/roadmap_summary.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include "calendar/date.h"
#include "json/writer.h"
#include "text/utf8.h"

namespace rmt::run {
namespace {

using vocab::Lang;
using vocab::tr;
using roadmap::Activity;
using roadmap::Roadmap;

std::size_t indicator_count(const Roadmap& roadmap) {
  std::size_t n = 0;
  for (const auto& section : roadmap.sections)
    for (const auto& activity : section.activities) n += activity.indicator.has_value();
  return n;
}

std::string reporters_text(const Activity& activity, Lang lang) {
  std::vector<std::string> parts;
  if (activity.reporters.every_organization)
    parts.emplace_back(tr(lang, "каждая организация реестра", "every registry organization"));
  for (const auto& org_id : activity.reporters.org_ids) parts.push_back(org_id);
  if (parts.empty()) return std::string(tr(lang, "никто", "nobody"));
  return fmt::format("{}", fmt::join(parts, " + "));
}

std::string due_text(const roadmap::Deadline& deadline, const roadmap::Period& period, const calendar::Date& roadmap_end) {
  const auto dates = roadmap::due_dates(deadline, period, roadmap_end);
  if (dates.empty()) return "—";
  std::vector<std::string> shown;
  for (const auto& date : dates) shown.push_back(calendar::to_dotted(date));
  return fmt::format("{}", fmt::join(shown, ", "));
}

std::string indicator_text(const Activity& activity, const Roadmap& roadmap, Lang lang) {
  if (!activity.indicator) return std::string(tr(lang, "нет (только статус и срок)", "none (status and deadline only)"));
  const auto& indicator = *activity.indicator;
  std::string out(roadmap::measure_name(indicator.measure));
  if (!indicator.unit.empty()) out += fmt::format(", {}", indicator.unit);
  std::vector<std::string> targets;
  for (std::size_t i = 0; i < roadmap.periods.size(); ++i)
    if (indicator.targets[i]) targets.push_back(fmt::format("{}: {}", roadmap.periods[i].label, *indicator.targets[i]));
  if (!targets.empty()) out += fmt::format("; {}: {}", tr(lang, "цели", "targets"), fmt::join(targets, ", "));
  if (!indicator.decided_by.empty())
    out += fmt::format("; {} {}", tr(lang, "решает отчёт", "decided by the report of"), indicator.decided_by);
  return out;
}

}  // namespace

void write_roadmap_summary_text(std::ostream& out, const Roadmap& roadmap, Lang lang) {
  fmt::print(out, "{} «{}» ({})\n", tr(lang, "Дорожная карта", "Roadmap"), roadmap.title, roadmap.id);
  if (!roadmap.issuer.empty()) fmt::print(out, "  {}: {}\n", tr(lang, "утвердил", "issued by"), roadmap.issuer);
  const auto& approved = roadmap.approved;
  if (!approved.document.empty() || !approved.number.empty()) {
    fmt::print(out, "  {}: {} № {}{}\n", tr(lang, "документ", "approved by"), approved.document, approved.number,
               approved.date ? fmt::format(" {} {}", tr(lang, "от", "of"), calendar::to_dotted(*approved.date)) : "");
  }
  fmt::print(out, "  {}: {}; {}: {}; {}: {}; {}: {}\n", tr(lang, "периоды", "periods"), roadmap.period_list(),
             tr(lang, "разделов", "sections"), roadmap.sections.size(), tr(lang, "мероприятий", "activities"),
             roadmap.activity_count(), tr(lang, "с показателем", "with an indicator"), indicator_count(roadmap));
  if (roadmap.submissions_due) {
    std::vector<std::string> due;
    for (const auto& period : roadmap.periods)
      due.push_back(fmt::format("{}: {}", period.label, due_text(*roadmap.submissions_due, period, roadmap.last_day())));
    fmt::print(out, "  {}: «{}» → {}\n", tr(lang, "отчёты организаций", "submissions due"),
               roadmap::describe(*roadmap.submissions_due, lang), fmt::join(due, "; "));
  }
  for (const auto& section : roadmap.sections) {
    fmt::print(out, "\n{}{}{}\n", section.number, section.number.empty() ? "" : " ", section.title);
    for (const auto& activity : section.activities) {
      // "1.2." printed for id "1.2" is no news; "1.1" printed for id "1.1a" is.
      std::string_view printed = activity.number;
      if (printed.ends_with('.')) printed.remove_suffix(1);
      const bool renumbered = printed != activity.id;
      fmt::print(out, "  {}{}  {}\n", activity.id, renumbered ? fmt::format(" [№ {}]", activity.number) : "",
                 text::shorten(activity.title, 90));
      fmt::print(out, "      {}: {}\n", tr(lang, "показатель", "indicator"), indicator_text(activity, roadmap, lang));
      fmt::print(out, "      {}: {}\n", tr(lang, "отчитываются", "reported by"), reporters_text(activity, lang));
      if (!activity.deadline) {
        fmt::print(out, "      {}: {}\n", tr(lang, "срок", "deadline"), tr(lang, "не указан", "none"));
        continue;
      }
      std::vector<std::string> due;
      for (const auto& period : roadmap.periods)
        due.push_back(fmt::format("{}: {}", period.label, due_text(*activity.deadline, period, roadmap.last_day())));
      fmt::print(out, "      {}: «{}» → {}\n", tr(lang, "срок", "deadline"), roadmap::describe(*activity.deadline, lang),
                 activity.deadline->computable() ? fmt::format("{}", fmt::join(due, "; "))
                                                 : std::string(tr(lang, "без вычислимой даты", "no computable date")));
    }
  }
}

namespace {

void write_deadline_json(json::Writer& w, const roadmap::Deadline& deadline, const Roadmap& roadmap, Lang lang) {
  w.begin_object();
  w.key("phrase");
  w.value(roadmap::describe(deadline, lang));
  w.key("computable");
  w.value(deadline.computable());
  w.key("due");
  w.begin_object();
  for (const auto& period : roadmap.periods) {
    w.key(period.label);
    w.begin_array();
    for (const auto& date : roadmap::due_dates(deadline, period, roadmap.last_day())) w.value(calendar::to_iso(date));
    w.end_array();
  }
  w.end_object();
  w.end_object();
}

}  // namespace

void write_roadmap_summary_json(json::Writer& w, const Roadmap& roadmap, Lang lang) {
  w.begin_object();
  w.key("id");
  w.value(roadmap.id);
  w.key("title");
  w.value(roadmap.title);
  w.key("issuer");
  w.value(roadmap.issuer);
  w.key("periods");
  w.begin_array();
  for (const auto& period : roadmap.periods) w.value(period.label);
  w.end_array();
  w.key("sections");
  w.value(static_cast<std::uint64_t>(roadmap.sections.size()));
  w.key("activities");
  w.value(static_cast<std::uint64_t>(roadmap.activity_count()));
  w.key("indicators");
  w.value(static_cast<std::uint64_t>(indicator_count(roadmap)));
  if (roadmap.submissions_due) {
    w.key("submissions_due");
    write_deadline_json(w, *roadmap.submissions_due, roadmap, lang);
  }
  w.key("items");
  w.begin_array();
  for (const auto& section : roadmap.sections) {
    for (const auto& activity : section.activities) {
      w.begin_object();
      w.key("section");
      w.value(section.id);
      w.key("id");
      w.value(activity.id);
      w.key("number");
      w.value(activity.number);
      w.key("title");
      w.value(activity.title);
      w.key("measure");
      if (activity.indicator)
        w.value(roadmap::measure_name(activity.indicator->measure));
      else
        w.null();
      if (activity.indicator) {
        w.key("unit");
        w.value(activity.indicator->unit);
        w.key("targets");
        w.begin_object();
        for (std::size_t i = 0; i < roadmap.periods.size(); ++i) {
          if (!activity.indicator->targets[i]) continue;
          w.key(roadmap.periods[i].label);
          w.value(*activity.indicator->targets[i]);
        }
        w.end_object();
        if (!activity.indicator->decided_by.empty()) {
          w.key("decided_by");
          w.value(activity.indicator->decided_by);
        }
      }
      w.key("every_organization");
      w.value(activity.reporters.every_organization);
      w.key("org_ids");
      w.begin_array();
      for (const auto& org_id : activity.reporters.org_ids) w.value(org_id);
      w.end_array();
      w.key("deadline");
      if (activity.deadline)
        write_deadline_json(w, *activity.deadline, roadmap, lang);
      else
        w.null();
      w.end_object();
    }
  }
  w.end_array();
  w.end_object();
}

}  // namespace rmt::run
