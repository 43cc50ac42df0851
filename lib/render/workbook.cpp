#include "render/workbook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <ctime>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "calendar/date.h"
#include "roadmap/deadline.h"
#include "submission/reader.h"
#include "submission/status.h"
#include "text/number.h"
#include "text/utf8.h"

namespace rmt::render {
namespace {

using diag::Localized;

// Labels, once each, in both languages.
const Localized kSummary{"Сводка", "Summary"};
const Localized kTrend{"Динамика", "Trend"};
const Localized kByOrg{"По организациям", "By organization"};
const Localized kReports{"Отчёты", "Reports"};
const Localized kMissing{"Не представили", "Missing"};
const Localized kFindings{"Замечания", "Findings"};
const Localized kData{"Данные", "Data"};
const Localized kChart{"Диаграмма", "Chart"};

constexpr std::size_t kMaxCellChars = 32767;  // Excel's limit for one cell's text

// Colours by status: the usual Excel good / neutral / bad / none palette.
struct Palette {
  lxw_color_t fill, font;
};
constexpr Palette kGreen{0xC6EFCE, 0x006100}, kYellow{0xFFEB9C, 0x9C5700}, kRed{0xFFC7CE, 0x9C0006},
    kGrey{0xEDEDED, 0x595959};

Palette palette_of(aggregate::Progress progress) {
  switch (progress) {
    case aggregate::Progress::met: return kGreen;
    case aggregate::Progress::in_progress: return kYellow;
    case aggregate::Progress::not_met: return kRed;
    case aggregate::Progress::no_data: return kGrey;
  }
  return kGrey;
}

Palette palette_of(submission::Status status) {
  switch (status) {
    case submission::Status::done: return kGreen;
    case submission::Status::partial: return kYellow;
    case submission::Status::not_done: return kRed;
    case submission::Status::not_applicable: return kGrey;
  }
  return kGrey;
}

Localized measure_label(const roadmap::Indicator& indicator) {
  switch (indicator.measure) {
    case roadmap::Measure::orgs_done: return {"организаций, выполнивших", "organizations done"};
    case roadmap::Measure::sum: return {"сумма", "sum"};
    case roadmap::Measure::share_done: return {"% организаций", "% of organizations"};
    case roadmap::Measure::done: return {"выполнено (1/0)", "done (1/0)"};
  }
  return {};
}

// "A1"-style reference for a formula.
std::string cell_ref(lxw_row_t row, lxw_col_t col) {
  std::string letters;
  for (unsigned c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return fmt::format("{}{}", letters, row + 1);
}

lxw_datetime to_datetime(const calendar::Date& date) {
  return lxw_datetime{date.year, date.month, date.day, 0, 0, 0};
}

// The formats of the workbook, made once.
class Formats {
 public:
  explicit Formats(lxw_workbook* wb) : wb_(wb) {
    title = make([](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 14);
    });
    bold = make([](lxw_format* f) { format_set_bold(f); });
    header = make([](lxw_format* f) {
      format_set_bold(f);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
      format_set_bg_color(f, 0xDDEBF7);
      format_set_border(f, LXW_BORDER_THIN);
    });
    section = make([](lxw_format* f) {
      format_set_bold(f);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_bg_color(f, 0xD9E1F2);
      format_set_border(f, LXW_BORDER_THIN);
    });
    text = make([](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_border(f, LXW_BORDER_THIN);
    });
    plain = make([](lxw_format* f) { format_set_align(f, LXW_ALIGN_VERTICAL_TOP); });
    integer = number_format("0");
    decimal = number_format("0.##");
    percent = number_format("0%");
    date = number_format("dd.mm.yyyy");
    for (const Palette& p : {kGreen, kYellow, kRed, kGrey}) {
      status_.push_back({p, make([p](lxw_format* f) {
                           format_set_bg_color(f, p.fill);
                           format_set_font_color(f, p.font);
                           format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
                           format_set_border(f, LXW_BORDER_THIN);
                         }),
                         make([p](lxw_format* f) {
                           format_set_bg_color(f, p.fill);
                           format_set_font_color(f, p.font);
                           format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
                           format_set_border(f, LXW_BORDER_THIN);
                           format_set_num_format(f, "0.##");
                         })});
    }
  }

  lxw_format* status(Palette p, bool numeric = false) const {
    for (const auto& entry : status_)
      if (entry.palette.fill == p.fill) return numeric ? entry.number : entry.text;
    return text;
  }

  lxw_format *title, *bold, *header, *section, *text, *plain, *integer, *decimal, *percent, *date;

 private:
  template <typename Setup>
  lxw_format* make(Setup setup) {
    lxw_format* f = workbook_add_format(wb_);
    setup(f);
    return f;
  }
  lxw_format* number_format(const char* pattern) {
    return make([pattern](lxw_format* f) {
      format_set_num_format(f, pattern);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_border(f, LXW_BORDER_THIN);
    });
  }

  struct Entry {
    Palette palette;
    lxw_format* text;
    lxw_format* number;
  };
  lxw_workbook* wb_;
  std::vector<Entry> status_;
};

// A worksheet written row by row (as constant-memory mode requires), with
// text always stored as text.
class Sheet {
 public:
  Sheet(lxw_workbook* wb, const std::string& name) : ws_(workbook_add_worksheet(wb, name.c_str())) {}
  lxw_worksheet* get() const { return ws_; }

