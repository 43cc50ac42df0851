#include "roadmap/locate.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace rmt::roadmap {
namespace {

bool is_file(const std::filesystem::path& path) {
  std::error_code error;
  return std::filesystem::is_regular_file(path, error);
}

}  // namespace

std::vector<std::string> roadmap_dirs() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("RMT_ROADMAPS"); env != nullptr && *env != '\0') dirs.emplace_back(env);
  std::error_code error;
  const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
  if (!error) {
    const auto beside = (program.parent_path().parent_path() / "share/roadmap-monitoring/roadmaps").lexically_normal();
    dirs.push_back(beside.string());
  }
  const std::string system = "/usr/share/roadmap-monitoring/roadmaps";
  if (std::find(dirs.begin(), dirs.end(), system) == dirs.end()) dirs.push_back(system);
  return dirs;
}

bool names_roadmap(std::string_view argument) {
  const std::string given(argument);
  return !(given.empty() || given == "-" || given.find('/') != std::string::npos || given.ends_with(".yaml") ||
           given.ends_with(".yml") || is_file(given));
}

std::vector<std::string> installed_roadmaps() {
  std::vector<std::string> names;
  for (const auto& dir : roadmap_dirs()) {
    std::error_code error;
    for (std::filesystem::directory_iterator it(dir, error), end; !error && it != end; it.increment(error))
      if (it->path().extension() == ".yaml" && is_file(it->path())) names.push_back(it->path().stem().string());
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string locate_roadmap(std::string_view argument) {
  const std::string given(argument);
  if (!names_roadmap(given)) return given;
  for (const auto& dir : roadmap_dirs()) {
    const auto candidate = std::filesystem::path(dir) / (given + ".yaml");
    if (is_file(candidate)) return candidate.string();
  }
  return given;
}

}  // namespace rmt::roadmap
