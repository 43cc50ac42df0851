#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "diag/sink.h"
#include "order/draft.h"
#include "order/draft_yaml.h"
#include "order/html_order.h"
#include "order/place_name.h"
#include "order/read_order.h"
#include "order/table_grid.h"
#include "order/text_order.h"
#include "roadmap/loader.h"
#include "scratch.h"
#include "test_text.h"
#include "test_zip.h"
#include "text/transliterate.h"

using namespace rmt;

namespace {

order::OrderDocument html(std::string_view page) {
  order::OrderDocument document;
  vocab::Localized error;
  REQUIRE(order::read_html_order(page, document, error));
  return document;
}

std::vector<std::string> row_texts(const order::Row& row) {
  std::vector<std::string> out;
  for (const auto& cell : row.cells) out.push_back(cell.covered ? "<covered>" : cell.text());
  return out;
}

// A text order: a title, then rows with tab-separated cells.
order::Draft draft_of(const std::string& text, order::DraftOptions options = {}) {
  order::OrderDocument document;
  vocab::Localized error;
  REQUIRE(order::read_text_order(text, document, error));
  diag::DiagnosticList findings;
  auto draft = order::draft_roadmap(document, "order.txt", options, findings);
  REQUIRE_MESSAGE(draft, (findings.items().empty() ? std::string("no finding") : findings.items()[0].message.en));
  return std::move(*draft);
}

const order::DraftActivity& activity(const order::Draft& draft, std::string_view id) {
  for (const auto& section : draft.sections)
    for (const auto& a : section.activities)
      if (a.id == id) return a;
  FAIL("no activity ", id);
  static order::DraftActivity none;
  return none;
}

const order::DraftParty& party(const order::Draft& draft, std::string_view id) {
  for (const auto& p : draft.parties)
    if (p.id == id) return p;
  FAIL("no party ", id);
  static order::DraftParty none;
  return none;
}

bool has_check(const std::vector<order::Check>& checks, std::string_view words) {
  for (const auto& check : checks)
    if (check.ru.find(words) != std::string::npos) return true;
  return false;
}

const std::string kHeader = "№ п/п\tМероприятие\tПоказатель\tСроки\tОтветственные\tРезультат\n";

}  // namespace

TEST_CASE("HTML tables: colspan leaves covered cells, rowspan repeats the cell below, unclosed tags close") {
  const auto document = html(
      "<html><body><p>Приложение</p><TABLE><tr><td colspan=2>A<td>B"
      "<tr><td rowspan=2>C</td><td>D</td><td>E</td></tr>"
      "<tr><td>F<td>G</table><p>после</p>");
  REQUIRE(document.tables.size() == 1);
  const auto& rows = document.tables[0].rows;
  REQUIRE(rows.size() == 3);
  CHECK(row_texts(rows[0]) == std::vector<std::string>{"A", "<covered>", "B"});
  CHECK(row_texts(rows[1]) == std::vector<std::string>{"C", "D", "E"});
  CHECK(row_texts(rows[2]) == std::vector<std::string>{"C", "F", "G"});
  CHECK(rows[2].cells[0].from_above);
  CHECK(document.tables[0].lines_before == 1);
  // Paragraphs are blocks: a blank line between them, as in a text copy.
  CHECK(document.lines == std::vector<std::string>{"Приложение", "", "после"});
}

TEST_CASE("HTML text: entities, paragraphs and list items as lines, bold cells, script skipped") {
  const auto document = html(
      "<script>document.write('<table><tr><td>x</td></tr></table>')</script>"
      "<table><tr><td><b>1.</b> <strong>Раздел</strong></td>"
      "<td><p>Первый&nbsp;&nbsp;абзац</p><ul><li>пункт &laquo;а&raquo;</li><li>пункт &#1073; &amp; &#x432;</li></ul></td>"
      "<td>a &lt; b &unknown; c</td></tr></table>");
  REQUIRE(document.tables.size() == 1);
  const auto& cells = document.tables[0].rows[0].cells;
  CHECK(cells[0].bold);
  CHECK(cells[0].text() == "1. Раздел");
  CHECK(cells[1].lines == std::vector<std::string>{"Первый абзац", "- пункт «а»", "- пункт б & в"});
  CHECK_FALSE(cells[1].bold);
  CHECK(cells[2].text() == "a < b &unknown; c");
}