  void text(lxw_row_t row, lxw_col_t col, std::string_view value, lxw_format* format = nullptr) {
    if (value.empty()) {
      if (format) worksheet_write_blank(ws_, row, col, format);
      return;
    }
    // write_string never interprets its text: "=HYPERLINK(…)" stays text. It
    // needs a terminated string: one buffer is reused for every cell.
    if (value.size() > kMaxCellChars && text::count_chars(value) > kMaxCellChars)
      buffer_ = text::shorten(value, kMaxCellChars);
    else
      buffer_.assign(value);
    worksheet_write_string(ws_, row, col, buffer_.c_str(), format);
  }
  void number(lxw_row_t row, lxw_col_t col, double value, lxw_format* format) {
    worksheet_write_number(ws_, row, col, value, format);
  }
  void number(lxw_row_t row, lxw_col_t col, const std::optional<double>& value, lxw_format* format) {
    if (value)
      worksheet_write_number(ws_, row, col, *value, format);
    else
      worksheet_write_blank(ws_, row, col, format);
  }
  void date(lxw_row_t row, lxw_col_t col, const calendar::Date& value, lxw_format* format) {
    lxw_datetime dt = to_datetime(value);
    worksheet_write_datetime(ws_, row, col, &dt, format);
  }
  void header(lxw_row_t row, const std::vector<std::string>& labels, lxw_format* format) {
    for (std::size_t c = 0; c < labels.size(); ++c) text(row, static_cast<lxw_col_t>(c), labels[c], format);
  }
  void widths(const std::vector<double>& widths) {
    for (std::size_t c = 0; c < widths.size(); ++c)
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr);
  }
  // Landscape A4, fit to the page width, header rows repeated on every page.
  void printable(lxw_row_t header_row) {
    worksheet_set_landscape(ws_);
    worksheet_set_paper(ws_, 9);
    worksheet_fit_to_pages(ws_, 1, 0);
    worksheet_repeat_rows(ws_, header_row, header_row);
  }

 private:
  lxw_worksheet* ws_;
  std::string buffer_;
};

// The activity's number as the order prints it, or its id when it has none.
const std::string& printed_number(const roadmap::Activity& activity) {
  return activity.number.empty() ? activity.id : activity.number;
}

class Writer {
 public:
  Writer(lxw_workbook* wb, const WorkbookInput& in, const WorkbookOptions& options)
      : wb_(wb), in_(in), lang_(options.lang), options_(options), formats_(wb) {}

  void write_all() {
    summary();
    trend();
    by_organization();
    reports();
    missing();
    findings();
    data();
    chart();
  }

 private:
  std::string tr(const Localized& text) const { return text.in(lang_); }

  /// The status of organization `id` (not received when the run never heard of it).
  outcome::OrgStatus status_of(const std::string& id) const {
    if (status_index_.empty())
      for (std::size_t i = 0; i < in_.statuses.size(); ++i) status_index_.emplace(in_.statuses[i].org_id, i);
    const auto it = status_index_.find(id);
    return it == status_index_.end() ? outcome::OrgStatus::not_received : in_.statuses[it->second].status;
  }

