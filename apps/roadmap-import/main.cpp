// roadmap-import: a draft roadmap YAML from the order's own table (SPEC.md §13).
#include <iostream>

#include <fmt/format.h>

#include "common/job.h"
#include "diag/messages.h"
#include "order/import_document.h"
#include "roadmap-import/options.h"
#include "run/closing_lines.h"
#include "run/import.h"

namespace rmt {
namespace {

using import_cli::Options;

int execute(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  const bool json = options.format() == cli::OutputFormat::json;
  if (json && options.output == "-") {
    cli::print_tool_error(app, diag::msg::json_and_stdout_output().in(lang));
    return cli::kExitCannotRun;
  }
  const run::ImportOutcome result = run::import_order({options.order, options.output, options.id, options.periods, lang});
  if (result.stop) return cli::stopped(app, *result.stop, options);
  if (!result.draft) {
    if (json) order::write_import_document(std::cout, {result.order}, nullptr, options.output, lang, options.strict);
    else cli::print_findings(result.order.findings, lang);
    return cli::kExitCannotRun;
  }
  const diag::FileReport& draft = result.draft_file;
  if (json) {
    order::write_import_document(std::cout, {result.order, draft}, &*result.draft, options.output, lang, options.strict);
  } else {
    cli::print_findings(draft.findings, lang);
    if (draft.errors())
      std::cerr << run::lines::draft_invalid(options.output, draft.errors()).in(lang) << '\n';
    if (!options.quiet && options.output != "-" && !draft.errors())
      std::cerr << run::lines::draft_written(options.output, result.draft->sections.size(), result.draft->activity_count(),
                                            result.draft->parties.size(), result.draft->check_count())
                       .in(lang)
                << '\n';
  }
  return cli::exit_code_for(draft.errors(), draft.warnings(), options.strict);
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  import_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = import_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
