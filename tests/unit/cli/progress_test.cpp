#include <doctest/doctest.h>

#include <chrono>
#include <sstream>

#include "common/progress.h"

using namespace rmt;
using namespace std::chrono_literals;

namespace {

// A clock the test moves by hand.
struct FakeClock {
  std::chrono::steady_clock::time_point now{};
  cli::ProgressLine::Clock function() {
    return [this] { return now; };
  }
};

}  // namespace

TEST_CASE("the progress line waits a second, then shows files, rows and MB/s in place") {
  std::ostringstream out;
  FakeClock clock;
  cli::ProgressLine progress(out, true, 4, vocab::Lang::ru, 1000ms, clock.function());
  clock.now += 500ms;
  progress.file_done_bytes(10, 2'000'000);
  CHECK(out.str().empty());  // short runs stay quiet
  clock.now += 500ms;
  progress.file_done_bytes(10, 2'000'000);
  CHECK(out.str() == "\rфайлов: 2 из 4, строк: 20, 4 МБ/с\x1b[K");
  // Not redrawn sooner than a fifth of a second...
  clock.now += 100ms;
  progress.file_done_bytes(5, 0);
  CHECK(out.str() == "\rфайлов: 2 из 4, строк: 20, 4 МБ/с\x1b[K");
  // ...except for the last file.
  progress.file_done_bytes(5, 0);
  CHECK(out.str().ends_with("\rфайлов: 4 из 4, строк: 30, 4 МБ/с\x1b[K"));
  progress.clear();
  CHECK(out.str().ends_with("\r\x1b[K"));
  const auto length = out.str().size();
  progress.clear();  // once erased, nothing more
  CHECK(out.str().size() == length);
}

TEST_CASE("the progress line in English, and silent when disabled") {
  std::ostringstream out;
  FakeClock clock;
  {
    cli::ProgressLine progress(out, true, 2, vocab::Lang::en, 0ms, clock.function());
    clock.now += 2s;
    progress.file_done_bytes(7, 10'000'000);
    CHECK(out.str() == "\rfiles: 1 of 2, rows: 7, 5 MB/s\x1b[K");
  }
  CHECK(out.str().ends_with("\r\x1b[K"));  // erased when it goes away
  std::ostringstream quiet;
  cli::ProgressLine off(quiet, false, 2, vocab::Lang::en, 0ms, clock.function());
  clock.now += 2s;
  off.file_done_bytes(7, 10'000'000);
  off.clear();
  CHECK(quiet.str().empty());
}
