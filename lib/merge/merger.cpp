#include "merge/merger.h"

#include "submission/row_content.h"

#include <algorithm>
#include <set>
#include <charconv>
#include <limits>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "calendar/date.h"
#include "diag/messages.h"
#include "text/number.h"

namespace rmt::merge {
namespace {

// Marks a row whose provenance is the input being read (patched once the
// input's shown name is known).
constexpr std::uint32_t kThisInput = std::numeric_limits<std::uint32_t>::max();

std::optional<std::uint32_t> parse_line_number(std::string_view text) {
  std::uint32_t n = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc{} || end != text.data() + text.size() || n == 0) return std::nullopt;
  return n;
}

}  // namespace

Merger::Merger(const roadmap::Roadmap& roadmap, const registry::Registry* registry, MergeOptions options)
    : roadmap_(roadmap), activities_(roadmap), options_(options), validator_(roadmap, registry, options.reader),
      set_(roadmap.periods.size(), activities_.size()) {}

// One input's state while its rows arrive.
struct Merger::FileState {
  // One organization's rows for one period in this file.
  struct Submission {
    std::uint32_t org = 0;
    std::uint16_t period = 0;
    std::size_t rows = 0, error_rows = 0, kept_rows = 0;
    bool rejected = false;
  };
  std::vector<Submission> submissions;
  std::unordered_map<std::uint64_t, std::uint32_t> submission_of;  // org * periods + period
  std::vector<std::pair<MergedRow, std::uint32_t>> pending;       // valid rows, with their submission
  std::map<std::uint32_t, std::size_t> unreadable_period_rows;     // org -> its rows without a period
  bool unattributable = false;  // a wrong row with no organization code
};

Merger::~Merger() = default;

std::vector<diag::Diagnostic> Merger::add_file(const std::string& path) {
  FileState file;
  diag::FileReport report = validator_.check_file(path, [&](const submission::SubmissionRow& row) { take_row(file, row); });
  return finish_file(file, std::move(report));
}

void Merger::add_files(const std::vector<std::string>& paths, unsigned threads,
                       const std::function<void(const std::vector<diag::Diagnostic>&)>& on_file) {
  FileState file;
  validator_.check_files(
      paths, [&](const submission::SubmissionRow& row) { take_row(file, row); },
      [&](diag::FileReport report) {
        on_file(finish_file(file, std::move(report)));
        file = FileState{};
      },
      threads);
}

void Merger::take_row(FileState& file, const submission::SubmissionRow& row) {
  const std::size_t periods = roadmap_.periods.size();
  const auto input = static_cast<std::uint32_t>(reports_.size());
  if (row.org_id.empty()) {  // never valid: the cell is required
    file.unattributable = true;
    return;
  }
  const std::uint32_t org = set_.orgs().intern(row.org_id);
  if (!row.period) {
    ++file.unreadable_period_rows[org];
    return;
  }
  const auto [entry, added] = file.submission_of.try_emplace(static_cast<std::uint64_t>(org) * periods + *row.period,
                                                             static_cast<std::uint32_t>(file.submissions.size()));
  if (added) file.submissions.push_back({org, static_cast<std::uint16_t>(*row.period)});
  FileState::Submission& submission = file.submissions[entry->second];
  ++submission.rows;
  if (row.has_errors || !row.activity || !row.status) {
    ++submission.error_rows;
    return;
  }
  MergedRow merged;
  merged.org = org;
  merged.period = static_cast<std::uint16_t>(*row.period);
  merged.activity = static_cast<std::uint16_t>(*row.activity);
  merged.status = *row.status;
  merged.has_value = row.value.has_value();
  merged.value = row.value.value_or(0);
  merged.has_date = row.completed_on.has_value();
  if (row.completed_on) merged.completed_on = *row.completed_on;
  merged.evidence = set_.texts().add(row.evidence);
  merged.comment = set_.texts().add(row.comment);
  // A merged file's rows keep the provenance they carry.
  const auto carried_line = row.source_file.empty() ? std::nullopt : parse_line_number(row.source_line);
  merged.source_file = carried_line ? set_.files().intern(row.source_file) : kThisInput;
  merged.source_line = carried_line ? *carried_line : row.line;
  merged.input = input;
  merged.input_line = row.line;
  file.pending.emplace_back(merged, entry->second);
}

