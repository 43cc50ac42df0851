#include "spravka/spravka.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "aggregate/by_district.h"
#include "spravka/charts.h"
#include "registry/reporting_centre.h"
#include "spravka/labels.h"
#include "spravka/sentences.h"
#include "calendar/date.h"
#include "chart/bar_chart.h"
#include "docx/document.h"
#include "render/status_fills.h"

namespace rmt::spravka {
namespace {

using aggregate::Progress;
using vocab::Lang;
using vocab::Localized;
using docx::Align;
using docx::Cell;
using docx::Orientation;
using docx::Paragraph;
using docx::Style;
using docx::Table;
using docx::TableRow;

// A picture leaves this much of its page for its caption and a heading or a
// sentence above it, so that neither is parted from it.
constexpr double kRoomAroundPictureMm = 40;
constexpr std::size_t kDistrictsCharted = 40;
const std::string kHeaderFill = fmt::format("{:06X}", book::fill_rgb(book::Fill::header));

std::string hex(book::Fill fill) { return fill == book::Fill::none ? "" : fmt::format("{:06X}", book::fill_rgb(fill)); }

struct ProgressCounts {
  std::size_t met = 0, in_progress = 0, not_met = 0, no_data = 0, not_applicable = 0;
  std::vector<std::string> met_labels, in_progress_labels, not_met_labels, no_data_labels, not_applicable_labels;
  std::size_t total() const { return met + in_progress + not_met + no_data + not_applicable; }

