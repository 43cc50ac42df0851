// A small generic writer of Word documents (.docx, Office Open XML, as Word
// and LibreOffice open them): paragraphs of runs in a few named styles,
// tables with header rows that repeat on every page, pictures, and sections
// in portrait or landscape, each page numbered in its footer. What is added
// becomes WordprocessingML at once; save() zips the parts. Every text is
// escaped: a name with «<», «&» or a control character stays text.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "calendar/date.h"

namespace rmt::docx {

enum class Align { left, center, right, justify };
enum class Orientation { portrait, landscape };

/// The paragraph styles the document defines. Headings are Word's own
/// («heading 1», «heading 2»), so the navigation pane and a table of
/// contents find them.
enum class Style { normal, title, subtitle, heading1, heading2, caption, table_text, table_heading };

struct Run {
  std::string text;  ///< UTF-8; a tab and a line break are kept, other control characters dropped
  bool bold = false;
  bool italic = false;
};

struct Paragraph {
  std::vector<Run> runs;
  Style style = Style::normal;
  Align align = Align::left;
  bool keep_with_next = false;  ///< on the same page as the next paragraph (a table's lead-in)

  Paragraph() = default;
  Paragraph(std::string text, Style style = Style::normal, Align align = Align::left)
      : runs{{std::move(text)}}, style(style), align(align) {}
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  std::string fill;   ///< background "RRGGBB"; empty: none
  unsigned span = 1;  ///< grid columns it covers

  Cell() = default;
  Cell(std::string text, Align align = Align::left, std::string fill = {}, bool bold = false);
};

struct TableRow {
  std::vector<Cell> cells;
  bool header = false;  ///< repeated at the top of every page the table runs onto
};

struct Table {
  std::vector<double> widths_mm;  ///< the grid's columns
  std::vector<TableRow> rows;
};

struct Picture {
  std::string png;  ///< the PNG file's bytes
  double width_mm = 0, height_mm = 0;
  std::string description;  ///< alternative text
};

struct Properties {
  std::string title, subject, creator;
  calendar::Date created;  ///< also the zip entries' time, so a run gives the same bytes
  std::string language = "ru-RU";  ///< for spelling and hyphenation
};

class Document {
 public:
  explicit Document(Orientation first = Orientation::portrait);

  void add(const Paragraph& paragraph);
  void add(const Table& table);
  /// In a paragraph of its own, centred.
  void add(const Picture& picture);
  /// Ends the current section: what follows starts on a new page in `orientation`.
  void new_section(Orientation orientation);

  /// The width between the current section's margins.
  double text_width_mm() const;
  /// The height between the current section's margins.
  double text_height_mm() const;
  /// How far down the current page the text has reached, in mm below the
  /// top margin: an estimate from the characters and the styles (Times New
  /// Roman's average width, no hyphenation) that errs on the full side, so
  /// a picture sized to the rest of the page does fit there.
  double page_filled_mm() const { return filled_mm_; }
  /// The estimated height of `paragraph` across the text's width, its spacing included.
  double height_mm(const Paragraph& paragraph) const;
  /// The space a picture takes above it (its paragraph's spacing).
  static constexpr double kPictureSpacingMm = 6 * 25.4 / 72;
  std::size_t pictures() const { return pictures_.size(); }

  /// Writes the .docx to `path`; empty on success, else what failed (English).
  std::string save(const std::string& path, const Properties& properties) const;

 private:
  void append_paragraph(std::string& out, const Paragraph& paragraph) const;
  /// Moves the page estimate down by a block `mm` tall; a block that may not
  /// be split goes whole to the next page when it does not fit.
  void advance(double mm, bool splits);

  std::string body_;
  Orientation orientation_;
  double filled_mm_ = 0;
  std::vector<std::string> pictures_;  // PNG bytes, media/image<N>.png
};

/// `text` as XML character data: «&», «<», «>» and quotes escaped, ill-formed
/// UTF-8 as U+FFFD, characters XML 1.0 cannot hold dropped.
std::string xml_escape(std::string_view text);

}  // namespace rmt::docx
