// The consolidated rows of a merge: at most one per organization, period and
// activity. A national run holds about a million of them, so a row is a small
// fixed-size record; organization ids and file names are stored once each,
// and evidence and comment texts live in one append-only arena.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "calendar/date.h"
#include "submission/status.h"

namespace rmt::merge {

/// Each distinct string once, numbered in order of arrival.
class StringTable {
 public:
  std::uint32_t intern(std::string_view text);
  const std::string& at(std::uint32_t index) const { return strings_[index]; }
  std::size_t size() const { return strings_.size(); }

 private:
  std::deque<std::string> strings_;  // a deque never moves its elements: the keys below stay valid
  std::unordered_map<std::string_view, std::uint32_t> index_;
};

/// A piece of text stored in a TextArena.
struct TextRef {
  std::uint32_t chunk = 0;
  std::uint32_t offset = 0;
  std::uint32_t size = 0;
};

/// Append-only storage for many short texts, in large chunks.
class TextArena {
 public:
  TextRef add(std::string_view text);
  std::string_view get(TextRef ref) const {
    return ref.size ? std::string_view(chunks_[ref.chunk].get() + ref.offset, ref.size) : std::string_view{};
  }

 private:
  static constexpr std::size_t kChunkBytes = 1 << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;
  std::size_t used_ = kChunkBytes;  // bytes used in the last chunk; "full" before the first
};

struct MergedRow {
  std::uint32_t org = 0;         ///< index into MergedSet::orgs()
  std::uint16_t period = 0;      ///< index into Roadmap::periods
  std::uint16_t activity = 0;    ///< flat index into the ActivityIndex
  submission::Status status = submission::Status::done;
  bool has_value = false;
  bool has_date = false;
  bool disputed = false;  ///< two inputs disagree and no policy settled it: left out of the output
  double value = 0;
  calendar::Date completed_on;
  TextRef evidence;
  TextRef comment;
  /// Provenance written to the output: the school's file and physical line
  /// (carried over unchanged when the input is itself a merged file).
  std::uint32_t source_file = 0;  ///< index into MergedSet::files()
  std::uint32_t source_line = 0;
  /// Where this run read it: the input's index and physical line, for findings.
  std::uint32_t input = 0;
  std::uint32_t input_line = 0;
};

class MergedSet {
 public:
  MergedSet(std::size_t periods, std::size_t activities) : periods_(periods), activities_(activities) {}

  StringTable& orgs() { return orgs_; }
  const StringTable& orgs() const { return orgs_; }
  StringTable& files() { return files_; }
  const StringTable& files() const { return files_; }
  TextArena& texts() { return texts_; }
  const TextArena& texts() const { return texts_; }

  /// The row already held for the same organization, period and activity, or null.
  MergedRow* find(const MergedRow& row);
  /// Adds a row whose key is not held yet.
  void add(const MergedRow& row);

  const std::vector<MergedRow>& rows() const { return rows_; }
  /// The rows to output (disputed ones left out), ordered by organization id,
  /// period, then the roadmap's activity order.
  std::vector<const MergedRow*> sorted() const;
  /// How many rows sorted() gives.
  std::size_t sorted_size() const { return rows_.size() - disputed_; }
  /// Marks a held row as disputed (it leaves the output).
  void dispute(MergedRow& row) {
    disputed_ += !row.disputed;
    row.disputed = true;
  }

 private:
  std::uint64_t key(const MergedRow& row) const {
    return (static_cast<std::uint64_t>(row.org) * periods_ + row.period) * activities_ + row.activity;
  }

  std::size_t periods_, activities_;
  StringTable orgs_, files_;
  TextArena texts_;
  std::vector<MergedRow> rows_;
  std::size_t disputed_ = 0;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;  // key -> position in rows_
};

}  // namespace rmt::merge
