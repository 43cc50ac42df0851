#include <doctest/doctest.h>

#include <limits>
#include <sstream>

#include "json/writer.h"

using namespace rmt;

TEST_CASE("the JSON writer escapes strings and places commas") {
  std::ostringstream out;
  json::Writer w(out);
  w.begin_object();
  w.key("text");
  w.value("кавычка \" слэш \\ строка\nтаб\t\x01");
  w.key("list");
  w.begin_array();
  w.value(1);
  w.value(2.5);
  w.value(true);
  w.null();
  w.begin_object();
  w.end_object();
  w.end_array();
  w.key("n");
  w.value(static_cast<std::uint64_t>(60));
  w.end_object();
  CHECK(out.str() ==
        R"({"text":"кавычка \" слэш \\ строка\nтаб\t\u0001","list":[1,2.5,true,null,{}],"n":60})");
}

TEST_CASE("non-finite numbers become null") {
  std::ostringstream out;
  json::Writer w(out);
  w.begin_array();
  w.value(std::numeric_limits<double>::infinity());
  w.value(60.0);
  w.end_array();
  CHECK(out.str() == "[null,60]");
}
