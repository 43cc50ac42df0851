// The store's schema (SPEC.md §15) and its versions. A store records its
// schema version in SQLite's user_version and its kind in application_id;
// opening a store made by an older version migrates it forward step by step
// in one transaction; a store made by a newer version is refused.
//
//   blob(sha256, size, bytes)                 every byte received or set up, once per content
//   setup_version(id, kind, name, blob, added_at, from_period)
//                                             the roadmap's and the registry's versions
//   receipt(id, blob, name, size, received_at, source, roadmap_version,
//           registry_version, format, encoding, sheet, rows, errors, warnings)
//                                             one file received: never changed, never deleted
//   finding(receipt, seq, severity, code, line, col, sheet, column_key,
//           column_header, message_ru, message_en, hint_ru, hint_en)
//   receipt_org(receipt, org_id, period, status, rows, errors)
//                                             each organization and period a receipt carries
//   audit(id, at, action, detail)             what was done to the store, and by whom
// Version 2 (the intake service, SPEC.md §16):
//   school_link(org_id, token_hash, created_at, revoked_at)
//                                             each school's personal link, kept only as a hash
//   credential(name, hash, set_at)            the analyst's password (Argon2id)
//   session(token_hash, csrf, created_at, expires_at)
//                                             the analyst's logins, kept only as hashes
#pragma once

#include "store/database.h"

namespace rmt::store {

/// The schema this build writes.
inline constexpr int kSchemaVersion = 2;
/// application_id of a store ("RMTS"), so that another SQLite file is not taken for one.
inline constexpr int kApplicationId = 0x524D5453;

enum class SchemaState { ready, not_a_store, newer, failed };

/// Creates the schema in an empty database, or migrates an older one to
/// kSchemaVersion. `found` receives the version the file had (0: empty).
SchemaState prepare_schema(Database& db, int& found);

}  // namespace rmt::store
