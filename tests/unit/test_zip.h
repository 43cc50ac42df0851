// Test helper: writes a zip archive with minizip from (entry, content) pairs,
// so tests can hand-craft any part of an .xlsx or .ods.
#pragma once

#include <zip.h>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "scratch.h"

using Part = std::pair<std::string, std::string>;  // zip entry name, content

inline std::string write_zip(const Scratch& scratch, const std::string& name, const std::vector<Part>& parts) {
  const std::string path = scratch.path(name);
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  REQUIRE(zip != nullptr);
  for (const auto& [entry, content] : parts) {
    zip_fileinfo info{};
    REQUIRE(zipOpenNewFileInZip64(zip, entry.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                  Z_DEFAULT_COMPRESSION, 0) == ZIP_OK);
    REQUIRE(zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) == ZIP_OK);
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
  return path;
}
