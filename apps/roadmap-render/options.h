// roadmap-render's command line: its options, and their help in Russian and
// English (SPEC.md §2). The job is lib/run; main.cpp runs it and prints.
#pragma once

#include <memory>
#include <string>

#include "common/cli.h"
#include "common/merge_run.h"
#include "common/period_run.h"
#include "render/workbook.h"

namespace rmt::render_cli {

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions {
  std::size_t sheet_rows = render::WorkbookOptions{}.data_rows_per_sheet;
  std::size_t constant_memory_rows = render::WorkbookOptions{}.constant_memory_rows;
};

/// The program's CLI11 application with every option of `options` declared,
/// its help in options.help_lang.
std::unique_ptr<CLI::App> make_app(Options& options);

}  // namespace rmt::render_cli
