// What an activity's cells say beyond their text: the title and its steps
// («…: - a; - b», list paragraphs, «1)», «а)»), and the targets by year
// («2026 г. – 60; 2027 г. – 60», «80 %» in a year column).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rmt::order {

/// A target as printed: a year's, or (year 0) one figure for every period.
struct Target {
  int year = 0;  // 0: every period
  double value = 0;
  bool percent = false;
};

/// The title and the steps of an activity's title cell, paragraph by paragraph.
void title_and_steps(const std::vector<std::string>& lines, std::string& title, std::vector<std::string>& steps);

/// A step without its bullet and its final «;», «,» or «.».
std::string clean_step(std::string_view step);

/// «2026 г. – 60; 2027 г. – 60», «2026 год: 1», «2026 – 80%».
std::vector<Target> year_targets(std::string_view text);

/// A lone figure («1», «100%», «не менее 80 %») that holds for every period.
std::optional<Target> plain_target(std::string_view text);

}  // namespace rmt::order
