// Where a Table gets its records from: a CSV file (csv::Reader) or a sheet of
// an Excel workbook (xlsx::SheetReader). Both yield the same Record, so every
// check downstream is written once.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rmt::csv {

/// One record. Field views stay valid until the record is passed to next()
/// again; its storage is reused, so reading allocates nothing per field once
/// the buffers have grown to the widest record.
class Record {
 public:
  std::uint32_t line = 0;  ///< physical line where the record starts

  std::size_t size() const { return ends_.size(); }
  std::string_view field(std::size_t index) const {
    const std::uint32_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(text_).substr(begin, ends_[index] - begin);
  }
  /// True when no field holds anything but white space (a blank line, only
  /// delimiters, or cells of spaces and non-breaking spaces).
  bool blank() const {
    for (std::size_t i = 0; i < text_.size();) {
      const char c = text_[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
      } else if (c == '\xC2' && i + 1 < text_.size() && text_[i + 1] == '\xA0') {
        i += 2;
      } else {
        return false;
      }
    }
    return true;
  }

  void clear() {
    text_.clear();
    ends_.clear();
  }
  void append(char c) { text_.push_back(c); }
  void append(std::string_view text) { text_.append(text); }
  /// Drops what the field being built holds so far.
  void clear_field() { text_.resize(ends_.empty() ? 0 : ends_.back()); }
  void end_field() { ends_.push_back(static_cast<std::uint32_t>(text_.size())); }
  std::size_t bytes() const { return text_.size(); }  ///< all fields' text
  std::size_t field_bytes() const { return text_.size() - (ends_.empty() ? 0 : ends_.back()); }
  /// The text of the field being built (after the last end_field()).
  std::string_view current_field() const { return std::string_view(text_).substr(ends_.empty() ? 0 : ends_.back()); }

 private:
  std::string text_;
  std::vector<std::uint32_t> ends_;
};

/// Tells, from the first records of a sheet, whether they hold a table's
/// header (a workbook reader uses it to pick the sheet a report is on).
using HeaderProbe = std::function<bool(const Record& record)>;

/// A stream of records with a name for diagnostics.
class RecordSource {
 public:
  virtual ~RecordSource() = default;
  /// Fills `record` with the next record; false at the end of the input or
  /// after a finding that stops reading.
  virtual bool next(Record& record) = 0;
  /// The file name diagnostics use.
  virtual const std::string& shown() const = 0;
  /// False when the input could not be opened or read at all (reported).
  virtual bool readable() const = 0;
  /// True once reading stopped at a finding (a broken quote, a limit):
  /// what was not read is unknown, so nothing more is said about it.
  virtual bool stopped() const = 0;
  /// The input's text encoding, named in `encoding` findings ("utf-8").
  virtual std::string_view encoding() const = 0;
  /// True when field `index` of the record just read is a formula whose
  /// result the file does not hold (saved by a program that does not
  /// calculate): it reads as empty, and the analyst should hear why.
  virtual bool formula_without_value(std::size_t /*index*/) const { return false; }
  /// The sheet the records come from; empty for text files. A sheet's record
  /// holds one field per spreadsheet column from A on, so field i is column i+1.
  virtual const std::string& sheet() const {
    static const std::string none;
    return none;
  }
};

}  // namespace rmt::csv
