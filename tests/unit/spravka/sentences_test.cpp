#include <doctest/doctest.h>

#include "spravka/sentences.h"
#include "run/closing_lines.h"
#include "diag/messages.h"

using namespace rmt;
using vocab::Lang;

TEST_CASE("counts agree with their nouns over 0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111") {
  struct Row {
    std::size_t n;
    const char* nominative;
    const char* genitive;
  };
  const Row rows[] = {
      {0, "0 организаций", "0 организаций"},     {1, "1 организация", "1 организации"},
      {2, "2 организации", "2 организаций"},     {4, "4 организации", "4 организаций"},
      {5, "5 организаций", "5 организаций"},     {11, "11 организаций", "11 организаций"},
      {12, "12 организаций", "12 организаций"},  {14, "14 организаций", "14 организаций"},
      {21, "21 организация", "21 организации"},  {22, "22 организации", "22 организаций"},
      {25, "25 организаций", "25 организаций"},  {101, "101 организация", "101 организации"},
      {111, "111 организаций", "111 организаций"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.n);
    CHECK(spravka::orgs_nominative(row.n, Lang::ru) == row.nominative);
    CHECK(spravka::orgs_genitive(row.n, Lang::ru) == row.genitive);
  }
  CHECK(spravka::activities_nominative(21, Lang::ru) == "21 мероприятие");
  CHECK(spravka::activities_nominative(3, Lang::ru) == "3 мероприятия");
  CHECK(spravka::activities_genitive(21, Lang::ru) == "21 мероприятия");
  CHECK(spravka::orgs_nominative(1, Lang::en) == "1 organization");
  CHECK(spravka::orgs_nominative(21, Lang::en) == "21 organizations");
}

TEST_CASE("each sentence for 1, 2, 5 and 21: the verb and the pronoun follow the count") {
  CHECK(spravka::below_half_sentence(1, Lang::ru) ==
        "Меньше половины мероприятий выполнила 1 организация: ей рекомендуется методическая помощь (раздел 5).");
  CHECK(spravka::below_half_sentence(2, Lang::ru) ==
        "Меньше половины мероприятий выполнили 2 организации: им рекомендуется методическая помощь (раздел 5).");
  CHECK(spravka::below_half_sentence(5, Lang::ru) ==
        "Меньше половины мероприятий выполнили 5 организаций: им рекомендуется методическая помощь (раздел 5).");
  CHECK(spravka::below_half_sentence(21, Lang::ru) ==
        "Меньше половины мероприятий выполнила 21 организация: ей рекомендуется методическая помощь (раздел 5).");
  CHECK(spravka::below_half_sentence(1, Lang::en).starts_with("1 organization has done less than half of its"));
  CHECK(spravka::below_half_sentence(2, Lang::en).starts_with("2 organizations have done less than half of their"));

  CHECK(spravka::not_accepted_sentence(1, Lang::ru).starts_with("Отчёт 1 организации не принят ("));
  CHECK(spravka::not_accepted_sentence(1, Lang::ru).ends_with("его нужно исправить и направить повторно."));
  CHECK(spravka::not_accepted_sentence(2, Lang::ru).starts_with("Отчёты 2 организаций не приняты ("));
  CHECK(spravka::not_accepted_sentence(21, Lang::ru).starts_with("Отчёты 21 организации не приняты ("));
  CHECK(spravka::not_accepted_sentence(5, Lang::ru).ends_with("их нужно исправить и направить повторно."));
  CHECK(spravka::not_accepted_sentence(1, Lang::en).starts_with("The report of 1 organization was not accepted"));

  CHECK(spravka::lagging_sentence(21, 1, 0, "10.10.2022", Lang::ru) ==
        "Из 21 организации, по которой есть принятые данные, не все мероприятия, срок которых наступил на 10.10.2022, "
        "выполнила 1, меньше половины — 0.");
  CHECK(spravka::lagging_sentence(5, 2, 1, "10.10.2022", Lang::ru) ==
        "Из 5 организаций, по которым есть принятые данные, не все мероприятия, срок которых наступил на 10.10.2022, "
        "выполнили 2, меньше половины — 1.");
  CHECK(spravka::lagging_sentence(2, 1, 2, "10.10.2022", Lang::en) ==
        "Of the 2 organizations with accepted data, 1 has not done every activity due by 10.10.2022, and 2 have done "
        "less than half.");

  CHECK(spravka::overdue_sentence(1, 21, "10.10.2022", Lang::ru).starts_with("На 10.10.2022 просрочено 1 мероприятие из 21:"));
  CHECK(spravka::overdue_sentence(2, 21, "10.10.2022", Lang::ru).starts_with("На 10.10.2022 просрочено 2 мероприятия из 21:"));
  CHECK(spravka::overdue_sentence(5, 21, "10.10.2022", Lang::ru).starts_with("На 10.10.2022 просрочено 5 мероприятий из 21:"));
  CHECK(spravka::overdue_sentence(1, 21, "10.10.2022", Lang::en).starts_with("As of 10.10.2022, 1 of 21 activities is overdue:"));
  CHECK(spravka::overdue_sentence(3, 21, "10.10.2022", Lang::en).starts_with("As of 10.10.2022, 3 of 21 activities are overdue:"));

  CHECK(run::lines::letters_without_address(1, "DOU-25").ru ==
        "нет адреса эл. почты в реестре у 1 организации: DOU-25 — её письмо записано, но не отправлено");
  CHECK(run::lines::letters_without_address(2, "A, B").ru ==
        "нет адреса эл. почты в реестре у 2 организаций: A, B — их письма записаны, но не отправлены");
}
