// The submission store (SPEC.md §15): one SQLite database, STORE/store.sqlite,
// that keeps every file ever received with when and how it came, what its
// check found, and which organizations and periods it carries; the roadmap's
// and the registry's versions; and an audit log. Nothing received is ever
// updated or deleted: a resend is a new receipt, and an organization's latest
// receipt for a period is its current submission. (The intake service's
// links and sessions are the only rows that change.)
//
// Every write is one transaction: a receipt, its bytes, its findings and its
// organizations land together or not at all, so a crash or a full disk leaves
// the store as it was before the write. Writers wait for each other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "vocab/lang.h"

namespace rmt::store {

/// How a file came: put in by the analyst from a folder, from mail, or
/// uploaded through the intake service.
enum class Source { folder, mail, web };
std::string_view source_key(Source source);
std::optional<Source> parse_source(std::string_view key);

/// The lowercase hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

enum class SetupKind { roadmap, registry };
std::string_view setup_kind_key(SetupKind kind);

/// A version of the roadmap or the registry: it judges the periods from
/// `from_period` on, until a later version takes over.
struct SetupVersion {
  std::int64_t id = 0;
  std::int64_t number = 0;  ///< 1, 2, … among the versions of its kind
  SetupKind kind = SetupKind::roadmap;
  std::string name;  ///< the file's name when it was added
  std::string sha256;
  std::int64_t size = 0;
  std::string added_at;     ///< UTC, YYYY-MM-DDTHH:MM:SSZ
  std::string from_period;  ///< a period label of the roadmap
};

/// One finding of a receipt's check, in both languages.
struct StoredFinding {
  std::string severity;  ///< "error", "warning" or "note"
  std::string code;
  std::uint32_t line = 0, column = 0;
  std::string sheet, column_key, column_header;
  vocab::Localized message, hint;
};

/// One organization and period a receipt carries, as its check judged them
/// (the file alone: conflicts between files are the programs' to find).
struct OrgOutcome {
  std::string org_id;
  std::string period;  ///< a period label
  std::string status;  ///< "accepted", "rejected" or "unreadable"
  std::int64_t rows = 0, errors = 0;
};

/// What is known of a file when it is received.
struct NewReceipt {
  std::string name;   ///< its original name, as received (never used as a path)
  std::string bytes;  ///< its whole content
  std::string sha256;  ///< of `bytes`, when the caller has it; computed when empty
  std::string received_at;  ///< UTC, YYYY-MM-DDTHH:MM:SSZ
  Source source = Source::folder;
  std::int64_t roadmap_version = 0;
  std::optional<std::int64_t> registry_version;
  std::string format, encoding, sheet;
  std::optional<std::int64_t> rows;
  std::int64_t errors = 0, warnings = 0;
  std::vector<StoredFinding> findings;
  std::vector<OrgOutcome> orgs;
};

struct Receipt {
  std::int64_t id = 0;
  std::string sha256, name;
  std::int64_t size = 0;
  std::string received_at, source;
  std::int64_t roadmap_version = 0;
  std::optional<std::int64_t> registry_version;
  std::string format, encoding, sheet;
  std::optional<std::int64_t> rows;
  std::int64_t errors = 0, warnings = 0;
  std::vector<OrgOutcome> orgs;
};


/// Why opening or writing the store failed, in both languages.
enum class Failure { none, missing, exists, not_a_store, newer, no_space, io };

class Store {
 public:
  /// STORE/store.sqlite.
  static std::string database_path(const std::string& folder);

  /// Creates `folder` (when absent) and an empty store in it; refuses a
  /// folder that already holds one.
  bool create(const std::string& folder);
  /// Opens an existing store, migrating an older schema forward.
  bool open(const std::string& folder);
  /// A store in memory (tests).
  bool open_memory();

  Failure failure() const { return failure_; }
  /// Why the last step failed, for a person.
  vocab::Localized error() const;

  // Versions of the roadmap and the registry.
  std::optional<std::int64_t> add_setup_version(SetupKind kind, const std::string& name, std::string_view bytes,
                                                const std::string& added_at, const std::string& from_period);
  /// Every version of `kind`, oldest first.
  std::vector<SetupVersion> setup_versions(SetupKind kind);

  /// A blob's bytes; nullopt when the store has none with that hash.
  std::optional<std::string> blob(const std::string& sha256);

  /// Adds receipts, all in one transaction; their ids in order, or nullopt
  /// (nothing added) on failure.
  std::optional<std::vector<std::int64_t>> add_receipts(const std::vector<NewReceipt>& receipts);

  /// Every receipt with its organizations, in the order received
  /// (received_at, then id); with `org_id`, only those that carry it.
  std::vector<Receipt> receipts(const std::string& org_id = {});
  std::vector<StoredFinding> findings(std::int64_t receipt);
  /// The newest receipt's id (0: none yet). Receipts are only ever added, so
  /// it changes exactly when something new was received.
  std::int64_t last_receipt_id();

  void audit(const std::string& at, const std::string& action, const std::string& detail);

  // The intake service's links and logins (SPEC.md §16): only hashes are kept.
  /// Gives `org_id` a new link (its earlier ones revoked).
  bool issue_link(const std::string& org_id, const std::string& token_hash, const std::string& at);
  /// issue_link() for each (org_id, token_hash), all in one transaction.
  bool issue_links(const std::vector<std::pair<std::string, std::string>>& links, const std::string& at);
  /// Revokes every link of `org_id`; the number revoked.
  std::size_t revoke_links(const std::string& org_id, const std::string& at);
  /// The organization a link that is not revoked belongs to.
  std::optional<std::string> link_owner(const std::string& token_hash);
  bool set_credential(const std::string& name, const std::string& hash, const std::string& at);
  std::optional<std::string> credential(const std::string& name);
  bool add_session(const std::string& token_hash, const std::string& csrf, const std::string& at,
                   const std::string& expires_at);
  /// A session's CSRF token, when it exists and has not expired by `now`.
  std::optional<std::string> session_csrf(const std::string& token_hash, const std::string& now);
  void end_session(const std::string& token_hash);

  /// SQLite's integrity and foreign-key checks, and every blob against its
  /// hash and size: each problem found, in both languages; empty when sound.
  std::vector<vocab::Localized> check();

  /// The schema version the file had when opened.
  int found_schema_version() const { return found_version_; }
  Database& database() { return db_; }

 private:
  bool prepare();
  bool fail(Failure failure);

  Database db_;
  std::string path_;
  Failure failure_ = Failure::none;
  int found_version_ = 0;
};

/// The receipts that are current: for each organization and period, the
/// latest receipt carrying it (SPEC.md §15). With `period`, only those current
/// for it. In the order received.
std::vector<const Receipt*> current_receipts(const std::vector<Receipt>& receipts,
                                             const std::optional<std::string>& period = std::nullopt);

}  // namespace rmt::store
