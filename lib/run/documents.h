// The JSON documents programs print for scripts (SPEC.md §6–§8), written here
// so that their shape is the library's contract, not an app's: every one has
// the findings per file ("valid", "errors", "warnings", "files"), the files a
// directory held that were not read ("skipped") and one status per
// organization ("organizations"); merge and render add what they did.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "aggregate/monitoring.h"
#include "calendar/date.h"
#include "diag/file_report.h"
#include "vocab/lang.h"
#include "io/inputs.h"
#include "merge/merger.h"
#include "outcome/organization_status.h"
#include "feedback/dispatch.h"
#include "feedback/letters.h"
#include "render/workbook.h"

namespace rmt::run {

/// The judged period of a run that computes figures (render, report, feedback).
struct JudgedPeriod {
  const roadmap::Roadmap& roadmap;
  const roadmap::ActivityIndex& activities;
  const aggregate::Monitoring& monitoring;
};

/// What every run's document holds.
struct RunDocument {
  const std::vector<diag::FileReport>& files;
  const std::vector<io::SkippedFile>& skipped;
  const std::vector<outcome::OrganizationStatus>& statuses;
  vocab::Lang lang = vocab::Lang::ru;
  bool strict = false;
  /// When given, the document also has "period", "as_of" and "activities":
  /// per activity the verdict of SPEC.md §8a ({"id", "number", "status",
  /// "target", "actual", "percent", "counts_organizations", "reporters",
  /// "done", "not_applicable", "due", "next_due", "missed_due", "overdue"}),
  /// the same as the workbook's and the справка's.
  const JudgedPeriod* judged = nullptr;
};

/// roadmap-validate's document.
void write_validate_document(std::ostream& out, const RunDocument& run);

struct MergeSettings {
  std::string output;  ///< the merged CSV's path, "-" for standard output
  std::string on_conflict;
  bool keep_valid_rows = false;
};
/// roadmap-merge's document: also "merge" (counts) and "rejected" (each submission not merged as it came).
void write_merge_document(std::ostream& out, const RunDocument& run, const merge::Merger& merger,
                          const MergeSettings& settings);

struct RenderSettings {
  std::string output;  ///< the workbook's path
  std::string period;  ///< its period's label
  calendar::Date as_of;
  std::size_t rows = 0;  ///< data rows in it
  std::vector<render::SkippedSheet> skipped_sheets;  ///< sheets left out, and why
};
/// roadmap-render's document: also "workbook" (what was written, the
/// organizations' counts, and "skipped_sheets": [{"sheet", "reason"}]).
void write_render_document(std::ostream& out, const RunDocument& run, const RenderSettings& settings);

struct ReportSettings {
  std::string output;  ///< the document's path
  std::string period;  ///< its period's label
  std::string previous_period;  ///< the period the dynamics compare with; empty: none
  calendar::Date as_of;
  std::vector<std::string> headings;  ///< its first-level headings, in order
  std::size_t tables = 0, pictures = 0;
};
/// roadmap-report's document: also "report" (what was written and the
/// organizations' counts, the same as the document's coverage section).
void write_report_document(std::ostream& out, const RunDocument& run, const ReportSettings& settings);

/// roadmap-feedback's document: also "letters" ([{"org_id", "name", "kind",
/// "to", "eml", "copies", "findings"}], with "sending": {"state", "reason"}
/// when they were sent).
void write_feedback_document(std::ostream& out, const RunDocument& run, const std::vector<feedback::LetterRecord>& letters,
                             const std::vector<feedback::SendOutcome>& sent);

}  // namespace rmt::run

namespace rmt::run {

struct StoreAddOutcome;
struct StoreHistory;
struct StoreCheckOutcome;

/// roadmap-store add's document: {"valid", "errors", "warnings", "files":
/// [{… as validate's, "receipt", "organizations_in_file": [{"org_id",
/// "period", "status"}]}], "not_stored": [{"path", "reason"}], "skipped"}.
void write_store_add_document(std::ostream& out, const StoreAddOutcome& added, vocab::Lang lang, bool strict);
/// roadmap-store history's document: {"events": [{"at", "kind", …}]}.
void write_store_history_document(std::ostream& out, const StoreHistory& history, vocab::Lang lang);
/// roadmap-store check's document: {"ok", "receipts", "bytes", "schema", "problems"}.
void write_store_check_document(std::ostream& out, const StoreCheckOutcome& check, vocab::Lang lang);

}  // namespace rmt::run
