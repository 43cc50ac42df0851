// roadmap-serve's command line (SPEC.md §16): the service itself, and the
// commands that give schools their links and the analyst a password.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/cli.h"
#include "common/mail_options.h"

namespace rmt::serve_cli {

struct Options : cli::CommonOptions, cli::MailCliOptions {
  std::string store;
  std::string listen = "127.0.0.1:8080";
  std::string base_url;
  std::string tls_cert, tls_key;
  std::string period;
  std::string log_path;
  std::size_t max_upload_mb = 20;
  unsigned workers = 0;
  bool behind_proxy = false;
  std::string output;                 // links -o
  std::vector<std::string> orgs;      // links / revoke --org
  CLI::App* links = nullptr;
  CLI::App* passwd = nullptr;
  CLI::App* revoke = nullptr;
};

std::unique_ptr<CLI::App> make_app(Options& options);

int run_service(const CLI::App& app, const Options& options);
int run_links(const CLI::App& app, const Options& options);
int run_passwd(const CLI::App& app, const Options& options);
int run_revoke(const CLI::App& app, const Options& options);

}  // namespace rmt::serve_cli
