#include "store/store.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "store/schema.h"

namespace rmt::store {

std::string_view source_key(Source source) {
  switch (source) {
    case Source::folder: return "folder";
    case Source::mail: return "mail";
    case Source::web: return "web";
  }
  return "folder";
}

std::optional<Source> parse_source(std::string_view key) {
  if (key == "folder") return Source::folder;
  if (key == "mail") return Source::mail;
  if (key == "web") return Source::web;
  return std::nullopt;
}

std::string_view setup_kind_key(SetupKind kind) { return kind == SetupKind::roadmap ? "roadmap" : "registry"; }

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[2 * crypto_hash_sha256_BYTES + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string Store::database_path(const std::string& folder) {
  return (std::filesystem::path(folder) / "store.sqlite").string();
}

bool Store::fail(Failure failure) {
  failure_ = failure;
  if (failure == Failure::io && db_.failed_for_space()) failure_ = Failure::no_space;
  if (failure == Failure::io && (db_.error_code() & 0xff) == SQLITE_NOTADB) failure_ = Failure::not_a_store;
  return false;
}

vocab::Localized Store::error() const {
  switch (failure_) {
    case Failure::none: return {};
    case Failure::missing:
      return {fmt::format("хранилища нет: {} не найден (создайте его: roadmap-store init)", path_),
              fmt::format("no store: {} not found (create one with roadmap-store init)", path_)};
    case Failure::exists:
      return {fmt::format("хранилище уже есть: {}", path_), fmt::format("a store already exists: {}", path_)};
    case Failure::not_a_store:
      return {fmt::format("{} — не хранилище отчётов (другая база SQLite)", path_),
              fmt::format("{} is not a submission store (another SQLite database)", path_)};
    case Failure::newer:
      return {fmt::format("хранилище {} создано более новой версией программы (схема {}, эта версия знает схему {}); "
                          "обновите программу",
                          path_, found_version_, kSchemaVersion),
              fmt::format("the store {} was made by a newer version of the program (schema {}, this version knows "
                          "schema {}); upgrade the program",
                          path_, found_version_, kSchemaVersion)};
    case Failure::no_space:
      return {fmt::format("нет места на диске для {}; хранилище не изменено ({})", path_, db_.error()),
              fmt::format("no space left on the disk for {}; the store is unchanged ({})", path_, db_.error())};
    case Failure::io:
      return {fmt::format("ошибка хранилища {}: {}", path_, db_.error()),
              fmt::format("store error in {}: {}", path_, db_.error())};
  }
  return {};
}

bool Store::prepare() {
  switch (prepare_schema(db_, found_version_)) {
    case SchemaState::ready: return true;
    case SchemaState::not_a_store: db_.close(); return fail(Failure::not_a_store);
    case SchemaState::newer: db_.close(); return fail(Failure::newer);
    case SchemaState::failed:
      fail(Failure::io);
      db_.close();
      return false;
  }
  return false;
}

bool Store::create(const std::string& folder) {
  path_ = database_path(folder);
  failure_ = Failure::none;
  std::error_code ec;
  if (std::filesystem::exists(path_, ec)) return fail(Failure::exists);
  std::filesystem::create_directories(folder, ec);
  if (!db_.open(path_, true)) return fail(Failure::io);
  return prepare();
}

bool Store::open(const std::string& folder) {
  path_ = database_path(folder);
  failure_ = Failure::none;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path_, ec)) return fail(Failure::missing);
  if (!db_.open(path_, false)) return fail(Failure::io);
  return prepare();
}

bool Store::open_memory() {
  path_ = ":memory:";
  failure_ = Failure::none;
  if (!db_.open(path_, true)) return fail(Failure::io);
  return prepare();
}

namespace {

constexpr std::string_view kPutBlob = "INSERT OR IGNORE INTO blob (sha256, size, bytes) VALUES (?1, ?2, ?3)";

bool put_blob(Statement& s, const std::string& sha, std::string_view bytes) {
  s.reset();
  return s.bind(1, sha).bind(2, static_cast<std::int64_t>(bytes.size())).bind_static_blob(3, bytes).run();
}

SetupKind kind_of(const std::string& key) { return key == "roadmap" ? SetupKind::roadmap : SetupKind::registry; }

}  // namespace

