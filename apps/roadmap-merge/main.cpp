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
#include "report/run_documents.h"
#include "merge/merged_csv.h"
#include "merge/merger.h"

namespace rmt {
namespace {

struct Options : cli::CommonOptions, cli::MergeCliOptions {
  std::string output;
  std::string report_path;  ///< the JSON findings document, when the data goes to stdout (or always, if given)
};

int execute(const CLI::App& app, Options& options) {
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
    report::write_merge_document(document, {files, inputs.skipped, statuses, lang, options.strict}, merger,
                                 {options.output, options.on_conflict, options.keep_valid_rows});
    io::OutputFile report;
    if (!report.open(options.report_path) || !report.write(document.str()) || !report.commit()) {
      cli::print_tool_error(app, diag::msg::cannot_write_output(options.report_path, report.error()).in(lang));
      return cli::kExitCannotRun;
    }
  } else if (json) {
    report::write_merge_document(std::cout, {files, inputs.skipped, statuses, lang, options.strict}, merger,
                                 {options.output, options.on_conflict, options.keep_valid_rows});
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
  return execute(app, options);
}
