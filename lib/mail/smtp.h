// Sending a message by SMTP through libcurl: smtp:// with STARTTLS whenever
// the server offers it, or smtps://; a user and password when given. One
// message per call, so that a refused recipient fails that letter alone.
#pragma once

#include <string>
#include <vector>

namespace rmt::mail {

struct SmtpServer {
  std::string url;  ///< «smtp://mail.example.ru:587» or «smtps://…:465»
  std::string user, password;  ///< both empty: no login
  long timeout_seconds = 60;
};

struct SendResult {
  bool sent = false;
  std::string reason;  ///< when not sent: the server's reply or libcurl's words (English)
};

/// Sends `rfc5322` from `from` to `recipients` (bare addresses).
SendResult send(const SmtpServer& server, const std::string& from, const std::vector<std::string>& recipients,
                const std::string& rfc5322);

}  // namespace rmt::mail
