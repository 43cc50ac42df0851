// A school's template as CSV, in the dialect Excel on Russian Windows opens
// as it is: UTF-8 with a BOM (without one Excel guesses the ANSI code page
// and shows mojibake) or Windows-1251, ';' and CRLF by default.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vocab/lang.h"
#include "template/template_rows.h"
#include "text/decoder.h"

namespace rmt::templates {

struct CsvTemplateOptions {
  text::Encoding encoding = text::Encoding::utf8;  ///< UTF-8 is written with a BOM
  char delimiter = ';';
  vocab::Lang lang = vocab::Lang::ru;  ///< header language
};

struct CsvTemplate {
  std::string bytes;
  std::size_t unrepresentable = 0;  ///< characters Windows-1251 lacks, written as '?'
};

CsvTemplate csv_template(const std::vector<TemplateRow>& rows, std::string_view org_id, std::string_view period,
                         const CsvTemplateOptions& options);

}  // namespace rmt::templates
