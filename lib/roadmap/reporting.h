// Who reports on what (SPEC.md §3): every registry organization when a
// responsible party has each_organization, together with the org_id entries of
// the other responsible parties; bodies named by org_id (the centre) report
// only where they are named.
#pragma once

#include <string_view>
#include <vector>

#include "roadmap/roadmap.h"

namespace rmt::roadmap {

/// Resolves the reporters of an activity from its responsible party ids.
/// Unknown party ids are skipped (the loader reports them).
Reporters resolve_reporters(const std::vector<Party>& parties, const std::vector<std::string>& responsible);

/// True when `org_id` is a body named by a party's org_id.
bool is_body(const Roadmap& roadmap, std::string_view org_id);

/// True when the organization `org_id` must report on `activity`.
bool reports_on(const Roadmap& roadmap, const Activity& activity, std::string_view org_id);

}  // namespace rmt::roadmap