TEST_CASE("HTML: tables nested past the limit are refused, a table in a cell becomes its lines") {
  order::OrderDocument document;
  vocab::Localized error;
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<table><tr><td>";
  CHECK_FALSE(order::read_html_order(deep, document, error));
  CHECK(error.en == "tables are nested deeper than 16 levels");

  const auto nested = html("<table><tr><td>внешняя<table><tr><td>x</td><td>y</td></tr></table></td></tr></table>");
  REQUIRE(nested.tables.size() == 1);
  CHECK(nested.tables[0].rows[0].cells[0].lines == std::vector<std::string>{"внешняя", "x; y"});
}

TEST_CASE("the inline markup of text copies: <b>, Markdown's ** and \\_") {
  const auto cell = order::inline_markup_cell("<b>1.</b> <b>Нормативное регулирование</b>");
  CHECK(cell.bold);
  CHECK(cell.text() == "1. Нормативное регулирование");
  CHECK(order::plain_line("**Дорожная карта") == "Дорожная карта");
  CHECK(order::plain_line("от \\_\\_\\_ № \\_\\_") == "от ___ № __");
  CHECK(order::plain_line("   ") == "");
}

TEST_CASE("a text order in Windows-1251 reads as UTF-8; lines above the table are its heading") {
  order::OrderDocument document;
  vocab::Localized error;
  REQUIRE(order::read_text_order(to_cp1251("ПРИКАЗ\n\nПлан мероприятий на 2026 год\n№\tМероприятие\n1.1\tСобрание\n"),
                                 document, error));
  CHECK(document.lines == std::vector<std::string>{"ПРИКАЗ", "", "План мероприятий на 2026 год"});
  REQUIRE(document.tables.size() == 1);
  CHECK(row_texts(document.tables[0].rows[1]) == std::vector<std::string>{"1.1", "Собрание"});
  CHECK(document.tables[0].rows[1].line == 5);
}

TEST_CASE("collapse_space makes runs of spaces, tabs, no-break and thin spaces one space") {
  CHECK(order::collapse_space("  a\t\tb\xC2\xA0\xC2\xA0" "c\xE2\x80\xAF" "d \n") == "a b c d");
  CHECK(order::collapse_space("\xE2\x80\x94") == "\xE2\x80\x94");  // an em dash is text
}

TEST_CASE("a draft: sections, continued rows, the column-number row and a repeated header") {
  const auto draft = draft_of("Дорожная карта на 2026-2027 гг.\n" + kHeader +
                              "1\t2\t3\t4\t5\t6\n"
                              "1. Первый раздел\t\t\t\t\t\n"
                              "1.1.\tРазработка\t2026 г. – 10; 2027 г. – 12\tмай ежегодно\tОбразовательные организации\tПриказ\n"
                              "1.2\tСоздание объединения\t2026 г. – 1;\tпостоянно\tМетодический центр\tСоздание\n" + kHeader +
                              "\tнаставников\t2027 г. – 1\t\t\t(при необходимости)\n"
                              "II. Второй раздел\t\t\t\t\t\n"
                              "2.1.\tИнформирование\t\tв течение года\tМетодический центр\tСайт\n");
  CHECK(draft.title == "Дорожная карта на 2026-2027 гг.");
  CHECK(draft.periods == std::vector<std::string>{"2026", "2027"});
  REQUIRE(draft.sections.size() == 2);
  CHECK(draft.sections[0].id == "1");
  CHECK(draft.sections[0].number == "1.");
  CHECK(draft.sections[0].title == "Первый раздел");
  CHECK(draft.sections[1].id == "2");
  CHECK(draft.sections[1].number == "II.");
  CHECK(draft.activity_count() == 3);
  const auto& continued = activity(draft, "1.2");
  CHECK(continued.title == "Создание объединения наставников");
  CHECK(continued.result == "Создание (при необходимости)");
  REQUIRE(continued.indicator);
  CHECK(continued.indicator->targets == std::vector<std::pair<std::string, double>>{{"2026", 1}, {"2027", 1}});
  CHECK(continued.indicator->measure == roadmap::Measure::done);
  const auto& first = activity(draft, "1.1");
  CHECK(first.number == "1.1.");
  CHECK(first.indicator->measure == roadmap::Measure::orgs_done);
  CHECK(first.indicator->unit == "организаций");
  CHECK(has_check(first.checks, "measure: orgs-done"));
  CHECK_FALSE(activity(draft, "2.1").indicator);
}

