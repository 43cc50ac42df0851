// A small file's bytes, whole (a letter, an annotated copy just written).
// Inputs are streamed elsewhere; this is for the files the toolkit wrote.
#pragma once

#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace rmt::io {

/// nullopt when the file cannot be opened.
inline std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace rmt::io
