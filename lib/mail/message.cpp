#include "mail/message.h"

#include <cstdint>

#include <fmt/format.h>

#include "text/fingerprint.h"
#include "text/utf8.h"

namespace rmt::mail {
namespace {

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const auto n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                   static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                   static_cast<unsigned char>(bytes[i + 2]);
    out += kBase64[n >> 18];
    out += kBase64[(n >> 12) & 63];
    out += kBase64[(n >> 6) & 63];
    out += kBase64[n & 63];
  }
  if (i < bytes.size()) {
    const bool two = i + 1 < bytes.size();
    const auto n = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                   (two ? static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 : 0);
    out += kBase64[n >> 18];
    out += kBase64[(n >> 12) & 63];
    out += two ? kBase64[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

// Base64 in lines of 76 characters, as MIME bodies are.
std::string base64_lines(std::string_view bytes) {
  const std::string flat = base64(bytes);
  std::string out;
  for (std::size_t at = 0; at < flat.size(); at += 76) out += flat.substr(at, 76) + "\r\n";
  return out;
}

bool is_ascii_printable(std::string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) return false;
  return true;
}

// Header text: line breaks and other control characters would end the
// header and start another, so they become spaces.
std::string header_safe(std::string_view text) {
  std::string out = text::valid_utf8(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

// RFC 2047 encoded words («=?UTF-8?B?…?=»), each at most 75 characters and
// cut between whole characters, joined by folding whitespace.
std::string encoded_words(std::string_view text) {
  std::string out, chunk;
  const auto flush = [&] {
    if (chunk.empty()) return;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(chunk) + "?=";
    chunk.clear();
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    text::next_code_point(text, pos);
    // 39 bytes encode to 52 characters: with «=?UTF-8?B?», «?=» and «Subject: », 73.
    if (chunk.size() + (pos - start) > 39) flush();
    chunk.append(text.substr(start, pos - start));
  }
  flush();
  return out;
}

std::string header_text(std::string_view text) {
  const std::string safe = header_safe(text);
  return is_ascii_printable(safe) ? safe : encoded_words(safe);
}

std::string address(const Address& a) {
  if (a.name.empty()) return "<" + header_safe(a.email) + ">";
  const std::string name = header_safe(a.name);
  // A plain name in quotes; anything else as encoded words.
  if (is_ascii_printable(name) && name.find_first_of("\"\\") == std::string::npos)
    return "\"" + name + "\" <" + header_safe(a.email) + ">";
  // One encoded word, however long: readers keep the space between two
  // words of a display name (Python's email does), which would change the
  // name. Folded before the address.
  return "=?UTF-8?B?" + base64(name) + "?=\r\n <" + header_safe(a.email) + ">";
}

// A file name as two parameters: RFC 2231's percent-encoded UTF-8
// (filename*=), and a plain one for mail programs that read only that
// (Outlook): ASCII as it is, else one RFC 2047 word inside the quotes.
struct FileNameParameters {
  std::string plain, extended;
};
FileNameParameters file_name_parameters(std::string_view name) {
  const std::string safe = header_safe(name);
  FileNameParameters p;
  for (const char c : safe) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '.' || c == '-' || c == '_')
      p.extended += c;
    else
      p.extended += fmt::format("%{:02X}", u);
  }
  p.plain = is_ascii_printable(safe) && safe.find_first_of("\"\\") == std::string::npos ? safe
                                                                                       : "=?UTF-8?B?" + base64(safe) + "?=";
  return p;
}

const char* weekday(const calendar::Date& d) {
  static const char* const kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
  const long days = calendar::to_days(d);
  return kDays[((days % 7) + 7) % 7];
}

}  // namespace

bool is_plausible_address(const std::string& email) {
  const auto at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 >= email.size() || email.find('@', at + 1) != std::string::npos)
    return false;
  for (const char c : email) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '(' || c == ')')
      return false;
  }
  return email.find('.', at) != std::string::npos;
}

std::string to_rfc5322(const Message& m) {
  // The boundary and Message-ID come from the content: the same letter, the same bytes.
  using text::fingerprint;
  std::uint64_t h = fingerprint(m.subject);
  h = fingerprint(m.text, h);
  for (const auto& to : m.to) h = fingerprint(to.email, h);
  for (const auto& a : m.attachments) h = fingerprint(a.bytes, fingerprint(a.file_name, h));
  const std::string boundary = fmt::format("=_rmt_{:016x}", h);
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto& d = m.date;
  const std::string domain = [&] {
    const auto at = m.from.email.find('@');
    return at == std::string::npos ? std::string("localhost") : header_safe(m.from.email.substr(at + 1));
  }();

  std::string out;
  if (!m.from.email.empty()) out += "From: " + address(m.from) + "\r\n";
  std::string to;
  for (const auto& a : m.to) to += (to.empty() ? "" : ",\r\n ") + address(a);
  if (!to.empty()) out += "To: " + to + "\r\n";  // none: a draft the analyst addresses by hand
  out += "Subject: " + header_text(m.subject) + "\r\n";
  out += fmt::format("Date: {}, {:02} {} {:04} 09:00:00 +0000\r\n", weekday(d), d.day,
                     kMonths[(d.month >= 1 && d.month <= 12) ? d.month - 1 : 0], d.year);
  out += fmt::format("Message-ID: <{:016x}.{:04}{:02}{:02}@{}>\r\n", h, d.year, d.month, d.day, domain);
  out += "MIME-Version: 1.0\r\n";
  const std::string body = base64_lines(text::valid_utf8(m.text));
  if (m.attachments.empty()) {
    out += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body;
    return out;
  }
  out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
  out += "This is a multi-part message in MIME format.\r\n";
  out += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body;
  for (const auto& a : m.attachments) {
    const FileNameParameters name = file_name_parameters(a.file_name);
    out += "--" + boundary + "\r\n";
    out += "Content-Type: " + header_safe(a.content_type) + "; name=\"" + name.plain + "\"\r\n";
    out += "Content-Transfer-Encoding: base64\r\n";
    out += "Content-Disposition: attachment;\r\n filename*=UTF-8''" + name.extended + ";\r\n filename=\"" + name.plain +
           "\"\r\n\r\n";
    out += base64_lines(a.bytes);
  }
  out += "--" + boundary + "--\r\n";
  return out;
}

}  // namespace rmt::mail
