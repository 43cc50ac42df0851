// roadmap-merge: consolidates many school submissions into one normalized
// CSV with provenance (SPEC.md §7).
#include <iostream>

#include "common/cli.h"
#include "common/job.h"
#include "diag/messages.h"
#include "roadmap-merge/options.h"
#include "run/closing_lines.h"
#include "run/documents.h"
#include "run/merge.h"

namespace rmt {
namespace {

using merge_cli::Options;

int execute(const CLI::App& app, Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  if (json && options.output == "-" && options.report_path.empty()) {
    cli::print_tool_error(app, diag::msg::report_needs_file().in(lang));
    return cli::kExitCannotRun;
  }
  const run::MergeRequest request{cli::sources_of(options, options.inputs), options.merge_options(options), options.output,
                                  options.report_path, lang, options.strict};
  cli::PrintingListener listener(options);
  const run::MergeOutcome result = run::merge(request, listener);
  if (!result.merger) return cli::stopped(app, *result.stop, options);
  cli::print_registry_report(*result.setup, run::registry_report_among(result.files), options);
  cli::print_skipped(result.inputs.skipped, options);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const merge::Merger& merger = *result.merger;

  if (json && options.report_path.empty())
    run::write_merge_document(std::cout, {result.files, result.inputs.skipped, result.statuses, lang, options.strict},
                                 merger, {options.output, options.on_conflict, options.keep_valid_rows});
  cli::print_rejections(merger, options.keep_valid_rows, options);
  cli::print_statuses(result.statuses, result.setup->registry.has_value(), options);
  if (!json && !options.quiet) {
    const auto& counts = merger.counts();
    std::cerr << run::lines::merge_summary(counts.files, counts.files_accepted, counts.files_partly,
                                          counts.files_rejected, merger.rows().sorted_size(), counts.conflicts,
                                          options.output == "-" ? "<stdout>" : options.output, options.keep_valid_rows)
                     .in(lang)
              << '\n';
  }
  return cli::finish_run(result.files, options, result.inputs.skipped.size());
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  merge_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = merge_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
