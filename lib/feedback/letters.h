// One letter per organization of the run (SPEC.md §12), decided by its
// status (SPEC.md §6): accepted → a confirmation with any warnings;
// rejected, conflict, unreadable → each finding in plain words (where, what
// was found, what to do) with an annotated copy of each file; not received →
// a reminder with the period and the due date, and the school's template. Written as DIR/<org_id>.eml,
// the copies beside them, each file complete or absent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "csv/reader.h"
#include "diag/file_report.h"
#include "vocab/lang.h"
#include "io/write_result.h"
#include "mail/message.h"
#include "outcome/organization_status.h"
#include "registry/registry.h"
#include "roadmap/roadmap.h"

namespace rmt::feedback {

enum class LetterKind { accepted, to_fix, reminder };
std::string_view letter_kind_key(LetterKind kind);  ///< "accepted", "to-fix", "reminder"
vocab::Localized letter_kind_label(LetterKind kind);  ///< «Отчёт принят», «Нужно исправить отчёт», «Напоминание об отчёте»
/// The kind a key names ("accepted", "to-fix", "reminder"); nullopt for any other text.
std::optional<LetterKind> parse_letter_kind(std::string_view key);
/// The letter an organization's status calls for.
LetterKind letter_kind_for(outcome::OrgStatus status);

struct FeedbackInputs {
  const roadmap::Roadmap& roadmap;
  const registry::Registry& registry;
  const std::vector<diag::FileReport>& files;
  const std::vector<outcome::OrganizationStatus>& statuses;
  std::size_t period = 0;
  std::optional<calendar::Date> due;  ///< the reports' due date; nullopt: the roadmap's submissions_due in the period
  calendar::Date as_of;               ///< the letters' date
  mail::Address from;
  vocab::Lang lang = vocab::Lang::ru;
  csv::ReaderOptions reader;  ///< how the submissions were read, to copy them
  std::string signature;      ///< under «С уважением,»; empty: the sender's name, else its address
  /// Each school's page of the intake service (feedback/school_links.h); null: none.
  const std::map<std::string, std::string>* links = nullptr;
};

struct LetterRecord {
  std::string org_id, name;
  std::string period;  ///< the period's label
  LetterKind kind = LetterKind::reminder;
  std::vector<std::string> to;  ///< the registry's addresses; empty: it has none
  std::vector<std::string> not_sendable;  ///< its addresses with non-ASCII letters: named, never sent to
  std::string eml;              ///< the letter's path
  std::vector<std::string> copies;  ///< the annotated copies' paths
  std::string template_file;        ///< a reminder's template (as roadmap-template makes it); "" when none
  std::size_t findings = 0;
  /// A fingerprint of what the letter says — organization, period, kind,
  /// recipients, findings, what the copies hold — and not of its date, so
  /// that the same content on another day is recognised as already sent.
  std::string content_key;
  /// The fingerprint of the .eml's bytes as written: what is sent must be them.
  std::uint64_t message_fingerprint = 0;
  /// The letter or copy that could not be written, and why; ok() when all were.
  io::WriteResult failure;
};

struct FeedbackResult {
  /// One per organization, in the statuses' order; one whose files could not
  /// be written says so in its `failure`, and the others are written all the same.
  std::vector<LetterRecord> letters;
};

/// The due date letters name: `due`, else the first due date of the
/// roadmap's submissions_due in the period.
std::optional<calendar::Date> reports_due(const roadmap::Roadmap& roadmap, std::size_t period,
                                          const std::optional<calendar::Date>& due);

/// The registry's e-mail cell as addresses (split at «,» «;» and spaces;
/// «Имя <адрес>» taken from its brackets); what does not look like an
/// address is dropped, and so is one with non-ASCII letters (see below).
std::vector<std::string> addresses(std::string_view cell);

/// The addresses of the cell that have letters beyond ASCII («иванова@школа.рф»):
/// they need SMTPUTF8, which is not assumed, so no letter is sent to them;
/// they are named instead.
std::vector<std::string> non_ascii_addresses(std::string_view cell);

/// Writes every letter and copy under `dir` (which must exist).
FeedbackResult write_letters(const FeedbackInputs& inputs, const std::string& dir);

}  // namespace rmt::feedback
