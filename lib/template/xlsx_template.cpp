#include "template/xlsx_template.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "submission/status.h"
#include "text/utf8.h"

namespace rmt::templates {
namespace {

using submission::Column;

constexpr std::array<submission::Status, 4> kStatuses{submission::Status::done, submission::Status::partial,
                                                      submission::Status::not_done,
                                                      submission::Status::not_applicable};

// Widest a column grows to before its text wraps, per column of kTemplateColumns.
constexpr std::array<double, 10> kMaxWidths{14, 10, 10, 60, 16, 16, 12, 16, 36, 36};
constexpr std::array<double, 10> kMinWidths{10, 8, 8, 30, 12, 16, 12, 16, 24, 24};

lxw_datetime to_lxw(const calendar::Date& date) { return {date.year, date.month, date.day, 0, 0, 0}; }

class TemplateBook {
 public:
  TemplateBook(const std::string& path, const XlsxTemplateInput& in, diag::Lang lang)
      : in_(in), lang_(lang), book_(workbook_new(path.c_str())) {}
  ~TemplateBook() {
    if (book_) workbook_close(book_);  // only after a failure: close() clears book_
  }

  std::string write() {
    if (!book_) return "cannot create the workbook";
    formats();
    report_sheet();
    instruction_sheet();
    properties();
    const lxw_error error = workbook_close(book_);
    book_ = nullptr;
    return error == LXW_NO_ERROR ? "" : lxw_strerror(error);
  }

 private:
  std::string_view tr(std::string_view ru, std::string_view en) const { return diag::tr(lang_, ru, en); }

  lxw_format* format(bool locked, bool bold = false, const char* num_format = nullptr, lxw_color_t fill = 0) {
    lxw_format* f = workbook_add_format(book_);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, 0xBFBFBF);
    if (!locked) format_set_unlocked(f);
    if (bold) format_set_bold(f);
    if (num_format) format_set_num_format(f, num_format);
    if (fill) format_set_bg_color(f, fill);
    return f;
  }

  void formats() {
    header_ = format(true, true, nullptr, 0xD9E1F2);
    filled_ = format(true, false, "@", 0xF2F2F2);
    input_ = format(false, false, "@");
    number_ = format(false, false, "General");
    date_ = format(false, false, "dd.mm.yyyy");
    title_ = workbook_add_format(book_);
    format_set_bold(title_);
    format_set_font_size(title_, 13);
    wrap_ = workbook_add_format(book_);
    format_set_text_wrap(wrap_);
    format_set_align(wrap_, LXW_ALIGN_VERTICAL_TOP);
  }

