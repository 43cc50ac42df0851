// A stable 64-bit fingerprint of bytes (FNV-1a): the same content, the same
// number on every run and machine. For names derived from content (a MIME
// boundary) and for recognising a file already handled (a letter sent), not
// for security.
#pragma once

#include <cstdint>
#include <string_view>

namespace rmt::text {

inline constexpr std::uint64_t kFingerprintSeed = 1469598103934665603ull;

/// Continues `seed` over `bytes`, so several texts can be fingerprinted as one.
inline std::uint64_t fingerprint(std::string_view bytes, std::uint64_t seed = kFingerprintSeed) {
  for (const char c : bytes) seed = (seed ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return seed;
}

}  // namespace rmt::text
