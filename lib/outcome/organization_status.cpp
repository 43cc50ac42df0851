#include "outcome/organization_status.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "json/writer.h"

namespace rmt::outcome {

std::string_view org_status_key(OrgStatus status) {
  switch (status) {
    case OrgStatus::accepted: return "accepted";
    case OrgStatus::rejected: return "rejected";
    case OrgStatus::conflict: return "conflict";
    case OrgStatus::unreadable: return "unreadable";
    case OrgStatus::not_received: return "not-received";
  }
  return "not-received";
}

vocab::Localized org_status_label(OrgStatus status) {
  switch (status) {
    case OrgStatus::accepted: return {"принят", "accepted"};
    case OrgStatus::rejected: return {"отклонён", "rejected"};
    case OrgStatus::conflict: return {"конфликт", "conflict"};
    case OrgStatus::unreadable: return {"файл не прочитан", "file not read"};
    case OrgStatus::not_received: return {"не представлен", "not received"};
  }
  return {};
}

namespace {

// How strongly a piece of evidence speaks, for several files about one organization.
int rank(OrgStatus status) {
  switch (status) {
    case OrgStatus::conflict: return 4;
    case OrgStatus::accepted: return 3;
    case OrgStatus::rejected: return 2;
    case OrgStatus::unreadable: return 1;
    case OrgStatus::not_received: return 0;
  }
  return 0;
}

bool is_unreadable(const diag::FileReport& file) {
  return std::any_of(file.findings.begin(), file.findings.end(), [](const diag::Diagnostic& d) {
    return d.severity == diag::Severity::error &&
           (d.code == diag::Code::unreadable_file || (d.code == diag::Code::encoding && d.pos.line == 0));
  });
}

}  // namespace

std::vector<OrganizationStatus> decide_statuses(const StatusInputs& in) {
  std::vector<OrganizationStatus> statuses;
  std::unordered_map<std::string, std::size_t> index;
  const auto entry = [&](const std::string& id) -> OrganizationStatus& {
    auto [it, inserted] = index.try_emplace(id, statuses.size());
    if (inserted) statuses.push_back({id, {}, {}, OrgStatus::not_received, {}, 0, {}, {}});
    return statuses[it->second];
  };
  if (in.registry)
    for (const auto& organization : in.registry->organizations()) {
      auto& status = entry(organization.id);
      status.name = organization.name;
      status.district = organization.district;
    }
  const std::size_t known = statuses.size();
  const auto note = [](OrganizationStatus& status, OrgStatus evidence, const std::string& file, std::size_t errors) {
    if (rank(evidence) > rank(status.status)) status.status = evidence;
    if (status.files.empty() || status.files.back() != file) status.files.push_back(file);
    status.errors += errors;
  };
  for (const auto& file : *in.files) {
    if (in.registry && file.path == in.registry->source) continue;
    for (const auto& submission : file.submissions) {
      // With a registry, a code it does not know is a finding, not an organization.
      if (in.registry && !in.registry->find(submission.org_id)) continue;
      if (in.period && submission.period != *in.period && submission.period != diag::SubmissionOutcome::kNoPeriod) {
        auto& status = entry(submission.org_id);
        if (status.other_period_files.empty() || status.other_period_files.back() != file.path)
          status.other_period_files.push_back(file.path);
        status.other_periods.push_back(submission.period);
        continue;
      }
      note(entry(submission.org_id), submission.rejected ? OrgStatus::rejected : OrgStatus::accepted, file.path,
           submission.error_rows + file.errors_outside_rows);
    }
    if (!file.named_org.empty())
      note(entry(file.named_org), is_unreadable(file) ? OrgStatus::unreadable : OrgStatus::rejected, file.path,
           file.errors());
  }
  for (const auto& [org, period] : in.conflicts)
    if (!in.period || period == *in.period) entry(org).status = OrgStatus::conflict;
  for (auto& status : statuses) {
    std::sort(status.other_periods.begin(), status.other_periods.end());
    status.other_periods.erase(std::unique(status.other_periods.begin(), status.other_periods.end()),
                               status.other_periods.end());
  }
  // Organizations only the files name, after the registry's, by id.
  std::sort(statuses.begin() + static_cast<long>(known), statuses.end(),
            [](const OrganizationStatus& a, const OrganizationStatus& b) { return a.org_id < b.org_id; });
  return statuses;
}

StatusCounts count_statuses(const std::vector<OrganizationStatus>& statuses) {
  StatusCounts counts;
  for (const auto& status : statuses) {
    switch (status.status) {
      case OrgStatus::accepted: ++counts.accepted; break;
      case OrgStatus::rejected: ++counts.rejected; break;
      case OrgStatus::conflict: ++counts.conflict; break;
      case OrgStatus::unreadable: ++counts.unreadable; break;
      case OrgStatus::not_received: ++counts.not_received; break;
    }
  }
  return counts;
}

void write_json_organizations(json::Writer& w, const std::vector<OrganizationStatus>& statuses) {
  w.key("organizations");
  w.begin_array();
  for (const auto& status : statuses) {
    w.begin_object();
    w.key("org_id");
    w.value(status.org_id);
    w.key("name");
    w.value(status.name);
    w.key("status");
    w.value(org_status_key(status.status));
    w.key("files");
    w.begin_array();
    for (const auto& file : status.files) w.value(file);
    w.end_array();
    w.key("errors");
    w.value(std::uint64_t{status.errors});
    w.key("other_period_files");
    w.begin_array();
    for (const auto& file : status.other_period_files) w.value(file);
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

vocab::Localized other_period_reason(const OrganizationStatus& status, const roadmap::Roadmap& roadmap,
                                    std::size_t period) {
  if (status.other_periods.empty() || status.status != OrgStatus::not_received || period >= roadmap.periods.size())
    return {};
  std::vector<std::string> ru, en;
  for (const std::size_t p : status.other_periods) {
    if (p >= roadmap.periods.size()) continue;
    const auto name = roadmap::describe_period(roadmap.periods[p]);
    ru.push_back(name.ru);
    en.push_back(name.en);
  }
  const auto needed = roadmap::describe_period(roadmap.periods[period]);
  return {fmt::format("прислан отчёт за {}, а нужен за {}", fmt::join(ru, ", "), needed.ru),
          fmt::format("the report sent is for {}, and the one needed is for {}", fmt::join(en, ", "), needed.en)};
}

vocab::Localized statuses_line(const StatusCounts& c) {
  return {fmt::format("организации: представили {} из {}; принято {}, отклонено {}, конфликт {}, файл не прочитан {}, "
                      "не представлено {}",
                      c.sent(), c.total(), c.accepted, c.rejected, c.conflict, c.unreadable, c.not_received),
          fmt::format("organizations: {} of {} sent; {} accepted, {} rejected, {} in conflict, {} with a file not "
                      "read, {} not received",
                      c.sent(), c.total(), c.accepted, c.rejected, c.conflict, c.unreadable, c.not_received)};
}

}  // namespace rmt::outcome
