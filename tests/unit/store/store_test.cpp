// lib/store against an in-memory SQLite (and files for what needs a file):
// receipts and their bytes, the current receipt of each organization and
// period, findings in both languages, the integrity check, the schema's
// version, and the names a received file is written out under.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <string>
#include <vector>

#include "run/store.h"
#include "run/store_copy.h"
#include "scratch.h"
#include "store/file_names.h"
#include "store/moment.h"
#include "store/schema.h"
#include "store/store.h"

using namespace rmt;

namespace {

store::NewReceipt receipt(const std::string& name, const std::string& bytes, const std::string& at,
                          std::vector<store::OrgOutcome> orgs, std::int64_t roadmap_version) {
  store::NewReceipt r;
  r.name = name;
  r.bytes = bytes;
  r.received_at = at;
  r.roadmap_version = roadmap_version;
  r.format = "csv";
  r.orgs = std::move(orgs);
  return r;
}

}  // namespace

TEST_CASE("store: receipts keep their bytes once per content; the latest receipt of an organization and period is current") {
  store::Store s;
  REQUIRE(s.open_memory());
  const auto roadmap = s.add_setup_version(store::SetupKind::roadmap, "r.yaml", "format: roadmap/1\n", "2026-01-01T00:00:00Z", "2026");
  REQUIRE(roadmap);
  const std::string v1 = "org_id;period\nA;2026\n", v2 = "org_id;period\nA;2026\nA;2026\n";
  auto first = receipt("A.csv", v1, "2027-01-10T09:00:00Z", {{"A", "2026", "rejected", 1, 1}}, *roadmap);
  first.errors = 1;
  first.findings.push_back({"error", "bad-status", 4, 3, "", "status", "Статус", {"не статус", "not a status"}, {"исправьте", "fix it"}});
  const auto ids = s.add_receipts({first, receipt("B.csv", v1, "2027-01-11T09:00:00Z", {{"B", "2026", "accepted", 1, 0}}, *roadmap),
                                   receipt("A.csv", v2, "2027-01-12T09:00:00Z", {{"A", "2026", "accepted", 2, 0}}, *roadmap)});
  REQUIRE(ids);
  CHECK(ids->size() == 3);
  // A receipt backdated by --received-at sorts by when it came, not when it was added.
  REQUIRE(s.add_receipts({receipt("A-old.csv", v1, "2027-01-05T09:00:00Z", {{"A", "2026", "accepted", 1, 0}}, *roadmap)}));

  const auto all = s.receipts();
  REQUIRE(all.size() == 4);
  CHECK(all[0].name == "A-old.csv");
  CHECK(all[1].sha256 == all[2].sha256);  // the same bytes: one blob, two receipts
  CHECK(all[1].sha256 == store::sha256_hex(v1));
  CHECK(store::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  store::Statement blobs = s.database().prepare("SELECT count(*) FROM blob");
  REQUIRE(blobs.step());
  CHECK(blobs.integer(0) == 3);  // the roadmap, v1, v2

  const auto current = store::current_receipts(all);
  REQUIRE(current.size() == 2);
  CHECK(current[0]->name == "B.csv");
  CHECK(current[1]->received_at == "2027-01-12T09:00:00Z");
  CHECK(store::current_receipts(all, std::string("2027")).empty());
  CHECK(s.receipts("B").size() == 1);

  const auto findings = s.findings(all[1].id);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.ru == "не статус");
  CHECK(findings[0].hint.en == "fix it");
  CHECK(findings[0].line == 4);
  CHECK(s.check().empty());

  // A stored byte changed behind the store's back is found.
  REQUIRE(s.database().exec("UPDATE blob SET bytes = X'00' WHERE sha256 = '" + store::sha256_hex(v2) + "'"));
  const auto problems = s.check();
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].ru.find(store::sha256_hex(v2)) != std::string::npos);
}

TEST_CASE("store: a receipt that cannot be stored leaves nothing behind") {
  store::Store s;
  REQUIRE(s.open_memory());
  // No roadmap version 7: the foreign key refuses the receipt, and its blob goes with it.
  CHECK_FALSE(s.add_receipts({receipt("A.csv", "x", "2027-01-10T09:00:00Z", {}, 7)}));
  CHECK(s.failure() != store::Failure::none);
  CHECK_FALSE(s.error().ru.empty());
  CHECK(s.receipts().empty());
  CHECK_FALSE(s.blob(store::sha256_hex("x")));
}

