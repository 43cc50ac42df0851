// The responsible bodies of a roadmap table as parties (SPEC.md §13): cells
// split at commas, spellings a letter or two apart gathered as aliases (but
// not forms of a word: «Куратор» and «Кураторы» differ), «the organizations»
// and their heads as each_organization, every other body with an org_id
// proposed from its name.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "order/draft.h"

namespace rmt::order {

/// A responsible cell's bodies: split at commas, semicolons and line breaks
/// (never inside «…»); «Руководители ОО, МБОУ ДО» stays one.
std::vector<std::string> split_responsible(std::string_view cell);

/// «РНЦ НЦ "Сфера" Бесперебойная деятельность …»: a body's name followed by
/// the result, in one cell. `known` holds the folded names of bodies seen in
/// rows that have a result; else the name is a run of capitals and quoted
/// names. The name and the result, or nullopt.
std::optional<std::pair<std::string, std::string>> split_merged_responsible(std::string_view text,
                                                                            const std::vector<std::string>& known);

struct GatheredParties {
  std::vector<DraftParty> parties;                ///< in the order of first mention
  std::vector<std::vector<std::size_t>> indexes;  ///< per activity: its parties, without repeats
};

/// `mentions[a]`: activity a's bodies (split_responsible). The party's name
/// is the spelling whose words `document_lines` use, then the commonest.
GatheredParties gather_parties(const std::vector<std::vector<std::string>>& mentions,
                               const std::vector<std::string>& document_lines);

}  // namespace rmt::order
