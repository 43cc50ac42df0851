// The registry of organizations that report (SPEC.md §4): every school,
// kindergarten and centre of the territory, with a stable id.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rmt::registry {

struct Organization {
  std::string id;
  std::string name;
  std::string kind;      ///< school, kindergarten, additional, centre, ... (free text)
  std::string district;
  std::string email;     ///< where letters to it go (SPEC.md §12); may be empty
  std::uint32_t line = 0;  ///< line in the registry file
};

class Registry {
 public:
  std::string source;  ///< the file it was read from

  /// Adds an organization; false (and nothing added) when the id is taken.
  bool add(Organization organization);
  const Organization* find(std::string_view id) const;
  /// The organizations whose id equals `id` once look-alike Latin and
  /// Cyrillic letters are identified (text/lookalike.h): one for a code typed
  /// on the wrong layout, several when that is ambiguous, none otherwise.
  std::vector<const Organization*> find_lookalike(std::string_view id) const;
  /// The organization a file's name names: its stem, without a copy's
  /// « (2)» or « - копия», is an id (any case, look-alike letters identified
  /// when that is unambiguous). Null when none or several.
  const Organization* named_by_file(std::string_view path) const;
  const std::vector<Organization>& organizations() const { return organizations_; }
  std::vector<std::string> ids() const;

 private:
  // Transparent hashing lets find() look up a string_view without a copy.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  };
  std::vector<Organization> organizations_;
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> index_;
  std::unordered_multimap<std::string, std::size_t> lookalike_index_;  // folded id -> organization
};

}  // namespace rmt::registry
