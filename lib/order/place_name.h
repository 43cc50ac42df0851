// A place's name as an order's issuer line gives it, in the genitive («…
// администрации города Нижневартовска», «… Балахнинского муниципального
// округа»), put back in the nominative for the roadmap's id
// («nizhnevartovsk-mentoring-2026», «balakhna-mentoring-2022»).
//
// A heuristic over the common endings, not a dictionary: the draft marks
// the id with a ПРОВЕРЬТЕ, and a name it cannot tell stays as printed.
#pragma once

#include <string>
#include <string_view>

namespace rmt::order {

/// «Нижневартовска» → «Нижневартовск», «Балахнинского» → «Балахна»,
/// «Нижневартовского» → «Нижневартовск», «Городецкого» → «Городец»,
/// «Сургутского» → «Сургут», «Балахны» → «Балахна», «Тестограда» →
/// «Тестоград»; a word without a known ending is returned as it is.
std::string place_nominative(std::string_view genitive);

}  // namespace rmt::order
