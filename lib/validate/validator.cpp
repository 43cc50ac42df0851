#include "validate/validator.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <optional>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "calendar/date.h"
#include "diag/messages.h"
#include "exec/ordered_pool.h"
#include "io/tabular_input.h"
#include "roadmap/reporting.h"
#include "text/edit_distance.h"
#include "submission/row_content.h"
#include "text/number.h"

namespace rmt::validate {
namespace {

// Collects a file's findings for its report, in the order they were found,
// counting the errors.
class FileSink final : public diag::DiagnosticSink {
 public:
  explicit FileSink(diag::FileReport& out) : out_(out) {}
  void report(diag::Diagnostic d) override {
    errors_ += d.severity == diag::Severity::error;
    out_.findings.push_back(std::move(d));
  }
  void note(diag::Note note) override { out_.notes.push_back(std::move(note)); }
  std::size_t errors() const { return errors_; }

 private:
  diag::FileReport& out_;
  std::size_t errors_ = 0;
};

// Per organization within one file: the line of the first row for each
// (period, activity), 0 when none; and for each period the line of its first row.
struct OrgInFile {
  std::vector<std::uint32_t> row_line;     // period * activities + activity
  std::vector<std::uint32_t> period_line;  // period
};

// What a row says, for telling two files' rows apart (submission/row_content.h).
submission::RowContent content_of(const submission::SubmissionRow& row) {
  submission::RowContent content;
  content.status = *row.status;
  content.has_value = row.value.has_value();
  content.value = row.value.value_or(0);
  content.has_date = row.completed_on.has_value();
  if (row.completed_on) content.date_days = static_cast<std::int32_t>(calendar::to_days(*row.completed_on));
  content.evidence = submission::text_hash(row.evidence);
  content.comment = submission::text_hash(row.comment);
  return content;
}

}  // namespace

// Where a file's checks send what concerns more than the file: which
// organizations reported for which period, and each row for the caller.
// A row of an accepted submission, as far as conflicts between files go: its
// key, what it says, and its line.
struct Validator::ContentRow {
  std::uint32_t org;  // index into the file's organizations
  std::uint16_t period, activity;
  std::uint32_t line;
  submission::RowContent content;
};

class Validator::RowEffects {
 public:
  virtual ~RowEffects() = default;
  virtual void submitted(std::string_view org, std::size_t period) = 0;
  virtual void row(const submission::SubmissionRow& row) = 0;
  /// At the end of a file: its accepted rows, to compare with other files'.
  virtual void accepted_rows(std::vector<ContentRow> rows, std::vector<std::string> orgs, diag::FileReport& report) = 0;
};

// Straight into the validator's state and the caller's handler: one file at a time.
class Validator::StreamedEffects final : public RowEffects {
 public:
  StreamedEffects(Validator& validator, const RowHandler& on_row) : validator_(validator), on_row_(on_row) {}
  void submitted(std::string_view org, std::size_t period) override { validator_.mark_submitted(org, period); }
  void row(const submission::SubmissionRow& row) override {
    if (on_row_) on_row_(row);
  }
  void accepted_rows(std::vector<ContentRow> rows, std::vector<std::string> orgs, diag::FileReport& report) override {
    validator_.check_conflicts(rows, orgs, report);
  }