TEST_CASE("a draft: a number printed twice gets ids a and b; steps from «: - a; - b» and from list lines") {
  const auto draft = draft_of("План на 2026 год\n" + kHeader +
                              "1.1\tПервое\t\tмай 2026\tОО\t\n"
                              "1.1.\tАнализ актов: - приказы о парах; - подготовка программ;\t\tмай 2026\tОО\t\n"
                              "1.2\t<p>Работа пар:</p><ul><li>- формирование пар;</li><li>поддержка.</li></ul>\t\tмай 2026\tОО\t\n");
  const auto& a = activity(draft, "1.1a");
  const auto& b = activity(draft, "1.1b");
  CHECK(a.number == "1.1");
  CHECK(b.number == "1.1.");
  CHECK(has_check(b.checks, "напечатан в таблице 2 раза"));
  CHECK(b.title == "Анализ актов:");
  CHECK(b.steps == std::vector<std::string>{"приказы о парах", "подготовка программ"});
  const auto& c = activity(draft, "1.2");
  CHECK(c.title == "Работа пар:");
  CHECK(c.steps == std::vector<std::string>{"формирование пар", "поддержка"});
  // No section row: one section named after the roadmap.
  REQUIRE(draft.sections.size() == 1);
  CHECK(draft.sections[0].title == "План на 2026 год");
}

TEST_CASE("a draft: targets as percentages, year columns, and targets outside the periods") {
  const auto draft = draft_of("План\n№\tМероприятие\tСрок\tОтветственные\t2026\t2027 г.\n"
                              "1.1\tОхват\tдекабрь ежегодно\tОбразовательные организации\t80 %\t90%\n"
                              "1.2\tПубликации\tпостоянно\tЦентр «Наставник», ОО\t5\t7\n"
                              "1.3\tОтчёт\tпостоянно\tЦентр «Наставник»\t\t\n",
                              {.id = "", .periods = {"2027"}});
  const auto& share = activity(draft, "1.1");
  REQUIRE(share.indicator);
  CHECK(share.indicator->measure == roadmap::Measure::share_done);
  CHECK(share.indicator->targets == std::vector<std::pair<std::string, double>>{{"2027", 90}});
  CHECK(has_check(share.checks, "вне periods не записаны: 2026: 80"));
  const auto& sum = activity(draft, "1.2");
  CHECK(sum.indicator->measure == roadmap::Measure::sum);
  CHECK(sum.responsible.size() == 2);
  CHECK(sum.responsible[0] == "nastavnik");
  CHECK(sum.responsible[1] == "schools");
  CHECK_FALSE(activity(draft, "1.3").indicator);
}

