// Each roadmap-store subcommand: the request from the options, the job
// (lib/run/store.h), what it prints, and its exit code.
#include <iostream>

#include "common/job.h"
#include "roadmap-store/options.h"
#include "run/documents.h"
#include "run/store.h"
#include "run/store_lines.h"
#include "store/moment.h"

namespace rmt::store_cli {
namespace {

bool text(const Options& options) { return options.format() == cli::OutputFormat::text; }

void say(const vocab::Localized& line, const Options& options) {
  if (text(options) && !options.quiet) std::cerr << line.in(options.lang()) << '\n';
}

}  // namespace

int run_init(const CLI::App& app, const Options& options) {
  cli::PrintingListener listener(options);
  const run::StoreInitOutcome result = run::store_init(
      {options.store, options.roadmap_path, options.orgs_path, options.from_period, options.reader_options()}, listener);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  if (text(options)) cli::print_findings(result.registry_warnings, options.lang());
  if (result.created) say(run::store_lines::store_created(options.store), options);
  for (const auto& version : result.added) say(run::store_lines::version_line(version), options);
  for (const auto& version : result.unchanged) say(run::store_lines::version_unchanged(version), options);
  return cli::kExitOk;
}

int run_add(const CLI::App& app, const Options& options) {
  cli::PrintingListener listener(options);
  run::StoreAddRequest request;
  request.store = options.store;
  request.inputs = options.inputs;
  request.received_at = options.received_at;
  request.source = *store::parse_source(options.source);
  request.reader = options.reader_options();
  request.threads = options.threads();
  const run::StoreAddOutcome result = run::store_add(request, listener);
  const vocab::Lang lang = options.lang();
  for (const auto& [path, reason] : result.not_stored)
    std::cerr << run::store_lines::file_not_stored(path, reason).in(lang) << '\n';
  cli::print_skipped(result.inputs.skipped, options);
  std::vector<diag::FileReport> files;
  for (const auto& file : result.added) files.push_back(file.report);
  const diag::Totals totals = diag::count_totals(files, options.strict);
  if (!result.added.empty() || !result.stop)
    say(run::store_lines::files_stored(result.added.size(), result.added.empty() ? 0 : result.added.front().receipt,
                                       result.added.empty() ? 0 : result.added.back().receipt, totals.valid_files),
        options);
  if (!text(options)) run::write_store_add_document(std::cout, result, lang, options.strict);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const int code = cli::exit_code_for(totals.errors, totals.warnings, options.strict);
  return result.not_stored.empty() ? code : std::max(code, cli::kExitFindings);
}

int run_status(const CLI::App& app, const Options& options) {
  run::Listener quiet;  // the files' findings are history's; status shows the organizations
  run::Sources sources;
  sources.reader = options.reader_options();
  sources.threads = options.threads();
  sources.store.path = options.store;
  const run::ValidateOutcome result = run::store_status(sources, options.period, calendar::today(), quiet);
  if (!result.setup || result.stop) return cli::stopped(app, *result.stop, options);
  if (!text(options)) {
    run::write_validate_document(std::cout, {result.files, result.inputs.skipped, result.statuses, options.lang(), options.strict});
    return cli::kExitOk;
  }
  const vocab::Lang lang = options.lang();
  std::cout << vocab::tr(lang, "Период: ", "Period: ") << result.setup->roadmap.periods[result.period].label << '\n';
  for (const auto& s : result.statuses) {
    std::cout << s.org_id << '\t' << outcome::org_status_label(s.status).in(lang) << '\t' << s.name;
    for (const auto& file : s.files) std::cout << '\t' << file;
    std::cout << '\n';
  }
  cli::print_statuses(result.statuses, true, options);
  return cli::kExitOk;
}

int run_history(const CLI::App& app, const Options& options) {
  const run::StoreHistory history = run::store_history(options.store, options.org);
  if (history.stop) return cli::stopped(app, *history.stop, options);
  const vocab::Lang lang = options.lang();
  if (!text(options)) {
    run::write_store_history_document(std::cout, history, lang);
    return cli::kExitOk;
  }
  for (const auto& event : history.events) {
    if (event.version) {
      std::cout << store::local_moment(event.at) << "  " << run::store_lines::version_line(*event.version).in(lang) << '\n';
      continue;
    }
    std::cout << run::store_lines::receipt_line(*event.receipt).in(lang) << '\n';
    for (const auto& [org, before] : event.changes)
      std::cout << "    " << run::store_lines::change_line(org, before).in(lang) << '\n';
  }
  return cli::kExitOk;
}

int run_export(const CLI::App& app, const Options& options) {
  const run::StoreExportOutcome result = run::store_export({options.store, options.period, options.out_dir});
  if (result.stop) return cli::stopped(app, *result.stop, options);
  say(run::store_lines::exported(result.written.size(), options.out_dir, result.period), options);
  return cli::kExitOk;
}

int run_check(const CLI::App& app, const Options& options) {
  const run::StoreCheckOutcome result = run::store_check(options.store);
  if (result.stop) return cli::stopped(app, *result.stop, options);
  const vocab::Lang lang = options.lang();
  if (!text(options)) run::write_store_check_document(std::cout, result, lang);
  if (!result.problems.empty()) {
    if (text(options))
      for (const auto& problem : result.problems) std::cerr << problem.in(lang) << '\n';
    std::cerr << run::store_lines::check_failed(result.problems.size()).in(lang) << '\n';
    return cli::kExitFindings;
  }
  say(run::store_lines::check_ok(result.receipts, result.blobs_bytes, result.schema), options);
  return cli::kExitOk;
}

}  // namespace rmt::store_cli