 private:
  Validator& validator_;
  const RowHandler& on_row_;
};

// A file checked ahead of its turn: its report, and what its rows mean
// beyond it, held (with copies of the row texts) until commit().
struct Validator::CheckedFile {
  // A row whose texts live in `text` (one buffer per file, not five strings a row).
  struct HeldRow {
    submission::SubmissionRow row;
    std::array<std::pair<std::uint32_t, std::uint32_t>, 5> texts;  // offset, size: org_id, evidence, comment, source_file, source_line
  };
  diag::FileReport report;
  std::string text;
  std::vector<HeldRow> rows;
  std::vector<std::pair<std::string, std::size_t>> submitted;  // (org, period), each once
  std::vector<ContentRow> contents;                             // accepted rows, for conflicts between files
  std::vector<std::string> content_orgs;
  bool streamed = false;  // too large to hold: checked in its turn instead
};

// Collects into a CheckedFile: safe on a worker thread.
class Validator::HeldEffects final : public RowEffects {
 public:
  HeldEffects(CheckedFile& file, bool keep_rows) : file_(file), keep_rows_(keep_rows) {}
  void submitted(std::string_view org, std::size_t period) override {
    // Rows of one organization and period come together: the last pair is the usual repeat.
    if (!file_.submitted.empty() && file_.submitted.back().second == period && file_.submitted.back().first == org)
      return;
    if (seen_.insert(std::to_string(period) + '\n' + std::string(org)).second) file_.submitted.emplace_back(org, period);
  }
  void accepted_rows(std::vector<ContentRow> rows, std::vector<std::string> orgs, diag::FileReport&) override {
    file_.contents = std::move(rows);
    file_.content_orgs = std::move(orgs);
  }
  void row(const submission::SubmissionRow& row) override {
    if (!keep_rows_) return;
    CheckedFile::HeldRow held{row, {}};
    const std::string_view texts[] = {row.org_id, row.evidence, row.comment, row.source_file, row.source_line};
    for (std::size_t i = 0; i < held.texts.size(); ++i) {
      held.texts[i] = {static_cast<std::uint32_t>(file_.text.size()), static_cast<std::uint32_t>(texts[i].size())};
      file_.text.append(texts[i]);
    }
    file_.rows.push_back(held);
  }

