#include "spravka/spravka.h"

#include <doctest/doctest.h>

#include "spravka/labels.h"
#include "roadmap/loader.h"

using namespace rmt;

TEST_CASE("the dynamics compare with the period before, when they are shown") {
  aggregate::Monitoring m;
  m.period = 3;
  CHECK(!spravka::previous_period(m));  // none computed (the first period)
  aggregate::Dynamics d;
  d.before = 2;
  d.now = 3;
  d.shown = true;
  m.dynamics = d;
  CHECK(spravka::previous_period(m) == 2u);
  m.dynamics->shown = false;  // fewer than half reported before: left out
  CHECK(!spravka::previous_period(m));
}

TEST_CASE("figures as the report prints them, rounded as the workbook's cells") {
  CHECK(spravka::number_text(12.5, vocab::Lang::ru) == "12,5");
  CHECK(spravka::number_text(12.5, vocab::Lang::en) == "12.5");
  CHECK(spravka::number_text(std::nullopt, vocab::Lang::ru).empty());
  CHECK(spravka::percent_text(0.585) == "59%");  // half away from zero, as Excel's 0%
  CHECK(spravka::percent_text(0.5833) == "58%");
  CHECK(spravka::percent_text(56.0) == "5600%");
  CHECK(spravka::percent_of(57, 61) == "93%");
  CHECK(spravka::percent_of(1, 0).empty());
}
