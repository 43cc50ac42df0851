// roadmap-feedback's command line: its options, and their help in Russian and
// English (SPEC.md §2). The job is lib/run; main.cpp runs it and prints.
#pragma once

#include <memory>
#include <string>

#include "common/cli.h"
#include "run/feedback.h"
#include "common/merge_run.h"
#include "common/period_run.h"

namespace rmt::feedback_cli {

struct Options : cli::CommonOptions, cli::MergeCliOptions, cli::PeriodCliOptions {
  std::string out_dir;
  std::string due;
  std::string send;
  std::string from;
  std::string from_name;
  std::string signature;
  std::string smtp_user;
  std::string smtp_password_file;
  std::string smtp_ca;
  bool smtp_allow_plain = false;
  bool resend = false;
  bool resend_unknown = false;
  long smtp_timeout = 60;
  std::string links;
};

/// The program's CLI11 application with every option of `options` declared,
/// its help in options.help_lang.
std::unique_ptr<CLI::App> make_app(Options& options);

/// The job's request the options describe.
run::FeedbackRequest request_of(const Options& options);

}  // namespace rmt::feedback_cli
