#include "package/zip_writer.h"

#include <algorithm>

#include <zip.h>

namespace rmt::package {

ZipWriter::ZipWriter(const std::string& path, const calendar::Date& stamp) : stamp_(stamp) {
  zip_ = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  if (!zip_) error_ = "cannot create the archive";
}

ZipWriter::~ZipWriter() {
  if (zip_) zipClose(static_cast<zipFile>(zip_), nullptr);
}

bool ZipWriter::add(const std::string& name, std::string_view bytes) {
  if (!zip_ || !error_.empty()) return false;
  zip_fileinfo info{};
  // DOS time has no year before 1980.
  info.tmz_date.tm_year = static_cast<unsigned>(stamp_.year < 1980 ? 1980 : stamp_.year);
  info.tmz_date.tm_mon = static_cast<unsigned>(stamp_.month - 1);
  info.tmz_date.tm_mday = static_cast<unsigned>(stamp_.day);
  auto* zip = static_cast<zipFile>(zip_);
  // Bit 11: the name is UTF-8 (a school's «отчёт.xlsx»), so that readers do not take it for CP437.
  const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (zipOpenNewFileInZip4_64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0, -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, nullptr, 0,
                              0, ascii ? 0 : (1u << 11), bytes.size() >= 0xffffffffu) != ZIP_OK) {
    error_ = "cannot add " + name + " to the archive";
    return false;
  }
  // minizip takes at most 4 GiB − 1 per call.
  constexpr std::size_t kChunk = 1u << 30;
  for (std::size_t at = 0; at < bytes.size(); at += kChunk) {
    const std::size_t size = std::min(kChunk, bytes.size() - at);
    if (zipWriteInFileInZip(zip, bytes.data() + at, static_cast<unsigned>(size)) != ZIP_OK) {
      error_ = "cannot write " + name + " into the archive";
      zipCloseFileInZip(zip);
      return false;
    }
  }
  if (zipCloseFileInZip(zip) != ZIP_OK) {
    error_ = "cannot finish " + name + " in the archive";
    return false;
  }
  return true;
}

bool ZipWriter::close() {
  if (!zip_) return false;
  const int closed = zipClose(static_cast<zipFile>(zip_), nullptr);
  zip_ = nullptr;
  if (closed != ZIP_OK && error_.empty()) error_ = "cannot finish the archive";
  return error_.empty();
}

}  // namespace rmt::package
