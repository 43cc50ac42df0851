// roadmap-store: the submission store (SPEC.md §15) — every file received
// kept with its findings, the roadmap's and the registry's versions, and what
// the other programs read with --store.
#include "roadmap-store/options.h"

int main(int argc, char** argv) {
  using namespace rmt;
  store_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = store_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  if (options.init->parsed()) return store_cli::run_init(*app, options);
  if (options.add->parsed()) return store_cli::run_add(*app, options);
  if (options.status->parsed()) return store_cli::run_status(*app, options);
  if (options.history->parsed()) return store_cli::run_history(*app, options);
  if (options.exporting->parsed()) return store_cli::run_export(*app, options);
  return store_cli::run_check(*app, options);
}
