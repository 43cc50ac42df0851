// The progress line long runs show on a terminal: files done of total, rows,
// MB/s, redrawn in place on stderr. It appears only after a delay (about a
// second: short runs stay quiet), never when stderr is not a terminal (logs,
// pipes, CI) or with --quiet, and is erased before anything else is printed.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

#include "vocab/lang.h"

namespace rmt::cli {

struct CommonOptions;

class ProgressLine {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;

  /// `enabled` false: every call does nothing.
  ProgressLine(std::ostream& out, bool enabled, std::size_t files_total, vocab::Lang lang,
               std::chrono::milliseconds delay = std::chrono::milliseconds(1000),
               Clock clock = std::chrono::steady_clock::now);
  ~ProgressLine() { clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Counts a finished file (its size taken from `path`, only when shown)
  /// and redraws when due (at most five times a second).
  void file_done(std::uint64_t rows, const std::string& path);
  /// The same with the size given.
  void file_done_bytes(std::uint64_t rows, std::uint64_t bytes);
  /// Erases the line, if drawn, so that findings print on a clean line.
  void clear();

 private:
  void draw(std::chrono::steady_clock::time_point now);

  std::ostream& out_;
  bool enabled_;
  std::size_t files_total_, files_done_ = 0;
  std::uint64_t rows_ = 0, bytes_ = 0;
  vocab::Lang lang_;
  std::chrono::milliseconds delay_;
  Clock clock_;
  std::chrono::steady_clock::time_point started_, last_drawn_{};
  bool drawn_ = false;
};

/// The progress line for a program's run over `files_total` inputs: shown
/// when stderr is a terminal and not --quiet. RMT_PROGRESS_DELAY_MS sets the
/// delay (tests use 0).
ProgressLine make_progress(const CommonOptions& options, std::size_t files_total);

}  // namespace rmt::cli
