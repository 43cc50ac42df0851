// The roadmap model: what a department approved, as loaded from YAML
// (SPEC.md §3). Plain data, no I/O; see loader.h to build one and
// reporting.h for who reports on what.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "vocab/lang.h"
#include "roadmap/deadline.h"
#include "roadmap/period.h"

namespace rmt::roadmap {

/// How an activity's actual value is computed from the reports on it.
enum class Measure {
  orgs_done,   ///< number of reporting organizations whose status is done
  sum,         ///< sum of reported values
  share_done,  ///< percentage of reporting organizations done
  done,        ///< done or not, decided by one organization's report
};
std::string_view measure_name(Measure measure);  ///< "orgs-done", "sum", "share-done", "done"
std::optional<Measure> parse_measure(std::string_view name);

/// The document that approved the roadmap ("приказ № 4/12 от 26.07.2025").
struct Approval {
  std::string document;
  std::string number;
  std::optional<calendar::Date> date;
};

/// «приказ № 4/12 от 26.07.2025», as the documents quote it.
std::string approval_text(const Approval& approval, vocab::Lang lang);

/// A body named as responsible in the order.
struct Party {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;  ///< other spellings seen in the document
  std::string org_id;                ///< registry entry it reports as; empty if it does not report
  bool each_organization = false;    ///< every registry organization reports for it
  std::uint32_t line = 0;
};

struct Indicator {
  Measure measure = Measure::orgs_done;
  std::string unit;
  /// Target per period, parallel to Roadmap::periods; nullopt where none is set.
  std::vector<std::optional<double>> targets;
  /// For Measure::done: the org_id whose report decides (resolved from
  /// indicator.by or the one responsible party with an org_id).
  std::string decided_by;
};

/// Who must report on an activity (SPEC.md §3, "who reports").
struct Reporters {
  /// Every registry organization except the bodies that parties name by org_id.
  bool every_organization = false;
  /// Plus these registry entries (sorted, unique).
  std::vector<std::string> org_ids;

  bool nobody() const { return !every_organization && org_ids.empty(); }
};

struct Activity {
  std::string id;      ///< unique across the roadmap
  std::string number;  ///< as printed; may repeat ("1.1" twice in one order)
  std::string title;
  std::optional<Indicator> indicator;  ///< absent: tracked by status and deadline alone
  std::string result;                  ///< expected result / kind of document
  std::optional<Deadline> deadline;
  std::vector<std::string> responsible;  ///< party ids, in the document's order
  std::vector<std::string> steps;        ///< sub-items, shown in the workbook
  Reporters reporters;
  std::uint32_t line = 0;
};

/// The activity as every output numbers it (one numbering across sheets and
/// documents): its number as printed, followed by its id where the two
/// differ beyond a trailing dot — «1.2.», «1.1 (1.1a)», and the id alone when
/// the order prints no number.
std::string activity_label(const Activity& activity);

/// The title with the activity's steps after it, on one line, as a school
/// reads what is asked: «Реализация ЦМН …: подготовка условий; отбор и
/// обучение наставников»; the title alone when it has no steps.
std::string title_with_steps(const Activity& activity);

/// What the activity's figures count: the indicator's unit, else what its
/// measure counts («организаций, выполнивших»); empty without an indicator.
vocab::Localized indicator_label(const Activity& activity);

struct Section {
  std::string id;
  std::string number;  ///< as printed ("1.", "II."); may be empty
  std::string title;
  std::vector<Activity> activities;
  std::uint32_t line = 0;
};

struct Roadmap {
  std::string source;  ///< the file it was loaded from
  std::string id;
  std::string title;
  std::string issuer;
  Approval approved;
  std::vector<Period> periods;  ///< ascending; all years or all quarters
  std::optional<Deadline> submissions_due;
  std::vector<Party> parties;
  std::vector<Section> sections;
  /// The org_ids that parties name (centres, departments): sorted, unique.
  /// They report only where named, never as "every organization".
  std::vector<std::string> body_org_ids;

  const Party* find_party(std::string_view party_id) const;
  /// The names of the activity's responsible bodies, «; » between them.
  std::string responsible_names(const Activity& activity) const;
  std::optional<std::size_t> period_index(std::string_view label) const;
  /// The period a person wrote, in any form parse_period_text() reads
  /// («2022-Q3», «III квартал 2022», «2026 год»); nullopt when the text is no
  /// period or the roadmap has no such one.
  std::optional<std::size_t> find_period(std::string_view text) const;
  std::size_t activity_count() const;
  /// The periods' labels joined by «, », for messages: "2026, 2027, 2028".
  std::string period_list() const;
  /// When the organizations' reports for period `p` are due: the first due
  /// date of `submissions_due` in it; nullopt when the roadmap sets none.
  std::optional<calendar::Date> reports_due(std::size_t period) const;
  /// The last day of the roadmap's last period: when continuous work is due.
  calendar::Date last_day() const;
  /// The activity's own due dates in period `p`, ascending (SPEC.md §3): its
  /// deadline's dates in the period, and the period's last day where the
  /// indicator sets a target for it. Earlier periods' dates not met since are
  /// the judgement's to add (aggregate/judgement.h).
  std::vector<calendar::Date> due_in(const Activity& activity, std::size_t period) const;
};

}  // namespace rmt::roadmap