  void report_sheet() {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, std::string(report_sheet_name(lang_)).c_str());
    std::array<double, 10> widths{};
    for (std::size_t c = 0; c < kTemplateColumns.size(); ++c) {
      const std::string_view header = column_header(kTemplateColumns[c], lang_);
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), std::string(header).c_str(), header_);
      widths[c] = std::max(kMinWidths[c], static_cast<double>(text::count_chars(header)) + 2);
    }
    worksheet_set_row(sheet, 0, 32, nullptr);
    lxw_row_t r = 1;
    for (const auto& row : in_.rows) {
      const auto cells = filled_cells(row, in_.org_id, in_.period.label);
      for (std::size_t c = 0; c < cells.size(); ++c) {
        // Texts, even when they look like numbers: "1.10" must not become 1.1.
        worksheet_write_string(sheet, r, static_cast<lxw_col_t>(c), std::string(cells[c]).c_str(), filled_);
        widths[c] = std::max(widths[c], static_cast<double>(text::count_chars(cells[c])) + 2);
      }
      for (std::size_t c = cells.size(); c < kTemplateColumns.size(); ++c) {
        const Column column = kTemplateColumns[c];
        lxw_format* f = column == submission::col_value          ? number_
                        : column == submission::col_completed_on ? date_
                                                                 : input_;
        worksheet_write_blank(sheet, r, static_cast<lxw_col_t>(c), f);
      }
      ++r;
    }
    for (std::size_t c = 0; c < kTemplateColumns.size(); ++c)
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::min(widths[c], kMaxWidths[c]),
                           nullptr);
    if (r > 1) validations(sheet, r - 1);
    worksheet_freeze_panes(sheet, 1, 3);
    worksheet_set_landscape(sheet);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, 0, 0);
    // Locked cells (ids, titles, targets) cannot be edited; formatting can,
    // so a school may widen a column or a row. No password: this guards
    // against slips, not against the school.
    lxw_protection protection{};
    protection.format_cells = 1;
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(sheet, nullptr, &protection);
  }

  lxw_col_t column_index(Column column) const {
    return static_cast<lxw_col_t>(std::find(kTemplateColumns.begin(), kTemplateColumns.end(), column) -
                                  kTemplateColumns.begin());
  }

  // Puts `rule`, with its input hint and error text, on the column's data rows.
  void apply(lxw_worksheet* sheet, lxw_row_t last_row, Column column, lxw_data_validation& rule, std::string& title,
             std::string& input, std::string& error) {
    rule.input_title = title.data();
    rule.input_message = input.data();
    rule.error_title = title.data();
    rule.error_message = error.data();
    const lxw_col_t col = column_index(column);
    worksheet_data_validation_range(sheet, 1, col, last_row, col, &rule);
  }

  void validations(lxw_worksheet* sheet, lxw_row_t last_row) {
    // Status: a drop-down of the four words.
    std::array<std::string, kStatuses.size()> words;
    std::array<char*, kStatuses.size() + 1> list{};
    for (std::size_t i = 0; i < kStatuses.size(); ++i) {
      words[i] = std::string(lang_ == diag::Lang::ru ? submission::status_russian(kStatuses[i])
                                                     : submission::status_name(kStatuses[i]));
      list[i] = words[i].data();
    }
    std::string status_title(tr("Статус", "Status")), status_input(tr("Выберите из списка.", "Pick one from the list.")),
        status_error(tr("Выберите статус из списка: выполнено, частично, не выполнено, не применимо.",
                        "Pick a status from the list: done, partial, not-done, n/a."));
    lxw_data_validation status{};
    status.validate = LXW_VALIDATION_TYPE_LIST;
    status.value_list = list.data();
    apply(sheet, last_row, submission::col_status, status, status_title, status_input, status_error);

    // Value: a number, zero or more.
    std::string value_title(tr("Значение", "Value")),
        value_input(tr("Число (0 или больше). Обязательно для количественных показателей при статусе «выполнено» или «частично».",
                       "A number (0 or more). Required for sum indicators when the status is done or partial.")),
        value_error(tr("Введите число, 0 или больше.", "Enter a number, 0 or more."));
    lxw_data_validation value{};
    value.validate = LXW_VALIDATION_TYPE_DECIMAL;
    value.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
    value.value_number = 0;
    apply(sheet, last_row, submission::col_value, value, value_title, value_input, value_error);

    // Completion date: a real date; the period's dates are suggested, not
    // enforced (a date outside the period is only a warning on checking).
    std::string date_title(tr("Дата выполнения", "Completed on")),
        date_input(fmt::format(fmt::runtime(tr("Дата в виде ДД.ММ.ГГГГ, обычно в пределах периода {} ({} – {}).",
                                               "A date as DD.MM.YYYY, usually within the period {} ({} – {}).")),
                               in_.period.label, calendar::to_dotted(in_.period.first_day()),
                               calendar::to_dotted(in_.period.last_day()))),
        date_error(tr("Введите дату в виде ДД.ММ.ГГГГ.", "Enter a date as DD.MM.YYYY."));
    lxw_data_validation date{};
    date.validate = LXW_VALIDATION_TYPE_DATE;
    date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    date.minimum_datetime = to_lxw({2000, 1, 1});
    date.maximum_datetime = to_lxw({2099, 12, 31});
    apply(sheet, last_row, submission::col_completed_on, date, date_title, date_input, date_error);
  }

  void instruction_sheet() {
    lxw_worksheet* sheet = workbook_add_worksheet(book_, std::string(tr("Инструкция", "Instructions")).c_str());
    worksheet_set_column(sheet, 0, 0, 110, wrap_);
    std::vector<std::string> lines;
    lines.push_back(in_.roadmap.title);
    lines.push_back(fmt::format(fmt::runtime(tr("Организация: {} ({}). Период: {}.", "Organization: {} ({}). Period: {}.")),
                                in_.org_name, in_.org_id, in_.period.label));
    lines.push_back(std::string(tr(
        "Заполните лист «Отчёт»: по строке на каждое мероприятие, по которому отчитывается ваша организация.",
        "Fill in the \"Report\" sheet: one row per activity your organization reports on.")));
    lines.push_back(std::string(tr(
        "Серые столбцы (код, период, номер, мероприятие, плановое значение) заполнены заранее и защищены: не меняйте их.",
        "The grey columns (code, period, number, activity, target) are filled in and protected: do not change them.")));
    lines.push_back(std::string(tr("Статус — выберите из списка: выполнено, частично, не выполнено, не применимо.",
                                   "Status: pick from the list: done, partial, not-done, n/a.")));
    lines.push_back(std::string(tr(
        "Значение — число (0 или больше); обязательно для количественных показателей при статусе «выполнено» или «частично».",
        "Value: a number (0 or more); required for sum indicators when the status is done or partial.")));
    lines.push_back(std::string(tr("Дата выполнения — в виде ДД.ММ.ГГГГ.", "Completed on: a date, DD.MM.YYYY.")));
    lines.push_back(std::string(tr("Подтверждение — номер и дата документа или ссылка; Комментарий — по желанию.",
                                   "Evidence: a document's number and date or a link; Comment: optional.")));
    lines.push_back(std::string(tr(
        "Сохраните файл в формате .xlsx, не переименовывая листы и столбцы, и отправьте его обратно.",
        "Save the file as .xlsx without renaming the sheets or columns, and send it back.")));
    for (std::size_t i = 0; i < lines.size(); ++i)
      worksheet_write_string(sheet, static_cast<lxw_row_t>(i), 0, lines[i].c_str(), i == 0 ? title_ : wrap_);
  }

  void properties() {
    std::string title = fmt::format("{} — {} ({})", in_.roadmap.title, in_.org_id, in_.period.label);
    std::string subject(tr("Шаблон отчёта", "Report template"));
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.subject = subject.data();
    workbook_set_properties(book_, &properties);
  }

  const XlsxTemplateInput& in_;
  diag::Lang lang_;
  lxw_workbook* book_;
  lxw_format *header_ = nullptr, *filled_ = nullptr, *input_ = nullptr, *number_ = nullptr, *date_ = nullptr,
             *title_ = nullptr, *wrap_ = nullptr;
};

}  // namespace

std::string_view report_sheet_name(diag::Lang lang) { return diag::tr(lang, "Отчёт", "Report"); }

std::string write_xlsx_template(const std::string& path, const XlsxTemplateInput& input, diag::Lang lang) {
  return TemplateBook(path, input, lang).write();
}

}  // namespace rmt::templates