  static Palette status_palette(outcome::OrgStatus status) {
    switch (status) {
      case outcome::OrgStatus::accepted: return kGreen;
      case outcome::OrgStatus::conflict: return kYellow;
      case outcome::OrgStatus::rejected:
      case outcome::OrgStatus::unreadable:
      case outcome::OrgStatus::not_received: return kRed;
    }
    return kGrey;
  }
  const roadmap::Period& period() const { return in_.roadmap.periods[in_.monitoring.period]; }

  std::string responsible(const roadmap::Activity& activity) const {
    std::vector<std::string> names;
    for (const auto& id : activity.responsible)
      if (const auto* party = in_.roadmap.find_party(id)) names.push_back(party->name);
    return fmt::format("{}", fmt::join(names, "; "));
  }

  void summary() {
    Sheet s(wb_, tr(kSummary));
    const auto& m = in_.monitoring;
    s.widths({8, 60, 16, 10, 10, 10, 14, 12, 24, 22, 11, 36});
    lxw_row_t r = 0;
    s.text(r++, 0, in_.roadmap.title, formats_.title);
    const auto& approved = in_.roadmap.approved;
    std::string approval = approved.document;
    if (!approved.number.empty()) approval += " № " + approved.number;
    if (approved.date) approval += (lang_ == diag::Lang::ru ? " от " : " of ") + calendar::to_dotted(*approved.date);
    s.text(r, 0, tr({"Утверждена:", "Approved by:"}), formats_.bold);
    s.text(r++, 1, fmt::format("{}{}{}", in_.roadmap.issuer, in_.roadmap.issuer.empty() ? "" : ", ", approval));
    s.text(r, 0, tr({"Период:", "Period:"}), formats_.bold);
    s.text(r++, 1, period().label);
    s.text(r, 0, tr({"На дату:", "As of:"}), formats_.bold);
    s.text(r++, 1, calendar::to_dotted(m.as_of));
    // Who sent something and who was accepted: the same counts as every other output.
    const auto counts = outcome::count_statuses(in_.statuses);
    s.text(r, 0, tr({"Отчёты:", "Reports:"}), formats_.bold);
    s.text(r++, 1, lang_ == diag::Lang::ru
                       ? fmt::format("представили {} из {} {}; принято {}", counts.sent(), counts.total(),
                                     diag::ru_plural(counts.total(), "организации", "организаций", "организаций"),
                                     counts.accepted)
                       : fmt::format("{} of {} organizations submitted; {} accepted", counts.sent(), counts.total(),
                                     counts.accepted));
    s.text(r, 0, tr({"Цвета:", "Colours:"}), formats_.bold);
    lxw_col_t c = 1;
    for (const auto progress : {aggregate::Progress::met, aggregate::Progress::in_progress,
                                aggregate::Progress::not_met, aggregate::Progress::no_data})
      s.text(r, c++, tr(aggregate::progress_label(progress)), formats_.status(palette_of(progress)));
    r += 2;

    const lxw_row_t header_row = r;
    s.header(r++, {tr({"№", "No."}), tr({"Мероприятие", "Activity"}), tr({"Показатель", "Indicator"}),
                   tr({"План", "Target"}), tr({"Факт", "Actual"}), tr({"% плана", "% of target"}),
                   tr({"Статус", "Status"}), tr({"Отчитались", "Reported"}), tr({"Срок", "Deadline"}),
                   tr({"Ближайший / пропущенный срок", "Next / missed due date"}), tr({"Просрочено", "Overdue"}),
                   tr({"Ответственные", "Responsible"})},
             formats_.header);
    constexpr lxw_col_t kLast = 11;
    std::size_t flat = 0;
    for (const auto& section : in_.roadmap.sections) {
      s.text(r, 0, section.number.empty() ? section.id : section.number, formats_.section);
      s.text(r, 1, section.title, formats_.section);
      for (lxw_col_t col = 2; col <= kLast; ++col) worksheet_write_blank(s.get(), r, col, formats_.section);
      ++r;
      for (const auto& activity : section.activities) {
        const auto& f = m.current()[flat++];
        s.text(r, 0, printed_number(activity), formats_.text);
        s.text(r, 1, activity.title, formats_.text);
        s.text(r, 2,
               activity.indicator ? (activity.indicator->unit.empty() ? tr(measure_label(*activity.indicator))
                                                                      : activity.indicator->unit)
                                  : "",
               formats_.text);
        s.number(r, 3, f.target, formats_.decimal);
        s.number(r, 4, f.actual, formats_.decimal);
        // The % of target is a formula over the two cells, so it can be audited.
        const std::string t = cell_ref(r, 3), a = cell_ref(r, 4);
        // Its cached result matches what the formula gives, for readers that do not recalculate.
        const std::string formula =
            fmt::format("=IF(AND(ISNUMBER({0}),ISNUMBER({1}),{0}>0),{1}/{0},\"\")", t, a);
        if (f.ratio)
          worksheet_write_formula_num(s.get(), r, 5, formula.c_str(), formats_.percent, *f.ratio);
        else
          worksheet_write_formula_str(s.get(), r, 5, formula.c_str(), formats_.percent, "");
        s.text(r, 6, tr(aggregate::progress_label(f.progress)), formats_.status(palette_of(f.progress)));
        s.text(r, 7, lang_ == diag::Lang::ru ? fmt::format("{} из {}", f.reported, f.expected)
                                             : fmt::format("{} of {}", f.reported, f.expected),
               formats_.text);
        s.text(r, 8, activity.deadline ? roadmap::describe(*activity.deadline, lang_) : "", formats_.text);
        std::string due;
        if (f.missed_earlier)  // missed in an earlier period and not met since: that is what the reader must see
          due = tr({"прошёл ", "passed "}) + calendar::to_dotted(*f.missed_due);
        else if (f.next_due)
          due = tr({"до ", "by "}) + calendar::to_dotted(*f.next_due);
        else if (f.missed_due)
          due = tr({"прошёл ", "passed "}) + calendar::to_dotted(*f.missed_due);
        s.text(r, 9, due, formats_.text);
        s.text(r, 10, f.overdue ? tr({"да", "yes"}) : "", f.overdue ? formats_.status(kRed) : formats_.text);
        s.text(r, 11, responsible(activity), formats_.text);
        ++r;
      }
    }
    worksheet_freeze_panes(s.get(), header_row + 1, 0);
    s.printable(header_row);
    worksheet_activate(s.get());
  }