 private:
  CheckedFile& file_;
  bool keep_rows_;
  std::unordered_set<std::string> seen_;  // "period\norg" already in file_.submitted
};

Validator::Validator(const roadmap::Roadmap& roadmap, const registry::Registry* registry, csv::ReaderOptions options)
    : roadmap_(roadmap), registry_(registry), activities_(roadmap), options_(options),
      period_covered_(roadmap.periods.size(), false) {
  if (registry_) registry_ids_ = registry_->ids();
}

void Validator::mark_submitted(std::string_view org, std::size_t period) {
  auto& periods_sent = submitted_[std::string(org)];
  if (periods_sent.empty()) periods_sent.assign(roadmap_.periods.size(), false);
  periods_sent[period] = true;
  period_covered_[period] = true;
}

diag::FileReport Validator::check_file(const std::string& path, const RowHandler& on_row) {
  StreamedEffects effects(*this, on_row);
  diag::FileReport report = check_rows(path, effects);
  if (!report.named_org.empty()) sent_by_name_.insert(report.named_org);
  return report;
}

diag::FileReport Validator::check_rows(const std::string& path, RowEffects& effects) const {
  diag::FileReport report;
  report.path = csv::shown_name(path, options_);
  FileSink sink(report);
  submission::SubmissionReader reader(path, report.path, roadmap_, activities_, sink, options_);
  const std::size_t periods = roadmap_.periods.size(), activities = activities_.size();
  std::unordered_map<std::string, OrgInFile> orgs;
  std::vector<std::string> org_order;  // first appearance, for stable missing-activity output
  std::unordered_set<std::string> unknown_orgs;
  // Submissions by organization and period (rows of one organization come together: the last is cached).
  std::unordered_map<std::string, std::vector<std::int32_t>> submission_of;
  std::string slots_org;
  std::vector<std::int32_t>* slots = nullptr;
  std::unordered_map<std::string, std::size_t> periodless_rows;  // an organization's rows without a readable period
  bool rows_name_nobody = false;
  // Valid rows, with the submission each belongs to, for conflicts between files.
  std::vector<std::pair<ContentRow, std::int32_t>> contents;
  std::vector<std::string> content_orgs;

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
        // A code typed on the wrong keyboard layout is its organization;
        // said once per file and id, as a mistyped id repeats on every row.
        const auto twins = registry_->find_lookalike(org);
        const bool first_time = unknown_orgs.insert(org).second;
        if (twins.size() == 1) {
          if (first_time)
            sink.report(reader.at_cell(diag::msg::lookalike_org(reader.row_pos(), row.org_id, twins.front()->id),
                                       submission::col_org_id));
          row.org_id = twins.front()->id;
          org = twins.front()->id;
        } else {
          if (first_time) {
            std::vector<std::string_view> ids;
            for (const auto* twin : twins) ids.push_back(twin->id);
            sink.report(reader.at_cell(
                twins.empty() ? diag::msg::unknown_org(reader.row_pos(), row.org_id,
                                                       text::closest_match(row.org_id, registry_ids_))
                              : diag::msg::ambiguous_org(reader.row_pos(), row.org_id, fmt::format("{}", fmt::join(ids, ", "))),
                submission::col_org_id));
          }
          row_ok = false;
          org_known = false;
        }
      }
      OrgInFile* state = nullptr;
      if (org_known && row.period) {
        auto [entry, inserted] = orgs.try_emplace(org);
        if (inserted) {
          entry->second.row_line.assign(periods * activities, 0);
          entry->second.period_line.assign(periods, 0);
          org_order.push_back(org);
        }
        state = &entry->second;
      }
      if (state && row.activity) {
        if (state->period_line[*row.period] == 0) state->period_line[*row.period] = row.line;
        const auto& activity = activities_.at(*row.activity);
        if (!roadmap::reports_on(roadmap_, activity, org)) {
          fail(diag::msg::not_reporter(reader.row_pos(), org, activity.id, roadmap::is_body(roadmap_, org)),
               submission::col_activity_id);
        }
        auto& first_line = state->row_line[*row.period * activities + *row.activity];
        if (first_line != 0) {
          fail(diag::msg::duplicate_row(reader.row_pos(), org, roadmap_.periods[*row.period].label, activity.id,
                                        first_line),
               submission::col_activity_id);
        } else {
          first_line = row.line;
        }
      }
      // The submission this row belongs to (the merge's unit of acceptance), and whether it holds an error.
      if (row.org_id.empty()) {
        rows_name_nobody = true;
      } else if (!row.period || row.ragged) {
        ++periodless_rows[std::string(row.org_id)];
      } else {
        if (slots_org != row.org_id) {
          slots_org.assign(row.org_id);
          slots = &submission_of[slots_org];
          if (slots->empty()) slots->assign(periods, -1);
        }
        auto& index = (*slots)[*row.period];
        if (index < 0) {
          index = static_cast<std::int32_t>(report.submissions.size());
          report.submissions.push_back({slots_org, *row.period, 0, 0});
        }
        auto& outcome = report.submissions[static_cast<std::size_t>(index)];
        ++outcome.rows;
        outcome.error_rows += !row_ok;
        if (detect_conflicts_ && row_ok && org_known && row.activity && row.status) {
          if (content_orgs.empty() || content_orgs.back() != slots_org) content_orgs.push_back(slots_org);
          contents.push_back({{static_cast<std::uint32_t>(content_orgs.size() - 1), static_cast<std::uint16_t>(*row.period),
                               static_cast<std::uint16_t>(*row.activity), row.line, content_of(row)},
                              index});
        }
      }
      if (org_known && row.period) effects.submitted(org, *row.period);
      row.has_errors = !row_ok;
      effects.row(row);
      row_errors += sink.errors() - errors_before;
    }
    // A template sent back unfilled: nothing in it, which the analyst should hear.
    if (reader.rows() == 0 && !reader.stopped())
      sink.report(diag::msg::no_data_rows({report.path, reader.header_line(), 0, reader.row_pos().sheet}));
  }
  report.errors_outside_rows = sink.errors() - row_errors;

  // Acceptance as the merge decides it (SPEC.md §7).
  for (const auto& [org_id, count] : periodless_rows) {
    bool first = true;
    for (auto& outcome : report.submissions) {
      if (outcome.org_id != org_id) continue;
      if (first) outcome.rows += count, outcome.error_rows += count;
      outcome.rejected = true;
      first = false;
    }
    if (first) report.submissions.push_back({org_id, diag::SubmissionOutcome::kNoPeriod, count, count, true});
  }
  const bool whole_file = rows_name_nobody || report.errors_outside_rows > 0;
  for (auto& outcome : report.submissions) outcome.rejected = outcome.rejected || whole_file || outcome.error_rows > 0;
  if (detect_conflicts_) {
    std::vector<ContentRow> accepted;
    for (const auto& [content, submission] : contents)
      if (!report.submissions[static_cast<std::size_t>(submission)].rejected) accepted.push_back(content);
    effects.accepted_rows(std::move(accepted), std::move(content_orgs), report);
  }

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

  // A file whose rows name nobody (unreadable, or every row broken) still
  // came from someone: its name tells who, so they are not taken for silent.
  if (registry_ && std::none_of(report.submissions.begin(), report.submissions.end(),
                                [&](const diag::SubmissionOutcome& o) { return registry_->find(o.org_id); }))
    if (const auto* named = registry_->named_by_file(report.path)) report.named_org = named->id;

  reader.describe(report);
  report.rows = reader.rows();
  return report;
}

