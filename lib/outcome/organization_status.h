// One status per organization for the run (SPEC.md §6), decided once here
// and shown the same by every program and output: text summaries, the JSON
// documents' "organizations", the workbook's Reports sheet, its header
// counts, the matrix and the Missing sheet.
//
//   accepted      «принят»            a submission with no error (with --on-conflict last, also when overridden)
//   rejected      «отклонён»          its submission had errors (or its file, named for it, was unusable)
//   conflict      «конфликт»          two files disagree and a row of it was left out
//   unreadable    «файл не прочитан»  a file named for it could not be read
//   not-received  «не представлен»    nothing came from it
//
// An organization that sent anything is never not-received. When several
// files concern it, conflict outranks accepted, which outranks rejected,
// which outranks unreadable: a corrected resend accepted makes it accepted.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/file_report.h"
#include "vocab/lang.h"
#include "registry/registry.h"
#include "roadmap/roadmap.h"

namespace rmt::json {
class Writer;
}

namespace rmt::outcome {

enum class OrgStatus { accepted, rejected, conflict, unreadable, not_received };

std::string_view org_status_key(OrgStatus status);     ///< "accepted", …, "not-received"
vocab::Localized org_status_label(OrgStatus status);    ///< «принят», …, «не представлен»

struct OrganizationStatus {
  std::string org_id, name, district;
  OrgStatus status = OrgStatus::not_received;
  std::vector<std::string> files;  ///< the inputs behind it, in input order
  std::size_t errors = 0;          ///< errors in those inputs' rows of it, and the files' own
  /// Files that hold its rows for other periods than the run's only (SPEC.md
  /// §8a): it is not-received for the run's period, and this says why.
  std::vector<std::string> other_period_files;
  std::vector<std::size_t> other_periods;  ///< the periods they are for, ascending, unique
};

struct StatusInputs {
  const registry::Registry* registry = nullptr;  ///< null: the organizations are those in the files
  const std::vector<diag::FileReport>* files = nullptr;
  std::optional<std::size_t> period;  ///< only submissions for this period count; nullopt: every period
  /// (org_id, period) whose rows were left out because two files disagree.
  std::vector<std::pair<std::string, std::size_t>> conflicts;
};

/// The registry's organizations in its order (then any others the files
/// name, by id), each with its status.
std::vector<OrganizationStatus> decide_statuses(const StatusInputs& inputs);

struct StatusCounts {
  std::size_t accepted = 0, rejected = 0, conflict = 0, unreadable = 0, not_received = 0;
  std::size_t total() const { return accepted + rejected + conflict + unreadable + not_received; }
  std::size_t sent() const { return total() - not_received; }  ///< organizations that sent something
};
StatusCounts count_statuses(const std::vector<OrganizationStatus>& statuses);

/// Writes the member `"organizations": [{"org_id", "name", "status", "files",
/// "errors", "other_period_files"}]`.
void write_json_organizations(json::Writer& writer, const std::vector<OrganizationStatus>& statuses);

/// Why an organization that sent only files for other periods is not
/// received: «прислан отчёт за III квартал 2022 г., а нужен за IV квартал
/// 2022 г.»; empty when it sent none.
vocab::Localized other_period_reason(const OrganizationStatus& status, const roadmap::Roadmap& roadmap,
                                    std::size_t period);

/// «организации: представили 57 из 61, принято 52, отклонено 3, конфликт 1, файл не прочитан 1».
vocab::Localized statuses_line(const StatusCounts& counts);

}  // namespace rmt::outcome
