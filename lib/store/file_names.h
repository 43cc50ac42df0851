// The names a store gives received files when it writes them out (export,
// the programs' working copy): the name they came under, made safe to be a
// file name in one folder. A received name is data, never a path: «../../x»,
// «C:\Users\x.csv», a control character or a name only of dots must not
// leave the folder, hide the file or clash with another.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rmt::store {

/// The last component of `name` (after any '/' or '\'), with control
/// characters and the characters Windows forbids (<>:"|?*) replaced by '_',
/// spaces and dots trimmed from both ends, a leading '.' or "~$" (hidden
/// files, office lock files: a folder reader passes them over) made '_',
/// cut to 180 bytes at a character boundary keeping the ending; "file" when
/// nothing is left.
std::string safe_file_name(std::string_view name);

/// safe_file_name() of each, made unique in order: a later same name (any
/// case) becomes «name (2).ext», «name (3).ext».
std::vector<std::string> unique_file_names(const std::vector<std::string>& names);

}  // namespace rmt::store
