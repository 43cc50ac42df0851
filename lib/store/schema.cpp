#include "store/schema.h"

#include <array>
#include <string_view>

namespace rmt::store {
namespace {

// migrations[v] takes a store from version v to v + 1.
constexpr std::array<std::string_view, kSchemaVersion> kMigrations = {
    R"sql(
CREATE TABLE blob (
  sha256 TEXT NOT NULL UNIQUE,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL
);
CREATE TABLE setup_version (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('roadmap', 'registry')),
  name TEXT NOT NULL,
  blob TEXT NOT NULL REFERENCES blob (sha256),
  added_at TEXT NOT NULL,
  from_period TEXT NOT NULL
);
CREATE TABLE receipt (
  id INTEGER PRIMARY KEY,
  blob TEXT NOT NULL REFERENCES blob (sha256),
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  received_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('folder', 'mail', 'web')),
  roadmap_version INTEGER NOT NULL REFERENCES setup_version (id),
  registry_version INTEGER REFERENCES setup_version (id),
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  sheet TEXT NOT NULL,
  rows INTEGER,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL
);
CREATE INDEX receipt_by_time ON receipt (received_at, id);
CREATE TABLE finding (
  receipt INTEGER NOT NULL REFERENCES receipt (id),
  seq INTEGER NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'note')),
  code TEXT NOT NULL,
  line INTEGER NOT NULL,
  col INTEGER NOT NULL,
  sheet TEXT NOT NULL,
  column_key TEXT NOT NULL,
  column_header TEXT NOT NULL,
  message_ru TEXT NOT NULL,
  message_en TEXT NOT NULL,
  hint_ru TEXT NOT NULL,
  hint_en TEXT NOT NULL,
  PRIMARY KEY (receipt, seq)
) WITHOUT ROWID;
CREATE TABLE receipt_org (
  receipt INTEGER NOT NULL REFERENCES receipt (id),
  org_id TEXT NOT NULL,
  period TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'unreadable')),
  rows INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  UNIQUE (receipt, org_id, period)
);
CREATE INDEX receipt_org_by_org ON receipt_org (org_id, period);
CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);
)sql",
    R"sql(
CREATE TABLE school_link (
  org_id TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX school_link_by_org ON school_link (org_id);
CREATE TABLE credential (
  name TEXT PRIMARY KEY,
  hash TEXT NOT NULL,
  set_at TEXT NOT NULL
);
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
)sql",
};

int pragma_int(Database& db, std::string_view pragma) {
  Statement s = db.prepare(pragma);
  return s.valid() && s.step() ? static_cast<int>(s.integer(0)) : -1;
}

}  // namespace

SchemaState prepare_schema(Database& db, int& found) {
  if (!db.begin()) return SchemaState::failed;
  found = pragma_int(db, "PRAGMA user_version");
  const int application = pragma_int(db, "PRAGMA application_id");
  const int tables = pragma_int(db, "SELECT count(*) FROM sqlite_schema");
  if (found < 0 || application < 0 || tables < 0) {
    db.rollback();
    return SchemaState::failed;
  }
  if (tables > 0 && application != kApplicationId) {
    db.rollback();
    return SchemaState::not_a_store;
  }
  if (found > kSchemaVersion) {
    db.rollback();
    return SchemaState::newer;
  }
  for (int version = found; version < kSchemaVersion; ++version)
    if (!db.exec(kMigrations[static_cast<std::size_t>(version)])) {
      db.rollback();
      return SchemaState::failed;
    }
  if (found < kSchemaVersion &&
      !db.exec("PRAGMA application_id = " + std::to_string(kApplicationId) +
               "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";")) {
    db.rollback();
    return SchemaState::failed;
  }
  if (!db.commit()) {
    db.rollback();
    return SchemaState::failed;
  }
  return SchemaState::ready;
}

}  // namespace rmt::store
