#include "order/draft.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "order/activity_cells.h"
#include "order/heading.h"
#include "order/parties.h"
#include "order/place_name.h"
#include "order/read_order.h"
#include "order/table_rows.h"
#include "order/words.h"
#include "roadmap/deadline.h"
#include "roadmap/period.h"
#include "text/case_fold.h"
#include "text/edit_distance.h"
#include "text/number.h"
#include "text/transliterate.h"
#include "text/utf8.h"

namespace rmt::order {
namespace {

using vocab::Localized;

std::string unique_activity_suffix(std::size_t index) {
  std::string suffix;
  do {
    suffix.insert(suffix.begin(), static_cast<char>('a' + index % 26));
    index = index / 26;
  } while (index-- > 0);
  return suffix;
}

// The indicator of an activity with targets, by SPEC.md §13's rule for the
// measure (docs/import.md), each choice with its check; nullopt when no target
// falls within the periods.
std::optional<DraftIndicator> decide_indicator(const std::vector<Target>& targets,
                                               const std::vector<std::size_t>& party_indexes,
                                               const std::vector<DraftParty>& parties,
                                               const std::vector<std::string>& periods, std::vector<Check>& checks) {
  const bool quarters = periods.front().find('Q') != std::string::npos;
  DraftIndicator indicator;
  std::vector<std::string> dropped;
  for (const auto& target : targets) {
    if (target.year == 0) {
      for (const auto& period : periods) indicator.targets.emplace_back(period, target.value);
      continue;
    }
    const std::string label = std::to_string(target.year);
    if (quarters || std::find(periods.begin(), periods.end(), label) == periods.end()) {
      dropped.push_back(fmt::format("{}: {}", label, text::format_decimal(target.value)));
      continue;
    }
    if (std::none_of(indicator.targets.begin(), indicator.targets.end(), [&](const auto& t) { return t.first == label; }))
      indicator.targets.emplace_back(label, target.value);
  }
  if (!dropped.empty())
    checks.push_back({fmt::format("целевые значения вне periods не записаны: {}", fmt::join(dropped, "; ")),
                               fmt::format("targets outside periods are left out: {}", fmt::join(dropped, "; "))});
  if (indicator.targets.empty()) return std::nullopt;
  const bool percent = std::any_of(targets.begin(), targets.end(), [](const Target& t) { return t.percent; });
  const bool ones = std::all_of(indicator.targets.begin(), indicator.targets.end(), [](const auto& t) { return t.second == 1; });
  std::vector<std::size_t> bodies;
  for (const auto index : party_indexes)
    if (!parties[index].each_organization) bodies.push_back(index);
  const bool all_organizations = !party_indexes.empty() && bodies.empty();
  Check why;
  if (percent) {
    indicator.measure = roadmap::Measure::share_done;
    indicator.unit = "%";
    why = {"measure: share-done — цель в процентах (доля выполнивших организаций)",
           "measure: share-done — the target is a percentage (the share of organizations done)"};
  } else if (ones && !bodies.empty()) {
    indicator.measure = roadmap::Measure::done;
    why = {"measure: done — цель 1: выполнено или нет, по отчёту ответственного органа",
           "measure: done — the target is 1: done or not, by the responsible body's report"};
    if (bodies.size() > 1) {
      // Decided by the body named on most activities (the centre rather than the department).
      const auto decider = *std::max_element(bodies.begin(), bodies.end(), [&](std::size_t x, std::size_t y) {
        return parties[x].mentions < parties[y].mentions;
      });
      indicator.by = parties[decider].id;
      checks.push_back(
          {fmt::format("отчитываются несколько органов; выполнение решает отчёт «{}» (by), чаще других названного "
                       "ответственным",
                       parties[decider].name),
           fmt::format("several bodies report; the report of «{}» decides (by), the one most often responsible",
                       parties[decider].name)});
    }
  } else if (all_organizations) {
    indicator.measure = roadmap::Measure::orgs_done;
    indicator.unit = "организаций";
    why = {"measure: orgs-done — отвечают сами организации, цель — их число",
           "measure: orgs-done — the organizations themselves are responsible; the target is their number"};
  } else {
    indicator.measure = roadmap::Measure::sum;
    why = {"measure: sum — цель считает что-то (мероприятия, публикации): сумма присланных значений; укажите unit",
           "measure: sum — the target counts things (events, publications): the sum of values reported; add a unit"};
  }
  checks.push_back(why);
  return indicator;
}

}  // namespace

std::size_t Draft::activity_count() const {
  std::size_t n = 0;
  for (const auto& section : sections) n += section.activities.size();
  return n;
}

std::size_t Draft::check_count() const {
  std::size_t n = roadmap_checks.size();
  for (const auto& party : parties) n += party.checks.size();
  for (const auto& section : sections) {
    n += section.checks.size();
    for (const auto& activity : section.activities) n += activity.checks.size();
  }
  return n;
}

std::optional<std::vector<std::string>> parse_period_list(std::string_view raw) {
  const std::string text(text::trim(raw));
  if (text.empty()) return std::nullopt;
  std::vector<std::string> labels;
  // A range: "2026-2028", "2022-Q1..2022-Q4", "2022-Q1-2023-Q1".
  auto range = [&](std::string_view from, std::string_view to) -> bool {
    const auto a = roadmap::parse_period(from), b = roadmap::parse_period(to);
    if (!a || !b || a->kind != b->kind) return false;
    if (a->kind == roadmap::PeriodKind::year) {
      for (int y = a->year; y <= b->year && labels.size() <= 50; ++y) labels.push_back(std::to_string(y));
    } else if (a->kind == roadmap::PeriodKind::quarter) {
      for (int q = a->year * 4 + a->part - 1; q <= b->year * 4 + b->part - 1 && labels.size() <= 50; ++q)
        labels.push_back(fmt::format("{}-Q{}", q / 4, q % 4 + 1));
    } else {
      return false;
    }
    return !labels.empty() && labels.size() <= 50;
  };
  if (const auto dots = text.find(".."); dots != std::string::npos)
    return range(text.substr(0, dots), text.substr(dots + 2)) ? std::optional(labels) : std::nullopt;
  if (text.size() == 9 && text[4] == '-' && std::all_of(text.begin(), text.begin() + 4, is_digit))
    return range(text.substr(0, 4), text.substr(5)) ? std::optional(labels) : std::nullopt;
  if (text.size() == 15 && text[7] == '-')
    return range(text.substr(0, 7), text.substr(8)) ? std::optional(labels) : std::nullopt;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(',', start);
    if (end == std::string::npos) end = text.size();
    const auto period = roadmap::parse_period(text::trim(std::string_view(text).substr(start, end - start)));
    if (!period) return std::nullopt;
    labels.push_back(period->label);
    start = end + 1;
  }
  return labels;
}

