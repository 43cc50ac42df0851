#include "run/documents.h"

#include <map>
#include <string_view>

#include "diag/render.h"
#include "json/writer.h"
#include "run/store.h"

namespace rmt::run {
namespace {

void optional_date(json::Writer& w, std::string_view key, const std::optional<calendar::Date>& date) {
  w.key(key);
  if (date)
    w.value(calendar::to_iso(*date));
  else
    w.null();
}

void optional_number(json::Writer& w, std::string_view key, const std::optional<double>& number) {
  w.key(key);
  if (number)
    w.value(*number);
  else
    w.null();
}

// Every activity's verdict for the run's period, as the documents show it.
void write_judged(json::Writer& w, const JudgedPeriod& judged) {
  const auto& m = judged.monitoring;
  w.key("period");
  w.value(judged.roadmap.periods[m.period].label);
  w.key("as_of");
  w.value(calendar::to_iso(m.as_of));
  w.key("activities");
  w.begin_array();
  for (std::size_t a = 0; a < judged.activities.size(); ++a) {
    const auto& activity = judged.activities.at(a);
    const auto& f = m.current()[a];
    w.begin_object();
    w.key("id");
    w.value(activity.id);
    w.key("number");
    w.value(roadmap::activity_label(activity));
    w.key("status");
    w.value(aggregate::progress_key(f.progress));
    optional_number(w, "target", f.target);
    optional_number(w, "actual", f.actual);
    optional_number(w, "percent", f.ratio ? std::optional<double>(*f.ratio * 100) : std::nullopt);
    w.key("counts_organizations");
    w.value(f.counts_organizations);
    w.key("reporters");
    w.value(std::uint64_t{f.reporters()});
    w.key("reported");
    w.value(std::uint64_t{f.reported});
    w.key("done");
    w.value(std::uint64_t{f.done});
    w.key("not_applicable");
    w.value(std::uint64_t{f.not_applicable});
    w.key("due");
    w.begin_array();
    for (const auto& date : f.due) w.value(calendar::to_iso(date));
    w.end_array();
    optional_date(w, "next_due", f.next_due);
    optional_date(w, "missed_due", f.missed_due);
    w.key("overdue");
    w.value(f.overdue);
    w.end_object();
  }
  w.end_array();
}

void write_common(json::Writer& w, const RunDocument& run) {
  diag::write_json_files(w, run.files, run.lang, run.strict);
  io::write_json_skipped(w, run.skipped, run.lang);
  outcome::write_json_organizations(w, run.statuses);
  if (run.judged) write_judged(w, *run.judged);
}

// The same counts as the workbook's header, the report's coverage and the closing line.
void write_organization_counts(json::Writer& w, const std::vector<outcome::OrganizationStatus>& statuses) {
  const auto counts = outcome::count_statuses(statuses);
  w.key("organizations_expected");
  w.value(std::uint64_t{counts.total()});
  w.key("organizations_submitted");
  w.value(std::uint64_t{counts.sent()});
  w.key("organizations_accepted");
  w.value(std::uint64_t{counts.accepted});
}

}  // namespace

void write_validate_document(std::ostream& out, const RunDocument& run) {
  json::Writer w(out);
  w.begin_object();
  write_common(w, run);
  w.end_object();
  out << '\n';
}

void write_merge_document(std::ostream& out, const RunDocument& run, const merge::Merger& merger,
                          const MergeSettings& settings) {
  const auto& counts = merger.counts();
  json::Writer w(out);
  const auto field = [&](std::string_view name, const auto& value) {
    w.key(name);
    w.value(value);
  };
  const auto text_or_null = [&](std::string_view name, const std::string& value) {
    w.key(name);
    if (value.empty())
      w.null();
    else
      w.value(value);
  };
  w.begin_object();
  write_common(w, run);
  w.key("merge");
  w.begin_object();
  field("output", settings.output);
  field("files", std::uint64_t{counts.files});
  field("files_accepted", std::uint64_t{counts.files_accepted});
  field("files_partly_accepted", std::uint64_t{counts.files_partly});
  field("files_rejected", std::uint64_t{counts.files_rejected});
  field("submissions_accepted", std::uint64_t{counts.submissions_accepted});
  field("submissions_rejected", std::uint64_t{counts.submissions_rejected});
  field("rows", std::uint64_t{merger.rows().sorted_size()});
  field("conflicts", std::uint64_t{counts.conflicts});
  field("on_conflict", settings.on_conflict);
  field("keep_valid_rows", settings.keep_valid_rows);
  w.end_object();
  w.key("rejected");
  w.begin_array();
  for (const auto& rejection : merger.rejections()) {
    w.begin_object();
    field("path", merger.reports()[rejection.input].path);
    text_or_null("org_id", rejection.org_id);
    text_or_null("period", rejection.period);
    field("rows", std::uint64_t{rejection.rows});
    field("error_rows", std::uint64_t{rejection.error_rows});
    field("kept_rows", std::uint64_t{rejection.kept_rows});
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out << '\n';
}

void write_render_document(std::ostream& out, const RunDocument& run, const RenderSettings& settings) {
  json::Writer w(out);
  w.begin_object();
  write_common(w, run);
  w.key("workbook");
  w.begin_object();
  w.key("output");
  w.value(settings.output);
  w.key("period");
  w.value(settings.period);
  w.key("as_of");
  w.value(calendar::to_iso(settings.as_of));
  w.key("rows");
  w.value(std::uint64_t{settings.rows});
  write_organization_counts(w, run.statuses);
  w.key("skipped_sheets");
  w.begin_array();
  for (const auto& skipped : settings.skipped_sheets) {
    w.begin_object();
    w.key("sheet");
    w.value(skipped.sheet.in(run.lang));
    w.key("reason");
    w.value(skipped.reason.in(run.lang));
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.end_object();
  out << '\n';
}

void write_report_document(std::ostream& out, const RunDocument& run, const ReportSettings& settings) {
  json::Writer w(out);
  w.begin_object();
  write_common(w, run);
  w.key("report");
  w.begin_object();
  w.key("output");
  w.value(settings.output);
  w.key("period");
  w.value(settings.period);
  w.key("previous_period");
  if (settings.previous_period.empty())
    w.null();
  else
    w.value(settings.previous_period);
  w.key("as_of");
  w.value(calendar::to_iso(settings.as_of));
  write_organization_counts(w, run.statuses);
  w.key("headings");
  w.begin_array();
  for (const auto& heading : settings.headings) w.value(heading);
  w.end_array();
  w.key("tables");
  w.value(std::uint64_t{settings.tables});
  w.key("pictures");
  w.value(std::uint64_t{settings.pictures});
  w.end_object();
  w.end_object();
  out << '\n';
}

void write_feedback_document(std::ostream& out, const RunDocument& run, const std::vector<feedback::LetterRecord>& letters,
                             const std::vector<feedback::SendOutcome>& sent) {
  json::Writer w(out);
  w.begin_object();
  write_common(w, run);
  w.key("letters");
  w.begin_array();
  // Each organization has one letter; a letter of a kind not sent has no outcome.
  std::map<std::string_view, const feedback::SendOutcome*> outcome_of;
  for (const auto& outcome : sent) outcome_of.emplace(outcome.org_id, &outcome);
  for (const auto& letter : letters) {
    w.begin_object();
    w.key("org_id");
    w.value(letter.org_id);
    w.key("name");
    w.value(letter.name);
    w.key("kind");
    w.value(feedback::letter_kind_key(letter.kind));
    w.key("to");
    w.begin_array();
    for (const auto& to : letter.to) w.value(to);
    w.end_array();
    w.key("eml");
    w.value(letter.eml);
    w.key("copies");
    w.begin_array();
    for (const auto& copy : letter.copies) w.value(copy);
    w.end_array();
    w.key("template");
    if (letter.template_file.empty())
      w.null();
    else
      w.value(letter.template_file);
    w.key("findings");
    w.value(std::uint64_t{letter.findings});
    w.key("failure");
    if (letter.failure.ok())
      w.null();
    else
      w.value(letter.failure.path + ": " + letter.failure.reason.in(run.lang));
    if (const auto found = outcome_of.find(letter.org_id); found != outcome_of.end()) {
      w.key("sending");
      w.begin_object();
      w.key("state");
      w.value(feedback::send_state_key(found->second->state));
      w.key("reason");
      w.value(found->second->reason.in(run.lang));
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out << '\n';
}

}  // namespace rmt::run


namespace rmt::run {
namespace {

void write_org_outcomes(json::Writer& w, const std::vector<store::OrgOutcome>& orgs) {
  w.begin_array();
  for (const auto& o : orgs) {
    w.begin_object();
    w.key("org_id");
    w.value(o.org_id);
    w.key("period");
    w.value(o.period);
    w.key("status");
    w.value(o.status);
    w.key("rows");
    w.value(o.rows);
    w.key("errors");
    w.value(o.errors);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

void write_store_add_document(std::ostream& out, const StoreAddOutcome& added, vocab::Lang lang, bool strict) {
  std::vector<diag::FileReport> files;
  for (const auto& file : added.added) files.push_back(file.report);
  const diag::Totals totals = diag::count_totals(files, strict);
  json::Writer w(out);
  w.begin_object();
  w.key("valid");
  w.value(totals.valid_files == totals.files && added.not_stored.empty());
  w.key("errors");
  w.value(static_cast<std::uint64_t>(totals.errors));
  w.key("warnings");
  w.value(static_cast<std::uint64_t>(totals.warnings));
  w.key("receipts");
  w.begin_array();
  for (const auto& file : added.added) {
    w.begin_object();
    w.key("receipt");
    w.value(file.receipt);
    w.key("path");
    w.value(file.report.path);
    w.key("organizations_in_file");
    write_org_outcomes(w, file.orgs);
    w.end_object();
  }
  w.end_array();
  diag::write_json_files(w, files, lang, strict);
  w.key("not_stored");
  w.begin_array();
  for (const auto& [path, reason] : added.not_stored) {
    w.begin_object();
    w.key("path");
    w.value(path);
    w.key("reason");
    w.value(reason.in(lang));
    w.end_object();
  }
  w.end_array();
  io::write_json_skipped(w, added.inputs.skipped, lang);
  w.end_object();
  out << '\n';
}

void write_store_history_document(std::ostream& out, const StoreHistory& history, vocab::Lang) {
  json::Writer w(out);
  w.begin_object();
  w.key("events");
  w.begin_array();
  for (const auto& e : history.events) {
    w.begin_object();
    w.key("at");
    w.value(e.at);
    if (e.version) {
      w.key("kind");
      w.value(store::setup_kind_key(e.version->kind));
      w.key("version");
      w.value(e.version->number);
      w.key("name");
      w.value(e.version->name);
      w.key("sha256");
      w.value(e.version->sha256);
      w.key("from_period");
      w.value(e.version->from_period);
    } else if (e.receipt) {
      const auto& r = *e.receipt;
      w.key("kind");
      w.value("receipt");
      w.key("receipt");
      w.value(r.id);
      w.key("name");
      w.value(r.name);
      w.key("size");
      w.value(r.size);
      w.key("sha256");
      w.value(r.sha256);
      w.key("source");
      w.value(r.source);
      w.key("errors");
      w.value(r.errors);
      w.key("warnings");
      w.value(r.warnings);
      w.key("current");
      w.value(e.current);
      w.key("changes");
      w.begin_array();
      for (const auto& [org, before] : e.changes) {
        w.begin_object();
        w.key("org_id");
        w.value(org.org_id);
        w.key("period");
        w.value(org.period);
        w.key("status");
        w.value(org.status);
        w.key("before");
        if (before.empty())
          w.null();
        else
          w.value(before);
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  out << '\n';
}

void write_store_check_document(std::ostream& out, const StoreCheckOutcome& check, vocab::Lang lang) {
  json::Writer w(out);
  w.begin_object();
  w.key("ok");
  w.value(check.problems.empty());
  w.key("receipts");
  w.value(static_cast<std::uint64_t>(check.receipts));
  w.key("bytes");
  w.value(static_cast<std::uint64_t>(check.blobs_bytes));
  w.key("schema");
  w.value(check.schema);
  w.key("problems");
  w.begin_array();
  for (const auto& p : check.problems) w.value(p.in(lang));
  w.end_array();
  w.end_object();
  out << '\n';
}

}  // namespace rmt::run
