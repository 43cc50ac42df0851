// Horizontal bar charts drawn as PNG pictures with cairo, for documents:
// one labelled bar per item (possibly of several coloured segments), a value
// label after each bar, an axis with its ticks, an optional reference line
// (100 %) and a legend. Text is DejaVu Sans (Cyrillic included), sized for
// print at the picture's own width.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rmt::chart {

using Rgb = std::uint32_t;  ///< 0xRRGGBB

struct Segment {
  double value = 0;  ///< in axis units, drawn after the previous segment
  Rgb colour = 0x4472C4;
};

struct Bar {
  std::string label;        ///< left of the bar; shortened with «…» when too long
  std::vector<Segment> segments;
  std::string value_label;  ///< after the bar
};

struct Tick {
  double value = 0;
  std::string label;
};

struct BarChart {
  std::string title;
  std::vector<Bar> bars;
  double axis_max = 1;  ///< the value at the plot's right edge; longer bars stop there
  std::vector<Tick> ticks;
  std::optional<double> reference;  ///< a dashed vertical line at this value
  std::vector<std::pair<Rgb, std::string>> legend;
};

struct Picture {
  std::string png;
  double width_mm = 0, height_mm = 0;
};

/// Draws `chart` `width_mm` wide at `dpi`; the height follows from the bars.
/// nullopt, with `failure` saying why (cairo's words), when cairo cannot.
std::optional<Picture> draw(const BarChart& chart, double width_mm, std::string& failure, double dpi = 200);

/// How many of `chart`'s bars a picture `width_mm` wide can hold within
/// `height_mm` (its title, legend and axis included); 0 when not one does.
std::size_t bars_that_fit(const BarChart& chart, double width_mm, double height_mm);

}  // namespace rmt::chart