TEST_CASE("a draft: parties split at commas, typos gathered as aliases, word endings kept apart") {
  const auto draft = draft_of(
      "ГОРОД ПРИМЕРНЫЙ\nПРИКАЗ\nВ городе Примерном, учреждение «Центр Развития»\nПлан на 2026 год\n" + kHeader +
      "1.1\tА\t\tмай 2026\tМАУ «Центр Развития», Руководители ОО, МБОУ ДО\t\n"
      "1.2\tБ\t\tмай 2026\tМАУ «Центр Развитя»\t\n"
      "1.3\tВ\t\tмай 2026\tКуратор ЦМН; Кураторы ЦМН\t\n"
      "1.4\tГ\t\tмай 2026\tЛещенко М.А., образовательные организации\t\n"
      "1.5\tД\t\tмай 2026\tБюро РНЦ \"Сфера\" Проведение семинаров для всех\t\n");
  const auto& centre = party(draft, "tsentr-razvitiia");
  CHECK(centre.name == "МАУ «Центр Развития»");  // the spelling the order's text uses
  CHECK(centre.aliases == std::vector<std::string>{"МАУ «Центр Развитя»"});
  CHECK(centre.org_id == "TSENTR_RAZVITIIA");
  CHECK(activity(draft, "1.2").responsible == std::vector<std::string>{"tsentr-razvitiia"});
  const auto& heads = party(draft, "heads");
  CHECK(heads.name == "Руководители ОО, МБОУ ДО");
  CHECK(heads.each_organization);
  CHECK(heads.org_id.empty());
  CHECK(activity(draft, "1.3").responsible.size() == 2);  // «Куратор» and «Кураторы»: two parties
  const auto& person = party(draft, "leshchenko");
  CHECK(person.person);
  CHECK(has_check(person.checks, "должностное лицо"));
  CHECK(party(draft, "schools").each_organization);
  CHECK(activity(draft, "1.4").responsible == std::vector<std::string>{"leshchenko", "schools"});
  // An all-capitals word is spelled as the order spells it elsewhere; one it
  // never writes otherwise is lower-cased (and the issuer has a check).
  CHECK(draft.issuer == "Город примерный");
  CHECK(has_check(draft.roadmap_checks, "issuer собран из шапки"));
}

TEST_CASE("a draft: the responsible body and the result printed in one cell are split") {
  const auto draft = draft_of("План на 2026 год\n" + kHeader +
                              "1.1\tА\t\tмай 2026\tРНЦ НЦ \"Сфера\"\tСеминары\n"
                              "1.2\tБ\t\tмай 2026\tРНЦ НЦ \"Сфера\" Бесперебойная работа модуля\n"
                              "1.3\tВ\t\tмай 2026\tМБУ «ИДЦ» Проведение конкурса\n"
                              "1.4\tГ\t\tмай 2026\tМБУ «ИДЦ» Итоги\n");
  CHECK(activity(draft, "1.2").result == "Бесперебойная работа модуля");
  CHECK(activity(draft, "1.3").result == "Проведение конкурса");
  CHECK(has_check(activity(draft, "1.3").checks, "в одной ячейке"));
  CHECK(activity(draft, "1.4").result.empty());  // one word is no result: kept as printed
  CHECK(draft.parties.size() == 3);
}

TEST_CASE("a draft: without a result column, a long responsible cell is kept whole") {
  const auto draft = draft_of("План на 2026 год\n№\tМероприятие\tСрок\tОтветственные\n"
                              "1.1\tА\tмай 2026\tМБУ «ИДЦ» Совместно Со Школами\n");
  CHECK(activity(draft, "1.1").result.empty());
  REQUIRE(draft.parties.size() == 1);
  CHECK(draft.parties[0].name == "МБУ «ИДЦ» Совместно Со Школами");
}

TEST_CASE("a draft: deadlines without a date become {text}, with a check") {
  const auto draft = draft_of("План на 2026 год\n" + kHeader +
                              "1.1\tА\t\tпо мере необходимости\tОО\t\n"
                              "1.2\tБ\t\t\tОО\t\n");
  CHECK(activity(draft, "1.1").deadline_text);
  CHECK(has_check(activity(draft, "1.1").checks, "записан как {text: …}"));
  CHECK(activity(draft, "1.2").deadline.empty());
  CHECK(has_check(activity(draft, "1.2").checks, "срок в таблице не указан"));
}

