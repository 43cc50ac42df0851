// A school's template as an Excel workbook: the "Отчёт" sheet with the rows
// of template_rows(), the filled-in columns locked (the sheet is protected
// without a password), drop-down lists and input checks on the columns the
// school fills, widths that fit, and an "Инструкция" sheet that says what to
// do. The school fills it in Excel and sends the .xlsx back as it is.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "io/write_result.h"
#include "vocab/lang.h"
#include "roadmap/roadmap.h"
#include "template/template_rows.h"

namespace rmt::templates {

struct XlsxTemplateInput {
  const roadmap::Roadmap& roadmap;
  const roadmap::Period& period;
  const std::string& org_id;
  const std::string& org_name;
  const std::vector<TemplateRow>& rows;
  /// The workbook's date; nullopt: now. A letter's attachment gives its own,
  /// so that the same run writes the same bytes.
  std::optional<calendar::Date> created = std::nullopt;
  /// The reports' due date in the period, for the instruction sheet; nullopt: not said.
  std::optional<calendar::Date> due = std::nullopt;
  /// Where to send the report (the centre's address), for the instruction sheet; "": not said.
  std::string send_to = {};
};

/// Writes the workbook to `path`.
io::WriteResult write_xlsx_template(const std::string& path, const XlsxTemplateInput& input, vocab::Lang lang);

/// The data sheet's name: "Отчёт" or "Report" (submission_sheet_names() reads both).
std::string_view report_sheet_name(vocab::Lang lang);

}  // namespace rmt::templates
