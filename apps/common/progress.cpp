#include "common/progress.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "common/cli.h"

namespace rmt::cli {

ProgressLine::ProgressLine(std::ostream& out, bool enabled, std::size_t files_total, vocab::Lang lang,
                           std::chrono::milliseconds delay, Clock clock)
    : out_(out), enabled_(enabled), files_total_(files_total), lang_(lang), delay_(delay), clock_(std::move(clock)),
      started_(enabled ? clock_() : std::chrono::steady_clock::time_point{}) {}

void ProgressLine::file_done(std::uint64_t rows, const std::string& path) {
  if (!enabled_) return;
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);  // "<stdin>": no size
  file_done_bytes(rows, error ? 0 : size);
}

void ProgressLine::file_done_bytes(std::uint64_t rows, std::uint64_t bytes) {
  if (!enabled_) return;
  ++files_done_;
  rows_ += rows;
  bytes_ += bytes;
  const auto now = clock_();
  if (now - started_ < delay_) return;
  if (drawn_ && now - last_drawn_ < std::chrono::milliseconds(200) && files_done_ < files_total_) return;
  draw(now);
}

void ProgressLine::draw(std::chrono::steady_clock::time_point now) {
  const double seconds = std::chrono::duration<double>(now - started_).count();
  const double mb_per_s = seconds > 0 ? static_cast<double>(bytes_) / 1e6 / seconds : 0;
  const std::string text =
      lang_ == vocab::Lang::ru
          ? fmt::format("файлов: {} из {}, строк: {}, {:.0f} МБ/с", files_done_, files_total_, rows_, mb_per_s)
          : fmt::format("files: {} of {}, rows: {}, {:.0f} MB/s", files_done_, files_total_, rows_, mb_per_s);
  out_ << '\r' << text << "\x1b[K" << std::flush;  // to the line's start; erase what a longer text left
  drawn_ = true;
  last_drawn_ = now;
}

void ProgressLine::clear() {
  if (!drawn_) return;
  out_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

ProgressLine make_progress(const CommonOptions& options, std::size_t files_total) {
  std::chrono::milliseconds delay(1000);
  if (const char* value = std::getenv("RMT_PROGRESS_DELAY_MS")) delay = std::chrono::milliseconds(std::atol(value));
  const bool enabled = !options.quiet && ::isatty(STDERR_FILENO);
  return ProgressLine(std::cerr, enabled, files_total, options.lang(), delay);
}

}  // namespace rmt::cli
