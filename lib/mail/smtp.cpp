#include "mail/smtp.h"

#include <cstring>
#include <memory>
#include <mutex>

#include <curl/curl.h>
#include <fmt/format.h>

#include "text/utf8.h"

namespace rmt::mail {
namespace {

struct Upload {
  const std::string& bytes;
  std::size_t at = 0;
  bool finished = false;  // libcurl has read it all: the end of DATA follows
};

std::size_t read_upload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* upload = static_cast<Upload*>(user);
  const std::size_t n = std::min(size * count, upload->bytes.size() - upload->at);
  std::memcpy(buffer, upload->bytes.data() + upload->at, n);
  upload->at += n;
  if (n == 0) upload->finished = true;
  return n;
}

// The server's replies worth quoting: its last refusal («535 5.7.8
// Authentication failed»), else its last word before the goodbye.
struct Replies {
  std::string refusal, last;
  const std::string& quoted() const { return refusal.empty() ? last : refusal; }
};

int keep_reply(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
  if (type != CURLINFO_HEADER_IN) return 0;
  std::string line(data, size);
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (line.empty()) return 0;
  auto* replies = static_cast<Replies*>(user);
  line = text::shorten(text::xml_safe(line), 200);
  if (line[0] == '4' || line[0] == '5')
    replies->refusal = line;
  else if (line.rfind("221", 0) != 0)
    replies->last = line;
  return 0;
}

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SendResult result(SendStatus status, std::string_view ru, std::string_view en, const std::string& reply) {
  if (reply.empty()) return {status, {std::string(ru), std::string(en)}};
  return {status, {fmt::format("{} (ответ сервера: «{}»)", ru, reply), fmt::format("{} (the server said: «{}»)", en, reply)}};
}

}  // namespace

SendResult send(const SmtpServer& server, const std::string& from, const std::vector<std::string>& recipients,
                const std::string& rfc5322) {
  global_init();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return result(SendStatus::fatal, "не удалось запустить libcurl", "cannot start libcurl", "");
  curl_slist* list = nullptr;
  for (const auto& r : recipients) list = curl_slist_append(list, ("<" + r + ">").c_str());
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(list, curl_slist_free_all);
  Upload upload{rfc5322};
  Replies replies;
  char error[CURL_ERROR_SIZE] = {};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, server.url.c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_FROM, ("<" + from + ">").c_str());
  curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
  curl_easy_setopt(c, CURLOPT_READFUNCTION, read_upload);
  curl_easy_setopt(c, CURLOPT_READDATA, &upload);
  curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(rfc5322.size()));
  // A password never goes in clear: with a login TLS is required (STARTTLS
  // on smtp://), and a server without it is refused before AUTH.
  const bool login = !server.user.empty();
  curl_easy_setopt(c, CURLOPT_USE_SSL, static_cast<long>(login && !server.allow_plain ? CURLUSESSL_ALL : CURLUSESSL_TRY));
  if (!server.ca_file.empty()) curl_easy_setopt(c, CURLOPT_CAINFO, server.ca_file.c_str());
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, server.connect_timeout_seconds);
  curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, server.reply_timeout_seconds);
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, keep_reply);
  curl_easy_setopt(c, CURLOPT_DEBUGDATA, &replies);
  curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);  // feeds keep_reply; nothing is printed
  if (login) {
    curl_easy_setopt(c, CURLOPT_USERNAME, server.user.c_str());
    curl_easy_setopt(c, CURLOPT_PASSWORD, server.password.c_str());
  }
  const CURLcode code = curl_easy_perform(c);
  if (code == CURLE_OK) return {SendStatus::sent, {}};
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  const std::string& reply = replies.quoted();
  switch (code) {
    case CURLE_LOGIN_DENIED:
    case CURLE_AUTH_ERROR:
      return result(SendStatus::fatal, "сервер не принял имя пользователя или пароль",
                    "the server refused the user name or password", reply);
    case CURLE_USE_SSL_FAILED:
      return result(SendStatus::fatal,
                    "сервер не предлагает шифрование (STARTTLS), а пароль без него не отправляется; если так и задумано, "
                    "укажите --smtp-allow-plain",
                    "the server offers no encryption (STARTTLS), and the password is not sent without it; if that is "
                    "intended, give --smtp-allow-plain",
                    reply);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
      return result(SendStatus::fatal, "не удалось подключиться к серверу", "cannot connect to the server", reply);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
      return result(SendStatus::fatal, "не удалось установить защищённое соединение: сертификат сервера не проверен",
                    "cannot set up a secure connection: the server's certificate was not verified",
                    error[0] ? std::string(error) : reply);
    default: break;
  }
  // The whole message went out and no verdict came back: the server may have it.
  const bool all_out = upload.finished || upload.at == rfc5322.size();
  if (all_out && status < 400 &&
      (code == CURLE_OPERATION_TIMEDOUT || code == CURLE_RECV_ERROR || code == CURLE_GOT_NOTHING ||
       code == CURLE_SEND_ERROR || code == CURLE_WEIRD_SERVER_REPLY))
    return result(SendStatus::unknown, "письмо передано, но ответ сервера не пришёл: сервер мог его получить",
                  "the letter went out, but the server's reply did not come: the server may have it", reply);
  if (code == CURLE_OPERATION_TIMEDOUT)
    return result(SendStatus::fatal, "сервер не отвечает", "the server does not answer", reply);
  if (status >= 400)
    return result(SendStatus::refused, "сервер не принял письмо", "the server refused the letter", reply);
  if (upload.at == 0 && (code == CURLE_RECV_ERROR || code == CURLE_GOT_NOTHING || code == CURLE_SEND_ERROR))
    return result(SendStatus::fatal, "соединение с сервером прервалось", "the connection to the server was lost", reply);
  const std::string why = error[0] ? error : curl_easy_strerror(code);
  return result(SendStatus::refused, "письмо не отправлено: " + why, "the letter was not sent: " + why, reply);
}

}  // namespace rmt::mail
