#include <doctest/doctest.h>

#include <string>

#include "diag/messages.h"
#include "diag/sink.h"
#include "roadmap/activity_index.h"
#include "roadmap/loader.h"
#include "submission/status.h"

using namespace rmt;
using submission::Status;

TEST_CASE("status words in both languages, any case") {
  CHECK(submission::parse_status("выполнено") == Status::done);
  CHECK(submission::parse_status(" ВЫПОЛНЕНО ") == Status::done);
  CHECK(submission::parse_status("Не  выполнено") == Status::not_done);
  CHECK(submission::parse_status("не\xC2\xA0выполнено") == Status::not_done);
  CHECK(submission::parse_status("Частично") == Status::partial);
  CHECK(submission::parse_status("не применимо") == Status::not_applicable);
  CHECK(submission::parse_status("done") == Status::done);
  CHECK(submission::parse_status("Not-Done") == Status::not_done);
  CHECK(submission::parse_status("N/A") == Status::not_applicable);
  CHECK_FALSE(submission::parse_status("сделано"));
  CHECK_FALSE(submission::parse_status("да"));
  CHECK_FALSE(submission::parse_status(""));
  CHECK(submission::status_name(Status::not_applicable) == "n/a");
}

TEST_CASE("activities are found by id, or by printed number with a tolerated trailing dot or comma") {
  diag::DiagnosticList findings;
  const auto map = roadmap::load_roadmap_text(R"(format: roadmap/1
roadmap: {id: t, title: T, periods: [2026]}
parties: [{id: s, name: S, each_organization: true}]
sections:
  - id: "1"
    title: S
    activities:
      - {id: "1.1a", number: "1.1", title: A, responsible: [s]}
      - {id: "1.1b", number: "1.1.", title: B, responsible: [s]}
      - {id: "1.2", number: "1.2.", title: C, responsible: [s]}
)",
                                              "r.yaml", findings);
  REQUIRE(map);
  const roadmap::ActivityIndex index(*map);
  CHECK(index.size() == 3);
  CHECK(index.find("1.1b").index == 1u);
  CHECK(index.find("1.2").index == 2u);
  CHECK(index.find("1.2.").index == 2u);
  CHECK(index.find(" 1,2 ").index == 2u);
  CHECK_FALSE(index.find("1.3").index);
  CHECK_FALSE(index.find("").index);
  const auto ambiguous = index.find("1.1");
  CHECK_FALSE(ambiguous.index);
  CHECK(ambiguous.candidates == std::vector<std::string>{"1.1a", "1.1b"});
}

TEST_CASE("messages a school can act on: the nearest status, a day that does not exist, the year checked only when wrong") {
  using namespace rmt;
  CHECK(diag::msg::bad_status({}, "выполненно").hint.ru == "возможно, имелось в виду «выполнено»");
  CHECK(diag::msg::bad_status({}, "Частичо").hint.ru == "возможно, имелось в виду «частично»");
  CHECK(diag::msg::bad_status({}, "сделано").hint.ru.empty());  // nothing near: no guess
  CHECK(diag::msg::bad_date({}, "31.06.2022").message.ru == "«31.06.2022» — такой даты нет: в июне 2022 30 дней");
  CHECK(diag::msg::bad_date({}, "29.02.2023").message.ru == "«29.02.2023» — такой даты нет: в феврале 2023 28 дней");
  CHECK(diag::msg::bad_date({}, "29.02.2023").message.en == "«29.02.2023» is no date: February 2023 has 28 days");
  CHECK(diag::msg::bad_date({}, "12.13.2022").message.ru == "«12.13.2022» — такой даты нет: месяца 13 не бывает");
  CHECK(diag::msg::bad_date({}, "07/10/2026").message.ru == "«07/10/2026» — не дата; ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
  const calendar::Date start{2022, 1, 1}, q3_end{2022, 9, 30};
  CHECK(diag::msg::date_out_of_period({}, {2022, 11, 5}, "2022-Q3", true, start, q3_end).hint.ru ==
        "проверьте дату: то, что сделано позже, войдёт в отчёт за следующий период");
  CHECK(diag::msg::date_out_of_period({}, {2023, 9, 5}, "2022-Q3", true, start, q3_end).hint.ru.ends_with("проверьте год"));
  CHECK(diag::msg::unused_value({}, "5", "2.6").message.ru ==
        "у мероприятия 2.6 нет числового показателя: значение «5» не учитывается");
}