  void trend() {
    Sheet s(wb_, tr(kTrend));
    const auto& m = in_.monitoring;
    std::vector<double> widths{8, 60, 16};
    std::vector<std::string> labels{tr({"№", "No."}), tr({"Мероприятие", "Activity"}), tr({"Показатель", "Indicator"})};
    for (const auto p : m.periods_with_data) {
      const auto& label = in_.roadmap.periods[p].label;
      labels.push_back(tr({"План ", "Target "}) + label);
      labels.push_back(tr({"Факт ", "Actual "}) + label);
      labels.push_back(tr({"Статус ", "Status "}) + label);
      widths.insert(widths.end(), {10, 10, 14});
    }
    s.widths(widths);
    s.header(0, labels, formats_.header);
    for (std::size_t a = 0; a < in_.activities.size(); ++a) {
      const auto& activity = in_.activities.at(a);
      const auto r = static_cast<lxw_row_t>(a + 1);
      s.text(r, 0, printed_number(activity), formats_.text);
      s.text(r, 1, activity.title, formats_.text);
      s.text(r, 2, activity.indicator ? tr(measure_label(*activity.indicator)) : "", formats_.text);
      lxw_col_t c = 3;
      for (const auto p : m.periods_with_data) {
        const auto& f = m.figures[p][a];
        s.number(r, c++, f.target, formats_.decimal);
        s.number(r, c++, f.actual, formats_.decimal);
        s.text(r, c++, tr(aggregate::progress_label(f.progress)), formats_.status(palette_of(f.progress)));
      }
    }
    worksheet_freeze_panes(s.get(), 1, 2);
    s.printable(0);
  }

