#include "validate/validator.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diag/messages.h"
#include "roadmap/reporting.h"
#include "text/edit_distance.h"

namespace rmt::validate {
namespace {

// Collects a file's findings for its report, in the order they were found,
// counting the errors.
class FileSink final : public diag::DiagnosticSink {
 public:
  explicit FileSink(std::vector<diag::Diagnostic>& out) : out_(out) {}
  void report(diag::Diagnostic d) override {
    errors_ += d.severity == diag::Severity::error;
    out_.push_back(std::move(d));
  }
  std::size_t errors() const { return errors_; }

 private:
  std::vector<diag::Diagnostic>& out_;
  std::size_t errors_ = 0;
};

// Per organization within one file: the line of the first row for each
// (period, activity), 0 when none; and for each period the line of its first row.
struct OrgInFile {
  std::vector<std::uint32_t> row_line;     // period * activities + activity
  std::vector<std::uint32_t> period_line;  // period
};

}  // namespace

Validator::Validator(const roadmap::Roadmap& roadmap, const registry::Registry* registry, csv::ReaderOptions options)
    : roadmap_(roadmap), registry_(registry), activities_(roadmap), options_(options),
      period_covered_(roadmap.periods.size(), false) {
  if (registry_) registry_ids_ = registry_->ids();
}

diag::FileReport Validator::check_file(const std::string& path, const RowHandler& on_row) {
  diag::FileReport report;
  report.path = path == "-" ? "<stdin>" : path;
  FileSink sink(report.findings);
  submission::SubmissionReader reader(path, report.path, roadmap_, activities_, sink, options_);
  const std::size_t periods = roadmap_.periods.size(), activities = activities_.size();
  std::unordered_map<std::string, OrgInFile> orgs;
  std::vector<std::string> org_order;  // first appearance, for stable missing-activity output
  std::unordered_set<std::string> unknown_orgs;

  std::size_t row_errors = 0;  // errors found while reading and checking delivered rows
  if (reader.open()) {
    submission::SubmissionRow row;
    std::string org;
    for (std::size_t errors_before = sink.errors(); reader.next(row); errors_before = sink.errors()) {
      bool row_ok = !row.has_errors;
      const auto fail = [&](diag::Diagnostic d, submission::Column column) {
        sink.report(reader.at_cell(std::move(d), column));
        row_ok = false;
      };
      org.assign(row.org_id);  // one copy per row, reusing its capacity
      bool org_known = !org.empty() && !row.ragged;
      if (org_known && registry_ && !registry_->find(org)) {
        // Once per file and id: a mistyped id repeats on every row of the file.
        if (unknown_orgs.insert(org).second)
          sink.report(reader.at_cell(
              diag::msg::unknown_org(reader.row_pos(), row.org_id, text::closest_match(row.org_id, registry_ids_)),
              submission::col_org_id));
        row_ok = false;
        org_known = false;
      }
      if (org_known && row.period && row.activity) {
        const auto& activity = activities_.at(*row.activity);
        if (!roadmap::reports_on(roadmap_, activity, org)) {
          fail(diag::msg::not_reporter(reader.row_pos(), org, activity.id, roadmap::is_body(roadmap_, org)),
               submission::col_activity_id);
        }
        auto [entry, inserted] = orgs.try_emplace(org);
        if (inserted) {
          entry->second.row_line.assign(periods * activities, 0);
          entry->second.period_line.assign(periods, 0);
          org_order.push_back(org);
        }
        auto& first_line = entry->second.row_line[*row.period * activities + *row.activity];
        if (first_line != 0) {
          fail(diag::msg::duplicate_row(reader.row_pos(), org, roadmap_.periods[*row.period].label, activity.id,
                                        first_line),
               submission::col_activity_id);
        } else {
          first_line = row.line;
        }
        if (entry->second.period_line[*row.period] == 0) entry->second.period_line[*row.period] = row.line;
      }
      if (org_known && row.period) {
        auto& periods_sent = submitted_[org];
        if (periods_sent.empty()) periods_sent.assign(periods, false);
        periods_sent[*row.period] = true;
        period_covered_[*row.period] = true;
      }
      row.has_errors = !row_ok;
      if (on_row) on_row(row);
      row_errors += sink.errors() - errors_before;
    }
  }
  report.errors_outside_rows = sink.errors() - row_errors;

  // An organization that reported some activities of a period but not all.
  for (const auto& org : org_order) {
    const auto& state = orgs.at(org);
    for (std::size_t p = 0; p < periods; ++p) {
      if (state.period_line[p] == 0) continue;
      std::vector<std::string_view> absent;
      for (std::size_t a = 0; a < activities; ++a)
        if (state.row_line[p * activities + a] == 0 && roadmap::reports_on(roadmap_, activities_.at(a), org))
          absent.push_back(activities_.at(a).id);
      if (absent.empty()) continue;
      const std::size_t shown = std::min<std::size_t>(absent.size(), 12);
      std::string list = fmt::format("{}", fmt::join(absent.begin(), absent.begin() + static_cast<long>(shown), ", "));
      if (shown < absent.size()) list += ", …";
      sink.report(diag::msg::missing_activity({report.path, state.period_line[p], 0}, org,
                                              roadmap_.periods[p].label, list, absent.size()));
    }
  }

  reader.describe(report);
  report.rows = reader.rows();
  return report;
}

std::vector<diag::Diagnostic> Validator::finish() const {
  std::vector<diag::Diagnostic> findings;
  if (!registry_) return findings;
  for (std::size_t p = 0; p < roadmap_.periods.size(); ++p) {
    if (!period_covered_[p]) continue;
    for (const auto& organization : registry_->organizations()) {
      bool reports_something = false;
      for (std::size_t a = 0; a < activities_.size() && !reports_something; ++a)
        reports_something = roadmap::reports_on(roadmap_, activities_.at(a), organization.id);
      if (!reports_something) continue;
      const auto sent = submitted_.find(organization.id);
      if (sent != submitted_.end() && sent->second[p]) continue;
      findings.push_back(diag::msg::missing_submission({registry_->source, organization.line, 0}, organization.id,
                                                       organization.name, roadmap_.periods[p].label));
    }
  }
  return findings;
}

}  // namespace rmt::validate
