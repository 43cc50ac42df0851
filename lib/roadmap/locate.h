// Roadmaps by name: `-r nizhnevartovsk-mentoring-2026` finds the installed
// roadmap (the Debian package puts data/ in
// /usr/share/roadmap-monitoring/roadmaps), so that an analyst need not know
// where it lies.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rmt::roadmap {

/// The directories searched for a roadmap named without a path, in order:
/// $RMT_ROADMAPS (a directory), the share directory beside the running
/// program (<prefix>/bin/../share/roadmap-monitoring/roadmaps: /usr or
/// /usr/local), then /usr/share/roadmap-monitoring/roadmaps.
std::vector<std::string> roadmap_dirs();

/// What `-r ARGUMENT` opens: ARGUMENT itself when it is "-", names an existing
/// file, or has a '/' or a .yaml/.yml ending; else the first
/// <dir>/ARGUMENT.yaml of roadmap_dirs() that exists; else ARGUMENT (and
/// reading it then says the file is not found).
std::string locate_roadmap(std::string_view argument);

/// True when `argument` names a roadmap rather than a file: no '/', no
/// .yaml/.yml ending, not "-", and no such file here.
bool names_roadmap(std::string_view argument);

/// The names (file names without .yaml) of the roadmaps in roadmap_dirs(), sorted, unique.
std::vector<std::string> installed_roadmaps();

}  // namespace rmt::roadmap
