// roadmap-feedback's command line: its options, and their help in Russian and
// English (SPEC.md §2). The job is lib/run; main.cpp runs it and prints.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/cli.h"
#include "common/mail_options.h"
#include "run/feedback.h"
#include "common/merge_run.h"
#include "common/period_run.h"

namespace rmt::feedback_cli {

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions, cli::MailCliOptions {
  std::string out_dir;
  std::string due;
  bool resend = false;
  bool resend_unknown = false;
  std::vector<std::string> only;  ///< --only: the kinds of letter to send
  std::string links;
};

/// The program's CLI11 application with every option of `options` declared,
/// its help in options.help_lang.
std::unique_ptr<CLI::App> make_app(Options& options);

/// The job's request the options describe.
run::FeedbackRequest request_of(const Options& options);

}  // namespace rmt::feedback_cli
