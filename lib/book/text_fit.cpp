#include "book/text_fit.h"

#include <algorithm>
#include <cmath>
#include <vector>


namespace rmt::book {
namespace {

struct CharRange {
  char32_t first, last;
};
#include "book/carlito_widths.inc"

constexpr double kMaxRowHeight = 409;  // Excel's limit, in points
constexpr double kDigitPixels = 7;     // Calibri 11's digit at 96 dpi: Excel's column unit
constexpr double kPaddingPixels = 5;
constexpr double kPointsPerPixel = 0.75;
// Room a cell's text does not get: borders and LibreOffice's indents (about
// 2 pt a side), and a margin for renderers that round glyph positions.
constexpr double kCellMarginPoints = 4.5;
constexpr double kSafety = 0.96;

int table_advance(char32_t code, bool bold) {
  if (code == 0xA0 || code == 0x202F) code = U' ';  // Carlito has no no-break spaces; renderers use a space
  const unsigned short* widths = bold ? kBold : kRegular;
  std::size_t offset = 0;
  for (const auto& range : kRanges) {
    if (code >= range.first && code <= range.last) {
      const int width = widths[offset + (code - range.first)];
      if (width > 0) return width;
      break;
    }
    offset += range.last - range.first + 1;
  }
  if (code < 0x20) return 0;  // controls (a tab, a stray CR) take no room
  // Anything else (another script, a symbol): as wide as the font's em, the
  // widest a common glyph gets.
  return kUnitsPerEm;
}

// The advances of U+0000..U+045F (Latin and Cyrillic, nearly every character
// a report holds) in one array each, for a lookup per character.
constexpr char32_t kDirect = 0x460;
struct DirectTable {
  int regular[kDirect], bold[kDirect];
  DirectTable() {
    for (char32_t c = 0; c < kDirect; ++c) {
      regular[c] = table_advance(c, false);
      bold[c] = table_advance(c, true);
    }
  }
};

const DirectTable kDirectTable;  // made once, read-only

inline int advance(char32_t code, bool bold) {
  if (code < kDirect) return bold ? kDirectTable.bold[code] : kDirectTable.regular[code];
  return table_advance(code, bold);
}

// The next code point of text we wrote ourselves (valid UTF-8: every input
// was decoded and checked on reading); a stray byte counts as one character.
char32_t next_char(std::string_view text, std::size_t& pos) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
  if (length == 1 || pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  pos += length;
  return code;
}

double points(int units, Font font) { return units * font.size / kUnitsPerEm; }

// The width in points a cell `column_width` units wide gives its text.
double room(double column_width) {
  const double pixels = column_width <= 0 ? 0 : std::floor(column_width * kDigitPixels + kPaddingPixels);
  return std::max(1.0, (pixels * kPointsPerPixel - kCellMarginPoints) * kSafety);
}

// Counts the lines of one paragraph (no '\n' inside) wrapped into `room`
// font units, breaking after '/' or not. Integer units: this runs for every
// wrapped cell of every row.
int paragraph_lines(std::string_view text, long room, bool bold, bool break_after_slash) {
  // No character is wider than an em: a text that short fits without measuring.
  if (static_cast<long>(text.size()) * kUnitsPerEm <= room) return 1;
  int lines = 1;
  long line = 0;    // width of the current line so far
  long word = 0;    // width of the word being read (since the last break opportunity)
  long spaces = 0;  // width of the spaces before that word
  const auto fit_word = [&] {
    if (word == 0) return;
    if (line > 0 && line + spaces + word > room) {  // the word goes to the next line
      ++lines;
      line = 0;
    } else if (line > 0) {
      line += spaces;
    }
    // A word wider than the cell is broken where it reaches the edge.
    while (word > room) {
      ++lines;
      word -= room;
    }
    line += word;
    word = 0;
    spaces = 0;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = next_char(text, pos);
    const int width = advance(code, bold);
    if (code == U' ' || code == U'\t') {
      fit_word();
      spaces += width;
    } else {
      word += width;  // a no-break space joins words
      if (code == U'-' || code == 0x2010 || code == 0x2013 || (break_after_slash && code == U'/'))
        fit_word();  // a break may follow
    }
  }
  fit_word();
  return lines;
}

}  // namespace

double text_width(std::string_view text, Font font) {
  double widest = 0, line = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = next_char(text, pos);
    if (code == U'\n') {
      widest = std::max(widest, line);
      line = 0;
      continue;
    }
    line += points(advance(code, font.bold), font);
  }
  return std::max(widest, line);
}

double column_width_for(std::string_view text, Font font) {
  const double needed_points = text_width(text, font) / kSafety + kCellMarginPoints;
  const double pixels = needed_points / kPointsPerPixel;
  return std::max(1.0, std::ceil((pixels - kPaddingPixels) / kDigitPixels * 4) / 4);
}

int wrapped_lines(std::string_view text, double column_width, Font font) {
  const auto room_units = static_cast<long>(room(column_width) * kUnitsPerEm / font.size);
  int lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    std::string_view text_part = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!text_part.empty() && text_part.back() == '\r') text_part.remove_suffix(1);
    // Whether a renderer breaks a link after its slashes depends on what
    // follows them (LibreOffice keeps "https://site/" whole): count both ways
    // and keep the larger.
    int paragraph = paragraph_lines(text_part, room_units, font.bold, false);
    if (paragraph > 1 && text_part.find('/') != std::string_view::npos)  // on one line no break matters
      paragraph = std::max(paragraph, paragraph_lines(text_part, room_units, font.bold, true));
    lines += paragraph;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::max(lines, 1);
}

double single_line_height(Font font) { return std::round(font.size * 15.0 / 11.0 * 4) / 4; }

int max_visible_lines(Font font) { return static_cast<int>(kMaxRowHeight / single_line_height(font)); }

std::size_t prefix_within_lines(std::string_view text, double column_width, Font font, int lines) {
  // Ends of words, in order; the number of lines grows with the prefix, so
  // the last end that fits is found by halving.
  std::vector<std::size_t> ends;
  for (std::size_t i = 1; i < text.size(); ++i)
    if ((text[i] == ' ' || text[i] == '\n') && text[i - 1] != ' ' && text[i - 1] != '\n') ends.push_back(i);
  std::size_t low = 0, high = ends.size();  // ends[0, low) fit; ends[high, …) do not
  while (low < high) {
    const std::size_t mid = (low + high) / 2;
    if (wrapped_lines(text.substr(0, ends[mid]), column_width, font) <= lines)
      low = mid + 1;
    else
      high = mid;
  }
  return low == 0 ? 0 : ends[low - 1];
}

double row_height(int lines, Font font) {
  return std::min(kMaxRowHeight, std::max(lines, 1) * single_line_height(font));
}

}  // namespace rmt::book
