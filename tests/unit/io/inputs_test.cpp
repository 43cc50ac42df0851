#include "io/inputs.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "scratch.h"

using rmt::io::expand_inputs;
using rmt::io::natural_less;

TEST_CASE("natural order: a copy «X (2)» after «X», numbers by value, case ignored") {
  CHECK(natural_less("SCH-01.xlsx", "SCH-01 (2).xlsx"));
  CHECK_FALSE(natural_less("SCH-01 (2).xlsx", "SCH-01.xlsx"));
  CHECK(natural_less("SCH-01 (2).xlsx", "SCH-01 (10).xlsx"));
  CHECK(natural_less("school-2.csv", "school-10.csv"));
  CHECK(natural_less("a.csv", "B.csv"));
  CHECK(natural_less("school-02.csv", "school-3.csv"));
  // The stem decides before the extension: «X.xlsx» and «X.csv» are both before «X (2).csv».
  CHECK(natural_less("X.xlsx", "X (2).csv"));
  CHECK(natural_less("X.csv", "X.xlsx"));
  // A file before the folder of the same name's contents; folders compared like names.
  CHECK(natural_less("d/a", "d/a/b.csv"));
  CHECK(natural_less("d2/z.csv", "d10/a.csv"));
  // Total: equal up to case still has an order.
  CHECK(natural_less("A.csv", "a.csv") != natural_less("a.csv", "A.csv"));
}

TEST_CASE("a directory input means every table file below it, in natural order, and names the rest") {
  Scratch scratch;
  scratch.write("in/SCH-01.xlsx", "x");
  scratch.write("in/SCH-01 (2).xlsx", "x");
  scratch.write("in/b.CSV", "x");
  scratch.write("in/c.ods", "x");
  scratch.write("in/d.xls", "x");
  scratch.write("in/e.xlsm", "x");
  scratch.write("in/f.txt", "x");
  scratch.write("in/sub/g.csv", "x");
  scratch.write("in/~$SCH-01.xlsx", "x");       // Excel's lock file
  scratch.write("in/.~lock.c.ods#", "x");       // LibreOffice's
  scratch.write("in/.hidden.csv", "x");         // hidden
  scratch.write("in/.git/config.csv", "x");     // a hidden directory
  scratch.write("in/letter.docx", "x");
  scratch.write("in/scan.pdf", "x");
  scratch.write("in/README", "x");
  std::filesystem::create_directory_symlink(scratch.path("in/sub"), scratch.path("in/link-to-sub"));
  std::filesystem::create_symlink(scratch.path("in/nowhere.csv"), scratch.path("in/dangling.csv"));
  const std::string dir = scratch.path("in");
  const auto list = expand_inputs({dir, "-", "missing.csv"});
  CHECK(list.files == std::vector<std::string>{dir + "/b.CSV", dir + "/c.ods", dir + "/d.xls", dir + "/dangling.csv",
                                               dir + "/e.xlsm", dir + "/f.txt", dir + "/SCH-01.xlsx",
                                               dir + "/SCH-01 (2).xlsx", dir + "/sub/g.csv", "-", "missing.csv"});
  std::vector<std::string> skipped;
  for (const auto& file : list.skipped) skipped.push_back(file.path);
  CHECK(skipped == std::vector<std::string>{dir + "/letter.docx", dir + "/link-to-sub", dir + "/README",
                                            dir + "/scan.pdf"});
  CHECK(list.skipped[0].reason.ru.find(".docx") != std::string::npos);
  CHECK(list.skipped[0].reason.en.find("not a report table (.docx)") != std::string::npos);
  CHECK(list.skipped[1].reason.en.find("link to a directory") != std::string::npos);
  CHECK(list.skipped[2].reason.en.find("without an extension") != std::string::npos);
}

TEST_CASE("a directory that cannot be read is named, and the rest is still read") {
  if (::geteuid() == 0) return;  // root reads everything: nothing to test
  Scratch scratch;
  scratch.write("in/a.csv", "x");
  scratch.write("in/locked/b.csv", "x");
  ::chmod(scratch.path("in/locked").c_str(), 0);
  const auto list = expand_inputs({scratch.path("in")});
  ::chmod(scratch.path("in/locked").c_str(), 0700);
  CHECK(list.files == std::vector<std::string>{scratch.path("in/a.csv")});
  REQUIRE(list.skipped.size() == 1);
  CHECK(list.skipped[0].reason.en == "cannot read the directory: permission denied");
}
