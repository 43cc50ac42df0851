// roadmap-store's jobs (SPEC.md §15): create a store or add roadmap and
// registry versions to it; receive files, each checked as roadmap-validate
// checks it and kept with its findings; the organizations' statuses, the
// history, an export as files, and a check that nothing stored is damaged.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "io/inputs.h"
#include "run/setup.h"
#include "run/validate.h"
#include "store/store.h"

namespace rmt::run {

struct StoreInitRequest {
  std::string store;
  std::string roadmap;   ///< a path or an installed roadmap's name; empty: keep the stored one
  std::string registry;  ///< empty: keep the stored one
  std::string from_period;  ///< the first period the new versions judge; empty: see store_init()
  csv::ReaderOptions reader;
};

struct StoreInitOutcome {
  bool created = false;                          ///< a new store (else versions added to one)
  std::vector<store::SetupVersion> added;        ///< the versions added (none when the same bytes are stored)
  std::vector<store::SetupVersion> unchanged;    ///< given, and the same as the newest stored
  std::vector<diag::Diagnostic> registry_warnings;
  std::optional<Stop> stop;
};

/// Creates the store (a roadmap and a registry are needed) or, for one that
/// exists, adds the roadmap or registry given as a new version. Both are
/// checked first; errors stop the job and store nothing. A new version
/// judges the periods from `from_period` on; by default from the first
/// period for a new store, else from the latest period that has receipts.
StoreInitOutcome store_init(const StoreInitRequest& request, Listener& listener);

struct StoreAddRequest {
  std::string store;
  std::vector<std::string> inputs;  ///< files or folders, as roadmap-validate takes them
  std::string received_at;          ///< as given (--received-at); empty: now
  store::Source source = store::Source::folder;
  csv::ReaderOptions reader;
  unsigned threads = 1;
  /// An upload through a school's link (the intake service): the files must
  /// carry this organization's rows only, else they are not stored; a file
  /// that names nobody (unreadable) is taken as this organization's.
  std::string only_org;
  /// The names the files are shown and kept under, by path (an upload's
  /// original name); a file not named here keeps its own.
  std::map<std::string, std::string> names;
  /// The store's roadmap and registry already loaded (load_setup over the
  /// store, without its files), by a caller that adds often; null: loaded here.
  const Setup* setup = nullptr;
};

/// One file received.
struct AddedFile {
  diag::FileReport report;  ///< its check, as roadmap-validate reports a file checked alone
  std::int64_t receipt = 0;
  std::vector<store::OrgOutcome> orgs;
};

struct StoreAddOutcome {
  std::vector<AddedFile> added;  ///< in input order, each only once committed
  io::InputList inputs;
  /// Files not stored, each with why (it changed while it was read, it could not be read at all).
  std::vector<std::pair<std::string, vocab::Localized>> not_stored;
  std::optional<Stop> stop;  ///< the store could not be opened or written: what was added before stays
};

/// Receives the files: each is checked alone against the newest roadmap and
/// registry, then kept with its findings and the organizations and periods
/// it carries, in transactions of a few files. `listener.file_read` hears
/// of each file only once its receipt is committed.
StoreAddOutcome store_add(const StoreAddRequest& request, Listener& listener);

/// The organizations' statuses for a period, from the store: roadmap-validate
/// over the store (the same statuses as every program gives).
ValidateOutcome store_status(const Sources& sources, const std::string& period, const calendar::Date& today,
                             Listener& listener);

/// Every receipt (with `org_id`, those carrying it), the versions, and for
/// each organization and period how its status changed receipt by receipt.
struct HistoryEvent {
  std::string at;  ///< UTC
  std::optional<store::SetupVersion> version;
  std::optional<store::Receipt> receipt;
  /// For a receipt: each organization and period it carries, with the status
  /// its previous receipt had given ("" when none).
  std::vector<std::pair<store::OrgOutcome, std::string>> changes;
  bool current = false;  ///< a receipt still current for some organization and period
};

struct StoreHistory {
  std::vector<HistoryEvent> events;  ///< in time order
  std::optional<Stop> stop;
};
StoreHistory store_history(const std::string& store, const std::string& org_id);

struct StoreExportRequest {
  std::string store;
  std::string period;  ///< empty: every period
  std::string out_dir;
};

struct StoreExportOutcome {
  std::vector<std::string> written;  ///< the files written, in the order a folder of them is read
  std::string period;                ///< the period's label; empty: every period
  std::optional<Stop> stop;
};

/// Writes the current receipt of each organization (for `period`, or for
/// every period) into `out_dir` under safe unique names (store/file_names.h);
/// each file is written whole or not at all.
StoreExportOutcome store_export(const StoreExportRequest& request);

struct StoreCheckOutcome {
  std::size_t receipts = 0, blobs_bytes = 0;
  int schema = 0;
  std::vector<vocab::Localized> problems;
  std::optional<Stop> stop;
};
/// SQLite's integrity and foreign keys, and every blob against its hash.
StoreCheckOutcome store_check(const std::string& store);

}  // namespace rmt::run
