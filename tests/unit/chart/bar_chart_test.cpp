#include "chart/bar_chart.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>

namespace {

using namespace rmt;

// A PNG's size from its IHDR chunk.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& png) {
  const auto be32 = [&](std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(png[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + 2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(png[at + 3]));
  };
  return {be32(16), be32(20)};
}

chart::BarChart bars(std::size_t n) {
  chart::BarChart c;
  c.title = "План и факт";
  c.axis_max = 2;
  c.ticks = {{0, "0%"}, {1, "100%"}, {2, "200%"}};
  c.reference = 1;
  c.legend = {{0x006100, "выполнено"}, {0x9C0006, "не выполнено"}};
  for (std::size_t i = 0; i < n; ++i)
    c.bars.push_back({"1." + std::to_string(i) + " Мероприятие", {{0.5 * static_cast<double>(i), 0x006100}}, "50%"});
  return c;
}

}  // namespace

TEST_CASE("a bar chart is a PNG as wide as asked, as high as its bars need") {
  std::string failure;
  const auto few = chart::draw(bars(3), 160, failure, 200);
  REQUIRE(few);
  CHECK(few->png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  const auto [width, height] = png_size(few->png);
  CHECK(std::abs(static_cast<double>(width) - 160 / 25.4 * 200) < 3);
  CHECK(std::abs(static_cast<double>(height) - few->height_mm / 25.4 * 200) < 3);
  CHECK(few->width_mm == 160);
  const auto many = chart::draw(bars(30), 160, failure, 200);
  REQUIRE(many);
  // 27 more bars, 13 pt each.
  CHECK(many->height_mm - few->height_mm == doctest::Approx(27 * 13 * 25.4 / 72));
}

TEST_CASE("as many bars as fit a height: the picture drawn with them is no taller") {
  std::string failure;
  const chart::BarChart chart = bars(60);
  for (const double height : {40.0, 100.0, 217.0}) {
    CAPTURE(height);
    const std::size_t fit = chart::bars_that_fit(chart, 160, height);
    REQUIRE(fit > 0);
    chart::BarChart part = chart;
    part.bars.resize(fit);
    CHECK(chart::draw(part, 160, failure)->height_mm <= height);
    part.bars = chart.bars;
    part.bars.resize(fit + 1);
    CHECK(chart::draw(part, 160, failure)->height_mm > height);
  }
  CHECK(chart::bars_that_fit(chart, 160, 5) == 0);  // not even the axis fits
}

TEST_CASE("a bar chart survives what the data may hold") {
  std::string failure;
  chart::BarChart c = bars(2);
  c.bars[0].label = std::string(20000, 'x');       // shortened to fit
  c.bars[1].segments = {{1e12, 0x006100}, {-5, 0x9C0006}};  // stops at the axis; negative ignored
  c.bars.push_back({"", {}, ""});
  c.title = "\xFF\xFE invalid UTF-8";
  CHECK(chart::draw(c, 160, failure));
  CHECK(chart::draw(chart::BarChart{}, 160, failure));  // no bars at all
}
