#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>

#include "io/inputs.h"
#include "io/output_file.h"
#include "scratch.h"

using rmt::io::OutputFile;

namespace {
std::size_t files_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}
}  // namespace

TEST_CASE("an output appears only when committed, and replaces the old file whole") {
  Scratch scratch;
  const auto path = scratch.write("out.csv", "old");
  {
    OutputFile out;
    REQUIRE(out.open(path));
    CHECK(out.write("new "));
    CHECK(out.write(std::string(3 << 20, 'x')));  // larger than the buffer
    CHECK(Scratch::read(path) == "old");        // not yet
    // The temporary has no name (O_TMPFILE), or a hidden one beside the target.
    const bool unnamed = out.temp_path().starts_with("/proc/self/fd/");
    CHECK(files_in(scratch.dir()) == (unnamed ? 1u : 2u));
    REQUIRE(out.commit());
  }
  CHECK(Scratch::read(path).size() == 4 + (3u << 20));
  CHECK(files_in(scratch.dir()) == 1);
}

TEST_CASE("an output that is not committed leaves the old file and no temporary") {
  Scratch scratch;
  const auto path = scratch.write("out.csv", "old");
  {
    OutputFile out;
    REQUIRE(out.open(path));
    CHECK(out.write("half a file"));
  }  // destroyed without commit, as when a run fails
  CHECK(Scratch::read(path) == "old");
  CHECK(files_in(scratch.dir()) == 1);
}

TEST_CASE("an output in a missing directory or over a directory fails with a reason") {
  Scratch scratch;
  OutputFile out;
  CHECK_FALSE(out.open(scratch.path("no/such/dir/out.csv")));
  CHECK(out.error().en == "no such file or directory");
  CHECK(out.error().ru == "файл или папка не найдены");
  CHECK_FALSE(out.open(scratch.dir().string()));
  CHECK_FALSE(out.error().empty());
}

TEST_CASE("same_file sees through different spellings and links") {
  Scratch scratch;
  const auto path = scratch.write("a.csv", "x");
  std::filesystem::create_symlink(path, scratch.path("link.csv"));
  CHECK(rmt::io::same_file(path, scratch.path("link.csv")));
  CHECK(rmt::io::same_file(path, (scratch.dir() / "." / "a.csv").string()));
  CHECK_FALSE(rmt::io::same_file(path, scratch.path("missing.csv")));
  CHECK_FALSE(rmt::io::same_file("-", "-"));
}

TEST_CASE("a replaced file keeps its permissions; a new one gets 0666 minus the umask") {
  namespace fs = std::filesystem;
  Scratch scratch;
  const auto kept = scratch.write("kept.csv", "old");
  fs::permissions(kept, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  const auto fresh = (scratch.dir() / "fresh.csv").string();
  const mode_t mask = ::umask(022);
  for (const auto& path : {kept, fresh}) {
    OutputFile out;
    REQUIRE(out.open(path));
    CHECK(out.write("new"));
    REQUIRE(out.commit());
  }
  ::umask(mask);
  using fs::perms;
  CHECK((fs::status(kept).permissions() & perms::all) == (perms::owner_read | perms::owner_write | perms::group_read));
  CHECK((fs::status(fresh).permissions() & perms::all) ==
        (perms::owner_read | perms::owner_write | perms::group_read | perms::others_read));
}