TEST_CASE("a draft is refused without a roadmap table, activities or periods") {
  diag::DiagnosticList findings;
  order::OrderDocument document;
  vocab::Localized error;
  REQUIRE(order::read_text_order("только текст\nбез таблицы\n", document, error));
  CHECK_FALSE(order::draft_roadmap(document, "a.txt", {}, findings));
  REQUIRE(findings.items().size() == 1);
  CHECK(findings.items()[0].code == diag::Code::missing_column);

  order::OrderDocument header_only;
  REQUIRE(order::read_text_order("№\tМероприятие\tСрок\n\tпусто\t\n", header_only, error));
  CHECK_FALSE(order::draft_roadmap(header_only, "b.txt", {}, findings));
  CHECK(findings.items().back().code == diag::Code::roadmap_schema);

  order::OrderDocument no_year;
  REQUIRE(order::read_text_order("№\tМероприятие\tСрок\n1.1\tА\tпостоянно\n", no_year, error));
  CHECK_FALSE(order::draft_roadmap(no_year, "c.txt", {}, findings));
  CHECK(findings.items().back().message.en.starts_with("cannot tell the periods"));
}

TEST_CASE("--periods: ranges of years and quarters, lists; nonsense refused") {
  using V = std::vector<std::string>;
  CHECK(order::parse_period_list("2026-2028") == V{"2026", "2027", "2028"});
  CHECK(order::parse_period_list("2026") == V{"2026"});
  CHECK(order::parse_period_list("2026, 2028") == V{"2026", "2028"});
  CHECK(order::parse_period_list("2022-Q3..2023-Q1") == V{"2022-Q3", "2022-Q4", "2023-Q1"});
  CHECK(order::parse_period_list("2022-Q1-2022-Q2") == V{"2022-Q1", "2022-Q2"});
  CHECK_FALSE(order::parse_period_list("2028-2026"));
  CHECK_FALSE(order::parse_period_list("2026-Q1..2027"));
  CHECK_FALSE(order::parse_period_list("скоро"));
  CHECK_FALSE(order::parse_period_list("1000-3000"));
}

TEST_CASE("transliterated ids: passport rules, one dash between words, a length limit") {
  CHECK(text::transliterate_id("Лещенко") == "leshchenko");
  CHECK(text::transliterate_id("ЦРО") == "tsro");
  CHECK(text::transliterate_id("Жёлтый Ёж, Хвойный ъ") == "zheltyi-ezh-khvoinyi");
  CHECK(text::transliterate_id("  «Сфера»  ") == "sfera");
  CHECK(text::transliterate_id("Юридическая служба", 10) == "iuridiches");
  CHECK(text::transliterate_id("Один два три", 9) == "odin-dva");
  CHECK(text::transliterate_id("!!!").empty());
}

TEST_CASE("the draft's YAML loads as a roadmap, hostile text included") {
  order::Draft draft;
  draft.id = "x";
  draft.title = "Карта \"в кавычках\" \\ с обратной чертой\tи табуляцией # не комментарий: да";
  draft.periods = {"2026", "2027"};
  draft.roadmap_checks.push_back({"проверка\nв две строки", "a check\non two lines"});
  order::DraftParty body;
  body.id = "centre";
  body.name = "Центр «1.1»";
  body.org_id = "CENTRE";
  draft.parties.push_back(body);
  order::DraftSection section;
  section.id = "1";
  section.number = "1.";
  section.title = "yes";
  order::DraftActivity activity;
  activity.id = "1.10";
  activity.number = "1.10";
  activity.title = "2026-01-01";
  activity.steps = {"- шаг", "null"};
  activity.deadline = "по мере необходимости";
  activity.deadline_text = true;
  activity.responsible = {"centre"};
  activity.indicator = order::DraftIndicator{roadmap::Measure::sum, "шт.", {{"2026", 2.5}, {"2027", 3}}, ""};
  section.activities.push_back(activity);
  draft.sections.push_back(section);

  const std::string yaml = order::draft_yaml(draft, vocab::Lang::ru);
  diag::DiagnosticList findings;
  const auto roadmap = roadmap::load_roadmap_text(yaml, "draft.yaml", findings);
  REQUIRE_MESSAGE(roadmap, (findings.items().empty() ? yaml : findings.items()[0].message.en + "\n" + yaml));
  CHECK(roadmap->title == draft.title);
  CHECK(roadmap->periods.size() == 2);
  const auto& loaded = roadmap->sections[0].activities[0];
  CHECK(loaded.id == "1.10");
  CHECK(loaded.title == "2026-01-01");
  CHECK(loaded.steps == std::vector<std::string>{"- шаг", "null"});
  CHECK(roadmap->sections[0].title == "yes");
  CHECK_FALSE(loaded.deadline->computable());
  CHECK(loaded.indicator->targets[0] == 2.5);
  CHECK(roadmap->parties[0].name == "Центр «1.1»");
  CHECK(yaml.find("# ПРОВЕРЬТЕ: проверка\n") == std::string::npos);  // a comment never spans lines
  CHECK(order::draft_yaml(draft, vocab::Lang::en).find("# CHECK: a check") != std::string::npos);
}

