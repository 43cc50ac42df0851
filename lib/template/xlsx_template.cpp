#include "template/xlsx_template.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "book/workbook.h"
#include "diag/messages.h"
#include "submission/status.h"
#include "vocab/status_words.h"

namespace rmt::templates {
namespace {

using book::Col;
using book::Row;
using submission::Column;

// Widest a column grows to before its text wraps, per column of kTemplateColumns.
constexpr std::array<double, kTemplateColumns.size()> kMaxWidths{14, 10, 10, 60, 16, 30, 16, 12, 16, 36, 36};
constexpr std::array<double, kTemplateColumns.size()> kMinWidths{10, 8, 8, 30, 12, 18, 16, 12, 16, 24, 24};

class TemplateBook {
 public:
  TemplateBook(const std::string& path, const XlsxTemplateInput& in, vocab::Lang lang)
      : in_(in), lang_(lang), book_(path, false) {}

  std::string write() {
    if (!book_.ok()) return "cannot create the workbook";
    formats();
    report_sheet();
    instruction_sheet();
    properties();
    return book_.close();
  }

 private:
  std::string_view tr(std::string_view ru, std::string_view en) const { return vocab::tr(lang_, ru, en); }

  void formats() {
    using book::NumberFormat;
    const book::Style cell{.wrap = true, .light_border = true};
    auto with = [&](bool locked, NumberFormat number, book::Fill fill = book::Fill::none, bool bold = false) {
      book::Style style = cell;
      style.locked = locked;
      style.number = number;
      style.fill = fill;
      style.font.bold = bold;
      return book_.format(style);
    };
    header_ = with(true, NumberFormat::general, book::Fill::header, true);
    filled_ = with(true, NumberFormat::text, book::Fill::prefilled);
    input_ = with(false, NumberFormat::text);
    number_ = with(false, NumberFormat::decimal);
    date_ = with(false, NumberFormat::date);
    title_ = book_.format({.font = {13, true}, .wrap = true});
    wrap_ = book_.format({.wrap = true});
  }

  void report_sheet() {
    book::Sheet& sheet = book_.add_sheet(std::string(report_sheet_name(lang_)));
    // Widths first: the rows' heights are measured against them.
    std::array<double, kTemplateColumns.size()> widths{};
    for (std::size_t c = 0; c < kTemplateColumns.size(); ++c)
      widths[c] = std::max(kMinWidths[c], book::column_width_for(column_header(kTemplateColumns[c], lang_), {11, true}));
    for (const auto& row : in_.rows) {
      const auto cells = filled_cells(row, in_.org_id, in_.period.label);
      for (std::size_t c = 0; c < cells.size(); ++c) widths[c] = std::max(widths[c], book::column_width_for(cells[c], {}));
    }
    std::vector<double> capped;
    for (std::size_t c = 0; c < widths.size(); ++c) capped.push_back(std::min(widths[c], kMaxWidths[c]));
    sheet.set_widths(capped);

    for (std::size_t c = 0; c < kTemplateColumns.size(); ++c)
      sheet.text(0, static_cast<Col>(c), column_header(kTemplateColumns[c], lang_), header_);
    Row r = 1;
    for (const auto& row : in_.rows) {
      const auto cells = filled_cells(row, in_.org_id, in_.period.label);
      // Texts, even when they look like numbers: "1.10" must not become 1.1.
      for (std::size_t c = 0; c < cells.size(); ++c) sheet.text(r, static_cast<Col>(c), cells[c], filled_);
      for (std::size_t c = cells.size(); c < kTemplateColumns.size(); ++c) {
        const Column column = kTemplateColumns[c];
        sheet.blank(r, static_cast<Col>(c), column == submission::col_value          ? number_
                                            : column == submission::col_completed_on ? date_
                                                                                     : input_);
      }
      ++r;
    }
    if (r > 1) validations(sheet, r - 1);
    sheet.freeze(1, 3);
    book::PrintSetup print;
    print.repeat_row = 0;
    sheet.print(print);
    // Locked cells (ids, titles, targets) cannot be edited; formatting can,
    // so a school may widen a column or a row.
    sheet.protect();
  }

  Col column_index(Column column) const {
    return static_cast<Col>(std::find(kTemplateColumns.begin(), kTemplateColumns.end(), column) - kTemplateColumns.begin());
  }

