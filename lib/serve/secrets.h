// The intake service's secrets (SPEC.md §16): a school's link and a login
// session are 128 random bits, kept in the store only as their SHA-256; the
// analyst's password as an Argon2id hash; every comparison of secrets in
// constant time. All through libsodium.
#pragma once

#include <string>
#include <string_view>

namespace rmt::serve {

/// Starts libsodium; false when it cannot (no secure randomness).
bool init_secrets();

/// 128 random bits as 32 lowercase hex characters.
std::string new_token();
/// What the store keeps of a token: its SHA-256, hex.
std::string token_hash(std::string_view token);
/// A token as the service accepts it: 32 lowercase hex characters.
bool looks_like_token(std::string_view text);

/// An Argon2id hash of `password` (libsodium's string form, with its salt and
/// costs); empty when it could not be made (out of memory).
std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

/// Equal in constant time (lengths may show).
bool same_secret(std::string_view a, std::string_view b);

/// A keyed hash of `data` under `key` (BLAKE2b, hex): the CSRF token of a
/// school's form, derived from its link so that no state is kept.
std::string keyed_hash(std::string_view key, std::string_view data);

}  // namespace rmt::serve
