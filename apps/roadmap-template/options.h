// roadmap-template's command line: its options, and their help in Russian and
// English (SPEC.md §2). The job is lib/run; main.cpp runs it and prints.
#pragma once

#include <memory>
#include <string>

#include "common/cli.h"
#include "template/template_set.h"
#include "common/merge_run.h"
#include "common/period_run.h"

namespace rmt::template_cli {

struct Options : cli::CommonOptions {
  std::string period;
  std::string out_dir;
  bool xlsx = false;
  bool force = false;
  // The templates' own dialect; the registry is read with detection.
  std::string out_encoding = "auto";
  std::string out_delimiter = "auto";
};

/// The program's CLI11 application with every option of `options` declared,
/// its help in options.help_lang.
std::unique_ptr<CLI::App> make_app(Options& options);

/// The templates' format in words, for the closing line: «CSV UTF-8 с BOM, разделитель «;»».
vocab::Localized describe(const templates::TemplateSetOptions& set);

}  // namespace rmt::template_cli
