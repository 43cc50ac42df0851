// Who may use the intake service (SPEC.md §16): the schools' personal links
// (128 random bits each, kept in the store only as a hash) and the analyst's
// password (an Argon2id hash).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "run/sources.h"

namespace rmt::serve {

/// A school's link, as `roadmap-serve links` lists it.
struct Link {
  std::string org_id, name, email, url;
};

/// New links for the registry's organizations (`only`: these), each
/// replacing the organization's earlier link. The tokens are in the URLs
/// returned and nowhere else.
std::vector<Link> issue_links(const std::string& store, const std::string& base_url,
                              const std::vector<std::string>& only, run::Stop& stop);

/// Revokes the links of `org_ids`; how many were revoked.
std::size_t revoke_links(const std::string& store, const std::vector<std::string>& org_ids, run::Stop& stop);

/// Sets the analyst's password (Argon2id). At least 10 characters.
bool set_password(const std::string& store, const std::string& password, run::Stop& stop);

}  // namespace rmt::serve
