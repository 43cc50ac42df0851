// An output that is either complete or absent. The bytes go to a temporary
// file in the target's directory, which replaces the target only after all
// of them were written and flushed to disk: a failure (disk full, no
// permission) or a signal (Ctrl-C, kill, even SIGKILL) leaves any previous
// file as it was and no temporary file behind. The temporary has no name
// until the commit (O_TMPFILE); where the file system cannot do that, it is a
// hidden ".<name>.tmp-XXXXXX" that a signal handler removes (not after
// SIGKILL). Two runs writing the same target each commit a whole file; the
// later rename wins. "-" writes to standard output instead.
#pragma once

#include <string>

#include "vocab/lang.h"
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
  /// (libxlsxwriter): write it through temp_path(), then commit(). Not for "-".
  bool open_for_writer(const std::string& path);
  /// The temporary's name: a hidden file beside the target, or for an
  /// unnamed temporary its /proc/self/fd link.
  std::string temp_path() const;

  /// Buffered; false once anything failed.
  bool write(std::string_view bytes);
  /// Flushes, syncs and renames the temporary over the target. False on
  /// failure, with the temporary removed and the target untouched.
  /// error() is the operating system's reason, in English.
  bool commit();
  /// Removes the temporary; the target stays as it was.
  void discard();

  const std::string& path() const { return path_; }
  /// Why the last step failed, in both languages (the operating system's reason).
  vocab::Localized error() const;

 private:
  bool flush();
  bool fail();  // records errno
  std::string temporary_pattern() const;  // for mkstemp, beside the target
  bool link_anonymous();                  // gives the unnamed temporary a name

  int fd_ = -1;
  bool is_stdout_ = false;
  bool anonymous_ = false;  // an O_TMPFILE temporary, named only at commit
  int slot_ = -1;  // entry in the signal-cleanup table
  std::string path_, dir_, name_, temp_, buffer_;
  int error_ = 0;  // errno of the first failure; 0: none
};

/// True when `a` and `b` name the same existing file (also through links or
/// different spellings of the path).
bool same_file(const std::string& a, const std::string& b);

}  // namespace rmt::io