TEST_CASE("the size limit: a .docx's pictures do not count, only its document.xml; a text order counts whole") {
  Scratch scratch;
  const std::string document =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>План на 2026 год</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>Мероприятие</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Срок</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr><w:tc><w:p><w:r><w:t>1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Собрание</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>май 2026</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
  const auto docx = write_zip(scratch, "order.docx",
                              {{"word/document.xml", document}, {"word/media/scan.png", std::string(3u << 20, 'x')}});
  order::OrderLimits limits;
  limits.max_bytes = 1u << 20;
  diag::DiagnosticList findings;
  order::OrderDocument read;
  REQUIRE(order::read_order(docx, "order.docx", read, findings, limits));
  REQUIRE(read.tables.size() == 1);
  CHECK(read.tables[0].rows[1].cells[1].text() == "Собрание");

  const auto text = scratch.write("order.txt", "№\tМероприятие\n" + std::string(2u << 20, 'x'));
  order::OrderDocument too_large;
  CHECK_FALSE(order::read_order(text, "order.txt", too_large, findings, limits));
  REQUIRE(findings.items().size() == 1);
  CHECK(findings.items()[0].code == diag::Code::unreadable_file);
  CHECK(findings.items()[0].message.en == "the file is larger than 1 MiB: it is not an order");
}

TEST_CASE("a place in the issuer's genitive is put in the nominative for the id") {
  for (const auto& pair : std::vector<std::pair<std::string, std::string>>{
           {"Нижневартовска", "Нижневартовск"}, {"Балахнинского", "Балахна"}, {"Нижневартовского", "Нижневартовск"},
           {"Городецкого", "Городец"}, {"Сургутского", "Сургут"}, {"Балахны", "Балахна"}, {"Тестограда", "Тестоград"},
           {"Вичуги", "Вичуга"}, {"Сочи", "Сочи"}, {"Москвы", "Москва"}, {"Балахнинской", "Балахна"}}) {
    const std::string& genitive = pair.first;  // no structured binding: clang 14 cannot capture one
    CAPTURE(genitive);
    CHECK(order::place_nominative(genitive) == pair.second);
  }
  const auto draft = draft_of("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ БАЛАХНИНСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПРИКАЗ\n"
                              "План мероприятий по внедрению наставничества на территории Балахнинского муниципального округа на 2022 год\n" + kHeader +
                              "1.1\tА\t\tмай 2022\tУО\t\n");
  CAPTURE(draft.issuer);
  CHECK(draft.id == "balakhna-mentoring-2022");
}

