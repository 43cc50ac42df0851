#include "book/text_fit.h"

#include <algorithm>
#include <cmath>

#include "text/utf8.h"

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

int advance(char32_t code, bool bold) {
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

double points(int units, Font font) { return units * font.size / kUnitsPerEm; }

// The width in points a cell `column_width` units wide gives its text.
double room(double column_width) {
  const double pixels = column_width <= 0 ? 0 : std::floor(column_width * kDigitPixels + kPaddingPixels);
  return std::max(1.0, (pixels * kPointsPerPixel - kCellMarginPoints) * kSafety);
}

// Counts the lines of one paragraph (no '\n' inside) wrapped into `room`
// points, breaking after '/' or not.
int paragraph_lines(std::string_view text, double room_points, Font font, bool break_after_slash) {
  int lines = 1;
  double line = 0;      // width of the current line so far
  double word = 0;      // width of the word being read (since the last break opportunity)
  double spaces = 0;    // width of the spaces before that word
  const auto fit_word = [&] {
    if (word == 0) return;
    if (line > 0 && line + spaces + word > room_points) {  // the word goes to the next line
      ++lines;
      line = 0;
    } else if (line > 0) {
      line += spaces;
    }
    // A word wider than the cell is broken where it reaches the edge.
    while (word > room_points) {
      ++lines;
      word -= room_points;
    }
    line += word;
    word = 0;
    spaces = 0;
  };
  const bool bold = font.bold;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t code = text::next_code_point(text, pos);
    const double width = points(advance(code, bold), font);
    if (code == U' ' || code == U'\t' || code == 0xA0) {
      if (code == 0xA0) {  // a no-break space joins words
        word += width;
        continue;
      }
      fit_word();
      spaces += width;
    } else {
      word += width;
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
    const char32_t code = text::next_code_point(text, pos);
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
  const double room_points = room(column_width);
  int lines = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    std::string_view text_part = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!text_part.empty() && text_part.back() == '\r') text_part.remove_suffix(1);
    // Whether a renderer breaks a link after its slashes depends on what
    // follows them (LibreOffice keeps "https://site/" whole): count both ways
    // and keep the larger.
    int paragraph = paragraph_lines(text_part, room_points, font, false);
    if (text_part.find('/') != std::string_view::npos)
      paragraph = std::max(paragraph, paragraph_lines(text_part, room_points, font, true));
    lines += paragraph;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::max(lines, 1);
}

double single_line_height(Font font) { return std::round(font.size * 15.0 / 11.0 * 4) / 4; }

double row_height(int lines, Font font) {
  return std::min(kMaxRowHeight, std::max(lines, 1) * single_line_height(font));
}

}  // namespace rmt::book