std::optional<Draft> draft_roadmap(const OrderDocument& document, std::string_view file, const DraftOptions& options,
                                   diag::DiagnosticSink& sink) {
  // The roadmap table: the first whose header names an activity column.
  const Table* table = nullptr;
  std::optional<Columns> columns;
  std::size_t header_row = 0;
  for (const auto& candidate : document.tables) {
    for (std::size_t r = 0; r < candidate.rows.size() && r < 12 && !columns; ++r)
      if ((columns = recognise_header(candidate, r))) {
        table = &candidate;
        header_row = r;
      }
    if (columns) break;
  }
  const diag::SourcePos file_pos{std::string(file)};
  if (!table) {
    sink.report(diag::msg::order_no_table(file_pos, document.tables.size()));
    return std::nullopt;
  }
  // Later tables with the same header continue it (a table cut at each page).
  Table joined = *table;
  for (const auto& more : document.tables) {
    if (&more <= table) continue;
    for (std::size_t r = 0; r < more.rows.size() && r < 3; ++r)
      if (const auto again = recognise_header(more, r); again && again->title == columns->title) {
        joined.rows.insert(joined.rows.end(), more.rows.begin() + static_cast<std::ptrdiff_t>(r), more.rows.end());
        break;
      }
  }
  auto sections = read_table_rows(joined, *columns, header_row);
  std::size_t raw_activities = 0;
  for (const auto& section : sections) raw_activities += section.activities.size();
  if (raw_activities == 0) {
    sink.report(diag::msg::order_no_activities(file_pos, table->number));
    return std::nullopt;
  }

  Draft draft;
  draft.source = std::string(file);
  Heading heading = read_heading(document, joined);
  draft.title = heading.title;
  draft.issuer = heading.issuer;
  draft.approved = heading.approved;
  draft.roadmap_checks = std::move(heading.checks);
  if (draft.title.empty()) {
    draft.title = std::string(file);
    draft.roadmap_checks.push_back({"название дорожной карты не найдено над таблицей: впишите его в title",
                                    "the roadmap's title was not found above the table: write it into title"});
  }

  // Bodies named with the result in one cell, split where the result column
  // is empty (a table without one has nothing to split off).
  std::vector<std::string> known;
  for (const auto& section : sections)
    for (const auto& activity : section.activities)
      if (!activity.result.empty())
        for (auto& piece : split_responsible(activity.responsible)) known.push_back(folded(piece));
  // Longest first, once each: a body's name is matched whole.
  std::sort(known.begin(), known.end());
  known.erase(std::unique(known.begin(), known.end()), known.end());
  std::stable_sort(known.begin(), known.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });

  std::vector<std::vector<std::string>> mentions;  // per activity, in order
  std::map<std::string, std::size_t> number_counts;
  for (const auto& section : sections)
    for (const auto& activity : section.activities) ++number_counts[activity.number.id];
  std::map<std::string, std::size_t> number_seen;
  std::set<std::string> activity_ids, section_ids;
  std::vector<int> target_years, deadline_years;
  struct Pending {
    std::vector<Target> targets;
    std::vector<std::size_t> party_indexes;
  };
  std::vector<std::vector<Pending>> pending(sections.size());

  for (std::size_t s = 0; s < sections.size(); ++s) {
    RawSection& raw = sections[s];
    DraftSection section;
    section.number = raw.number.number;
    section.title = raw.title;
    std::string id = raw.number.id.empty() ? std::to_string(s + 1) : raw.number.id;
    if (section_ids.count(id)) {
      std::string unique = id;
      for (int n = 2; section_ids.count(unique); ++n) unique = fmt::format("{}-{}", id, n);
      section.checks.push_back({fmt::format("номер раздела {} повторяется: id {}", id, unique),
                                fmt::format("section number {} repeats: id {}", id, unique)});
      id = unique;
    }
    section_ids.insert(id);
    section.id = id;
    if (raw.number.id.empty() && raw.title.empty()) {
      // Activities above any section row, or a table with no sections at all.
      section.title = draft.title;
      section.checks.push_back({"в таблице нет строки раздела над этими мероприятиями: раздел назван по дорожной карте",
                                "the table has no section row above these activities: the section is named after the roadmap"});
    } else if (raw.title.empty()) {
      section.title = "Раздел " + raw.number.number;
      section.checks.push_back({"у раздела нет названия в таблице", "the section has no title in the table"});
    } else if (raw.number.id.empty()) {
      section.checks.push_back({fmt::format("раздел без номера; id {} дан по порядку", id),
                                fmt::format("the section has no number; id {} is its place in the order", id)});
    }

    for (auto& raw_activity : raw.activities) {
      DraftActivity activity;
      activity.line = raw_activity.line;
      activity.number = raw_activity.number.number;
      // Ids: the number without its dot; a number printed twice gets a letter.
      std::string id = raw_activity.number.id;
      if (id.empty()) {
        id = fmt::format("{}.{}", section.id, section.activities.size() + 1);
        activity.checks.push_back({fmt::format("мероприятие без номера; id {} дан по месту в разделе", id),
                                   fmt::format("the activity has no number; id {} is its place in the section", id)});
      } else if (number_counts[id] > 1) {
        const std::size_t index = number_seen[id]++;
        const std::string unique = id + unique_activity_suffix(index);
        activity.checks.push_back(
            {fmt::format("номер {} напечатан в таблице {} раза; id {}, чтобы отчёты называли мероприятие однозначно", id,
                         number_counts[id], unique),
             fmt::format("number {} is printed {} times in the table; id {}, so that reports name the activity "
                         "unambiguously",
                         id, number_counts[id], unique)});
        id = unique;
      }
      for (std::string base = id; activity_ids.count(id);) id = base + "-" + std::to_string(activity_ids.size());
      activity_ids.insert(id);
      activity.id = id;

      title_and_steps(raw_activity.title_lines, activity.title, activity.steps);
      for (auto& item : raw_activity.sub_items) activity.steps.push_back(clean_step(item));
      if (activity.title.ends_with("(") || activity.title.ends_with("( ")) {
        while (!activity.title.empty() && (activity.title.back() == '(' || activity.title.back() == ' ')) activity.title.pop_back();
        activity.checks.push_back({"в конце названия была лишняя «(»; убрана", "a stray «(» ended the title; dropped"});
      }
      if (activity.title.empty()) {
        activity.title = activity.number.empty() ? activity.id : activity.number;
        activity.checks.push_back({"у мероприятия нет названия в таблице", "the activity has no title in the table"});
      }

      activity.result = raw_activity.result;
      std::string responsible = raw_activity.responsible;
      if (activity.result.empty() && !responsible.empty() && columns->result) {
        if (auto split = split_merged_responsible(responsible, known)) {
          responsible = split->first;
          activity.result = split->second;
          activity.checks.push_back(
              {"ответственный и результат напечатаны в одной ячейке; разделены: проверьте, где кончается ответственный",
               "the responsible body and the result are printed in one cell; split: check where the body's name ends"});
        }
      }

      // Deadline: as printed, or {text: …} where no date can be computed.
      activity.deadline = raw_activity.deadline;
      if (activity.deadline.empty()) {
        activity.checks.push_back({"срок в таблице не указан", "the table gives no deadline"});
      } else {
        const auto parsed = roadmap::parse_deadline_phrase(activity.deadline);
        if (const auto* error = std::get_if<roadmap::DeadlineError>(&parsed)) {
          activity.deadline_text = true;
          activity.checks.push_back(
              {fmt::format("в сроке нет даты, которую можно вычислить ({}); записан как {{text: …}}: просрочка по нему "
                           "не считается",
                           error->reason.ru),
               fmt::format("the deadline has no computable date ({}); written as {{text: …}}: it is never overdue",
                           error->reason.en)});
        } else {
          // Only plausible years, as targets' (a mistyped «10.09.1011» makes no period).
          for (const auto& date : std::get<roadmap::Deadline>(parsed).once)
            if (date.year >= 2000 && date.year <= 2100) deadline_years.push_back(date.year);
        }
      }

      Pending item;
      mentions.push_back(split_responsible(responsible));
      if (mentions.back().empty())
        activity.checks.push_back({"ответственный не указан: по мероприятию никто не отчитывается",
                                   "no responsible body is given: nobody reports on the activity"});

      // Targets: «2026 г. – 60; …» in the indicator's cell, or year columns.
      item.targets = year_targets(raw_activity.indicator);
      for (const auto& [year, text] : raw_activity.years) {
        if (const auto target = plain_target(text)) item.targets.push_back({year, target->value, target->percent});
        else for (auto found : year_targets(text)) item.targets.push_back(found);
      }
      if (item.targets.empty() && !raw_activity.indicator.empty()) {
        if (const auto target = plain_target(raw_activity.indicator)) item.targets.push_back(*target);
        else activity.printed_indicator = raw_activity.indicator;
      }
      for (const auto& target : item.targets)
        if (target.year != 0) target_years.push_back(target.year);
      pending[s].push_back(std::move(item));
      section.activities.push_back(std::move(activity));
    }
    draft.sections.push_back(std::move(section));
  }
  auto gathered = gather_parties(mentions, document.lines);
  draft.parties = std::move(gathered.parties);
  for (std::size_t s = 0, a = 0; s < pending.size(); ++s)
    for (auto& item : pending[s]) item.party_indexes = std::move(gathered.indexes[a++]);

  // Periods: --periods, the title's years, the targets' years, the deadlines' years.
  if (!options.periods.empty()) {
    draft.periods = options.periods;
  } else if (auto from_title = periods_from_title(draft.title); !from_title.empty()) {
    draft.periods = std::move(from_title);
    draft.roadmap_checks.push_back({"periods взяты из названия", "periods are taken from the title"});
  } else {
    auto& years = target_years.empty() ? deadline_years : target_years;
    if (!years.empty()) {
      const auto [low, high] = std::minmax_element(years.begin(), years.end());
      for (int y = *low; y <= *high && y - *low < 10; ++y) draft.periods.push_back(std::to_string(y));
      draft.roadmap_checks.push_back(
          target_years.empty()
              ? Check{"periods — годы сроков мероприятий; для поквартального мониторинга запишите кварталы "
                      "(--periods 2022-Q1..2022-Q4)",
                      "periods are the years of the activities' deadlines; for quarterly monitoring write quarters "
                      "(--periods 2022-Q1..2022-Q4)"}
              : Check{"periods — годы целевых значений", "periods are the years of the targets"});
    }
  }
  if (draft.periods.empty()) {
    sink.report(diag::msg::order_no_periods(file_pos));
    return std::nullopt;
  }
  const bool quarters = draft.periods.front().find('Q') != std::string::npos;
  if (auto due = submission_deadline(std::vector<std::string>(document.lines.begin(),
                                                              document.lines.begin() + static_cast<std::ptrdiff_t>(table->lines_before)));
      !due.empty()) {
    // A day and month without a year: every year, as the yearly monitoring has it.
    if (!quarters) due += " ежегодно";
    draft.submissions_due = due;
    draft.roadmap_checks.push_back({"submissions_due взят из пункта приказа о том, когда организации предоставляют информацию",
                                    "submissions_due is taken from the order's item on when organizations submit"});
  }

  // The roadmap's id: --id, or the place and the first period.
  if (!options.id.empty()) {
    draft.id = options.id;
  } else {
    std::string place;
    std::string_view issuer = draft.issuer;
    for (std::size_t start = 0; start < issuer.size() && place.empty();) {
      auto end = issuer.find(' ', start);
      if (end == std::string_view::npos) end = issuer.size();
      const auto word = issuer.substr(start, end - start);
      std::size_t pos = 0;
      const char32_t c = word.empty() ? 0 : text::next_code_point(word, pos);
      if (start > 0 && c >= 0x0410 && c <= 0x042F && !abbreviation_words(word))
        place = text::transliterate_id(place_nominative(word), 24);
      start = end + 1;
    }
    const bool mentoring = has(folded(draft.title), "наставничеств");
    draft.id = fmt::format("{}{}-{}", place.empty() ? "" : place + "-", mentoring ? "mentoring" : "roadmap",
                           draft.periods.front().substr(0, 4));
    draft.roadmap_checks.push_back({fmt::format("id «{}» составлен по названию места (приведённому к именительному "
                                                "падежу) и первому периоду; отчёты школ его не содержат, его можно "
                                                "изменить (или задать --id)",
                                                draft.id),
                                    fmt::format("id «{}» is made of the place (put in the nominative) and the first "
                                                "period; schools' reports do not carry it, so it may be changed (or "
                                                "given with --id)",
                                                draft.id)});
  }

  // Indicators, once the parties are known: the measure follows SPEC.md §13's rule.
  for (std::size_t s = 0; s < draft.sections.size(); ++s) {
    for (std::size_t a = 0; a < draft.sections[s].activities.size(); ++a) {
      DraftActivity& activity = draft.sections[s].activities[a];
      const Pending& item = pending[s][a];
      for (const auto index : item.party_indexes) activity.responsible.push_back(draft.parties[index].id);
      if (item.targets.empty()) {
        if (!activity.printed_indicator.empty())
          activity.checks.push_back(
              {fmt::format("в показателе нет целевых значений по годам: «{}»; впишите indicator сами",
                           text::shorten(activity.printed_indicator, 200)),
               fmt::format("the indicator gives no targets by year: «{}»; write the indicator yourself",
                           text::shorten(activity.printed_indicator, 200))});
        continue;
      }
      activity.indicator = decide_indicator(item.targets, item.party_indexes, draft.parties, draft.periods, activity.checks);
    }
  }
  return draft;
}

std::optional<Draft> import_order(const std::string& path, std::string_view shown_name, const DraftOptions& options,
                                  diag::DiagnosticSink& sink, const OrderLimits& limits) {
  OrderDocument document;
  if (!read_order(path, shown_name, document, sink, limits)) return std::nullopt;
  return draft_roadmap(document, shown_name, options, sink);
}

}  // namespace rmt::order