  void add(Progress progress, std::string label) {
    switch (progress) {
      case Progress::met: ++met; met_labels.push_back(std::move(label)); break;
      case Progress::in_progress: ++in_progress; in_progress_labels.push_back(std::move(label)); break;
      case Progress::not_met: ++not_met; not_met_labels.push_back(std::move(label)); break;
      case Progress::no_data: ++no_data; no_data_labels.push_back(std::move(label)); break;
      case Progress::not_applicable: ++not_applicable; not_applicable_labels.push_back(std::move(label)); break;
    }
  }
};

std::string joined(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

class Writer {
 public:
  Writer(const SpravkaInputs& in, const SpravkaOptions& options)
      : in_(in), options_(options), lang_(options.lang), m_(in.monitoring), period_(in.roadmap.periods[m_.period]),
        counts_(outcome::count_statuses(in.statuses)), districts_(aggregate::by_district(m_, in.statuses)),
        previous_(previous_period(m_)), dynamics_(m_.dynamics && m_.dynamics->shown ? &*m_.dynamics : nullptr) {
    for (std::size_t a = 0; a < m_.current().size(); ++a)
      all_.add(m_.current()[a].progress, roadmap::activity_label(in_.activities.at(a)));
  }

  SpravkaResult write(const std::string& path) {
    path_ = path;
    heading_block();
    coverage();
    results();
    overdue();
    dynamics();
    attention();
    conclusions();
    if (!result_.write.ok()) return result_;
    docx::Properties properties;
    properties.title = tr(labels::kTitle) + ": " + in_.roadmap.title;
    properties.subject = period_for();
    properties.creator = sender();
    properties.created = m_.as_of;
    properties.language = lang_ == Lang::ru ? "ru-RU" : "en-GB";
    if (const std::string why = doc_.save(path, properties); !why.empty())
      result_.write = io::WriteResult::failed(path, diag::msg::library_reason("docx", why));
    result_.pictures = doc_.pictures();
    result_.previous_period = previous_;
    return result_;
  }

 private:
  std::string tr(const Localized& text) const { return text.in(lang_); }
  std::string tr(std::string_view ru, std::string_view en) const { return std::string(vocab::tr(lang_, ru, en)); }
  std::string sender() const { return options_.from.empty() ? registry::reporting_centre_name(in_.roadmap, in_.registry) : options_.from; }
  // «за 2026 год», "for 2026".
  std::string period_for() const {
    return tr("за ", "for ") + tr(roadmap::describe_period(period_));
  }

  void heading(const Localized& text) {
    doc_.add(Paragraph(tr(text), Style::heading1));
    result_.headings.push_back(tr(text));
  }
  void text(std::string text) { doc_.add(Paragraph(std::move(text), Style::normal, Align::justify)); }
  void labelled(const Localized& label, std::string value, Align align = Align::left) {
    Paragraph p;
    p.runs = {{tr(label), true}, {std::move(value)}};
    p.align = align;
    doc_.add(p);
  }
  void table_caption(const std::string& title) {
    Paragraph p(fmt::format("{} {}. {}", tr(labels::kTable), ++result_.tables, title));
    p.keep_with_next = true;
    doc_.add(p);
  }
  TableRow header_row(const std::vector<std::string>& texts) const {
    TableRow row;
    row.header = true;
    for (const auto& t : texts) {
      Cell cell(t, Align::center, kHeaderFill);
      cell.paragraphs.front().style = Style::table_heading;
      row.cells.push_back(std::move(cell));
    }
    return row;
  }
  // A chart as one or more numbered figures, each with its caption on the
  // same page and no page left mostly empty above it: the chart goes where
  // the text has reached when it fits there (shrunk to 80 % at most), else
  // it begins there with as many bars as fit and goes on over the next pages;
  // only when not even a few bars fit does it start on a new page.
  void pictures(chart::BarChart chart, const std::string& caption) {
    constexpr double kSmallestScale = 0.8;
    constexpr std::size_t kFewestBarsToBegin = 6;
    constexpr double kSafetyMm = 3;  // the page estimate errs on the full side already
    const double width = doc_.text_width_mm(), page = doc_.text_height_mm();
    const auto numbered = [&](std::size_t part, std::size_t parts) {
      return fmt::format("{} {}. {}{}", tr(labels::kFigure), figures_ + 1, caption,
                         parts > 1 ? fmt::format(" ({} {} {})", part + 1, tr("из", "of"), parts) : "");
    };
    const double room_here = page - doc_.page_filled_mm() - docx::Document::kPictureSpacingMm - kSafetyMm -
                             doc_.height_mm(Paragraph(numbered(0, 2), Style::caption, Align::center));
    const std::size_t per_page = std::max<std::size_t>(1, chart::bars_that_fit(chart, width, page - kRoomAroundPictureMm));
    const std::vector<chart::Bar> bars = std::move(chart.bars);

    // Where each part ends; whether the one picture is shrunk to fit here.
    std::vector<std::size_t> ends;
    bool shrink = false;
    const std::size_t here = room_here > 0 ? chart::bars_that_fit(chart, width, room_here) : 0;
    const std::size_t here_shrunk = room_here > 0 ? chart::bars_that_fit(chart, width, room_here / kSmallestScale) : 0;
    if (bars.size() <= here) {
      ends.push_back(bars.size());
    } else if (bars.size() <= here_shrunk) {
      ends.push_back(bars.size());
      shrink = true;
    } else {
      const std::size_t first = here >= kFewestBarsToBegin ? here : per_page;
      for (std::size_t end = std::min(first, bars.size());; end = std::min(end + per_page, bars.size())) {
        ends.push_back(end);
        if (end == bars.size()) break;
      }
    }
    std::size_t begin = 0;
    for (std::size_t part = 0; part < ends.size(); ++part) {
      chart.bars.assign(bars.begin() + static_cast<long>(begin), bars.begin() + static_cast<long>(ends[part]));
      begin = ends[part];
      std::string failure;
      auto picture = chart::draw(chart, width, failure);
      if (!picture) {
        result_.write = io::WriteResult::failed(path_, diag::msg::library_reason("cairo", failure));
        return;
      }
      const std::string text = numbered(part, ends.size());
      ++figures_;
      const double scale = shrink ? std::clamp(room_here / picture->height_mm, kSmallestScale, 1.0) : 1.0;
      doc_.add(docx::Picture{picture->png, picture->width_mm * scale, picture->height_mm * scale, text});
      doc_.add(Paragraph(text, Style::caption, Align::center));
    }
  }

  void heading_block() {
    const auto& r = in_.roadmap;
    if (!r.issuer.empty()) labelled(labels::kTo, r.issuer, Align::right);
    if (const std::string from = sender(); !from.empty()) labelled(labels::kFrom, from, Align::right);
    doc_.add(Paragraph(tr(labels::kTitle), Style::title, Align::center));
    doc_.add(Paragraph(fmt::format("{} {}", tr("о результатах мониторинга реализации дорожной карты",
                                               "on the monitoring of the roadmap"),
                                   period_for()),
                       Style::subtitle, Align::center));
    labelled(labels::kRoadmap, r.title);
    if (const std::string approval = roadmap::approval_text(r.approved, lang_); !approval.empty())
      labelled(labels::kApproved, r.issuer.empty() ? approval : r.issuer + ", " + approval);
    labelled(labels::kPeriod, tr(roadmap::describe_period(period_)));
    labelled(labels::kAsOf, calendar::to_dotted(m_.as_of));
  }

  void coverage() {
    heading(labels::kCoverage);
    const auto& c = counts_;
    const std::string share = percent_of(c.sent(), c.total());
    std::string sentence =
        lang_ == Lang::ru
            ? fmt::format("Отчёты {} представили {} из {} ({}). Приняты отчёты {}", period_for(), c.sent(),
                          orgs_genitive(c.total(), lang_), share, orgs_genitive(c.accepted, lang_))
            : fmt::format("{} of {} submitted reports {} ({}). Reports of {} were accepted", c.sent(),
                          orgs_genitive(c.total(), lang_), period_for(), share,
                          orgs_genitive(c.accepted, lang_));
    std::vector<std::string> others;
    const auto status_count = [&](std::size_t n, outcome::OrgStatus status) {
      if (n) others.push_back(fmt::format("{} — {}", tr(outcome::org_status_label(status)), n));
    };
    status_count(c.rejected, outcome::OrgStatus::rejected);
    status_count(c.conflict, outcome::OrgStatus::conflict);
    status_count(c.unreadable, outcome::OrgStatus::unreadable);
    if (!others.empty()) sentence += "; " + joined(others);
    sentence += ". ";
    sentence += c.not_received ? (lang_ == Lang::ru ? fmt::format("Не получены отчёты от {}.", orgs_genitive(c.not_received, lang_))
                                                    : fmt::format("No report came from {}.", orgs_genitive(c.not_received, lang_)))
                               : tr("Отчёты прислали все организации.", "Every organization sent a report.");
    if (!in_.registry)
      sentence += tr(" Реестр организаций не задан: учтены только организации, приславшие файлы.",
                     " No registry was given: only the organizations whose files came are counted.");
    text(sentence);

    if (!districts_.empty()) district_table();
    not_accepted_table();
  }

  void district_table() {
    table_caption(tr("Охват по районам", "Coverage by district"));
    Table table;
    table.widths_mm = {57, 27, 27, 27, 27};
    table.rows.push_back(header_row({tr(labels::kDistrict), tr(labels::kOrganizations), tr(labels::kSent),
                                     tr("Охват", "Coverage"), tr(labels::kAccepted)}));
    const auto row_of = [&](const aggregate::DistrictRow& d, const std::string& name, bool bold) {
      TableRow row;
      const std::optional<double> share =
          d.organizations ? std::optional<double>(static_cast<double>(d.sent) / static_cast<double>(d.organizations)) : std::nullopt;
      row.cells = {Cell(name, Align::left, "", bold), Cell(fmt::format("{}", d.organizations), Align::right, "", bold),
                   Cell(fmt::format("{}", d.sent), Align::right, "", bold),
                   Cell(percent_text(share), Align::right, hex(render::fill_of_share(share)), bold),
                   Cell(fmt::format("{}", d.accepted), Align::right, "", bold)};
      return row;
    };
    for (const auto& d : districts_.rows) table.rows.push_back(row_of(d, d.district.empty() ? tr(labels::kNoDistrict) : d.district, false));
    table.rows.push_back(row_of(districts_.total, tr(labels::kTotal), true));
    doc_.add(table);

    std::vector<const aggregate::DistrictRow*> charted;
    for (const auto& d : districts_.rows) charted.push_back(&d);
    std::string caption = tr("Охват мониторинга по районам", "Coverage by district");
    if (charted.size() > kDistrictsCharted) {
      // The least covered first: those are the ones to act on.
      const auto coverage = [](const aggregate::DistrictRow* d) {
        return d->organizations ? static_cast<double>(d->sent) / static_cast<double>(d->organizations) : 1.0;
      };
      std::stable_sort(charted.begin(), charted.end(),
                       [&](const auto* a, const auto* b) { return coverage(a) < coverage(b); });
      charted.resize(kDistrictsCharted);
      caption += lang_ == Lang::ru ? fmt::format(": {} районов с наименьшим охватом", kDistrictsCharted)
                                   : fmt::format(": the {} least covered districts", kDistrictsCharted);
    }
    pictures(coverage_chart(charted, lang_), caption);
  }

  void not_accepted_table() {
    std::vector<const outcome::OrganizationStatus*> rows;
    for (const auto& s : in_.statuses)
      if (s.status != outcome::OrgStatus::accepted) rows.push_back(&s);
    if (rows.empty()) {
      text(tr("Отчёты всех организаций приняты.", "Every organization's report was accepted."));
      return;
    }
    // Not received first: the reminders to send; then the reports to fix.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const auto* s) { return s->status == outcome::OrgStatus::not_received; });
    table_caption(tr("Организации, отчёты которых не получены или не приняты",
                     "Organizations whose reports did not come or were not accepted"));
    Table table;
    table.widths_mm = {12, 22, 68, 33, 30};
    table.rows.push_back(header_row({tr(labels::kRow), tr(labels::kOrgId), tr(labels::kName), tr(labels::kDistrict),
                                     tr(labels::kStatus)}));
    std::size_t n = 0;
    for (const auto* s : rows)
      table.rows.push_back({{Cell(fmt::format("{}", ++n), Align::right), Cell(s->org_id), Cell(s->name), Cell(s->district),
                             Cell(tr(outcome::org_status_label(s->status)), Align::left, hex(render::fill_of(s->status)))}});
    doc_.add(table);
  }

  std::string progress_sentence(const ProgressCounts& p) const {
    std::vector<std::string> parts;
    const auto part = [&](std::size_t n, Progress progress, const std::vector<std::string>& numbers) {
      if (!n) return;
      parts.push_back(fmt::format("{} — {} ({})", tr(aggregate::progress_label(progress)), n, joined(numbers)));
    };
    part(p.met, Progress::met, p.met_labels);
    part(p.in_progress, Progress::in_progress, p.in_progress_labels);
    part(p.not_met, Progress::not_met, p.not_met_labels);
    part(p.no_data, Progress::no_data, p.no_data_labels);
    part(p.not_applicable, Progress::not_applicable, p.not_applicable_labels);
    return fmt::format("{}: {}; {}.", tr("Мероприятий в разделе", "Activities in the section"), p.total(),
                       fmt::join(parts, "; "));
  }

  void results() {
    heading(labels::kResults);
    std::string sentence =
        lang_ == Lang::ru
            ? fmt::format("Из {} дорожной карты {} выполнено {}, в работе {}, не выполнено {}, нет данных по {}",
                          activities_genitive(all_.total(), lang_), period_for(), all_.met, all_.in_progress,
                          all_.not_met, all_.no_data)
            : fmt::format("Of the roadmap's {} {}, {} met, {} in progress, {} not met, {} without data",
                          activities_nominative(all_.total(), lang_), period_for(), all_.met, all_.in_progress,
                          all_.not_met, all_.no_data);
    if (all_.not_applicable)
      sentence += lang_ == Lang::ru ? fmt::format(", не применимо {}", all_.not_applicable)
                                    : fmt::format(", {} not applicable", all_.not_applicable);
    text(sentence + ". " +
         tr("«В работе» — срок ещё не наступил; «не выполнено» — срок прошёл, а план не достигнут.",
            "«In progress»: not due yet; «not met»: a due date has passed and the target is not reached."));
    const auto charted = charted_activities(m_);
    if (!charted.empty()) {
      const bool capped = std::any_of(charted.begin(), charted.end(), [&](std::size_t a) { return *m_.current()[a].ratio > 2; });
      std::string caption = tr("Выполнение плана по мероприятиям, % плана ", "Target met per activity, % of target ") + period_for();
      if (capped) caption += tr(" (столбцы выше 200 % обрезаны, подпись даёт точное значение)", " (bars stop at 200 %; labels give the exact value)");
      pictures(target_chart(in_, charted, lang_), caption);
    }
    doc_.new_section(Orientation::landscape);
    std::size_t flat = 0;
    for (const auto& section : in_.roadmap.sections) {
      const std::string number = section.number.empty() ? section.id : section.number;
      doc_.add(Paragraph(fmt::format("{} {} {}", tr("Раздел", "Section"), number, section.title), Style::heading2));
      if (section.activities.empty()) {
        text(tr("В разделе нет мероприятий.", "The section has no activities."));
        continue;
      }
      ProgressCounts p;
      for (std::size_t i = 0; i < section.activities.size(); ++i)
        p.add(m_.current()[flat + i].progress, roadmap::activity_label(section.activities[i]));
      text(progress_sentence(p));
      std::string_view bare = number;  // «раздела 1 за 2026 год», not «1. за»
      while (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
      table_caption(fmt::format("{} {} {}", tr("Результаты раздела", "Results of section"), bare, period_for()));
      Table table;
      table.widths_mm = {16, 100, 30, 16, 16, 16, 28, 40};
      table.rows.push_back(header_row({tr(labels::kNumber), tr(labels::kActivity), tr(labels::kIndicator),
                                       tr(labels::kTarget), tr(labels::kActual), tr(labels::kPercent),
                                       tr(labels::kStatus), tr(labels::kOverdueColumn)}));
      for (const auto& activity : section.activities) {
        const auto& f = m_.current()[flat++];
        const std::string overdue = tr(aggregate::overdue_label(f));
        table.rows.push_back({{Cell(roadmap::activity_label(activity)), Cell(activity.title),
                               Cell(tr(aggregate::indicator_text(activity, f))), Cell(number_text(f.target, lang_), Align::right),
                               Cell(number_text(f.actual, lang_), Align::right), Cell(percent_text(f.ratio), Align::right),
                               Cell(tr(aggregate::progress_label(f.progress)), Align::left, hex(render::fill_of(f.progress))),
                               Cell(overdue, Align::left, f.overdue ? hex(book::Fill::red) : "")}});
      }
      doc_.add(table);
    }
  }

  void overdue() {
    heading(labels::kOverdue);
    std::vector<std::size_t> late;
    for (std::size_t a = 0; a < m_.current().size(); ++a)
      if (m_.current()[a].overdue) late.push_back(a);
    const std::string as_of = calendar::to_dotted(m_.as_of);
    if (late.empty()) {
      text(lang_ == Lang::ru ? fmt::format("На {} просроченных мероприятий нет.", as_of)
                             : fmt::format("As of {}, no activity is overdue.", as_of));
      return;
    }
    text(overdue_sentence(late.size(), m_.current().size(), as_of, lang_));
    table_caption(tr("Просроченные мероприятия на ", "Overdue activities as of ") + as_of);
    Table table;
    table.widths_mm = {16, 92, 40, 28, 60, 26};
    table.rows.push_back(header_row({tr(labels::kNumber), tr(labels::kActivity), tr(labels::kDeadline),
                                     tr(labels::kMissedDue), tr(labels::kResponsible), tr(labels::kReported)}));
    for (const std::size_t a : late) {
      const auto& activity = in_.activities.at(a);
      const auto& f = m_.current()[a];
      table.rows.push_back(
          {{Cell(roadmap::activity_label(activity)), Cell(activity.title),
            Cell(activity.deadline ? roadmap::describe(*activity.deadline, lang_) : ""),
            Cell(f.missed_due ? calendar::to_dotted(*f.missed_due) : "", Align::left, hex(book::Fill::red)),
            Cell(in_.roadmap.responsible_names(activity)),
            Cell(fmt::format("{} {} {}", f.reported, tr("из", "of"), f.expected), Align::right)}});
    }
    doc_.add(table);
  }

  // «за III квартал 2022 г.»: a period in prose.
  std::string period_for(std::size_t p) const {
    return tr("за ", "for ") + tr(roadmap::describe_period(in_.roadmap.periods[p]));
  }

  void dynamics() {
    heading(labels::kDynamics);
    const auto& d = m_.dynamics;
    if (!d) {
      text(lang_ == Lang::ru ? fmt::format("Динамика не приводится: {} — первый период дорожной карты.",
                                           tr(roadmap::describe_period(period_)))
                             : fmt::format("No dynamics are shown: {} is the roadmap's first period.",
                                           tr(roadmap::describe_period(period_))));
      return;
    }
    const std::string before = period_for(d->before), now = period_for(d->now);
    if (!dynamics_) {
      text(lang_ == Lang::ru
               ? fmt::format("Динамика не приводится: отчёты {} представили {} из {} — меньше половины, поэтому "
                             "сравнение было бы недостоверным.",
                             before, d->reported_before, orgs_genitive(d->organizations, lang_))
               : fmt::format("No dynamics are shown: {} of {} reported {}, fewer than half, so a comparison would "
                             "not be reliable.",
                             d->reported_before, orgs_genitive(d->organizations, lang_), before));
      return;
    }
    std::size_t met_before = 0, met_now = 0, up = 0, down = 0, same = 0;
    const auto& was = d->figures_before;
    const auto& is = d->figures_now;
    for (std::size_t a = 0; a < is.size(); ++a) {
      met_before += was[a].progress == Progress::met;
      met_now += is[a].progress == Progress::met;
      if (!was[a].actual || !is[a].actual) continue;
      if (*is[a].actual > *was[a].actual) ++up;
      else if (*is[a].actual < *was[a].actual) ++down;
      else ++same;
    }
    text(lang_ == Lang::ru
             ? fmt::format("Отчёты {} представили {} из {}, {} — {}. Сравнение — по организациям, представившим "
                           "отчёты за оба периода (их {}): выполнено мероприятий {} — {}, {} — {}; факт вырос по {}, "
                           "снизился по {}, не изменился по {} (из мероприятий, по которым есть данные за оба периода).",
                           before, d->reported_before, orgs_genitive(d->organizations, lang_), now, d->reported_now,
                           d->reported_both, now, met_now, before, met_before, up, down, same)
             : fmt::format("{} of {} reported {}, and {} {}. The comparison is over the {} that reported for both: "
                           "activities met {}: {}, {}: {}; the actual rose for {}, fell for {} and stayed the same for "
                           "{} (of the activities with data for both periods).",
                           d->reported_before, orgs_genitive(d->organizations, lang_), before, d->reported_now, now,
                           orgs_genitive(d->reported_both, lang_), now, met_now, before, met_before, up, down, same));
    const std::string prev = in_.roadmap.periods[d->before].label, cur = period_.label;
    table_caption(lang_ == Lang::ru ? fmt::format("Динамика: {} и {} (организации, отчитавшиеся за оба периода)",
                                                  tr(roadmap::describe_period(in_.roadmap.periods[d->before])),
                                                  tr(roadmap::describe_period(period_)))
                                    : fmt::format("Dynamics: {} and {} (organizations that reported for both)",
                                                  tr(roadmap::describe_period(in_.roadmap.periods[d->before])),
                                                  tr(roadmap::describe_period(period_))));
    Table table;
    table.widths_mm = {16, 94, 18, 18, 18, 18, 24, 28, 28};
    table.rows.push_back(header_row({tr(labels::kNumber), tr(labels::kActivity), tr(labels::kTarget) + " " + prev,
                                     tr(labels::kActual) + " " + prev, tr(labels::kTarget) + " " + cur,
                                     tr(labels::kActual) + " " + cur, tr(labels::kChange),
                                     tr(labels::kStatus) + " " + prev, tr(labels::kStatus) + " " + cur}));
    for (std::size_t a = 0; a < is.size(); ++a) {
      const auto& b = was[a];
      const auto& n = is[a];
      std::string change;
      if (b.actual && n.actual) {
        const double delta = *n.actual - *b.actual;
        // A true minus sign, as typeset figures have.
        change = delta > 0 ? "+" + number_text(delta, lang_) : delta < 0 ? "\u2212" + number_text(-delta, lang_) : "0";
      }
      table.rows.push_back({{Cell(roadmap::activity_label(in_.activities.at(a))), Cell(in_.activities.at(a).title),
                             Cell(number_text(b.target, lang_), Align::right), Cell(number_text(b.actual, lang_), Align::right),
                             Cell(number_text(n.target, lang_), Align::right), Cell(number_text(n.actual, lang_), Align::right),
                             Cell(change, Align::right),
                             Cell(tr(aggregate::progress_label(b.progress)), Align::left, hex(render::fill_of(b.progress))),
                             Cell(tr(aggregate::progress_label(n.progress)), Align::left, hex(render::fill_of(n.progress)))}});
    }
    doc_.add(table);
  }

  // Organizations that sent a report and did the least of what applies to them.
  std::vector<const aggregate::OrgRow*> lagging() const {
    std::vector<const aggregate::OrgRow*> rows;
    for (const auto& org : m_.orgs)
      if (org.required > 0 && org.submitted() && org.completion && *org.completion < 1) rows.push_back(&org);
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) { return *a->completion < *b->completion; });
    return rows;
  }

  // Of those, how many have done less than half.
  std::size_t below_half() const {
    std::size_t n = 0;
    for (const auto& org : m_.orgs) n += org.required > 0 && org.submitted() && org.completion && *org.completion < 0.5;
    return n;
  }

  void attention() {
    doc_.new_section(Orientation::portrait);
    heading(labels::kAttention);
    auto rows = lagging();
    std::size_t submitted = 0;
    for (const auto& org : m_.orgs) submitted += org.required > 0 && org.submitted();
    // The figures count what was consolidated: an organization whose report
    // was rejected has no rows here, and section 1 names it.
    if (rows.empty()) {
      text(tr("Все организации, по которым есть принятые данные, выполнили все относящиеся к ним мероприятия.",
              "Every organization with accepted data has done all the activities that apply to it."));
      return;
    }
    const std::size_t lag = rows.size(), half = below_half();
    if (rows.size() > options_.attention) rows.resize(options_.attention);
    text(lagging_sentence(submitted, lag, half, calendar::to_dotted(m_.as_of), lang_) + " " +
         (lang_ == Lang::ru
              ? fmt::format("В таблице — {} с наименьшей долей выполненных мероприятий из тех, срок которых наступил "
                            "(и выполненных досрочно); организации, у которых срок ещё ни по одному мероприятию не "
                            "наступил, не оцениваются. Организации, отчёты которых не получены или не приняты, названы "
                            "в разделе 1.",
                            orgs_nominative(rows.size(), lang_))
              : fmt::format("The table lists the {} with the lowest share done of what was due (and what was done "
                            "early); organizations with nothing due yet are not ranked. Organizations whose reports did "
                            "not come or were not accepted are named in section 1.",
                            rows.size())));
    table_caption(tr("Организации с наименьшей долей выполненных мероприятий", "Organizations with the lowest share done"));
    Table table;
    table.widths_mm = {12, 20, 60, 30, 26, 17};
    table.rows.push_back(header_row({tr(labels::kRow), tr(labels::kOrgId), tr(labels::kName), tr(labels::kDistrict),
                                     tr(labels::kDone), tr(labels::kShare)}));
    std::size_t n = 0;
    for (const auto* org : rows)
      table.rows.push_back(
          {{Cell(fmt::format("{}", ++n), Align::right), Cell(org->id), Cell(org->name), Cell(org->district),
            Cell(fmt::format("{} {} {}", org->done, tr("из", "of"), org->due), Align::right),
            Cell(percent_text(org->completion), Align::right, hex(render::fill_of_share(org->completion)))}});
    doc_.add(table);
  }

  void conclusions() {
    heading(labels::kConclusions);
    std::vector<std::string> points;
    const auto& c = counts_;
    const std::string share = percent_of(c.sent(), c.total());
    if (c.not_received)
      points.push_back(lang_ == Lang::ru
                           ? fmt::format("Отчёты представили {} организаций ({} из {}); не представившим отчёт "
                                         "организациям ({}) следует направить напоминание.",
                                         share, c.sent(), c.total(), c.not_received)
                           : fmt::format("{} of organizations submitted ({} of {}); the {} that did not should be reminded.",
                                         share, c.sent(), c.total(), orgs_genitive(c.not_received, lang_)));
    else
      points.push_back(lang_ == Lang::ru ? fmt::format("Отчёты представили все организации ({}).", c.total())
                                         : fmt::format("All {} submitted reports.", orgs_nominative(c.total(), lang_)));
    if (const std::size_t fix = c.rejected + c.conflict + c.unreadable) points.push_back(not_accepted_sentence(fix, lang_));
    const std::string met_share = percent_of(all_.met, all_.total());
    std::string verdicts = lang_ == Lang::ru
                               ? fmt::format("Из {} выполнено {} ({}), в работе {}, не выполнено {}",
                                             activities_genitive(all_.total(), lang_), all_.met, met_share,
                                             all_.in_progress, all_.not_met)
                               : fmt::format("Of {}, {} are met ({}), {} in progress, {} not met",
                                             activities_nominative(all_.total(), lang_), all_.met, met_share,
                                             all_.in_progress, all_.not_met);
    if (all_.not_applicable)
      verdicts += lang_ == Lang::ru ? fmt::format(", не применимо {}", all_.not_applicable)
                                    : fmt::format(", {} not applicable", all_.not_applicable);
    points.push_back(verdicts + ".");
    if (all_.not_met)
      points.push_back(fmt::format("{}: {}", tr("Не выполнены", "Not met"), joined(all_.not_met_labels)));
    std::vector<std::string> late;
    for (std::size_t a = 0; a < m_.current().size(); ++a)
      if (m_.current()[a].overdue) late.push_back(roadmap::activity_label(in_.activities.at(a)));
    points.push_back(late.empty()
                         ? tr("Просроченных мероприятий нет.", "No activity is overdue.")
                         : lang_ == Lang::ru
                               ? fmt::format("Просрочено {} ({}): ответственным исполнителям нужно выполнить их в "
                                             "ближайшее время.",
                                             activities_nominative(late.size(), lang_), joined(late))
                               : fmt::format("{} overdue ({}): those responsible should complete them soon.",
                                             activities_nominative(late.size(), lang_), joined(late)));
    if (all_.no_data)
      points.push_back(lang_ == Lang::ru
                           ? fmt::format("Мероприятий без данных: {} ({}) — по ним никто не отчитался.",
                                         all_.no_data, joined(all_.no_data_labels))
                           : fmt::format("{} have no data: nobody reported on them ({}).",
                                         activities_nominative(all_.no_data, lang_), joined(all_.no_data_labels)));
    if (dynamics_) {
      std::size_t met_before = 0, met_now = 0;
      for (const auto& f : dynamics_->figures_before) met_before += f.progress == Progress::met;
      for (const auto& f : dynamics_->figures_now) met_now += f.progress == Progress::met;
      const std::string trend = met_now > met_before   ? tr("выросло", "rose")
                                : met_now < met_before ? tr("снизилось", "fell")
                                                       : tr("не изменилось", "stayed the same");
      points.push_back(lang_ == Lang::ru
                           ? fmt::format("У организаций, отчитавшихся {} и {}, число выполненных мероприятий {}: {} "
                                         "против {}.",
                                         period_for(dynamics_->before), period_for(dynamics_->now), trend, met_now,
                                         met_before)
                           : fmt::format("For the organizations that reported {} and {}, the number of activities met "
                                         "{}: {} against {}.",
                                         period_for(dynamics_->before), period_for(dynamics_->now), trend, met_now,
                                         met_before));
    }
    if (const std::size_t half = below_half()) points.push_back(below_half_sentence(half, lang_));
    for (std::size_t i = 0; i < points.size(); ++i) {
      // A list of numbers ends with one: «1.4., 1.7.» takes no second point.
      const bool ends_with_point = !points[i].empty() && points[i].back() == '.';
      text(fmt::format("{}) {}{}", i + 1, points[i], ends_with_point ? "" : "."));
    }

    doc_.add(Paragraph());
    if (const std::string from = sender(); !from.empty()) doc_.add(Paragraph(from));
    doc_.add(Paragraph(tr(labels::kSignature) + "          __________________ / __________________"));
  }

  const SpravkaInputs& in_;
  const SpravkaOptions& options_;
  const Lang lang_;
  const aggregate::Monitoring& m_;
  const roadmap::Period& period_;
  const outcome::StatusCounts counts_;
  const aggregate::Districts districts_;
  const std::optional<std::size_t> previous_;
  const aggregate::Dynamics* dynamics_;  ///< the comparison when it is shown
  ProgressCounts all_;
  docx::Document doc_;
  SpravkaResult result_;
  std::size_t figures_ = 0;
  std::string path_;  // the document being written, for a failure's message
};

}  // namespace

std::optional<std::size_t> previous_period(const aggregate::Monitoring& monitoring) {
  if (!monitoring.dynamics || !monitoring.dynamics->shown) return std::nullopt;
  return monitoring.dynamics->before;
}

SpravkaResult write_spravka(const std::string& path, const SpravkaInputs& inputs, const SpravkaOptions& options) {
  return Writer(inputs, options).write(path);
}

}  // namespace rmt::spravka