TEST_CASE("store: a new store, an existing one, another SQLite file, a newer schema") {
  Scratch scratch;
  const std::string folder = scratch.path("st");
  {
    store::Store s;
    REQUIRE(s.create(folder));
    CHECK(s.found_schema_version() == 0);
  }
  store::Store again;
  CHECK_FALSE(again.create(folder));
  CHECK(again.failure() == store::Failure::exists);
  REQUIRE(again.open(folder));
  CHECK(again.found_schema_version() == store::kSchemaVersion);

  store::Store missing;
  CHECK_FALSE(missing.open(scratch.path("nothing")));
  CHECK(missing.failure() == store::Failure::missing);

  // A store written by a later version: refused, and left as it was.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(store::Store::database_path(folder).c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  store::Store newer;
  CHECK_FALSE(newer.open(folder));
  CHECK(newer.failure() == store::Failure::newer);
  CHECK(newer.error().ru.find("более новой версией") != std::string::npos);
  CHECK(newer.error().en.find("schema 99") != std::string::npos);

  const std::string other = scratch.path("other");
  std::filesystem::create_directories(other);
  REQUIRE(sqlite3_open(store::Store::database_path(other).c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  store::Store foreign;
  CHECK_FALSE(foreign.open(other));
  CHECK(foreign.failure() == store::Failure::not_a_store);

  scratch.write("junk/store.sqlite", "this is not a database at all, just text that is long enough to be a header");
  store::Store junk;
  CHECK_FALSE(junk.open(scratch.path("junk")));
  CHECK(junk.failure() == store::Failure::not_a_store);
}

TEST_CASE("store: a received name is data, never a path") {
  CHECK(store::safe_file_name("../../x.csv") == "x.csv");
  CHECK(store::safe_file_name("C:\\Users\\школа\\отчёт.xlsx") == "отчёт.xlsx");
  CHECK(store::safe_file_name(".hidden.csv") == "_hidden.csv");
  CHECK(store::safe_file_name("~$lock.xlsx") == "_lock.xlsx");
  CHECK(store::safe_file_name("a\nb<c>:d|e?.csv") == "a_b_c__d_e_.csv");
  CHECK(store::safe_file_name("...") == "file");
  CHECK(store::safe_file_name("") == "file");
  CHECK(store::safe_file_name(" report.csv. ") == "report.csv");
  const std::string invalid = store::safe_file_name(std::string("a\xff" "b.csv"));
  CHECK(invalid.find('\xff') == std::string::npos);
  const std::string long_name = store::safe_file_name(std::string(300, 'a') + ".xlsx");
  CHECK(long_name.size() <= 180);
  CHECK(long_name.ends_with(".xlsx"));
  const std::string cyrillic = store::safe_file_name(std::string(120, ' ') + std::string(200, 'a') + "ж" + std::string(100, 'b'));
  CHECK(cyrillic.size() <= 180);

  const auto names = store::unique_file_names({"Отчёт.xlsx", "отчёт.xlsx", "Отчёт.xlsx", "../Отчёт.xlsx", "README"});
  CHECK(names == std::vector<std::string>{"Отчёт.xlsx", "отчёт (2).xlsx", "Отчёт (3).xlsx", "Отчёт (4).xlsx", "README"});
}

TEST_CASE("store: times received, as given and as shown") {
  CHECK(store::parse_moment("2027-01-15T10:30:00Z") == "2027-01-15T10:30:00Z");
  CHECK(store::parse_moment("2027-01-15T10:30+03:00") == "2027-01-15T07:30:00Z");
  CHECK(store::parse_moment("2027-01-15 10:30:00-01:00") == "2027-01-15T11:30:00Z");
  CHECK(store::parse_moment("2027-01-15"));
  CHECK_FALSE(store::parse_moment("15.01.2027"));
  CHECK_FALSE(store::parse_moment("2027-02-31"));
  CHECK_FALSE(store::parse_moment("2027-01-15T25:00"));
  CHECK_FALSE(store::parse_moment("2027-01-15T10:30+3"));
  CHECK(store::utc_now().size() == 20);
}

TEST_CASE("run::version_for: a version judges the periods from its own on") {
  roadmap::Roadmap r;
  for (const char* label : {"2026", "2027", "2028"}) r.periods.push_back(*roadmap::parse_period(label));
  std::vector<store::SetupVersion> versions(2);
  versions[0].id = 1;
  versions[0].from_period = "2026";
  versions[1].id = 2;
  versions[1].from_period = "2027";
  CHECK(run::version_for(versions, r, 0)->id == 1);
  CHECK(run::version_for(versions, r, 1)->id == 2);
  CHECK(run::version_for(versions, r, 2)->id == 2);
  versions[0].from_period = "2027";
  CHECK(run::version_for(versions, r, 0)->id == 1);  // none yet in force: the first
}
