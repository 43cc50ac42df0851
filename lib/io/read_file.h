// A file's bytes, whole: a letter or an annotated copy just written, or a
// file the store receives (it keeps every byte). Inputs are otherwise streamed.
#pragma once

#include <cstdio>
#include <optional>
#include <string>

namespace rmt::io {

/// nullopt when the file cannot be opened.
inline std::optional<std::string> read_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) return std::nullopt;
  std::string bytes;
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::nullopt;
  return bytes;
}

}  // namespace rmt::io