  void validations(book::Sheet& sheet, Row last_row) {
    // Status: a drop-down of the four words.
    book::Validation status;
    status.kind = book::Validation::Kind::list;
    for (const auto& word : vocab::kActivityStatusWords)
      status.items.emplace_back(lang_ == vocab::Lang::ru ? word.russian : word.key);
    status.title = tr("Статус", "Status");
    status.input_message = tr("Выберите из списка.", "Pick one from the list.");
    status.error_message = fmt::format("{} {}.", tr("Выберите статус из списка:", "Pick a status from the list:"),
                                       vocab::activity_status_list(lang_ == vocab::Lang::ru ? &vocab::StatusWord::russian
                                                                                           : &vocab::StatusWord::key));
    sheet.validate(1, last_row, column_index(submission::col_status), status);

    // Value: a number, zero or more.
    book::Validation value;
    value.kind = book::Validation::Kind::decimal_at_least;
    value.minimum = 0;
    value.title = tr("Значение", "Value");
    value.input_message =
        tr("Число (0 или больше). Обязательно для количественных показателей при статусе «выполнено» или «частично».",
           "A number (0 or more). Required for sum indicators when the status is done or partial.");
    value.error_message = tr("Введите число, 0 или больше.", "Enter a number, 0 or more.");
    sheet.validate(1, last_row, column_index(submission::col_value), value);

    // Completion date: a real date; the period's dates are suggested, not
    // enforced (a date outside the period is only a warning on checking).
    book::Validation date;
    date.kind = book::Validation::Kind::date_between;
    date.first = {2000, 1, 1};
    date.last = {2099, 12, 31};
    date.title = tr("Дата выполнения", "Completed on");
    date.input_message = fmt::format(fmt::runtime(tr("Дата в виде ДД.ММ.ГГГГ, обычно в пределах периода {} ({} – {}).",
                                                     "A date as DD.MM.YYYY, usually within the period {} ({} – {}).")),
                                     in_.period.label, calendar::to_dotted(in_.period.first_day()),
                                     calendar::to_dotted(in_.period.last_day()));
    date.error_message = tr("Введите дату в виде ДД.ММ.ГГГГ.", "Enter a date as DD.MM.YYYY.");
    sheet.validate(1, last_row, column_index(submission::col_completed_on), date);
  }

  void instruction_sheet() {
    book::Sheet& sheet = book_.add_sheet(std::string(tr("Инструкция", "Instructions")));
    sheet.set_widths({110});
    std::vector<std::string> lines;
    lines.push_back(in_.roadmap.title);
    lines.push_back(fmt::format(fmt::runtime(tr("Организация: {} ({}). Отчёт за {} (в столбце «Период» — {}).",
                                                "Organization: {} ({}). The report for {} (in the Period column: {}).")),
                                in_.org_name, in_.org_id, roadmap::describe_period(in_.period).in(lang_), in_.period.label));
    // When and where to: the roadmap's reporting date and the centre's address, when known.
    if (in_.due)
      lines.push_back(fmt::format(fmt::runtime(tr("Срок представления отчёта — до {}.", "The report is due by {}.")),
                                  calendar::to_dotted(*in_.due)));
    if (!in_.send_to.empty())
      lines.push_back(fmt::format(fmt::runtime(tr("Куда отправить: {}.", "Send it to: {}.")), in_.send_to));
    lines.emplace_back(tr("В столбце «Срок» — срок каждого мероприятия из дорожной карты и дата, до которой оно должно "
                          "быть выполнено в этом периоде.",
                          "The Deadline column gives each activity's deadline in the roadmap and the date it is due by "
                          "in this period."));
    lines.emplace_back(tr("Заполните лист «Отчёт»: по строке на каждое мероприятие, по которому отчитывается ваша организация.",
                          "Fill in the \"Report\" sheet: one row per activity your organization reports on."));
    lines.emplace_back(tr(
        "Серые столбцы (код, период, номер, мероприятие, плановое значение, срок) заполнены заранее и защищены: не меняйте их.",
        "The grey columns (code, period, number, activity, target, deadline) are filled in and protected: do not change them."));
    lines.emplace_back(fmt::format("{} {}.", tr("Статус — выберите из списка:", "Status: pick from the list:"),
                                   vocab::activity_status_list(lang_ == vocab::Lang::ru ? &vocab::StatusWord::russian
                                                                                      : &vocab::StatusWord::key)));
    lines.emplace_back(tr(
        "Значение — число (0 или больше); обязательно для количественных показателей при статусе «выполнено» или «частично».",
        "Value: a number (0 or more); required for sum indicators when the status is done or partial."));
    lines.emplace_back(tr("Дата выполнения — в виде ДД.ММ.ГГГГ.", "Completed on: a date, DD.MM.YYYY."));
    lines.emplace_back(tr("Подтверждение — номер и дата документа или ссылка; Комментарий — по желанию.",
                          "Evidence: a document's number and date or a link; Comment: optional."));
    lines.emplace_back(tr("Сохраните файл в формате .xlsx, не переименовывая листы и столбцы, и отправьте его обратно.",
                          "Save the file as .xlsx without renaming the sheets or columns, and send it back."));
    for (std::size_t i = 0; i < lines.size(); ++i) sheet.text(static_cast<Row>(i), 0, lines[i], i == 0 ? title_ : wrap_);
    sheet.print({});
  }

  void properties() {
    book::Properties properties;
    properties.title = fmt::format("{} — {} ({})", in_.roadmap.title, in_.org_id, in_.period.label);
    properties.subject = tr("Шаблон отчёта", "Report template");
    if (in_.created) properties.created = calendar::noon_utc(*in_.created);
    book_.set_properties(properties);
  }

  const XlsxTemplateInput& in_;
  vocab::Lang lang_;
  book::Workbook book_;
  book::Format header_, filled_, input_, number_, date_, title_, wrap_;
};

}  // namespace

std::string_view report_sheet_name(vocab::Lang lang) { return vocab::tr(lang, "Отчёт", "Report"); }

io::WriteResult write_xlsx_template(const std::string& path, const XlsxTemplateInput& input, vocab::Lang lang) {
  const std::string why = TemplateBook(path, input, lang).write();
  return why.empty() ? io::WriteResult{} : io::WriteResult::failed(path, diag::msg::library_reason("libxlsxwriter", why));
}

}  // namespace rmt::templates
