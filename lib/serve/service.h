// roadmap-serve (SPEC.md §16): the intake service over a store. A school
// opens its personal link, downloads its template, uploads its report and at
// once sees what roadmap-validate would say of it; a clean file is received.
// The analyst logs in, watches the collection, takes out the documents, each
// made on request by lib/run from the store, and sends the schools' letters.
//
// Security: a link is 128 random bits, kept only as a hash, and shows one
// organization and nothing else; the analyst's password is an Argon2id hash;
// the session cookie is HttpOnly and SameSite=Strict (Secure under TLS);
// every form carries a CSRF token (the login form's is tied to a cookie of
// its own); failed logins are limited per address;
// uploads are limited in size, stored as bytes and never served inline; every
// response forbids framing, inline script and referrers; tokens never reach
// the log.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "run/feedback.h"
#include "run/sources.h"
#include "vocab/lang.h"

namespace httplib {
class Server;
}

namespace rmt::serve {

struct ServiceOptions {
  std::string store;
  std::string base_url;      ///< how schools reach the service, for links; empty: http://<listen>
  std::string period;        ///< the period collected; empty: the one whose reports are due next
  std::size_t max_upload = 20u << 20;
  bool tls = false;          ///< cookies are Secure
  /// A reverse proxy on this machine names the client in X-Real-IP: the
  /// login limit and the log count that address, not the proxy's.
  bool behind_proxy = false;
  std::ostream* log = nullptr;  ///< one line per request, tokens left out
  vocab::Lang lang = vocab::Lang::ru;  ///< pages for a browser that asks for neither Russian nor English
  /// Sending letters from the analyst's page (serve/sending.h), as
  /// roadmap-feedback takes it; nullopt: the page says how to set it up.
  std::optional<run::SendRequest> send;
  std::string from, from_name, signature;
};

class Service {
 public:
  explicit Service(ServiceOptions options);
  ~Service();
  Service(const Service&) = delete;
  Service& operator=(const Service&) = delete;

  /// Opens the store and loads its roadmap and registry. False, with `stop`
  /// saying why, when it cannot.
  bool start(run::Stop& stop);
  /// Adds every route to `server`, and the headers every response carries.
  void install(httplib::Server& server);

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace rmt::serve
