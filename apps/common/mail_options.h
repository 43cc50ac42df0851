// The sending options roadmap-feedback and roadmap-serve share (SPEC.md §12):
// the SMTP server, the sender, the login (its password only from a file).
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "run/feedback.h"
#include "vocab/lang.h"

namespace rmt::cli {

struct MailCliOptions {
  std::string send;  ///< smtp://HOST:PORT or smtps://HOST:PORT; empty: nothing is sent
  std::string from;
  std::string from_name;
  std::string signature;
  std::string smtp_user;
  std::string smtp_password_file;
  std::string smtp_ca;
  bool smtp_allow_plain = false;
  long smtp_timeout = 60;
};

/// Declares --send, --from, --from-name, --signature and the --smtp-* options, their help in `lang`.
void add_mail_options(CLI::App& app, MailCliOptions& options, vocab::Lang lang);

/// The sending the options ask for; nullopt without --send.
std::optional<run::SendRequest> send_request(const MailCliOptions& options);

}  // namespace rmt::cli
