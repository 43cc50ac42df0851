// roadmap-merge: consolidates many school submissions into one normalized
// CSV with provenance (SPEC.md §7).
#include <iostream>
#include <sstream>

#include "common/cli.h"
#include "common/merge_run.h"
#include "common/setup.h"
#include "diag/messages.h"
#include "io/inputs.h"
#include "io/output_file.h"
#include "json/writer.h"
#include "merge/merged_csv.h"
#include "merge/merger.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions, cli::MergeCliOptions {
  std::string output;
  std::string report_path;  ///< the JSON findings document, when the data goes to stdout (or always, if given)
};

void write_json_document(std::ostream& out, const merge::Merger& merger, const std::vector<diag::FileReport>& files,
                         const std::vector<io::SkippedFile>& skipped,
                         const std::vector<outcome::OrganizationStatus>& statuses,
                         const Options& options) {
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
  diag::write_json_files(w, files, options.lang(), options.strict);
  io::write_json_skipped(w, skipped, options.lang());
  outcome::write_json_organizations(w, statuses);
  w.key("merge");
  w.begin_object();
  field("output", options.output);
  field("files", std::uint64_t{counts.files});
  field("files_accepted", std::uint64_t{counts.files_accepted});
  field("files_partly_accepted", std::uint64_t{counts.files_partly});
  field("files_rejected", std::uint64_t{counts.files_rejected});
  field("submissions_accepted", std::uint64_t{counts.submissions_accepted});
  field("submissions_rejected", std::uint64_t{counts.submissions_rejected});
  field("rows", std::uint64_t{merger.rows().sorted_size()});
  field("conflicts", std::uint64_t{counts.conflicts});
  field("on_conflict", options.on_conflict);
  field("keep_valid_rows", options.keep_valid_rows);
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

int run(const CLI::App& app, Options& options) {
  const diag::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  if (json && options.output == "-" && options.report_path.empty()) {
    cli::print_tool_error(app, diag::msg::report_needs_file().in(lang));
    return cli::kExitCannotRun;
  }
  const auto setup = cli::load_setup(app, options, options.inputs);
  if (!setup) return cli::kExitCannotRun;
  const io::InputList inputs = io::expand_inputs(options.inputs);
  if (!cli::outputs_are_safe(app, {options.output, options.report_path}, inputs.files, options)) return cli::kExitCannotRun;
  // Open the output first: an unwritable directory should stop the run
  // before a long read, not after it.
  io::OutputFile output;
  if (!output.open(options.output)) {
    cli::print_tool_error(app, diag::msg::cannot_write_output(options.output, output.error()).in(lang));
    return cli::kExitCannotRun;
  }

  merge::Merger merger(setup->roadmap, setup->registry_or_null(), options.merge_options(options));
  const std::vector<diag::FileReport> files = cli::merge_inputs(merger, inputs.files, *setup, options);
  const auto statuses =
      outcome::decide_statuses({setup->registry_or_null(), &files, std::nullopt, merger.conflicted_submissions()});
  cli::print_skipped(inputs.skipped, options);

  if (!merge::write_merged_csv(merger, [&](std::string_view bytes) { return output.write(bytes); }) ||
      !output.commit()) {
    cli::print_tool_error(app, diag::msg::cannot_write_output(options.output, output.error()).in(lang));
    return cli::kExitCannotRun;
  }

  if (!options.report_path.empty()) {
    std::ostringstream document;
    write_json_document(document, merger, files, inputs.skipped, statuses, options);
    io::OutputFile report;
    if (!report.open(options.report_path) || !report.write(document.str()) || !report.commit()) {
      cli::print_tool_error(app, diag::msg::cannot_write_output(options.report_path, report.error()).in(lang));
      return cli::kExitCannotRun;
    }
  } else if (json) {
    write_json_document(std::cout, merger, files, inputs.skipped, statuses, options);
  }

  cli::print_rejections(merger, options.keep_valid_rows, options);
  cli::print_statuses(statuses, setup->registry.has_value(), options);
  if (!json && !options.quiet) {
    const auto& counts = merger.counts();
    std::cerr << diag::msg::merge_summary(counts.files, counts.files_accepted, counts.files_partly,
                                          counts.files_rejected, merger.rows().sorted_size(), counts.conflicts,
                                          options.output == "-" ? "<stdout>" : options.output, options.keep_valid_rows)
                     .in(lang)
              << '\n';
  }
  return cli::finish_run(files, options, inputs.skipped.size());
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(diag::tr(options.help_lang, ru, en)); };
  CLI::App app(tr("Свести отчёты школ в один нормализованный CSV с указанием источника. Отчёт с ошибками "
                  "отклоняется целиком и называется; одна и та же организация, период и мероприятие в двух файлах "
                  "сводятся один раз, если совпадают, и дают конфликт, если нет.",
                  "Consolidate school submissions into one normalized CSV with provenance. A submission with errors "
                  "is rejected whole and listed; the same organization, period and activity in two files is merged "
                  "once when identical and is a conflict when not."),
               "roadmap-merge");
  cli::setup_app(app, "roadmap-merge -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv "
                      "examples/submissions/ -o merged.csv", options);
  cli::add_csv_options(app, options);
  cli::add_merge_options(app, options, options.help_lang);
  app.add_option("-o,--output", options.output,
                 tr("Сводный CSV (заменяется атомарно); - — стандартный вывод",
                    "Merged CSV to write (replaced atomically); - for stdout"))
      ->required();
  app.add_option("--report", options.report_path,
                 tr("Также записать JSON-документ с замечаниями в этот файл",
                    "Also write the JSON findings document to this file"));
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  return run(app, options);
}