std::vector<diag::Diagnostic> Merger::finish_file(FileState& file, diag::FileReport report) {
  const auto input = static_cast<std::uint32_t>(reports_.size());
  auto& submissions = file.submissions;
  auto& pending = file.pending;
  auto& unreadable_period_rows = file.unreadable_period_rows;
  const bool unattributable = file.unattributable;
  const std::size_t own_errors = report.errors();
  const bool whole_file = unattributable || report.errors_outside_rows > 0;
  const std::uint32_t this_file = set_.files().intern(report.path);
  std::vector<diag::Diagnostic> findings = report.findings;
  reports_.push_back(std::move(report));
  ++counts_.files;

  for (auto& submission : submissions) {
    // An organization's rows without a readable period reject its every
    // submission in the file; they are counted with the first one.
    if (const auto bad = unreadable_period_rows.find(submission.org); bad != unreadable_period_rows.end()) {
      submission.rows += bad->second;
      submission.error_rows += bad->second;
      bad->second = 0;
      submission.rejected = true;
    }
    submission.rejected = submission.rejected || whole_file || submission.error_rows > 0;
  }
  for (auto& [row, index] : pending) {
    if (row.source_file == kThisInput) row.source_file = this_file;
    FileState::Submission& submission = submissions[index];
    if (submission.rejected && !options_.keep_valid_rows) continue;
    ++submission.kept_rows;
    take(row, findings);
  }

  // List what was not merged as it came: rejected submissions, then
  // organizations whose only rows had no readable period.
  const std::size_t rejections_before = rejections_.size();
  std::size_t accepted = 0;
  for (const auto& submission : submissions) {
    if (!submission.rejected) {
      ++accepted;
      continue;
    }
    rejections_.push_back({input, set_.orgs().at(submission.org), roadmap_.periods[submission.period].label,
                           submission.rows, submission.error_rows,
                           options_.keep_valid_rows ? submission.kept_rows : 0});
  }
  for (const auto& [org, rows] : unreadable_period_rows)
    if (rows > 0) rejections_.push_back({input, set_.orgs().at(org), "", rows, rows, 0});
  if (own_errors > 0 && rejections_.size() == rejections_before && accepted == 0)
    rejections_.push_back({input, "", "", reports_.back().rows.value_or(0), 0, 0});

  const std::size_t rejected = rejections_.size() - rejections_before;
  counts_.submissions_accepted += accepted;
  counts_.submissions_rejected += rejected;
  if (rejected == 0)
    ++counts_.files_accepted;
  else if (accepted > 0)
    ++counts_.files_partly;
  else
    ++counts_.files_rejected;
  return findings;
}

namespace {

// What a merged row says, for comparing it with another (submission/row_content.h).
submission::RowContent content_of(const MergedRow& row, const TextArena& texts) {
  submission::RowContent content;
  content.status = row.status;
  content.has_value = row.has_value;
  content.value = row.value;
  content.has_date = row.has_date;
  if (row.has_date) content.date_days = static_cast<std::int32_t>(calendar::to_days(row.completed_on));
  content.evidence = submission::text_hash(texts.get(row.evidence));
  content.comment = submission::text_hash(texts.get(row.comment));
  return content;
}

// What differs between two rows for the same key, in both languages; empty
// when they say the same. One wording with roadmap-validate's.
vocab::Localized differences(const MergedRow& a, const MergedRow& b, const TextArena& texts) {
  return submission::differences(content_of(a, texts), content_of(b, texts));
}

}  // namespace

void Merger::take(const MergedRow& row, std::vector<diag::Diagnostic>& findings) {
  MergedRow* held = set_.find(row);
  if (!held) {
    set_.add(row);
    return;
  }
  const bool keep_first = options_.on_conflict == ConflictPolicy::error;
  // Each message reads "this row's value ≠ the other's", from where it is placed.
  const vocab::Localized differ =
      keep_first ? differences(row, *held, set_.texts()) : differences(*held, row, set_.texts());
  if (differ.en.empty()) {
    // Said twice alike: keep one, with the smaller provenance, whatever the input order.
    const auto provenance = [&](const MergedRow& r) {
      return std::pair<std::string_view, std::uint32_t>(set_.files().at(r.source_file), r.source_line);
    };
    if (provenance(row) < provenance(*held)) {
      held->source_file = row.source_file;
      held->source_line = row.source_line;
      held->input = row.input;
      held->input_line = row.input_line;
    }
    return;
  }
  ++counts_.conflicts;
  const std::string_view org = set_.orgs().at(row.org);
  const std::string_view period = roadmap_.periods[row.period].label;
  const std::string_view activity = activities_.at(row.activity).id;
  const diag::SourcePos here{reports_[row.input].path, row.input_line, 0};
  const diag::SourcePos there{reports_[held->input].path, held->input_line, 0};
  if (keep_first) {
    set_.dispute(*held);
    auto finding = diag::msg::conflict(here, org, period, activity, there, differ);
    reports_[row.input].findings.push_back(finding);
    findings.push_back(std::move(finding));
  } else {
    auto finding = diag::msg::overridden(there, org, period, activity, here, differ);
    reports_[held->input].findings.push_back(finding);
    findings.push_back(std::move(finding));
    *held = row;
  }
}

std::vector<std::pair<std::string, std::size_t>> Merger::conflicted_submissions() const {
  std::vector<std::pair<std::string, std::size_t>> conflicts;
  std::set<std::pair<std::uint32_t, std::size_t>> seen;  // (org index, period)
  for (const auto& row : set_.rows())
    if (row.disputed && seen.emplace(row.org, row.period).second)
      conflicts.emplace_back(std::string(set_.orgs().at(row.org)), row.period);
  return conflicts;
}

}  // namespace rmt::merge
