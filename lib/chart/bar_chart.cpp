#include "chart/bar_chart.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <cairo.h>

#include "text/utf8.h"

namespace rmt::chart {
namespace {

constexpr double kPointsPerMm = 72 / 25.4;
constexpr double kFont = 8.5, kTitleFont = 10;  // pt, as printed
constexpr double kPad = 6, kRow = 13, kBar = 9, kGap = 6;
const char* kFace = "DejaVu Sans";

void set_colour(cairo_t* cr, Rgb rgb) {
  cairo_set_source_rgb(cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

void set_font(cairo_t* cr, double size, bool bold) {
  cairo_select_font_face(cr, kFace, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

// cairo refuses text that is not UTF-8 (and then draws nothing more).
double text_width(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text::xml_safe(text).c_str(), &extents);
  return extents.x_advance;
}

// `text`, shortened with «…» until it is at most `width` wide.
std::string fitted(cairo_t* cr, const std::string& text, double width) {
  if (text_width(cr, text) <= width) return text;
  std::size_t chars = text::count_chars(text);
  std::string shortened;
  while (chars > 1) {
    shortened = text::shorten(text, --chars);
    if (text_width(cr, shortened) <= width) return shortened;
  }
  return text::shorten(text, 1);
}

void show(cairo_t* cr, double x, double baseline, const std::string& text) {
  cairo_move_to(cr, x, baseline);
  cairo_show_text(cr, text::xml_safe(text).c_str());
}

struct Layout {
  double width = 0, height = 0;
  double plot_left = 0, plot_right = 0, bars_top = 0;
  std::vector<std::vector<std::pair<Rgb, std::string>>> legend_lines;
};

Layout lay_out(cairo_t* cr, const BarChart& chart, double width) {
  Layout layout;
  layout.width = width;
  set_font(cr, kFont, false);
  double label_width = 0, value_width = 0;
  for (const Bar& bar : chart.bars) {
    label_width = std::max(label_width, text_width(cr, bar.label));
    value_width = std::max(value_width, text_width(cr, bar.value_label));
  }
  layout.plot_left = kPad + std::min(label_width, width * 0.4) + kGap;
  layout.plot_right = std::max(layout.plot_left + width * 0.25, width - kPad - value_width - kGap);
  // The legend flows in lines as wide as the picture.
  std::vector<std::pair<Rgb, std::string>> line;
  double x = kPad;
  for (const auto& entry : chart.legend) {
    const double needed = 12 + text_width(cr, entry.second) + 12;
    if (!line.empty() && x + needed > width - kPad) {
      layout.legend_lines.push_back(std::move(line));
      line.clear();
      x = kPad;
    }
    line.push_back(entry);
    x += needed;
  }
  if (!line.empty()) layout.legend_lines.push_back(std::move(line));
  layout.bars_top = kPad + (chart.title.empty() ? 0 : kTitleFont + 6) + layout.legend_lines.size() * 13 + 4;
  layout.height = layout.bars_top + chart.bars.size() * kRow + 4 + kFont + 2 * kPad;
  return layout;
}

cairo_status_t append_png(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void paint(cairo_t* cr, const BarChart& chart, const Layout& l) {
  set_colour(cr, 0xFFFFFF);
  cairo_paint(cr);
  double y = kPad;
  if (!chart.title.empty()) {
    set_font(cr, kTitleFont, true);
    set_colour(cr, 0x000000);
    show(cr, kPad, y + kTitleFont, fitted(cr, chart.title, l.width - 2 * kPad));
    y += kTitleFont + 6;
  }
  set_font(cr, kFont, false);
  for (const auto& line : l.legend_lines) {
    double x = kPad;
    for (const auto& [colour, text] : line) {
      set_colour(cr, colour);
      cairo_rectangle(cr, x, y + 2, 8, 8);
      cairo_fill(cr);
      set_colour(cr, 0x000000);
      show(cr, x + 12, y + 9, text);
      x += 12 + text_width(cr, text) + 12;
    }
    y += 13;
  }

  const double span = l.plot_right - l.plot_left;
  const double scale = chart.axis_max > 0 ? span / chart.axis_max : 0;
  const double bottom = l.bars_top + chart.bars.size() * kRow;
  // Grid lines and tick labels.
  cairo_set_line_width(cr, 0.5);
  for (const Tick& tick : chart.ticks) {
    if (tick.value < 0 || tick.value > chart.axis_max) continue;
    const double x = l.plot_left + tick.value * scale;
    set_colour(cr, 0xD9D9D9);
    cairo_move_to(cr, x, l.bars_top);
    cairo_line_to(cr, x, bottom);
    cairo_stroke(cr);
    set_colour(cr, 0x404040);
    show(cr, x - text_width(cr, tick.label) / 2, bottom + 4 + kFont, tick.label);
  }
  // The reference line under the bars and their labels, so that it never crosses a label.
  cairo_set_line_width(cr, 0.8);
  set_colour(cr, 0x404040);
  if (chart.reference && *chart.reference <= chart.axis_max) {
    const double x = l.plot_left + *chart.reference * scale;
    const double dash[] = {3, 2};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_move_to(cr, x, l.bars_top - 2);
    cairo_line_to(cr, x, bottom);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
  // The bars, their labels and values.
  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    const double top = l.bars_top + i * kRow + (kRow - kBar) / 2, baseline = top + kBar - 2;
    set_colour(cr, 0x000000);
    show(cr, kPad, baseline, fitted(cr, bar.label, l.plot_left - kGap - kPad));
    double at = 0;
    for (const Segment& segment : bar.segments) {
      const double from = std::min(at, chart.axis_max), to = std::min(at + std::max(segment.value, 0.0), chart.axis_max);
      at += std::max(segment.value, 0.0);
      if (to <= from) continue;
      set_colour(cr, segment.colour);
      cairo_rectangle(cr, l.plot_left + from * scale, top, (to - from) * scale, kBar);
      cairo_fill(cr);
    }
    // The value on a white ground: the reference line passes behind it.
    const double value_x = l.plot_left + std::min(at, chart.axis_max) * scale + 3;
    set_colour(cr, 0xFFFFFF);
    cairo_rectangle(cr, value_x - 1, top - 1, text_width(cr, bar.value_label) + 2, kBar + 2);
    cairo_fill(cr);
    set_colour(cr, 0x000000);
    show(cr, value_x, baseline, bar.value_label);
  }
  // The axis line.
  set_colour(cr, 0x404040);
  cairo_set_line_width(cr, 0.8);
  cairo_move_to(cr, l.plot_left, l.bars_top);
  cairo_line_to(cr, l.plot_left, bottom);
  cairo_line_to(cr, l.plot_right, bottom);
  cairo_stroke(cr);
}

}  // namespace

std::size_t bars_that_fit(const BarChart& chart, double width_mm, double height_mm) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> scratch(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> measure(cairo_create(scratch.get()), cairo_destroy);
  BarChart frame = chart;
  frame.bars.clear();
  const double room = height_mm * kPointsPerMm - lay_out(measure.get(), frame, width_mm * kPointsPerMm).height;
  return room < kRow ? 0 : static_cast<std::size_t>(room / kRow);
}

std::optional<Picture> draw(const BarChart& chart, double width_mm, std::string& failure, double dpi) {
  const double width = width_mm * kPointsPerMm;
  // Measure first on a scratch surface: the height depends on the text.
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> scratch(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> measure(cairo_create(scratch.get()), cairo_destroy);
  const Layout layout = lay_out(measure.get(), chart, width);

  const double pixels_per_point = dpi / 72;
  const int px_width = static_cast<int>(std::ceil(layout.width * pixels_per_point));
  const int px_height = static_cast<int>(std::ceil(layout.height * pixels_per_point));
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, px_width, px_height), cairo_surface_destroy);
  if (const auto status = cairo_surface_status(surface.get()); status != CAIRO_STATUS_SUCCESS) {
    failure = cairo_status_to_string(status);
    return std::nullopt;
  }
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  cairo_scale(cr.get(), pixels_per_point, pixels_per_point);
  paint(cr.get(), chart, layout);
  if (const auto status = cairo_status(cr.get()); status != CAIRO_STATUS_SUCCESS) {
    failure = cairo_status_to_string(status);
    return std::nullopt;
  }
  cairo_surface_flush(surface.get());
  Picture picture;
  if (const auto status = cairo_surface_write_to_png_stream(surface.get(), append_png, &picture.png);
      status != CAIRO_STATUS_SUCCESS) {
    failure = cairo_status_to_string(status);
    return std::nullopt;
  }
  picture.width_mm = width_mm;
  picture.height_mm = layout.height / kPointsPerMm;
  return picture;
}

}  // namespace rmt::chart
