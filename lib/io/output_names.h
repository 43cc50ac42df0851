// Names of the files written for an organization — templates, letters,
// annotated copies (SPEC.md §10, §12,
// «Safety of what goes out»): made from an org id or a school's file name,
// each is portable (none of <>:"/\|?*, no control character, no leading
// dot), at most 120 bytes before its extension (cut at a UTF-8 boundary),
// the same on every run, and unique per organization: two ids that would
// make the same name («a/b» and «a_b», «SCH-1» and «sch-1») never share one,
// so a letter can never be written over, or sent as, another school's.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>

namespace rmt::io {

/// The longest stem (before the extension) of a name we write, in bytes.
inline constexpr std::size_t kMaxStemBytes = 120;

/// `text` as a portable file-name stem: forbidden characters and controls
/// become «_», a leading dot gets «_» before it, and it is cut to
/// `max_bytes` at a character boundary; «_» when nothing is left.
std::string portable_stem(std::string_view text, std::size_t max_bytes = kMaxStemBytes);

/// Hands out one stem per organization, in the order asked (the registry's).
class OrgFileNames {
 public:
  /// The organization's stem: its id when that is portable and not yet taken
  /// ignoring case; else the portable form with «-» and 8 hex digits of the
  /// id's fingerprint, which no other id shares.
  std::string stem(const std::string& org_id);

 private:
  std::unordered_set<std::string> taken_;  // folded stems
};

}  // namespace rmt::io
