#include "xls/merged_ranges.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>

namespace rmt::xls {
namespace {

constexpr std::uint32_t kEndOfChain = 0xFFFFFFFE;
constexpr std::uint32_t kMaxSectorId = 0xFFFFFFFA;
constexpr std::uint64_t kMaxStreamBytes = std::uint64_t{1} << 30;  // .xls files are far smaller

std::uint16_t u16(const std::string& bytes, std::size_t at) {
  if (at + 2 > bytes.size()) return 0;
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    (static_cast<unsigned char>(bytes[at + 1]) << 8));
}
std::uint32_t u32(const std::string& bytes, std::size_t at) {
  return static_cast<std::uint32_t>(u16(bytes, at)) | (static_cast<std::uint32_t>(u16(bytes, at + 2)) << 16);
}

// The compound file, read sector by sector from disk.
class CompoundFile {
 public:
  explicit CompoundFile(const std::string& path) : in_(path, std::ios::binary) {}

  // The bytes of the stream named `name` (or the first of `names` present); nullopt when absent or damaged.
  std::optional<std::string> stream(std::initializer_list<std::u16string_view> names) {
    header_ = read_at(0, 512);
    if (header_.size() != 512 || header_.compare(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") != 0) return std::nullopt;
    const std::uint16_t shift = u16(header_, 0x1E), mini_shift = u16(header_, 0x20);
    if ((shift != 9 && shift != 12) || mini_shift != 6) return std::nullopt;
    sector_ = std::size_t{1} << shift;
    if (!load_fat()) return std::nullopt;
    const auto directory = chain(u32(header_, 0x30), fat_, kMaxStreamBytes);
    if (!directory) return std::nullopt;
    const std::uint32_t cutoff = u32(header_, 0x38);
    for (const auto name : names) {
      for (std::size_t entry = 0; entry + 128 <= directory->size(); entry += 128) {
        const std::uint16_t name_bytes = u16(*directory, entry + 0x40);
        if (name_bytes < 2 || name_bytes > 64 || (*directory)[entry + 0x42] != 2) continue;  // 2: a stream
        std::u16string entry_name;
        for (std::size_t i = 0; i + 2 < name_bytes; i += 2) entry_name.push_back(static_cast<char16_t>(u16(*directory, entry + i)));
        if (entry_name != name) continue;
        const std::uint32_t start = u32(*directory, entry + 0x74);
        const std::uint64_t size = u32(*directory, entry + 0x78);
        if (size > kMaxStreamBytes) return std::nullopt;
        if (size >= cutoff) return cut(chain(start, fat_, size), size);
        // A small stream lives in the mini stream: 64-byte sectors inside the root entry's stream.
        std::vector<std::uint32_t> mini_fat;
        const auto mini_fat_bytes = chain(u32(header_, 0x3C), fat_, kMaxStreamBytes);
        const auto root = chain(u32(*directory, 0x74), fat_, kMaxStreamBytes);
        if (!mini_fat_bytes || !root) return std::nullopt;
        for (std::size_t i = 0; i + 4 <= mini_fat_bytes->size(); i += 4) mini_fat.push_back(u32(*mini_fat_bytes, i));
        std::string out;
        std::uint32_t id = start;
        for (std::size_t steps = 0; id <= kMaxSectorId && out.size() < size; ++steps) {
          if (steps > mini_fat.size() || std::uint64_t{id} * 64 + 64 > root->size()) return std::nullopt;
          out.append(*root, std::size_t{id} * 64, 64);
          id = id < mini_fat.size() ? mini_fat[id] : kEndOfChain;
        }
        return cut(std::optional<std::string>(std::move(out)), size);
      }
    }
    return std::nullopt;
  }

 private:
  std::string read_at(std::uint64_t offset, std::size_t bytes) {
    std::string out(bytes, '\0');
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
    in_.read(out.data(), static_cast<std::streamsize>(bytes));
    out.resize(static_cast<std::size_t>(in_.gcount()));
    return out;
  }

  bool load_fat() {
    std::vector<std::uint32_t> fat_sectors;
    for (std::size_t i = 0; i < 109; ++i)
      if (const std::uint32_t id = u32(header_, 0x4C + 4 * i); id <= kMaxSectorId) fat_sectors.push_back(id);
    // Beyond 109 FAT sectors, the DIFAT chain lists the rest.
    std::uint32_t difat = u32(header_, 0x44);
    for (std::uint32_t count = u32(header_, 0x48), n = 0; n < count && difat <= kMaxSectorId && n < 1 << 16; ++n) {
      const std::string block = read_at((std::uint64_t{difat} + 1) * sector_, sector_);
      if (block.size() != sector_) return false;
      for (std::size_t i = 0; i + 4 < sector_; i += 4)
        if (const std::uint32_t id = u32(block, i); id <= kMaxSectorId) fat_sectors.push_back(id);
      difat = u32(block, sector_ - 4);
    }
    for (const std::uint32_t id : fat_sectors) {
      const std::string block = read_at((std::uint64_t{id} + 1) * sector_, sector_);
      if (block.size() != sector_) return false;
      for (std::size_t i = 0; i < sector_; i += 4) fat_.push_back(u32(block, i));
    }
    return !fat_.empty();
  }

  // The sectors of a chain, in order, up to `limit` bytes; nullopt on a broken or looping chain.
  std::optional<std::string> chain(std::uint32_t id, const std::vector<std::uint32_t>& fat, std::uint64_t limit) {
    std::string out;
    for (std::size_t steps = 0; id <= kMaxSectorId && out.size() < limit; ++steps) {
      if (steps > fat.size()) return std::nullopt;  // a loop
      const std::string block = read_at((std::uint64_t{id} + 1) * sector_, sector_);
      if (block.size() != sector_) return std::nullopt;
      out += block;
      id = id < fat.size() ? fat[id] : kEndOfChain;
    }
    return out;
  }

  static std::optional<std::string> cut(std::optional<std::string> bytes, std::uint64_t size) {
    if (!bytes || bytes->size() < size) return std::nullopt;
    bytes->resize(static_cast<std::size_t>(size));
    return bytes;
  }

  std::ifstream in_;
  std::string header_;
  std::size_t sector_ = 512;
  std::vector<std::uint32_t> fat_;
};

constexpr std::uint16_t kBof = 0x0809, kEof = 0x000A, kBoundSheet = 0x0085, kMergedCells = 0x00E5;

}  // namespace

std::vector<std::vector<sheet::CellRange>> read_merged_ranges(const std::string& path) {
  CompoundFile file(path);
  const auto workbook = file.stream({u"Workbook", u"Book"});
  if (!workbook) return {};
  const std::string& s = *workbook;
  // The globals: where each worksheet's records start.
  std::vector<std::uint32_t> starts;
  std::size_t at = 0;
  for (; at + 4 <= s.size(); ) {
    const std::uint16_t type = u16(s, at), length = u16(s, at + 2);
    if (type == kBoundSheet && length >= 6 && static_cast<unsigned char>(s[at + 4 + 5]) == 0) starts.push_back(u32(s, at + 4));
    at += 4 + length;
    if (type == kEof) break;
  }
  std::vector<std::vector<sheet::CellRange>> sheets(starts.size());
  for (std::size_t i = 0; i < starts.size(); ++i) {
    at = starts[i];
    if (at + 4 > s.size() || u16(s, at) != kBof) continue;
    for (at += 4 + u16(s, at + 2); at + 4 <= s.size();) {
      const std::uint16_t type = u16(s, at), length = u16(s, at + 2);
      if (type == kEof || type == kBof) break;
      if (type == kMergedCells && length >= 2) {
        const std::size_t count = u16(s, at + 4);
        for (std::size_t k = 0; k < count && 2 + 8 * (k + 1) <= length; ++k) {
          const std::size_t r = at + 6 + 8 * k;
          // rowFirst, rowLast, colFirst, colLast: 0-based.
          sheets[i].push_back({std::uint32_t{u16(s, r)} + 1, std::uint32_t{u16(s, r + 4)} + 1,
                               std::uint32_t{u16(s, r + 2)} + 1, std::uint32_t{u16(s, r + 6)} + 1});
        }
      }
      at += 4 + length;
    }
  }
  return sheets;
}

}  // namespace rmt::xls
