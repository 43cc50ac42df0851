// What every program's job is given and how it answers back (lib/run): the
// roadmap, the registry and the inputs to read; why a run cannot go on; and
// what the caller hears while the inputs are read.
//
// The programs in apps/ and the services built on the library (the store,
// the intake service) run the same jobs through these: a request in, an
// outcome out, nothing printed here.
#pragma once

#include <string>
#include <vector>

#include "csv/reader.h"
#include "diag/diagnostic.h"
#include "diag/file_report.h"
#include "vocab/lang.h"

namespace rmt::run {

struct PeriodRun;

/// A submission store to read instead of files (SPEC.md §15, run/store_copy.h).
struct StoreSource {
  std::string path;    ///< the store's folder; empty: no store
  std::string period;  ///< the period whose roadmap and registry versions are read; empty: the newest
  bool files = true;   ///< the current receipts too; false: the roadmap and the registry only
};

/// The roadmap, the registry and the submissions a job reads: files, or a
/// store (then `roadmap`, `registry` and `inputs` are left empty and the
/// store's current files are read; Setup::sources says what was read).
struct Sources {
  std::string roadmap;              ///< a path, "-" for standard input, or an installed roadmap's name
  std::string registry;             ///< the organization registry; empty: none
  std::vector<std::string> inputs;  ///< submission files, merged CSVs or folders; "-" for standard input
  csv::ReaderOptions reader;        ///< the CSV dialect fixed by the user, and the input limits
  unsigned threads = 1;             ///< threads reading the inputs
  StoreSource store;
};

/// Why a job cannot go on (exit 2 for a program): the reason, and the
/// findings behind it (a roadmap's or a registry's errors).
struct Stop {
  vocab::Localized reason;
  std::vector<diag::Diagnostic> findings;
};

/// What a job tells its caller as it goes, for a progress line and for
/// findings shown as they are found. Every method may be left as it is.
class Listener {
 public:
  virtual ~Listener() = default;
  /// The registry's notes, as soon as it is read (before any input).
  virtual void registry_notes(const std::vector<diag::Note>&) {}
  /// Reading begins: this many files (folders expanded).
  virtual void reading(std::size_t /*files*/) {}
  /// One input read, in input order: its report and the findings it added.
  virtual void file_read(const diag::FileReport&, const std::vector<diag::Diagnostic>& /*findings*/) {}
  /// Every input is read.
  virtual void read_all() {}
  /// The shared period job is done (run/period_run.h): the period chosen,
  /// the statuses decided; before anything is written.
  virtual void period_ready(const PeriodRun&) {}
};

}  // namespace rmt::run
