// The one adapter over libxlsxwriter that every workbook we write goes
// through (the monitoring workbook, the schools' templates): sheets, formats,
// dates, row heights and print setup. No libxlsxwriter type leaves it.
//
// Cells are written row by row (constant-memory mode requires it). A sheet
// remembers how many lines each wrapped cell of the current row takes and
// sets that row's height when the next row begins (book/text_fit.h), so no
// wrapped text prints over the row below it.
#pragma once

#include <cstdint>
#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "book/text_fit.h"
#include "calendar/date.h"
#include "vocab/lang.h"

namespace rmt::book {

using Row = std::uint32_t;
using Col = std::uint16_t;

/// Fills, with the font colour that goes with each (Excel's good / neutral /
/// bad / none palette for the statuses).
enum class Fill : std::uint8_t { none, header, section, green, yellow, red, grey, prefilled };
/// A fill's background as 0xRRGGBB (none: white), for other outputs that colour as the workbook does.
std::uint32_t fill_rgb(Fill fill);
/// The darker colour of a fill's hue (its text colour; none: blue), for bars in charts: the fills are too pale.
std::uint32_t fill_ink_rgb(Fill fill);
enum class NumberFormat : std::uint8_t { general, integer, decimal, percent, date, text };
/// Where a cell's text sits in a row taller than it (a cell without a format
/// sits at the bottom: Excel's default).
enum class Vertical : std::uint8_t { top, centre };

struct Style {
  Font font{};
  bool wrap = false;
  bool border = false;
  bool light_border = false;  ///< grey borders (templates) instead of black
  bool locked = true;         ///< only matters on a protected sheet
  Vertical vertical = Vertical::top;
  Fill fill = Fill::none;
  NumberFormat number = NumberFormat::general;

  bool operator==(const Style&) const = default;
};

/// A format made by Workbook::format(); cheap to copy. A default-constructed
/// one is the cell's default format (no style index written).
class Format {
 public:
  Format() = default;

 private:
  friend class Sheet;
  friend class Workbook;
  void* handle_ = nullptr;
  Font font_{};
  bool wrap_ = false;
};

/// A fragment of a cell of mixed formatting ("Утверждена: " in bold, then the value).
struct Run {
  std::string text;
  bool bold = false;
};

struct PrintSetup {
  std::optional<Row> repeat_row;  ///< the header row printed on every page
  bool fit_width = true;          ///< one page wide, as many pages tall as needed
  /// Rows [0, last_row] of columns [0, last_col] only; none: the used range.
  struct Area {
    Row last_row;
    Col last_col;
  };
  std::optional<Area> area;
  std::vector<Row> breaks_before;  ///< manual page breaks above these rows
  /// A wide table (a column per activity): fitted to the page's width only
  /// while that keeps at least this scale (%); past it, printed at this scale
  /// across several pages wide, with columns [0, repeat_columns_to] repeated
  /// on each so every page names its rows. 0: always fit.
  int min_scale = 0;
  Col repeat_columns_to = 0;
};

/// The line Workbook::set_overflow_mark() puts where a long text's visible part ends.
inline const vocab::Localized kOverflowMark{"[… текст длиннее строки; целиком он виден в строке формул]",
                                           "[… the text is longer than the row; see it whole in the formula bar]"};

/// The page footer every printed sheet gets: the sheet's name on the left, "page / pages" on the right.
inline constexpr std::string_view kFooter = "&L&A&R&P / &N";

/// A drop-down list, a decimal range or a date range on a column's cells.
struct Validation {
  enum class Kind { list, decimal_at_least, date_between } kind = Kind::list;
  std::vector<std::string> items;      ///< list
  double minimum = 0;                  ///< decimal_at_least
  calendar::Date first{}, last{};      ///< date_between
  std::string title, input_message, error_message;
};

/// A column chart of one series drawn from a range of one sheet.
struct ColumnChart {
  std::string title;
  std::string source_sheet;
  Row first_row = 0, last_row = 0;  ///< the data rows
  Col category_col = 0, value_col = 0;
  std::string series_name;
  std::vector<std::string> point_labels;  ///< one per data row: the label shown on its bar
  std::vector<Fill> point_fills;          ///< one per data row
  std::string value_axis_title;
  std::string value_format = "0%";
  double value_axis_min = 0;
  std::optional<double> value_axis_max;
  std::optional<double> value_axis_major_unit;
  double width_px = 960, height_px = 600;
};

class Workbook;

/// `wanted` as a sheet name Excel and libxlsxwriter accept, different from
/// every one of `taken` ignoring case in any alphabet: XML-safe text, none of
/// []:*?/\ (replaced by «_»), no apostrophe at either end, at most 31
/// characters, not empty and not «History» (Excel's own); a name taken gets
/// « (2)», « (3)», … within the 31.
std::string valid_sheet_name(std::string_view wanted, const std::vector<std::string>& taken);

class Sheet {
 public:
  Sheet(const Sheet&) = delete;
  Sheet& operator=(const Sheet&) = delete;
  ~Sheet();