  void by_organization() {
    Sheet s(wb_, tr(kByOrg));
    const auto& m = in_.monitoring;
    const std::size_t count = in_.activities.size();
    std::vector<double> widths{12, 40, 14, 16, 12};
    std::vector<std::string> labels{tr({"Код ОО", "Org id"}), tr({"Наименование", "Name"}), tr({"Тип", "Kind"}),
                                    tr({"Район", "District"}), tr({"Выполнено, %", "Done, %"})};
    for (std::size_t a = 0; a < count; ++a) {
      const auto& activity = in_.activities.at(a);
      labels.push_back(activity.id);  // ids are unique; printed numbers may repeat
      widths.push_back(12);
    }
    s.widths(widths);
    s.header(0, labels, formats_.header);
    for (std::size_t o = 0; o < m.orgs.size(); ++o) {
      const auto& org = m.orgs[o];
      const auto r = static_cast<lxw_row_t>(o + 1);
      // An empty cell says why: rejected, in conflict, a file not read, or nothing sent for it.
      const auto status = status_of(org.id);
      const std::string missing = status == outcome::OrgStatus::accepted || status == outcome::OrgStatus::not_received
                                      ? tr({"нет отчёта", "not reported"})
                                      : tr(outcome::org_status_label(status));
      s.text(r, 0, org.id, formats_.text);
      s.text(r, 1, org.name, formats_.text);
      s.text(r, 2, org.kind, formats_.text);
      s.text(r, 3, org.district, formats_.text);
      s.number(r, 4, org.completion, formats_.percent);
      for (std::size_t a = 0; a < count; ++a) {
        const auto& cell = m.cell(o, a);
        const auto c = static_cast<lxw_col_t>(5 + a);
        if (cell.state == aggregate::Cell::not_required) continue;
        if (cell.state == aggregate::Cell::missing) {
          s.text(r, c, missing, formats_.status(kRed));
          continue;
        }
        if (cell.state == aggregate::Cell::disputed) {
          s.text(r, c, tr(outcome::org_status_label(outcome::OrgStatus::conflict)), formats_.status(kYellow));
          continue;
        }
        const auto& indicator = in_.activities.at(a).indicator;
        if (cell.has_value && indicator && indicator->measure == roadmap::Measure::sum)
          s.number(r, c, cell.value, formats_.status(palette_of(cell.status), true));
        else
          s.text(r, c, tr(submission::status_label(cell.status)), formats_.status(palette_of(cell.status)));
      }
    }
    const auto last_col = static_cast<lxw_col_t>(4 + count);
    worksheet_autofilter(s.get(), 0, 0, static_cast<lxw_row_t>(std::max<std::size_t>(m.orgs.size(), 1)), last_col);
    worksheet_freeze_panes(s.get(), 1, 2);
    s.printable(0);
  }

  void missing() {
    Sheet s(wb_, tr(kMissing));
    const auto& m = in_.monitoring;
    s.widths({12, 40, 14, 16, 60});
    s.header(0, {tr({"Код ОО", "Org id"}), tr({"Наименование", "Name"}), tr({"Тип", "Kind"}),
                 tr({"Район", "District"}), tr({"Не представлено", "Not reported"})},
             formats_.header);
    lxw_row_t r = 1;
    for (std::size_t o = 0; o < m.orgs.size(); ++o) {
      const auto& org = m.orgs[o];
      if (org.required == 0 || org.reported == org.required) continue;
      // Rejected, conflicting and unreadable reports are on the Reports sheet: they were sent.
      if (!org.submitted() && status_of(org.id) != outcome::OrgStatus::not_received) continue;
      std::string what;
      if (!org.submitted()) {
        what = tr({"отчёт не представлен", "no report"});
      } else {
        std::vector<std::string> ids;  // a disputed activity was reported (twice): it is on Reports
        for (std::size_t a = 0; a < in_.activities.size(); ++a)
          if (m.cell(o, a).state == aggregate::Cell::missing) ids.push_back(in_.activities.at(a).id);
        if (ids.empty()) continue;
        what = tr({"мероприятия: ", "activities: "}) + fmt::format("{}", fmt::join(ids, ", "));
      }
      s.text(r, 0, org.id, formats_.text);
      s.text(r, 1, org.name, formats_.text);
      s.text(r, 2, org.kind, formats_.text);
      s.text(r, 3, org.district, formats_.text);
      s.text(r, 4, what, org.submitted() ? formats_.status(kYellow) : formats_.status(kRed));
      ++r;
    }
    worksheet_autofilter(s.get(), 0, 0, std::max<lxw_row_t>(r - 1, 1), 4);
    worksheet_freeze_panes(s.get(), 1, 0);
    s.printable(0);
  }

