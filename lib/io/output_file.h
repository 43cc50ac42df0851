// An output that is either complete or absent. The bytes go to a temporary
// file in the target's directory, which replaces the target only after all
// of them were written and flushed to disk: a failure (disk full, no
// permission) or a signal (Ctrl-C, kill) leaves any previous file as it was
// and no temporary file behind. "-" writes to standard output instead.
#pragma once

#include <string>
#include <string_view>

namespace rmt::io {

class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();  // discards an uncommitted temporary
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Creates the temporary next to `path` (or takes standard output for "-").
  /// False on failure; error() says why.
  bool open(const std::string& path);
  /// Like open(), for a library that writes the file itself by name
  /// (libxlsxwriter): the temporary is created and closed; write it through
  /// temp_path(), then commit(). Not for "-".
  bool open_for_writer(const std::string& path);
  const std::string& temp_path() const { return temp_; }

  /// Buffered; false once anything failed.
  bool write(std::string_view bytes);
  /// Flushes, syncs and renames the temporary over the target. False on
  /// failure, with the temporary removed and the target untouched.
  /// error() is the operating system's reason, in English.
  bool commit();
  /// Removes the temporary; the target stays as it was.
  void discard();

  const std::string& path() const { return path_; }
  const std::string& error() const { return error_; }

 private:
  bool flush();
  bool fail();  // records strerror(errno)

  int fd_ = -1;
  bool is_stdout_ = false;
  int slot_ = -1;  // entry in the signal-cleanup table
  std::string path_, temp_, buffer_, error_;
};

/// True when `a` and `b` name the same existing file (also through links or
/// different spellings of the path).
bool same_file(const std::string& a, const std::string& b);

}  // namespace rmt::io