  /// Column widths (Excel units) from column 0; wrapped text is measured against them.
  void set_widths(const std::vector<double>& widths);
  double width(Col col) const;
  /// The width (Excel units) of columns [first, last] merged.
  double span_width(Col first, Col last) const;

  void text(Row row, Col col, std::string_view value, const Format& format);
  void number(Row row, Col col, double value, const Format& format);
  void number(Row row, Col col, const std::optional<double>& value, const Format& format);
  void date(Row row, Col col, const calendar::Date& value, const Format& format);
  void blank(Row row, Col col, const Format& format);
  /// A formula of the workbook's own (never a submitted cell's text), with
  /// the result it gives, for readers that do not recalculate (none: "").
  void formula(Row row, Col col, const std::string& formula, const Format& format, std::optional<double> result);
  /// Text across columns [first, last] of one row, merged, measured against their joint width.
  void merged_text(Row row, Col first, Col last, std::string_view value, const Format& format);
  /// Runs of bold and plain text across merged columns [first, last].
  void merged_runs(Row row, Col first, Col last, const std::vector<Run>& runs, const Format& format,
                   const Format& bold);
  void freeze(Row rows, Col cols);
  void autofilter(Row first_row, Col first_col, Row last_row, Col last_col);
  /// Landscape A4 with margins that keep the header block clear of the page's edge.
  void print(const PrintSetup& setup);
  void activate();
  void validate(Row first_row, Row last_row, Col col, const Validation& rule);
  /// Locks the locked cells; formatting rows, columns and cells stays allowed.
  void protect();
  /// A note on the cell (Excel's comment), shown when the pointer is over it.
  void comment(Row row, Col col, std::string_view text, const std::string& author);
  void insert_chart(Row row, Col col, const ColumnChart& chart);
  /// The sheet's name as written (add_sheet may have had to change it).
  const std::string& name() const;

 private:
  friend class Workbook;
  struct Impl;
  explicit Sheet(std::unique_ptr<Impl> impl);
  void touch(Row row);  // a cell of `row` is written: finish the previous row
  void need(Row row, double height);
  void finish();
  std::unique_ptr<Impl> impl_;
};

struct Properties {
  std::string title, subject, author, company, comments;
  std::optional<std::time_t> created;
};

class Workbook {
 public:
  /// Opens `path` for writing. With `constant_memory`, libxlsxwriter keeps one
  /// row in memory at a time (rows must then be written in order).
  Workbook(const std::string& path, bool constant_memory);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  /// False when the file could not be created; then nothing else may be called.
  bool ok() const;
  /// The format for `style`, made once and reused.
  Format format(const Style& style);
  /// A new sheet, last in the workbook. The reference stays valid until close().
  /// Any `name` is made one Excel accepts (valid_sheet_name); Sheet::name()
  /// says what it became.
  Sheet& add_sheet(const std::string& name);
  void set_properties(const Properties& properties);
  /// A wrapped text longer than a row can show (Excel's 409 points) is kept
  /// whole in its cell, with this line put where the visible part ends, so a
  /// reader on screen or paper sees that it goes on ("" leaves texts as
  /// they are). Applies to sheets added after the call.
  void set_overflow_mark(std::string mark);
  /// Writes the file. Returns "" or libxlsxwriter's reason.
  std::string close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rmt::book