  // Every organization with its status for the period, its files and errors.
  void reports() {
    Sheet s(wb_, tr(kReports));
    s.widths({12, 40, 16, 18, 60, 10});
    s.header(0, {tr({"Код ОО", "Org id"}), tr({"Наименование", "Name"}), tr({"Район", "District"}),
                 tr({"Статус", "Status"}), tr({"Файлы", "Files"}), tr({"Ошибок", "Errors"})},
             formats_.header);
    lxw_row_t r = 1;
    for (const auto& status : in_.statuses) {
      s.text(r, 0, status.org_id, formats_.text);
      s.text(r, 1, status.name, formats_.text);
      s.text(r, 2, status.district, formats_.text);
      s.text(r, 3, tr(outcome::org_status_label(status.status)), formats_.status(status_palette(status.status)));
      s.text(r, 4, fmt::format("{}", fmt::join(status.files, "\n")), formats_.text);
      s.number(r, 5, static_cast<double>(status.errors), formats_.decimal);
      ++r;
    }
    worksheet_autofilter(s.get(), 0, 0, std::max<lxw_row_t>(r - 1, 1), 5);
    worksheet_freeze_panes(s.get(), 1, 0);
    s.printable(0);
  }

  void findings() {
    Sheet s(wb_, tr(kFindings));
    s.widths({40, 8, 16, 12, 20, 70, 50});
    s.header(0, {tr({"Файл", "File"}), tr({"Строка", "Line"}), tr({"Столбец", "Column"}), tr({"Уровень", "Severity"}),
                 tr({"Код", "Code"}), tr({"Сообщение", "Message"}), tr({"Что сделать", "Hint"})},
             formats_.header);
    lxw_row_t r = 1;
    for (const auto& file : in_.files) {
      for (const auto& d : file.findings) {
        s.text(r, 0, d.pos.file, formats_.text);
        if (d.pos.line > 0)
          s.number(r, 1, d.pos.line, formats_.integer);
        else
          worksheet_write_blank(s.get(), r, 1, formats_.text);
        s.text(r, 2, d.column_header.empty() ? d.column_key : d.column_header, formats_.text);
        const bool error = d.severity == diag::Severity::error;
        s.text(r, 3, diag::severity_name(d.severity), formats_.status(error ? kRed : kYellow));
        s.text(r, 4, diag::code_name(d.code), formats_.text);
        s.text(r, 5, d.message.in(lang_), formats_.text);
        s.text(r, 6, d.hint.in(lang_), formats_.text);
        ++r;
      }
    }
    worksheet_autofilter(s.get(), 0, 0, std::max<lxw_row_t>(r - 1, 1), 6);
    worksheet_freeze_panes(s.get(), 1, 0);
    s.printable(0);
  }

  void data() {
    const auto rows = in_.rows.sorted();
    const std::size_t per_sheet = std::max<std::size_t>(options_.data_rows_per_sheet, 1);
    // The merged columns, headed in --lang (the merged CSV itself stays canonical English).
    std::vector<std::string> labels;
    for (const auto column : {submission::col_org_id, submission::col_period, submission::col_activity_id,
                              submission::col_status, submission::col_value, submission::col_completed_on,
                              submission::col_evidence, submission::col_comment, submission::col_source_file,
                              submission::col_source_line}) {
      const auto& spec = submission::submission_columns()[column];
      labels.emplace_back(lang_ == diag::Lang::ru ? spec.russian : spec.key);
    }
    std::size_t next = 0, sheet_number = 1;
    do {  // at least one Data sheet, even when empty
      Sheet s(wb_, sheet_number == 1 ? tr(kData) : fmt::format("{} {}", tr(kData), sheet_number));
      s.widths({12, 9, 11, 11, 9, 13, 40, 50, 40, 10});
      s.header(0, labels, formats_.header);
      const std::size_t first = next, end = std::min(rows.size(), next + per_sheet);
      for (lxw_row_t r = 1; next < end; ++next, ++r) {
        const merge::MergedRow& row = *rows[next];
        s.text(r, 0, in_.rows.orgs().at(row.org));
        s.text(r, 1, in_.roadmap.periods[row.period].label);
        s.text(r, 2, in_.activities.at(row.activity).id);
        s.text(r, 3, tr(submission::status_label(row.status)));
        if (row.has_value) s.number(r, 4, row.value, nullptr);
        if (row.has_date) s.date(r, 5, row.completed_on, formats_.date);
        s.text(r, 6, in_.rows.texts().get(row.evidence));
        s.text(r, 7, in_.rows.texts().get(row.comment));
        s.text(r, 8, in_.rows.files().at(row.source_file));
        s.number(r, 9, row.source_line, nullptr);
      }
      worksheet_autofilter(s.get(), 0, 0, static_cast<lxw_row_t>(std::max<std::size_t>(end - first, 1)), 9);
      worksheet_freeze_panes(s.get(), 1, 0);
      ++sheet_number;
    } while (next < rows.size());
  }

