#include "spravka/sentences.h"

#include <fmt/format.h>

namespace rmt::spravka {
namespace {

using vocab::Lang;
using vocab::ru_plural;

// The count takes the singular in Russian: 1, 21, 101 (not 11, 111).
bool ru_singular(std::size_t n) { return ru_plural(n, "1", "2", "5") == "1"; }

}  // namespace

namespace {

// «21 организация»: the count with the noun's form for it, or the English one or many.
std::string counted(std::size_t n, Lang lang, std::string_view one, std::string_view few, std::string_view many,
                    std::string_view en_one, std::string_view en_many) {
  return lang == Lang::ru ? fmt::format("{} {}", n, ru_plural(n, one, few, many))
                          : fmt::format("{} {}", n, n == 1 ? en_one : en_many);
}

}  // namespace

std::string orgs_nominative(std::size_t n, Lang lang) {
  return counted(n, lang, "организация", "организации", "организаций", "organization", "organizations");
}

std::string orgs_genitive(std::size_t n, Lang lang) {
  return counted(n, lang, "организации", "организаций", "организаций", "organization", "organizations");
}

std::string activities_nominative(std::size_t n, Lang lang) {
  return counted(n, lang, "мероприятие", "мероприятия", "мероприятий", "activity", "activities");
}

std::string activities_genitive(std::size_t n, Lang lang) {
  return counted(n, lang, "мероприятия", "мероприятий", "мероприятий", "activity", "activities");
}

std::string below_half_sentence(std::size_t n, Lang lang) {
  if (lang == Lang::ru)
    return fmt::format("Меньше половины мероприятий {} {}: {} рекомендуется методическая помощь (раздел 5).",
                       ru_singular(n) ? "выполнила" : "выполнили", orgs_nominative(n, lang), ru_singular(n) ? "ей" : "им");
  return n == 1 ? "1 organization has done less than half of its activities and should be given methodological support "
                  "(section 5)."
                : fmt::format("{} organizations have done less than half of their activities and should be given "
                              "methodological support (section 5).",
                              n);
}

std::string not_accepted_sentence(std::size_t n, Lang lang) {
  // One report or several: the report is the subject, whatever the count's form.
  if (lang == Lang::ru)
    return n == 1 ? "Отчёт 1 организации не принят (отклонён, противоречит другому файлу или не прочитан): его нужно "
                    "исправить и направить повторно."
                  : fmt::format("Отчёты {} не приняты (отклонены, противоречат друг другу или не прочитаны): их нужно "
                                "исправить и направить повторно.",
                                orgs_genitive(n, lang));
  return n == 1 ? "The report of 1 organization was not accepted (rejected, in conflict or unreadable) and must be "
                  "corrected and sent again."
                : fmt::format("The reports of {} organizations were not accepted (rejected, in conflict or unreadable) "
                              "and must be corrected and sent again.",
                              n);
}

std::string lagging_sentence(std::size_t with_data, std::size_t lagging, std::size_t below_half, const std::string& as_of,
                             Lang lang) {
  if (lang == Lang::ru)
    return fmt::format("Из {}, по {} есть принятые данные, не все мероприятия, срок которых наступил на {}, {} {}, "
                       "меньше половины — {}.",
                       orgs_genitive(with_data, lang), ru_singular(with_data) ? "которой" : "которым", as_of,
                       ru_singular(lagging) ? "выполнила" : "выполнили", lagging, below_half);
  return fmt::format("Of the {} with accepted data, {} {} not done every activity due by {}, and {} {} done less than half.",
                     orgs_genitive(with_data, lang), lagging, lagging == 1 ? "has" : "have", as_of, below_half,
                     below_half == 1 ? "has" : "have");
}

std::string overdue_sentence(std::size_t overdue, std::size_t activities, const std::string& as_of, Lang lang) {
  if (lang == Lang::ru)
    return fmt::format("На {} просрочено {} из {}: срок прошёл, а мероприятие не выполнено или по нему нет данных. Срок, "
                       "пропущенный в прошлом периоде, остаётся просроченным, пока мероприятие не выполнено.",
                       as_of, activities_nominative(overdue, lang), activities);
  return fmt::format("As of {}, {} of {} {} overdue: a due date has passed and the activity is not met or has no data. A "
                     "date missed in an earlier period stays overdue until the activity is met.",
                     as_of, overdue, activities_nominative(activities, lang), overdue == 1 ? "is" : "are");
}

}  // namespace rmt::spravka