std::optional<std::int64_t> Store::add_setup_version(SetupKind kind, const std::string& name, std::string_view bytes,
                                                     const std::string& added_at, const std::string& from_period) {
  if (!db_.begin()) return fail(Failure::io), std::nullopt;
  const std::string sha = sha256_hex(bytes);
  Statement s = db_.prepare(
      "INSERT INTO setup_version (kind, name, blob, added_at, from_period) VALUES (?1, ?2, ?3, ?4, ?5)");
  Statement blob = db_.prepare(kPutBlob);
  if (!put_blob(blob, sha, bytes) ||
      !s.bind(1, setup_kind_key(kind)).bind(2, name).bind(3, sha).bind(4, added_at).bind(5, from_period).run()) {
    fail(Failure::io);
    db_.rollback();
    return std::nullopt;
  }
  const std::int64_t id = db_.last_insert_id();
  if (!db_.commit()) {
    fail(Failure::io);
    db_.rollback();
    return std::nullopt;
  }
  return id;
}

std::vector<SetupVersion> Store::setup_versions(SetupKind kind) {
  std::vector<SetupVersion> versions;
  Statement s = db_.prepare(
      "SELECT v.id, v.kind, v.name, v.blob, b.size, v.added_at, v.from_period FROM setup_version v "
      "JOIN blob b ON b.sha256 = v.blob WHERE v.kind = ?1 ORDER BY v.id");
  s.bind(1, setup_kind_key(kind));
  while (s.step())
    versions.push_back({s.integer(0), static_cast<std::int64_t>(versions.size() + 1), kind_of(s.text(1)), s.text(2),
                        s.text(3), s.integer(4), s.text(5), s.text(6)});
  return versions;
}

std::optional<std::string> Store::blob(const std::string& sha256) {
  Statement s = db_.prepare("SELECT bytes FROM blob WHERE sha256 = ?1");
  s.bind(1, sha256);
  if (!s.step()) return std::nullopt;
  return s.blob(0);
}