Validator::CheckedFile Validator::check_ahead(const std::string& path, bool keep_rows) const {
  CheckedFile file;
  HeldEffects effects(file, keep_rows);
  file.report = check_rows(path, effects);
  return file;
}

diag::FileReport Validator::check_alone(const std::string& path) const { return check_ahead(path, false).report; }

diag::FileReport Validator::commit(CheckedFile& file, const RowHandler& on_row) {
  for (const auto& [org, period] : file.submitted) mark_submitted(org, period);
  if (detect_conflicts_) check_conflicts(file.contents, file.content_orgs, file.report);
  if (!file.report.named_org.empty()) sent_by_name_.insert(file.report.named_org);
  if (on_row) {
    const std::string_view text = file.text;
    for (auto& held : file.rows) {
      // The views point into the file's held text, wherever moving it put its bytes.
      const auto view = [&](std::size_t i) { return text.substr(held.texts[i].first, held.texts[i].second); };
      held.row.org_id = view(0);
      held.row.evidence = view(1);
      held.row.comment = view(2);
      held.row.source_file = view(3);
      held.row.source_line = view(4);
      on_row(held.row);
    }
  }
  return std::move(file.report);
}

void Validator::check_files(const std::vector<std::string>& paths, const RowHandler& on_row,
                            const FileHandler& on_file, unsigned threads) {
  if (threads <= 1 || paths.size() < 2) {
    for (const auto& path : paths) on_file(check_file(path, on_row));
    return;
  }
  // Files larger than this are streamed in their turn rather than held.
  constexpr std::uintmax_t kHeldFileBytes = 8u << 20;
  // How far the workers may run ahead of the calling thread: bounds the
  // reports and rows held at once.
  constexpr std::size_t kWindow = 512;

  // Made on this thread, handed over in their turn.
  std::vector<std::optional<CheckedFile>> done(paths.size());
  // Excel 97-2003 files are read by a child process (xls/sheet_reader.h), and
  // a process forked while other threads run may inherit a lock one of them
  // held: they are checked here, before any worker starts.
  std::vector<bool> checked_before(paths.size(), false);
  for (std::size_t index = 0; index < paths.size(); ++index) {
    if (paths[index] == "-" || io::table_format(paths[index]) != io::TableFormat::xls) continue;
    done[index] = check_ahead(paths[index], static_cast<bool>(on_row));
    checked_before[index] = true;
  }
  exec::run_in_order<CheckedFile>(
      paths.size(), threads, kWindow,
      [&](std::size_t index) {
        if (checked_before[index]) return std::move(*done[index]);
        CheckedFile file;
        std::error_code error;
        const bool large = paths[index] != "-" && std::filesystem::is_regular_file(paths[index], error) &&
                           std::filesystem::file_size(paths[index], error) > kHeldFileBytes;
        // Standard input is read in its turn too: it is one stream.
        if (large || paths[index] == "-")
          file.streamed = true;
        else
          file = check_ahead(paths[index], static_cast<bool>(on_row));
        return file;
      },
      [&](std::size_t index, CheckedFile file) {
        on_file(file.streamed ? check_file(paths[index], on_row) : commit(file, on_row));
      });
}

