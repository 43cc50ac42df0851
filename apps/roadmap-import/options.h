// roadmap-import's command line: its options, and their help in Russian and
// English (SPEC.md §2). The job is lib/run; main.cpp runs it and prints.
#pragma once

#include <memory>
#include <string>

#include "common/cli.h"
#include "common/merge_run.h"
#include "common/period_run.h"

namespace rmt::import_cli {

struct Options : cli::CommonOptions {
  std::string order;
  std::string output;
  std::string id;
  std::string periods;
};

/// The program's CLI11 application with every option of `options` declared,
/// its help in options.help_lang.
std::unique_ptr<CLI::App> make_app(Options& options);

}  // namespace rmt::import_cli
