#include "package/zip_reader.h"

#include <unzip.h>

#include <fmt/format.h>

namespace rmt::package {

ZipArchive::ZipArchive(const std::string& path) {
  zip_ = unzOpen64(path.c_str());
  if (!zip_) error_ = {"файл не является zip-архивом книги Excel", "the file is not the zip archive of an Excel workbook"};
}

ZipArchive::~ZipArchive() {
  close_entry();
  if (zip_) unzClose(static_cast<unzFile>(zip_));
}

bool ZipArchive::contains(const std::string& name) {
  close_entry();
  return zip_ && unzLocateFile(static_cast<unzFile>(zip_), name.c_str(), 2) == UNZ_OK;
}

void ZipArchive::close_entry() {
  if (entry_open_) unzCloseCurrentFile(static_cast<unzFile>(zip_));
  entry_open_ = false;
}

bool ZipArchive::open_entry(const std::string& name, std::uint64_t max_bytes) {
  close_entry();
  entry_ = name;
  delivered_ = 0;
  max_bytes_ = max_bytes;
  if (!zip_) return false;
  const auto zip = static_cast<unzFile>(zip_);
  if (unzLocateFile(zip, name.c_str(), 2) != UNZ_OK) {
    error_ = {fmt::format("в книге нет части «{}»", name), fmt::format("the workbook has no part \"{}\"", name)};
    return false;
  }
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
    error_ = {fmt::format("часть «{}» повреждена", name), fmt::format("part \"{}\" is damaged", name)};
    return false;
  }
  if (info.flag & 1u) {
    error_ = {"книга защищена паролем", "the workbook is password-protected"};
    return false;
  }
  if (unzOpenCurrentFile(zip) != UNZ_OK) {
    error_ = {fmt::format("часть «{}» не распаковывается", name), fmt::format("part \"{}\" cannot be unpacked", name)};
    return false;
  }
  entry_open_ = true;
  return true;
}

long ZipArchive::read(std::span<char> buffer) {
  if (!entry_open_) return -1;
  const int got = unzReadCurrentFile(static_cast<unzFile>(zip_), buffer.data(), static_cast<unsigned>(buffer.size()));
  if (got < 0) {
    error_ = {fmt::format("часть «{}» повреждена (ошибка распаковки {})", entry_, got),
              fmt::format("part \"{}\" is damaged (unpacking error {})", entry_, got)};
    close_entry();
    return -1;
  }
  delivered_ += static_cast<std::uint64_t>(got);
  if (delivered_ > max_bytes_) {
    error_ = {fmt::format("часть «{}» больше допустимого ({} МБ)", entry_, max_bytes_ >> 20),
              fmt::format("part \"{}\" is larger than allowed ({} MB)", entry_, max_bytes_ >> 20)};
    close_entry();
    return -1;
  }
  if (got == 0) {
    // The end: minizip checks the CRC when the entry is closed.
    const int closed = unzCloseCurrentFile(static_cast<unzFile>(zip_));
    entry_open_ = false;
    if (closed != UNZ_OK) {
      error_ = {fmt::format("часть «{}» повреждена (контрольная сумма)", entry_),
                fmt::format("part \"{}\" is damaged (checksum)", entry_)};
      return -1;
    }
  }
  return got;
}

}  // namespace rmt::package
