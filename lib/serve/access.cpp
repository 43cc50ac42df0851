#include "serve/access.h"

#include <unordered_set>

#include <fmt/format.h>

#include "run/setup.h"
#include "serve/secrets.h"
#include "store/moment.h"
#include "store/store.h"

namespace rmt::serve {

std::vector<Link> issue_links(const std::string& store_path, const std::string& base_url,
                              const std::vector<std::string>& only, run::Stop& stop) {
  std::vector<Link> links;
  if (!init_secrets()) return links;
  run::Listener quiet;
  const auto setup = run::load_setup({{}, {}, {}, {}, 1, {store_path, {}, false}}, quiet, stop);
  if (!setup || !setup->registry) return links;
  store::Store s;
  if (!s.open(store_path)) {
    stop = {s.error(), {}};
    return links;
  }
  const std::string base = base_url.empty() ? "http://127.0.0.1:8080" : base_url;
  const std::string now = store::utc_now();
  std::vector<std::pair<std::string, std::string>> hashes;
  const std::unordered_set<std::string> chosen(only.begin(), only.end());  // the service may name 40,000
  for (const auto& org : setup->registry->organizations()) {
    if (!chosen.empty() && !chosen.count(org.id)) continue;
    const std::string token = new_token();
    hashes.emplace_back(org.id, token_hash(token));
    links.push_back({org.id, org.name, org.email, (base.ends_with('/') ? base.substr(0, base.size() - 1) : base) + "/o/" + token});
  }
  // All or none: a list half written would leave some schools with links nobody has.
  if (!s.issue_links(hashes, now)) {
    stop = {s.error(), {}};
    return {};
  }
  s.audit(now, "links", fmt::format("{} links issued", links.size()));
  return links;
}

std::size_t revoke_links(const std::string& store_path, const std::vector<std::string>& org_ids, run::Stop& stop) {
  store::Store s;
  if (!s.open(store_path)) {
    stop = {s.error(), {}};
    return 0;
  }
  std::size_t revoked = 0;
  for (const auto& id : org_ids) revoked += s.revoke_links(id, store::utc_now());
  s.audit(store::utc_now(), "revoke", fmt::format("{} links revoked", revoked));
  return revoked;
}

bool set_password(const std::string& store_path, const std::string& password, run::Stop& stop) {
  if (!init_secrets()) return false;
  if (password.size() < 10) {
    stop = {{"пароль короче 10 знаков", "the password is shorter than 10 characters"}, {}};
    return false;
  }
  store::Store s;
  if (!s.open(store_path)) {
    stop = {s.error(), {}};
    return false;
  }
  const std::string hash = hash_password(password);
  if (hash.empty() || !s.set_credential("analyst", hash, store::utc_now())) {
    stop = {s.error(), {}};
    return false;
  }
  s.audit(store::utc_now(), "password", "set");
  return true;
}

}  // namespace rmt::serve
