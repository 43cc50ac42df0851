#include <doctest/doctest.h>

#include "registry/loader.h"
#include "scratch.h"

using namespace rmt;

namespace {

struct Loaded {
  std::optional<registry::Registry> registry;
  diag::DiagnosticList findings;
};

Loaded load(const std::string& text) {
  Scratch scratch;
  Loaded out;
  out.registry = registry::load_registry(scratch.write("orgs.csv", text), out.findings);
  return out;
}

}  // namespace

TEST_CASE("registries as other systems export them: the short name, else the full one; other columns kept out") {
  const auto loaded = load("Код ОО;Полное наименование;Краткое наименование;ИНН;Адрес\n"
                           "S1;Муниципальное бюджетное общеобразовательное учреждение №1;МБОУ №1;860301;ул. Ленина, 1\n"
                           "S2;Муниципальное автономное дошкольное учреждение №2;;860302;\n");
  REQUIRE(loaded.registry);
  CHECK(loaded.findings.items().empty());
  CHECK(loaded.registry->find("S1")->name == "МБОУ №1");
  CHECK(loaded.registry->find("S2")->name == "Муниципальное автономное дошкольное учреждение №2");
  for (const char* header : {"Наименование организации", "Наименование ОО", "Название", "Полное наименование"}) {
    CAPTURE(header);
    const auto other = load(std::string("Код ОО;") + header + "\nS1;Школа 1\n");
    REQUIRE(other.registry);
    CHECK(other.registry->find("S1")->name == "Школа 1");
  }
}

TEST_CASE("a footer under the registry is skipped with a note; a row without a code inside the table is an error") {
  const auto footer = load("Код ОО;Наименование;Район\nS1;Школа 1;Центральный\nS2;Школа 2;Северный\n;;\n"
                           "Сформировано 01.09.2022 10:15;;\n;Итого: 2;\nДиректор ____ Иванова И.И.;;\n");
  REQUIRE(footer.registry);
  CHECK(footer.registry->organizations().size() == 2);
  CHECK(footer.findings.items().empty());
  REQUIRE(footer.findings.notes().size() == 1);
  CHECK(footer.findings.notes()[0].message.en.starts_with("lines 5–7 under the registry's table"));
  const auto inside = load("Код ОО;Наименование\nS1;Школа 1\n;Школа без кода\nS2;Школа 2\n");
  CHECK_FALSE(inside.registry);
  REQUIRE(inside.findings.items().size() == 1);
  CHECK(inside.findings.items()[0].pos.line == 3);
  // Without a blank row before it, a last row without a code is the table's, not a footer.
  const auto last = load("Код ОО;Наименование\nS1;Школа 1\n;Школа без кода\n");
  CHECK_FALSE(last.registry);
  // No name column at all: a missing-column error.
  CHECK_FALSE(load("Код ОО;Район\nS1;Центральный\n").registry);
}
