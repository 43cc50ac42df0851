// roadmap-serve: the intake service (SPEC.md §16) — schools hand in their
// reports on a web page and see at once what to fix; the analyst watches the
// collection and takes out the documents.
#include "roadmap-serve/options.h"

int main(int argc, char** argv) {
  using namespace rmt;
  serve_cli::Options options;
  options.help_lang = cli::ui_lang(argc, argv);
  const auto app = serve_cli::make_app(options);
  if (const int code = cli::parse(*app, argc, argv); code >= 0) return code;
  if (options.links->parsed()) return serve_cli::run_links(*app, options);
  if (options.passwd->parsed()) return serve_cli::run_passwd(*app, options);
  if (options.revoke->parsed()) return serve_cli::run_revoke(*app, options);
  return serve_cli::run_service(*app, options);
}
