#include "run/merge.h"

#include <sstream>

#include "diag/messages.h"
#include "io/output_file.h"
#include "merge/merged_csv.h"
#include "run/documents.h"
#include "run/period_run.h"

namespace rmt::run {

MergeOutcome merge(const MergeRequest& request, Listener& listener) {
  MergeOutcome result;
  Stop stop;
  auto setup = load_setup(request.sources, listener, stop);
  if (!setup) {
    result.stop = std::move(stop);
    return result;
  }
  result.setup = std::make_unique<Setup>(std::move(*setup));
  result.inputs = expand_sources(result.setup->sources);
  if (auto overwrite = outputs_overwrite_inputs({request.output, request.report_path}, result.inputs.files, request.sources)) {
    result.stop = std::move(overwrite);
    return result;
  }
  // Open the output first: an unwritable directory should stop the run
  // before a long read, not after it.
  io::OutputFile output;
  if (!output.open(request.output)) {
    result.stop = Stop{diag::msg::cannot_write_output(request.output, output.error()), {}};
    return result;
  }

  merge::MergeOptions options = request.merge;
  options.reader = result.setup->sources.reader;
  result.merger = std::make_unique<merge::Merger>(result.setup->roadmap, result.setup->registry_or_null(), options);
  result.files = read_inputs(*result.merger, result.inputs.files, request.sources.threads, listener);
  // roadmap-merge judges no one period: who sent nothing, for each period the inputs cover.
  if (auto report = registry_report(*result.setup, result.merger->finish())) result.files.push_back(std::move(*report));
  result.statuses = outcome::decide_statuses(
      {result.setup->registry_or_null(), &result.files, std::nullopt, result.merger->conflicted_submissions()});

  if (!merge::write_merged_csv(*result.merger, [&](std::string_view bytes) { return output.write(bytes); }) ||
      !output.commit()) {
    result.stop = Stop{diag::msg::cannot_write_output(request.output, output.error()), {}};
    return result;
  }
  if (!request.report_path.empty()) {
    std::ostringstream document;
    run::write_merge_document(
        document, {result.files, result.inputs.skipped, result.statuses, request.lang, request.strict}, *result.merger,
        {request.output, request.merge.on_conflict == merge::ConflictPolicy::last ? "last" : "error",
         request.merge.keep_valid_rows});
    io::OutputFile report;
    if (!report.open(request.report_path) || !report.write(document.str()) || !report.commit())
      result.stop = Stop{diag::msg::cannot_write_output(request.report_path, report.error()), {}};
  }
  return result;
}

}  // namespace rmt::run
