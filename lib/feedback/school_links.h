// Each school's page of the intake service (SPEC.md §16), as the list that
// `roadmap-serve links` writes (org_id;name;email;url): the letters that ask
// for a report give the school its own link.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "vocab/lang.h"

namespace rmt::feedback {

/// org_id → URL. nullopt, with `why` saying so, when the file cannot be read,
/// has no org_id and url columns, or a URL is not http(s).
std::optional<std::map<std::string, std::string>> read_school_links(const std::string& path, vocab::Localized& why);

}  // namespace rmt::feedback
