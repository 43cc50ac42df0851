#include "mail/message.h"

#include <doctest/doctest.h>

#include <sstream>

#include "feedback/letters.h"

using namespace rmt;

namespace {

mail::Message sample() {
  mail::Message m;
  m.from = {"МАУ «ЦРО»", "centre@cro.example.ru"};
  m.to = {{"МБОУ «Средняя школа №7»", "sch-07@schools.example.ru"}};
  m.subject = "Нужно исправить отчёт: SCH-07, 2026 — Дорожная карта по реализации системы наставничества";
  m.date = {2026, 12, 20};
  m.text = "Здравствуйте!\n\nСтрока 4.\n";
  return m;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (auto end = text.find("\r\n"); end != std::string::npos; at = end + 2, end = text.find("\r\n", at))
    out.push_back(text.substr(at, end - at));
  return out;
}

}  // namespace

TEST_CASE("an .eml: CRLF lines within 78 characters (names within 998), encoded headers, a fixed date") {
  const std::string eml = mail::to_rfc5322(sample());
  CHECK(eml.find("Date: Sun, 20 Dec 2026 09:00:00 +0000\r\n") != std::string::npos);
  CHECK(eml.find("MIME-Version: 1.0\r\n") != std::string::npos);
  CHECK(eml.find("Subject: =?UTF-8?B?") != std::string::npos);
  CHECK(eml.find("<sch-07@schools.example.ru>") != std::string::npos);
  CHECK(eml.find('\n') == eml.find("\r\n") + 1);
  // Within 78, but for a display name: one encoded word (see address()), within 998.
  for (const auto& line : lines(eml)) CHECK(line.size() <= (line.rfind("To: ", 0) == 0 || line.rfind("From: ", 0) == 0 ? 998u : 78u));
  // No bare LF: every line ends CRLF.
  for (std::size_t i = 0; i < eml.size(); ++i)
    if (eml[i] == '\n') CHECK((i > 0 && eml[i - 1] == '\r'));
  CHECK(mail::to_rfc5322(sample()) == eml);  // the same bytes
}

TEST_CASE("an .eml with an attachment: multipart, the file name in both forms") {
  mail::Message m = sample();
  m.attachments.push_back({"SCH-07 — замечания.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           std::string("PK\x03\x04 binary \x00\xff", 14)});
  const std::string eml = mail::to_rfc5322(m);
  CHECK(eml.find("Content-Type: multipart/mixed; boundary=\"=_rmt_") != std::string::npos);
  CHECK(eml.find("filename*=UTF-8''SCH-07%20%E2%80%94%20") != std::string::npos);
  CHECK(eml.find("filename=\"=?UTF-8?B?") != std::string::npos);
  // base64 of the bytes, the closing boundary last.
  CHECK(eml.find("UEsDBCBiaW5hcnkgAP8=\r\n") != std::string::npos);
  CHECK(eml.substr(eml.size() - 4) == "--\r\n");
}

TEST_CASE("a header cannot be smuggled in through a name or a subject") {
  mail::Message m = sample();
  m.to = {{"Школа\r\nBcc: spy@evil.example", "sch@x.ru"}};
  m.subject = "Отчёт\r\nBcc: spy@evil.example";
  const std::string eml = mail::to_rfc5322(m);
  CHECK(eml.find("\r\nBcc:") == std::string::npos);
  m.to = {{"Plain \"quoted\" name", "sch@x.ru"}};
  CHECK(mail::to_rfc5322(m).find("To: =?UTF-8?B?") != std::string::npos);  // quotes: encoded, not broken
}

TEST_CASE("addresses: what looks like one, from the registry's cell") {
  CHECK(mail::is_plausible_address("sch-01@schools.example.ru"));
  CHECK(!mail::is_plausible_address("sch-01@localhost"));
  CHECK(!mail::is_plausible_address("a@b@c.ru"));
  CHECK(!mail::is_plausible_address("Школа <a@b.ru>"));
  CHECK(!mail::is_plausible_address("a@b.ru\r\nBcc: c@d.ru"));
  CHECK(feedback::addresses("a@b.ru; c@d.ru, e@f.ru") == std::vector<std::string>{"a@b.ru", "c@d.ru", "e@f.ru"});
  CHECK(feedback::addresses("нет адреса").empty());
  CHECK(feedback::addresses("").empty());
}

TEST_CASE("registry addresses as people write them: a name and brackets, several in a cell, non-Latin ones apart") {
  CHECK(feedback::addresses("Секретарь <sch-07@schools.ru>") == std::vector<std::string>{"sch-07@schools.ru"});
  CHECK(feedback::addresses("a@b.ru; Директор <c@d.ru>, e@f.ru") == std::vector<std::string>{"a@b.ru", "c@d.ru", "e@f.ru"});
  CHECK(feedback::addresses("иванова@школа.рф, a@b.ru") == std::vector<std::string>{"a@b.ru"});
  CHECK(feedback::non_ascii_addresses("иванова@школа.рф, a@b.ru") == std::vector<std::string>{"иванова@школа.рф"});
  CHECK(feedback::non_ascii_addresses("a@b.ru").empty());
}
