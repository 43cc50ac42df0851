#include "template/csv_template.h"

#include "csv/writer.h"
#include "text/encoder.h"

namespace rmt::templates {

CsvTemplate csv_template(const std::vector<TemplateRow>& rows, std::string_view org_id, std::string_view period,
                         const CsvTemplateOptions& options) {
  std::string utf8;
  const auto end_line = [&] { utf8 += "\r\n"; };
  for (std::size_t i = 0; i < kTemplateColumns.size(); ++i) {
    if (i > 0) utf8.push_back(options.delimiter);
    csv::append_field(utf8, column_header(kTemplateColumns[i], options.lang), options.delimiter);
  }
  end_line();
  for (const auto& row : rows) {
    const auto cells = filled_cells(row, org_id, period);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) utf8.push_back(options.delimiter);
      csv::append_field(utf8, cells[i], options.delimiter);
    }
    // The school's columns stay empty; the delimiters keep the row's width.
    utf8.append(kTemplateColumns.size() - cells.size(), options.delimiter);
    end_line();
  }
  CsvTemplate out;
  if (options.encoding == text::Encoding::utf8) {
    out.bytes = "\xEF\xBB\xBF" + utf8;
  } else {
    out.unrepresentable = text::encode_windows1251(utf8, out.bytes);
  }
  return out;
}

}  // namespace rmt::templates
