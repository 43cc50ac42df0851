// roadmap-validate: checks a roadmap YAML (and, in later versions, school
// submissions against it). With only -r it validates the roadmap itself and
// prints what an analyst needs to check against the order.
#include <iostream>

#include "common/cli.h"
#include "diag/render.h"
#include "json/writer.h"
#include "report/roadmap_summary.h"
#include "roadmap/loader.h"

namespace {

using namespace rmt;

bool could_not_read(const diag::DiagnosticList& findings) {
  for (const auto& finding : findings.items())
    if (finding.code == diag::Code::unreadable_file) return true;
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Check a roadmap YAML (format: roadmap/1) and show its activities, targets and due dates.",
               "roadmap-validate");
  cli::CommonOptions options;
  cli::setup_app(app, "roadmap-validate -r data/nizhnevartovsk-mentoring-2026.yaml --lang en", options);
  if (const int code = cli::parse(app, argc, argv); code >= 0) return code;
  const diag::Lang lang = options.lang();

  diag::DiagnosticList findings;
  const auto roadmap = roadmap::load_roadmap_file(options.roadmap_path, findings);
  diag::FileReport file{options.roadmap_path == "-" ? "<stdin>" : options.roadmap_path, {}, {}, {}, findings.items()};
  const std::size_t valid_files = file.errors() == 0 && (!options.strict || file.warnings() == 0) ? 1 : 0;

  if (options.format() == cli::OutputFormat::json) {
    json::Writer writer(std::cout);
    writer.begin_object();
    diag::write_json_files(writer, {file}, lang, options.strict);
    if (roadmap) {
      writer.key("roadmap");
      report::write_roadmap_summary_json(writer, *roadmap, lang);
    }
    writer.end_object();
    std::cout << '\n';
  } else {
    for (const auto& finding : findings.items()) std::cerr << diag::render_text(finding, lang) << '\n';
    if (roadmap && !options.quiet) report::write_roadmap_summary_text(std::cout, *roadmap, lang);
    if (!options.quiet)
      std::cerr << cli::counts_line(1, valid_files, file.errors(), file.warnings(), lang) << '\n';
  }
  std::cout.flush();
  if (could_not_read(findings)) return cli::kExitCannotRun;
  return cli::exit_code_for(file.errors(), file.warnings(), options.strict);
}
