// The draft as YAML a person edits (SPEC.md §3's order of keys): every string
// double-quoted, so that «1.1», «2026» or «да» stay text; one title per line
// however long; «# ПРОВЕРЬТЕ: …» (or «# CHECK: …») above every judgement.
#pragma once

#include <string>

#include "vocab/lang.h"
#include "order/draft.h"

namespace rmt::order {

std::string draft_yaml(const Draft& draft, vocab::Lang lang);

/// `text` as a YAML double-quoted scalar.
std::string yaml_quoted(std::string_view text);

}  // namespace rmt::order