void Validator::for_each_missing(std::optional<std::size_t> only,
                                 const std::function<void(std::size_t, const registry::Organization&)>& visit) const {
  if (!registry_) return;
  for (std::size_t p = 0; p < roadmap_.periods.size(); ++p) {
    if (only ? p != *only : !period_covered_[p]) continue;
    for (const auto& organization : registry_->organizations()) {
      bool reports_something = false;
      for (std::size_t a = 0; a < activities_.size() && !reports_something; ++a)
        reports_something = roadmap::reports_on(roadmap_, activities_.at(a), organization.id);
      if (!reports_something) continue;
      const auto sent = submitted_.find(organization.id);
      if (sent != submitted_.end() && sent->second[p]) continue;
      if (sent_by_name_.contains(organization.id)) continue;  // sent a file we could not read: not silent
      visit(p, organization);
    }
  }
}

std::vector<diag::Diagnostic> Validator::finish(std::optional<std::size_t> period) const {
  std::vector<diag::Diagnostic> findings;
  for_each_missing(period, [&](std::size_t p, const registry::Organization& organization) {
    findings.push_back(diag::msg::missing_submission({registry_->source, organization.line, 0}, organization.id,
                                                     organization.name, roadmap_.periods[p].label));
  });
  return findings;
}

void Validator::check_conflicts(const std::vector<ContentRow>& rows, const std::vector<std::string>& orgs,
                                diag::FileReport& report) {
  if (rows.empty()) return;
  const auto file = static_cast<std::uint32_t>(standing_files_.size());
  standing_files_.push_back(report.path);
  std::vector<std::uint32_t> numbers;  // the file's organizations -> run-wide numbers
  for (const auto& org : orgs)
    numbers.push_back(org_numbers_.try_emplace(org, static_cast<std::uint32_t>(org_numbers_.size())).first->second);
  const std::uint64_t activities = activities_.size(), periods = roadmap_.periods.size();
  for (const auto& row : rows) {
    const std::uint64_t key = (std::uint64_t{numbers[row.org]} * periods + row.period) * activities + row.activity + 1;
    Standing& standing = standing_slot(key);
    if (standing.key == 0) {  // the first row for it
      standing = {key, row.content, file, row.line};
      ++standing_count_;
      continue;
    }
    if (standing.content.same_as(row.content)) continue;  // said alike
    const std::string& org = orgs[row.org];
    const std::string_view period = roadmap_.periods[row.period].label, activity = activities_.at(row.activity).id;
    const diag::SourcePos here{report.path, row.line, 0};
    const diag::SourcePos there{standing_files_[standing.file], standing.line, 0};
    if (last_wins_) {  // a resend replacing its original: what --on-conflict last asks for (merge names the rows)
      standing = {key, row.content, file, row.line};
      continue;
    }
    // Said as the merge says it: what this row has against the earlier one.
    const vocab::Localized differ = submission::differences(row.content, standing.content);
    report.findings.push_back(diag::msg::conflict(here, org, period, activity, there, differ));
    if (conflicted_seen_.emplace(numbers[row.org], row.period).second) conflicted_.emplace_back(org, row.period);
  }
}

Validator::Standing& Validator::standing_slot(std::uint64_t key) {
  if ((standing_count_ + 1) * 2 > standing_.size()) {  // keep it at most half full
    std::vector<Standing> old(std::max<std::size_t>(standing_.size() * 2, 1 << 16));
    old.swap(standing_);
    for (const auto& entry : old)
      if (entry.key != 0) standing_slot(entry.key) = entry;
  }
  const std::size_t mask = standing_.size() - 1;
  std::size_t at = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
  while (standing_[at].key != 0 && standing_[at].key != key) at = (at + 1) & mask;
  return standing_[at];
}

Validator::MissingReport Validator::missing_report(bool list_each, std::optional<std::size_t> period) const {
  MissingReport report;
  if (list_each) {
    report.findings = finish(period);
    return report;
  }
  std::vector<std::size_t> count(roadmap_.periods.size(), 0);
  for_each_missing(period, [&](std::size_t p, const registry::Organization&) { ++count[p]; });
  for (std::size_t p = 0; p < count.size(); ++p)
    if (count[p] > 0)
      report.notes.push_back(
          diag::msg::missing_submissions_count({registry_->source, 0, 0}, count[p], roadmap_.periods[p].label));
  return report;
}

}  // namespace rmt::validate
