// When something reached the store: UTC, written YYYY-MM-DDTHH:MM:SSZ so that
// the text sorts as the time does; shown to people in local time.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rmt::store {

/// Now, UTC.
std::string utc_now();
/// Now plus `seconds`, UTC (when a session ends).
std::string utc_in(long seconds);

/// A time a person gives (--received-at): YYYY-MM-DD, YYYY-MM-DDTHH:MM or
/// YYYY-MM-DDTHH:MM:SS (also with a space for the T) in local time, or with
/// a trailing Z or ±HH:MM; as UTC. nullopt when it is no such time.
std::optional<std::string> parse_moment(std::string_view text);

/// A stored time in local time: «04.12.2026 18:05».
std::string local_moment(const std::string& utc);

/// The date part of a stored time, YYYY-MM-DD in local time.
std::string local_date(const std::string& utc);

}  // namespace rmt::store
