// Sending a message by SMTP through libcurl: smtp:// with STARTTLS, or
// smtps://. With a user and password, TLS is required (a server that does
// not offer STARTTLS is refused before AUTH) unless plain text is allowed
// outright; a department's own CA can be named. 30 s to connect, 60 s for
// each reply. One message per call, so that a refused recipient fails that
// letter alone; what failed says whether the run can go on (a refused
// recipient), must stop (authentication, connection, TLS), or does not know
// (DATA went out and the reply was lost: the server may have the letter).
#pragma once

#include <string>
#include <vector>

#include "vocab/lang.h"

namespace rmt::mail {

struct SmtpServer {
  std::string url;  ///< «smtp://mail.example.ru:587» or «smtps://…:465»
  std::string user, password;  ///< both empty: no login
  bool allow_plain = false;    ///< with a login, send it without TLS (--smtp-allow-plain)
  std::string ca_file;         ///< a CA bundle to trust (--smtp-ca); empty: the system's
  long connect_timeout_seconds = 30;
  long reply_timeout_seconds = 60;
};

enum class SendStatus {
  sent,
  refused,  ///< the server refused this message or recipient: the next may go
  unknown,  ///< DATA went out, no reply came: the server may have it
  fatal,    ///< authentication, connection or TLS failed: stop sending
};

struct SendResult {
  SendStatus status = SendStatus::refused;
  vocab::Localized reason;  ///< in both languages, ending with the server's own last reply when there was one
};

/// Sends `rfc5322` from `from` to `recipients` (bare addresses).
SendResult send(const SmtpServer& server, const std::string& from, const std::vector<std::string>& recipients,
                const std::string& rfc5322);

}  // namespace rmt::mail