TEST_CASE("a draft: names that differ by inserted words are one party to check; people of every school are suggested each_organization") {
  const auto draft = draft_of("План на 2026 год\n" + kHeader +
                              "1.1\tА\t\tмай 2026\tКураторы ЦМН\t\n"
                              "1.2\tБ\t\tмай 2026\tКураторы внедрения ЦМН\t\n"
                              "1.3\tВ\t\tмай 2026\tКуратор ЦМН\t\n"
                              "1.4\tГ\t\tмай 2026\tПедагоги-наставники\t\n"
                              "1.5\tД\t\tмай 2026\tМКУ «Методический центр»\t\n");
  REQUIRE(activity(draft, "1.1").responsible.size() == 1);
  CHECK(activity(draft, "1.2").responsible == activity(draft, "1.1").responsible);
  const auto& curators = party(draft, activity(draft, "1.1").responsible[0]);
  CHECK(curators.name == "Кураторы ЦМН");
  CHECK(curators.aliases == std::vector<std::string>{"Кураторы внедрения ЦМН"});
  CHECK(has_check(curators.checks, "различающиеся вставленными словами"));
  CHECK(has_check(curators.checks, "each_organization: true"));
  // The one curator («Куратор», singular) stays apart, and is not suggested.
  const auto& curator = party(draft, activity(draft, "1.3").responsible[0]);
  CHECK(curator.id != curators.id);
  CHECK_FALSE(has_check(curator.checks, "each_organization: true"));
  CHECK(has_check(party(draft, activity(draft, "1.4").responsible[0]).checks, "each_organization: true"));
  CHECK_FALSE(has_check(party(draft, activity(draft, "1.5").responsible[0]).checks, "each_organization: true"));
}

TEST_CASE("a .docx order: paragraphs in Word's list styles are steps, by the style's English or Russian name or its numbering") {
  Scratch scratch;
  const auto p = [](const std::string& style, const std::string& text) {
    return "<w:p><w:pPr>" + (style.empty() ? std::string() : "<w:pStyle w:val=\"" + style + "\"/>") +
           "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  const auto cell = [](const std::string& inner) { return "<w:tc>" + inner + "</w:tc>"; };
  const auto row = [&](const std::string& number, const std::string& activity) {
    return "<w:tr>" + cell("<w:p><w:r><w:t>" + number + "</w:t></w:r></w:p>") + cell(activity) +
           cell("<w:p><w:r><w:t>май 2026</w:t></w:r></w:p>") + "</w:tr>";
  };
  const std::string document =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body><w:p><w:r><w:t>План на 2026 год</w:t></w:r></w:p><w:tbl>"
      "<w:tr>" + cell(p("", "№")) + cell(p("", "Мероприятие")) + cell(p("", "Срок")) + "</w:tr>" +
      row("1.1", p("", "Семинары") + p("ListBullet", "для молодых педагогов") + p("ListBullet", "для наставников")) +
      row("1.2", p("", "Конкурс") + p("a3", "школьный этап") + p("a3", "муниципальный этап")) +
      row("1.3", p("", "Программы") + p("MyList", "первая") + p("MyList", "вторая")) +
      row("1.4", p("", "Совещание") + p("Plain", "в актовом зале")) +
      "</w:tbl></w:body></w:document>";
  const std::string styles =
      "<?xml version=\"1.0\"?><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Нумерованный список\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Numbered\"><w:name w:val=\"Our numbers\"/><w:pPr><w:numPr>"
      "<w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"MyList\"><w:name w:val=\"Mine\"/><w:basedOn w:val=\"Numbered\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Plain\"><w:name w:val=\"Body Text\"/></w:style>"
      "</w:styles>";
  const auto path = write_zip(scratch, "order.docx", {{"word/document.xml", document}, {"word/styles.xml", styles}});
  diag::DiagnosticList findings;
  order::OrderDocument read;
  REQUIRE(order::read_order(path, "order.docx", read, findings, {}));
  const auto draft = order::draft_roadmap(read, "order.docx", {}, findings);
  REQUIRE(draft);
  CHECK(activity(*draft, "1.1").title == "Семинары");
  CHECK(activity(*draft, "1.1").steps == std::vector<std::string>{"для молодых педагогов", "для наставников"});
  CHECK(activity(*draft, "1.2").steps == std::vector<std::string>{"школьный этап", "муниципальный этап"});
  CHECK(activity(*draft, "1.3").steps == std::vector<std::string>{"первая", "вторая"});
  CHECK(activity(*draft, "1.4").steps.empty());  // a style that is no list
  CHECK(activity(*draft, "1.4").title == "Совещание в актовом зале");
}
