// The справка's sentences whose words agree with a count (SPEC.md §11): in
// Russian the noun takes one of three forms (1 организация, 2 организации,
// 5 организаций; 21 like 1, 11–14 like 5), and the verb and pronoun follow
// it («выполнила 1 организация: ей…», «выполнили 2 организации: им…»); in
// English one and many. Each is a function of its counts, so a test can say
// it for 1, 2, 5, 11 and 21 and check every word.
#pragma once

#include <cstddef>
#include <string>

#include "vocab/lang.h"

namespace rmt::spravka {

/// «1 организация», «2 организации», «5 организаций»: a count as the subject.
std::string orgs_nominative(std::size_t n, vocab::Lang lang);
/// «из 1 организации», «из 5 организаций»: after «из», «от», «у».
std::string orgs_genitive(std::size_t n, vocab::Lang lang);
std::string activities_nominative(std::size_t n, vocab::Lang lang);
std::string activities_genitive(std::size_t n, vocab::Lang lang);

/// «Меньше половины мероприятий выполнила 1 организация: ей рекомендуется
/// методическая помощь (раздел 5).»
std::string below_half_sentence(std::size_t organizations, vocab::Lang lang);

/// «Отчёт 1 организации не принят (…): его нужно исправить и направить
/// повторно.» — or «Отчёты 3 организаций не приняты (…): их …».
std::string not_accepted_sentence(std::size_t organizations, vocab::Lang lang);

/// «Из 21 организации, по которой есть принятые данные, не все мероприятия,
/// срок которых наступил на 10.10.2022, выполнила 1, меньше половины — 0.»
std::string lagging_sentence(std::size_t with_data, std::size_t lagging, std::size_t below_half,
                             const std::string& as_of, vocab::Lang lang);

/// «На 10.10.2022 просрочено 1 мероприятие из 21: …» / "As of …, 1 of 21 activities is overdue: …".
std::string overdue_sentence(std::size_t overdue, std::size_t activities, const std::string& as_of, vocab::Lang lang);

}  // namespace rmt::spravka
