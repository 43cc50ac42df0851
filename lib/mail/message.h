// An e-mail message as a file any mail program opens (.eml: RFC 5322 with
// MIME): a UTF-8 text body and attachments, the Subject and names encoded
// for non-ASCII text. Deterministic: the boundary and the Message-ID are
// derived from the content and the Date is given, so the same letter is the
// same bytes.
#pragma once

#include <string>
#include <vector>

#include "calendar/date.h"

namespace rmt::mail {

struct Address {
  std::string name;   ///< display name; may be empty or Cyrillic
  std::string email;  ///< «school@example.ru»
};

struct Attachment {
  std::string file_name;     ///< as the recipient sees it; may be Cyrillic
  std::string content_type;  ///< «application/vnd.openxmlformats-officedocument.spreadsheetml.sheet»
  std::string bytes;
};

struct Message {
  Address from;
  std::vector<Address> to;
  std::string subject;
  calendar::Date date;  ///< sent at 09:00 UTC that day
  std::string text;     ///< the body, UTF-8, lines separated by '\n'
  std::vector<Attachment> attachments;
};

/// The message as RFC 5322 text with CRLF line ends.
std::string to_rfc5322(const Message& message);

/// True when `email` looks like one address (local@domain, no spaces, no
/// angle brackets or commas that would smuggle in another header or recipient).
bool is_plausible_address(const std::string& email);

}  // namespace rmt::mail
