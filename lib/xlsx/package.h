// The parts of an .xlsx that give meaning to a sheet's cells: which sheets
// there are and where (workbook.xml and its relationships), which cell
// styles show dates (styles.xml), the shared strings, and the 1904 date
// system flag. Read once per workbook, before any sheet is streamed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vocab/lang.h"
#include "package/xml_stream.h"
#include "package/zip_reader.h"

namespace rmt::xlsx {

// The workbook reader's zip and XML routines are lib/package's.
using package::parse_part;
using package::XmlAttributes;
using package::XmlHandler;
using package::XmlStream;
using package::ZipArchive;

struct SheetInfo {
  std::string name;  ///< as on the tab: "Отчёт"
  std::string part;  ///< the zip entry: "xl/worksheets/sheet1.xml"
};

/// The workbook's shared strings, in one buffer.
class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view at(std::size_t index) const {
    const std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }
  void add(std::string_view text) {
    text_ += text;
    ends_.push_back(text_.size());
  }
  std::size_t bytes() const { return text_.size(); }

 private:
  std::string text_;
  std::vector<std::size_t> ends_;
};

struct PackageLimits {
  /// The largest part held in memory (workbook, styles, shared strings).
  std::uint64_t max_part_bytes = 256u << 20;
};

struct Package {
  std::vector<SheetInfo> sheets;  ///< in tab order
  bool date1904 = false;          ///< serial day 0 is 1904-01-01, not 1899-12-31
  std::vector<bool> date_styles;  ///< by cell style index: shows a date
  SharedStrings strings;
};

/// Reads the structure of an opened archive into `package`; the reason it is
/// not a usable workbook, or empty.
vocab::Localized load_package(ZipArchive& zip, Package& package, const PackageLimits& limits = {});

/// True for a number format that shows a date: the built-in ones and custom
/// codes with day or year parts ("dd.mm.yyyy", "[$-419]d mmmm yyyy").
bool is_date_format(std::uint32_t id, std::string_view code);

/// Decodes OOXML's escapes for control characters ("_x000D_") in place.
void unescape_ooxml(std::string& text);

}  // namespace rmt::xlsx
