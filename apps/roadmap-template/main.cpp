// roadmap-template: the per-organization submission templates (SPEC.md §9).
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "common/job.h"
#include "csv/dialect.h"
#include "diag/messages.h"
#include "roadmap-template/options.h"
#include "run/closing_lines.h"
#include "run/template.h"
#include "template/template_set.h"

namespace rmt {
namespace {

using template_cli::Options;
using template_cli::describe;

int execute(const CLI::App& app, const Options& options) {
  const vocab::Lang lang = options.lang();
  run::TemplateRequest request{cli::sources_of(options), options.period, options.out_dir, {}};
  templates::TemplateSetOptions& set = request.set;
  set.xlsx = options.xlsx;
  set.csv.encoding = csv::parse_encoding(options.out_encoding).value_or(text::Encoding::utf8);
  set.csv.delimiter = csv::parse_delimiter(options.out_delimiter).value_or(';');
  set.csv.lang = lang;
  set.force = options.force;
  cli::PrintingListener listener(options);
  const run::TemplateOutcome outcome = run::templates(request, listener);
  if (outcome.stop) return cli::stopped(app, *outcome.stop, options);
  const templates::TemplateSetResult& result = outcome.written;
  const std::string& period = outcome.setup->roadmap.periods[outcome.period].label;

  if (options.format() == cli::OutputFormat::json) {
    templates::write_templates_document(std::cout, result, options.out_dir, period, set.xlsx);
  } else if (!options.quiet) {
    if (!result.nothing_to_report.empty())
      std::cerr << run::lines::templates_not_needed(result.nothing_to_report.size(),
                                                   fmt::format("{}", fmt::join(result.nothing_to_report, ", ")))
                       .in(lang)
                << '\n';
    std::cerr << run::lines::templates_written(result.written.size(), options.out_dir, period,
                                              describe(set))
                     .in(lang)
              << '\n';
  }
  if (!result.kept_foreign.empty())
    std::cerr << run::lines::templates_kept_foreign(result.kept_foreign.size(),
                                                   fmt::format("{}", fmt::join(result.kept_foreign, ", ")))
                     .in(lang)
              << '\n';
  // Lost characters change what a school reads: always said, even when quiet.
  if (result.unrepresentable > 0 && options.format() == cli::OutputFormat::text)
    std::cerr << run::lines::unrepresentable_characters(result.unrepresentable).in(lang) << '\n';
  return result.kept_foreign.empty() ? cli::kExitOk : cli::kExitFindings;
}

}  // namespace
}  // namespace rmt

int main(int argc, char** argv) {
  using namespace rmt;
  template_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = template_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  return execute(*app, options);
}