std::optional<std::vector<std::int64_t>> Store::add_receipts(const std::vector<NewReceipt>& receipts) {
  if (!db_.begin()) return fail(Failure::io), std::nullopt;
  Statement insert_receipt = db_.prepare(
      "INSERT INTO receipt (blob, name, size, received_at, source, roadmap_version, registry_version, format, "
      "encoding, sheet, rows, errors, warnings) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  Statement insert_finding = db_.prepare(
      "INSERT INTO finding (receipt, seq, severity, code, line, col, sheet, column_key, column_header, message_ru, "
      "message_en, hint_ru, hint_en) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
  Statement insert_blob = db_.prepare(kPutBlob);
  Statement insert_org = db_.prepare(
      "INSERT OR IGNORE INTO receipt_org (receipt, org_id, period, status, rows, errors) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  std::vector<std::int64_t> ids;
  bool ok = insert_receipt.valid() && insert_finding.valid() && insert_org.valid() && insert_blob.valid();
  for (const NewReceipt& r : receipts) {
    if (!ok) break;
    const std::string sha = r.sha256.empty() ? sha256_hex(r.bytes) : r.sha256;
    insert_receipt.reset();
    ok = put_blob(insert_blob, sha, r.bytes) && insert_receipt.bind(1, sha)
                                            .bind(2, r.name)
                                            .bind(3, static_cast<std::int64_t>(r.bytes.size()))
                                            .bind(4, r.received_at)
                                            .bind(5, source_key(r.source))
                                            .bind(6, r.roadmap_version)
                                            .bind(7, r.registry_version)
                                            .bind(8, r.format)
                                            .bind(9, r.encoding)
                                            .bind(10, r.sheet)
                                            .bind(11, r.rows)
                                            .bind(12, r.errors)
                                            .bind(13, r.warnings)
                                            .run();
    if (!ok) break;
    const std::int64_t id = db_.last_insert_id();
    ids.push_back(id);
    std::int64_t seq = 0;
    for (const StoredFinding& f : r.findings) {
      insert_finding.reset();
      ok = insert_finding.bind(1, id)
               .bind(2, ++seq)
               .bind(3, f.severity)
               .bind(4, f.code)
               .bind(5, static_cast<std::int64_t>(f.line))
               .bind(6, static_cast<std::int64_t>(f.column))
               .bind(7, f.sheet)
               .bind(8, f.column_key)
               .bind(9, f.column_header)
               .bind(10, f.message.ru)
               .bind(11, f.message.en)
               .bind(12, f.hint.ru)
               .bind(13, f.hint.en)
               .run();
      if (!ok) break;
    }
    for (const OrgOutcome& o : r.orgs) {
      if (!ok) break;
      insert_org.reset();
      ok = insert_org.bind(1, id).bind(2, o.org_id).bind(3, o.period).bind(4, o.status).bind(5, o.rows).bind(6, o.errors).run();
    }
  }
  if (!ok || !db_.commit()) {
    fail(Failure::io);
    db_.rollback();
    return std::nullopt;
  }
  return ids;
}

std::vector<Receipt> Store::receipts(const std::string& org_id) {
  std::vector<Receipt> list;
  std::map<std::int64_t, std::size_t> index;
  Statement s = db_.prepare(
      org_id.empty()
          ? "SELECT id, blob, name, size, received_at, source, roadmap_version, registry_version, format, encoding, "
            "sheet, rows, errors, warnings FROM receipt ORDER BY received_at, id"
          : "SELECT id, blob, name, size, received_at, source, roadmap_version, registry_version, format, encoding, "
            "sheet, rows, errors, warnings FROM receipt WHERE id IN (SELECT receipt FROM receipt_org WHERE org_id = ?1) "
            "ORDER BY received_at, id");
  if (!org_id.empty()) s.bind(1, org_id);
  while (s.step()) {
    Receipt r;
    r.id = s.integer(0);
    r.sha256 = s.text(1);
    r.name = s.text(2);
    r.size = s.integer(3);
    r.received_at = s.text(4);
    r.source = s.text(5);
    r.roadmap_version = s.integer(6);
    if (!s.is_null(7)) r.registry_version = s.integer(7);
    r.format = s.text(8);
    r.encoding = s.text(9);
    r.sheet = s.text(10);
    if (!s.is_null(11)) r.rows = s.integer(11);
    r.errors = s.integer(12);
    r.warnings = s.integer(13);
    index[r.id] = list.size();
    list.push_back(std::move(r));
  }
  // rowid: the order the check found them in. Only the receipts listed are read.
  Statement o = db_.prepare(
      org_id.empty() ? "SELECT receipt, org_id, period, status, rows, errors FROM receipt_org ORDER BY receipt, rowid"
                     : "SELECT receipt, org_id, period, status, rows, errors FROM receipt_org WHERE receipt IN "
                       "(SELECT receipt FROM receipt_org WHERE org_id = ?1) ORDER BY receipt, rowid");
  if (!org_id.empty()) o.bind(1, org_id);
  while (o.step()) {
    const auto at = index.find(o.integer(0));
    if (at == index.end()) continue;
    list[at->second].orgs.push_back({o.text(1), o.text(2), o.text(3), o.integer(4), o.integer(5)});
  }
  return list;
}

std::vector<StoredFinding> Store::findings(std::int64_t receipt) {
  std::vector<StoredFinding> list;
  Statement s = db_.prepare(
      "SELECT severity, code, line, col, sheet, column_key, column_header, message_ru, message_en, hint_ru, hint_en "
      "FROM finding WHERE receipt = ?1 ORDER BY seq");
  s.bind(1, receipt);
  while (s.step())
    list.push_back({s.text(0), s.text(1), static_cast<std::uint32_t>(s.integer(2)), static_cast<std::uint32_t>(s.integer(3)),
                    s.text(4), s.text(5), s.text(6), {s.text(7), s.text(8)}, {s.text(9), s.text(10)}});
  return list;
}

void Store::audit(const std::string& at, const std::string& action, const std::string& detail) {
  Statement s = db_.prepare("INSERT INTO audit (at, action, detail) VALUES (?1, ?2, ?3)");
  if (!s.bind(1, at).bind(2, action).bind(3, detail).run()) fail(Failure::io);
}

bool Store::issue_link(const std::string& org_id, const std::string& token_hash, const std::string& at) {
  return issue_links({{org_id, token_hash}}, at);
}

bool Store::issue_links(const std::vector<std::pair<std::string, std::string>>& links, const std::string& at) {
  if (!db_.begin()) return fail(Failure::io);
  Statement revoke = db_.prepare("UPDATE school_link SET revoked_at = ?2 WHERE org_id = ?1 AND revoked_at IS NULL");
  Statement insert = db_.prepare("INSERT INTO school_link (org_id, token_hash, created_at) VALUES (?1, ?2, ?3)");
  bool ok = revoke.valid() && insert.valid();
  for (const auto& [org_id, token_hash] : links) {
    if (!ok) break;
    revoke.reset();
    insert.reset();
    ok = revoke.bind(1, org_id).bind(2, at).run() && insert.bind(1, org_id).bind(2, token_hash).bind(3, at).run();
  }
  if (!ok || !db_.commit()) {
    fail(Failure::io);
    db_.rollback();
    return false;
  }
  return true;
}

std::size_t Store::revoke_links(const std::string& org_id, const std::string& at) {
  Statement revoke = db_.prepare("UPDATE school_link SET revoked_at = ?2 WHERE org_id = ?1 AND revoked_at IS NULL");
  if (!revoke.bind(1, org_id).bind(2, at).run()) return fail(Failure::io), 0;
  return static_cast<std::size_t>(sqlite3_changes(db_.handle()));
}

std::optional<std::string> Store::link_owner(const std::string& token_hash) {
  Statement s = db_.prepare("SELECT org_id FROM school_link WHERE token_hash = ?1 AND revoked_at IS NULL");
  s.bind(1, token_hash);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

bool Store::set_credential(const std::string& name, const std::string& hash, const std::string& at) {
  Statement s = db_.prepare("INSERT OR REPLACE INTO credential (name, hash, set_at) VALUES (?1, ?2, ?3)");
  return s.bind(1, name).bind(2, hash).bind(3, at).run() || fail(Failure::io);
}

std::int64_t Store::last_receipt_id() {
  Statement s = db_.prepare("SELECT coalesce(max(id), 0) FROM receipt");
  return s.step() ? s.integer(0) : 0;
}

std::optional<std::string> Store::credential(const std::string& name) {
  Statement s = db_.prepare("SELECT hash FROM credential WHERE name = ?1");
  s.bind(1, name);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

bool Store::add_session(const std::string& token_hash, const std::string& csrf, const std::string& at,
                        const std::string& expires_at) {
  Statement s = db_.prepare("INSERT INTO session (token_hash, csrf, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)");
  return s.bind(1, token_hash).bind(2, csrf).bind(3, at).bind(4, expires_at).run() || fail(Failure::io);
}

std::optional<std::string> Store::session_csrf(const std::string& token_hash, const std::string& now) {
  Statement s = db_.prepare("SELECT csrf FROM session WHERE token_hash = ?1 AND expires_at > ?2");
  s.bind(1, token_hash).bind(2, now);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

void Store::end_session(const std::string& token_hash) {
  Statement s = db_.prepare("DELETE FROM session WHERE token_hash = ?1");
  s.bind(1, token_hash).run();
}

std::vector<vocab::Localized> Store::check() {
  std::vector<vocab::Localized> problems;
  Statement integrity = db_.prepare("PRAGMA integrity_check");
  while (integrity.step()) {
    const std::string line = integrity.text(0);
    if (line != "ok") problems.push_back({"целостность SQLite: " + line, "SQLite integrity: " + line});
  }
  if (!integrity.valid() || integrity.failed())
    problems.push_back({"целостность SQLite не проверена: " + db_.error(), "SQLite integrity not checked: " + db_.error()});
  Statement keys = db_.prepare("PRAGMA foreign_key_check");
  while (keys.step())
    problems.push_back({fmt::format("ссылка без цели в таблице {} (строка {})", keys.text(0), keys.integer(1)),
                        fmt::format("a dangling reference in table {} (row {})", keys.text(0), keys.integer(1))});
  Statement blobs = db_.prepare("SELECT sha256, size, bytes FROM blob");
  while (blobs.step()) {
    const std::string sha = blobs.text(0), bytes = blobs.blob(2);
    if (static_cast<std::int64_t>(bytes.size()) != blobs.integer(1) || sha256_hex(bytes) != sha)
      problems.push_back({fmt::format("содержимое файла {} не совпадает с его хешем: файл повреждён", sha),
                          fmt::format("the content stored as {} does not match its hash: it is corrupted", sha)});
  }
  if (blobs.failed()) problems.push_back({"хранилище не прочитано: " + db_.error(), "the store could not be read: " + db_.error()});
  return problems;
}

std::vector<const Receipt*> current_receipts(const std::vector<Receipt>& receipts,
                                             const std::optional<std::string>& period) {
  // Receipts come in the order received, so the last one seen for a pair is its latest.
  std::map<std::pair<std::string, std::string>, std::size_t> latest;
  for (std::size_t i = 0; i < receipts.size(); ++i)
    for (const OrgOutcome& o : receipts[i].orgs)
      if (!period || o.period == *period) latest[{o.org_id, o.period}] = i;
  std::vector<bool> current(receipts.size(), false);
  for (const auto& [key, index] : latest) current[index] = true;
  std::vector<const Receipt*> list;
  for (std::size_t i = 0; i < receipts.size(); ++i)
    if (current[i]) list.push_back(&receipts[i]);
  return list;
}

}  // namespace rmt::store
