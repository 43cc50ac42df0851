#include <iostream>

#include "common/job.h"
#include "json/writer.h"
#include "run/roadmap_summary.h"
#include "roadmap-validate/validate.h"
#include "run/validate.h"

namespace rmt::validate_app {

int run_roadmap_check(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  cli::PrintingListener listener(options);
  const run::RoadmapCheck check = run::check_roadmap(cli::sources_of(options), listener);
  if (options.format() == cli::OutputFormat::text) cli::print_findings(check.registry_warnings, lang);
  if (check.stop) return cli::stopped(app, *check.stop, options);
  const diag::FileReport& file = check.file;
  const std::size_t valid_files = cli::exit_code_for(file.errors(), file.warnings(), options.strict) == 0 ? 1 : 0;

  if (options.format() == cli::OutputFormat::json) {
    json::Writer writer(std::cout);
    writer.begin_object();
    diag::write_json_files(writer, {file}, lang, options.strict);
    if (check.roadmap) {
      writer.key("roadmap");
      run::write_roadmap_summary_json(writer, *check.roadmap, lang);
    }
    writer.end_object();
    std::cout << '\n';
  } else {
    cli::print_findings(file.findings, lang);
    if (check.roadmap && !options.quiet) run::write_roadmap_summary_text(std::cout, *check.roadmap, lang);
    if (!options.quiet) std::cerr << cli::counts_line(1, valid_files, file.errors(), file.warnings(), lang) << '\n';
  }
  std::cout.flush();
  if (check.unreadable()) return cli::kExitCannotRun;
  return cli::exit_code_for(file.errors(), file.warnings(), options.strict);
}

}  // namespace rmt::validate_app
