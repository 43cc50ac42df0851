// roadmap-store's command line (SPEC.md §15): the subcommands init, add,
// status, history, export and check, their options, and their help in
// Russian and English. The jobs are lib/run/store.h; commands.cpp runs them
// and prints.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/cli.h"

namespace rmt::store_cli {

struct Options : cli::CommonOptions {
  std::string store;
  std::vector<std::string> inputs;
  std::string received_at;
  std::string source = "folder";
  std::string period;
  std::string from_period;
  std::string org;
  std::string out_dir;
  CLI::App* init = nullptr;
  CLI::App* add = nullptr;
  CLI::App* status = nullptr;
  CLI::App* history = nullptr;
  CLI::App* exporting = nullptr;
  CLI::App* check = nullptr;
};

std::unique_ptr<CLI::App> make_app(Options& options);

int run_init(const CLI::App& app, const Options& options);
int run_add(const CLI::App& app, const Options& options);
int run_status(const CLI::App& app, const Options& options);
int run_history(const CLI::App& app, const Options& options);
int run_export(const CLI::App& app, const Options& options);
int run_check(const CLI::App& app, const Options& options);

}  // namespace rmt::store_cli