  // Target against actual for the activities with a numeric indicator and a
  // target: the table the chart is drawn from, and the chart beside it.
  void chart() {
    const auto& figures = in_.monitoring.current();
    std::vector<std::size_t> shown;
    for (std::size_t a = 0; a < in_.activities.size(); ++a) {
      const auto& indicator = in_.activities.at(a).indicator;
      if (indicator && indicator->measure != roadmap::Measure::done && figures[a].target) shown.push_back(a);
    }
    if (shown.empty()) return;
    const std::string name = tr(kChart);
    Sheet s(wb_, name);
    s.widths({10, 50, 10, 10});
    s.header(0, {tr({"№", "No."}), tr({"Мероприятие", "Activity"}), tr({"План", "Target"}), tr({"Факт", "Actual"})},
             formats_.header);
    lxw_row_t r = 1;
    for (const auto a : shown) {
      const auto& activity = in_.activities.at(a);
      s.text(r, 0, printed_number(activity), formats_.text);
      s.text(r, 1, activity.title, formats_.text);
      s.number(r, 2, figures[a].target, formats_.decimal);
      s.number(r, 3, figures[a].actual.value_or(0), formats_.decimal);
      ++r;
    }
    lxw_chart* chart = workbook_add_chart(wb_, LXW_CHART_COLUMN);
    for (const lxw_col_t col : {lxw_col_t{2}, lxw_col_t{3}}) {
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      chart_series_set_categories(series, name.c_str(), 1, 0, r - 1, 0);
      chart_series_set_values(series, name.c_str(), 1, col, r - 1, col);
      chart_series_set_name_range(series, name.c_str(), 0, col);
    }
    chart_title_set_name(chart, fmt::format("{} {}", tr({"План и факт,", "Target and actual,"}), period().label).c_str());
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options placement{};
    placement.x_scale = 2.0;
    placement.y_scale = 1.6;
    worksheet_insert_chart_opt(s.get(), 0, 5, chart, &placement);
  }

  lxw_workbook* wb_;
  const WorkbookInput& in_;
  diag::Lang lang_;
  const WorkbookOptions& options_;
  Formats formats_;
  mutable std::unordered_map<std::string, std::size_t> status_index_;  // org_id -> index into in_.statuses
};

}  // namespace

std::vector<std::string> sheet_names(diag::Lang lang) {
  std::vector<std::string> names;
  for (const auto* label : {&kSummary, &kTrend, &kByOrg, &kReports, &kMissing, &kFindings, &kData, &kChart})
    names.push_back(label->in(lang));
  return names;
}

std::string write_workbook(const std::string& path, const WorkbookInput& input, const WorkbookOptions& options) {
  lxw_workbook_options workbook_options{};
  workbook_options.constant_memory = input.rows.sorted_size() >= options.constant_memory_rows ? LXW_TRUE : LXW_FALSE;
  workbook_options.use_zip64 = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &workbook_options);
  if (!wb) return "cannot create the workbook";

  const auto& roadmap = input.roadmap;
  const std::string subject = roadmap.periods[input.monitoring.period].label;
  const std::string comments = fmt::format("roadmap-render {}", RMT_VERSION);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(roadmap.title.c_str());
  properties.author = const_cast<char*>(roadmap.issuer.c_str());
  properties.company = const_cast<char*>(roadmap.issuer.c_str());
  properties.subject = const_cast<char*>(subject.c_str());
  properties.comments = const_cast<char*>(comments.c_str());
  // Dated by the as-of date, not the clock, so a rerun describes the same state.
  std::tm as_of{};
  as_of.tm_year = input.monitoring.as_of.year - 1900;
  as_of.tm_mon = input.monitoring.as_of.month - 1;
  as_of.tm_mday = input.monitoring.as_of.day;
  as_of.tm_hour = 12;
  properties.created = timegm(&as_of);
  workbook_set_properties(wb, &properties);

  Writer(wb, input, options).write_all();
  const lxw_error error = workbook_close(wb);
  return error == LXW_NO_ERROR ? "" : lxw_strerror(error);
}

}  // namespace rmt::render
