# End to end: roadmap-import (SPEC.md §13) on orders made by other programs —
# two .docx by python-docx, an HTML page in Windows-1251, both seeds as text —
# each draft read back by PyYAML and checked field by field, validated by
# roadmap-validate; the seeds' drafts compared with data/*.yaml, differing only
# where data/ records a judgement; hostile orders end with a finding and exit 2.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-docx and python3-yaml
ORDERS="$PY $SRC/tests/e2e/check_import.py"
cd "$WORK"
draft() {  # draft FILE EXPR VALUE: EXPR over the draft FILE
  checks=$((checks + 1))
  local got
  got=$($ORDERS eval "$1" "$2") || fail "cannot read the draft $1 ($2)"
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}
validates() {  # validates FILE: roadmap-validate accepts the draft with no error or warning
  run roadmap-validate -r "$1" --strict
  expect_status 0 "roadmap-validate --strict $1"
}

# --- a Word order made by python-docx ------------------------------------------
$ORDERS docx-text order.docx || fail "python-docx could not make the order"
run roadmap-import order.docx -o order.yaml
expect_status 0 "the .docx order"
expect_in err "черновик записан в order.yaml: разделов 2, мероприятий 7, исполнителей 3"
validates order.yaml
draft order.yaml 'd["roadmap"]["title"]' "Дорожная карта по внедрению целевой модели наставничества на 2026-2027 годы"
draft order.yaml 'd["roadmap"]["issuer"]' "Управление образования администрации города Тестограда"
draft order.yaml 'd["roadmap"]["approved"]' "{'document': 'приказ', 'number': '15-п', 'date': datetime.date(2026, 1, 12)}"
draft order.yaml 'd["roadmap"]["periods"]' "[2026, 2027]"
# Sections from the rows merged across; the repeated header and the «1 2 3 …» row are no activities.
draft order.yaml '[(s["id"], s["number"], s["title"], [a["id"] for a in s["activities"]]) for s in d["sections"]]' \
  "[('1', '1.', 'Нормативное обеспечение', ['1.1', '1.2', '1.3', '1.4']), ('2', '2.', 'Методическое сопровождение', ['2.1', '2.2', '2.3'])]"
# Numbers as printed, with and without the dot.
draft order.yaml '[a["number"] for a in acts.values()]' "['1.1.', '1.2.', '1.3', '1.4', '2.1.', '2.2.', '2.3.']"
# Several paragraphs in a cell: the title and its steps.
draft order.yaml '(activity("1.2")["title"], activity("1.2")["steps"])' \
  "('Утверждение программ наставничества:', ['для молодых педагогов', 'для педагогов, пришедших из других организаций'])"
# Targets from the text column; the measure by the rule.
draft order.yaml '[(a["id"], a["indicator"]["measure"], a["indicator"]["targets"]) for a in acts.values() if "indicator" in a]' \
  "[('1.1', 'orgs-done', {2026: 40, 2027: 42}), ('1.2', 'orgs-done', {2026: 40, 2027: 42}), ('1.3', 'done', {2026: 1, 2027: 1}), ('1.4', 'done', {2026: 1, 2027: 1}), ('2.1', 'sum', {2026: 4, 2027: 6}), ('2.3', 'sum', {2026: 12, 2027: 12})]"
# A cell merged down over 1.3 and 1.4 names the body of both.
draft order.yaml '[party[p]["name"] for a in ("1.3", "1.4") for p in activity(a)["responsible"]]' \
  "['МКУ «Методический центр»', 'МКУ «Методический центр»']"
# A misspelling a letter away is an alias of the body, named as the order's text names it.
draft order.yaml '[(p["name"], p.get("aliases"), p.get("each_organization", False)) for p in d["parties"]]' \
  "[('Образовательные организации', ['образовательные организации'], True), ('Руководители ОО', None, True), ('МКУ «Методический центр»', ['МКУ «Методичесский центр»'], False)]"
draft order.yaml '[party[p]["name"] for p in activity("2.1")["responsible"]]' "['МКУ «Методический центр»', 'Образовательные организации']"
# Deadlines as printed; one with no date as {text: …}.
draft order.yaml '[a["deadline"] for a in acts.values()]' \
  "['до 1 марта 2026 года', 'сентябрь ежегодно', 'постоянно', 'до 15 декабря ежегодно', 'в течение года', {'text': 'в соответствии с положением о конкурсе'}, 'ежеквартально']"
# «# ПРОВЕРЬТЕ» above each judgement: the undated deadline, the alias, each measure.
checks=$((checks + 1))
grep -B3 -F -- '- id: "2.2"' order.yaml | grep -qF "# ПРОВЕРЬТЕ: в сроке нет даты" || fail "no ПРОВЕРЬТЕ above the undated deadline"
checks=$((checks + 1))
grep -B1 -F -- '- id: mku-metodicheskii' order.yaml | grep -qF "# ПРОВЕРЬТЕ: написания" || fail "no ПРОВЕРЬТЕ above the gathered alias"
checks=$((checks + 1))
[ "$(grep -c '# ПРОВЕРЬТЕ: measure:' order.yaml)" -eq 6 ] || fail "every indicator's measure needs a ПРОВЕРЬТЕ"
# Two runs, the same bytes; English comments with --lang en.
run roadmap-import order.docx -o again.yaml -q
checks=$((checks + 1))
cmp -s order.yaml again.yaml || fail "two runs gave different drafts"
run roadmap-import order.docx -o order-en.yaml --lang en
expect_in err "draft written to order-en.yaml: 2 sections, 7 activities, 3 parties"
checks=$((checks + 1))
grep -qF "# CHECK: measure: orgs-done" order-en.yaml && ! grep -q "ПРОВЕРЬТЕ" order-en.yaml || fail "--lang en: the comments are not in English"
# The JSON document: the counts and every check, by place.
run roadmap-import order.docx -o order.yaml --format json
expect_json 'd["import"]["activities"], d["import"]["periods"], d["valid"]' "(7, ['2026', '2027'], True)"
expect_json 'sum(1 for c in d["import"]["checks"] if c["at"] == "activity 2.2")' "1"
# The draft is a roadmap the programs use: templates for a registry.
printf 'org_id;name;kind;district\nSCH-1;Школа 1;school;Центральный\nMKU_METODICHESKII;МКУ «Методический центр»;centre;Центральный\n' > orgs.csv
run roadmap-template -r order.yaml --orgs orgs.csv --period 2026 --out-dir templates
expect_status 0 "roadmap-template with the draft"
checks=$((checks + 1))
[ "$(grep -c '' templates/MKU_METODICHESKII.csv)" -eq 6 ] || fail "the centre's template must list its 5 activities"

# --- year columns under a two-row header, Roman sections, a percentage -------
$ORDERS docx-years years.docx || fail "python-docx could not make the second order"
run roadmap-import years.docx -o years.yaml
expect_status 0 "the order with year columns"
validates years.yaml
draft years.yaml 'd["roadmap"]["approved"], d["roadmap"]["periods"], d["roadmap"]["issuer"]' \
  "({'document': 'распоряжение', 'number': '77-р', 'date': datetime.date(2025, 2, 3)}, [2025, 2026, 2027], 'Комитет по образованию')"
draft years.yaml '[(s["id"], s["number"]) for s in d["sections"]]' "[('1', 'I.'), ('2', 'II.')]"
draft years.yaml '[(a["id"], a["indicator"]["measure"], a["indicator"]["targets"]) for a in acts.values()]' \
  "[('1.1', 'share-done', {2025: 60, 2026: 70, 2027: 80}), ('1.2', 'done', {2025: 1}), ('2.1', 'sum', {2025: 5, 2026: 5, 2027: 7})]"
draft years.yaml '(party[activity("1.2")["responsible"][0]]["name"], "org_id" in party[activity("1.2")["responsible"][0]])' "('Петрова А.Б.', True)"
# The table nested in 2.1's cell is kept as text of that cell.
draft years.yaml 'activity("2.1")["title"]' "Информирование о наставничестве сайт; социальные сети"
draft years.yaml 'activity("2.1")["deadline"]' "{'text': 'по мере необходимости'}"

# --- steps in Word's list styles; parties one word apart; the id's place ------
$ORDERS docx-lists lists.docx || fail "python-docx could not make the order with list styles"
run roadmap-import lists.docx -o lists.yaml
expect_status 0 "the order with list styles"
validates lists.yaml
draft lists.yaml '[(a["title"], a.get("steps")) for a in acts.values()]' \
  "[('Организация обучения наставников', ['курсы повышения квалификации', 'стажировки на базе ЦНППМ']), ('Проведение конкурса', ['школьный этап', 'муниципальный этап']), ('Совещание руководителей', None)]"
draft lists.yaml 'activity("1.1")["responsible"] == activity("1.2")["responsible"]' "True"
draft lists.yaml 'd["roadmap"]["id"]' "testograd-mentoring-2026"
checks=$((checks + 1))
grep -A3 -F "различающиеся вставленными словами" lists.yaml | grep -qF 'name: "Кураторы ЦМН"' || fail "no ПРОВЕРЬТЕ on the gathered «Кураторы (внедрения) ЦМН»"
checks=$((checks + 1))
grep -B4 -F 'name: "Кураторы ЦМН"' lists.yaml | grep -qF "each_organization: true»" || fail "no ПРОВЕРЬТЕ suggesting each_organization for the curators"

# --- an HTML page as legal databases publish it (Windows-1251) -----------------
$ORDERS html order.html
run roadmap-import order.html -o html.yaml
expect_status 0 "the HTML order"
validates html.yaml
draft html.yaml 'd["roadmap"]["title"], d["roadmap"]["issuer"], d["roadmap"]["periods"]' \
  "('Дорожная карта реализации целевой модели наставничества (2024 – 2025 гг.)', 'Отдел образования администрации примерного района', [2024, 2025])"
# rowspan: the deadline of 1.1 holds for 1.2; list items are steps; entities decoded; script and title skipped.
draft html.yaml '[(a["id"], a["deadline"]) for a in acts.values()]' \
  "[('1.1', 'до 1 апреля 2024 г.'), ('1.2', 'до 1 апреля 2024 г.'), ('2.1', 'ежегодно до 20 декабря')]"
draft html.yaml '(activity("1.2")["title"], activity("1.2")["steps"], activity("2.1")["title"])' \
  "('Формирование пар:', ['наставник – молодой педагог', 'наставник – студент'], 'Мониторинг & анализ')"

# --- both seeds, as text: the drafts against data/ ------------------------------
# (tests/data/orders/ holds shared/seeds/000_… and 004_… as they are.)
for seed in nizhnevartovsk-order:nizhnevartovsk-mentoring-2026:21 balakhna-order:balakhna-mentoring-2022:19; do
  IFS=: read -r file name count <<<"$seed"
  run roadmap-import "$SRC/tests/data/orders/$file.txt" -o "$name.yaml" --id "$name"
  expect_status 0 "the seed $file"
  validates "$name.yaml"
  draft "$name.yaml" 'len(acts)' "$count"
  checks=$((checks + 1))
  $ORDERS compare "$name.yaml" "$SRC/data/$name.yaml" > "$name.diff"
  diff -u "$SRC/tests/data/orders/$name.diff" "$name.diff" >&2 || fail "the draft of $file differs from data/$name.yaml otherwise than recorded"
done

# --- scale: 10,000 activity rows --------------------------------------------------
$ORDERS docx-rows big.docx 10000
run roadmap-import big.docx -o big.yaml -q
expect_status 0 "10,000 activities"
draft big.yaml 'len(acts), len(d["sections"]), activity("100.100")["title"]' "(10000, 100, 'Мероприятие номер 9999')"

# --- hostile orders: a finding and exit 2, never a crash -------------------------
hostile() {  # hostile FILE CODE TEXT
  run roadmap-import "$1" -o hostile.yaml
  expect_status 2 "$1"
  expect_in err "[$2]"
  expect_in err "$3"
  checks=$((checks + 1))
  [ ! -e hostile.yaml ] || fail "$1: a draft was written"
}
: > empty.txt
hostile empty.txt missing-column "не найдена таблица дорожной карты"
$PY - <<'PY'
import docx
d = docx.Document(); d.add_paragraph("Приказ"); d.add_table(rows=0, cols=3); d.save("empty-table.docx")
d = docx.Document(); t = d.add_table(rows=3, cols=3)
for r in t.rows:
    for c in r.cells: c.text = "что-то"
d.save("no-header.docx")
d = docx.Document(); t = d.add_table(rows=2, cols=3)
for c, h in zip(t.rows[0].cells, ["№", "Мероприятие", "Срок"]): c.text = h
d.save("header-only.docx")
# Tables nested 40 deep.
d = docx.Document(); t = d.add_table(rows=1, cols=1)
for i in range(40):
    t = t.rows[0].cells[0].add_table(rows=1, cols=1)
d.save("nested.docx")
# 10,000 rows with no header.
d = docx.Document(); t = d.add_table(rows=10000, cols=2)
d.save("rows-no-header.docx")
open("broken.docx", "wb").write(open("empty-table.docx", "rb").read()[:700])
open("order.doc", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 600)
open("order.pdf", "wb").write(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
open("deep.html", "w").write("<table><tr><td>" * 5000)
PY
hostile empty-table.docx missing-column "не найдена таблица дорожной карты: ни в одной из таблиц (1)"
hostile no-header.docx missing-column "нет заголовка столбца «Мероприятие»"
hostile header-only.docx roadmap-schema "в таблице 1 есть заголовок, но нет ни одного пронумерованного мероприятия"
hostile nested.docx unreadable-file "таблицы вложены друг в друга глубже 16 уровней"
hostile deep.html unreadable-file "таблицы вложены друг в друга глубже 16 уровней"
hostile rows-no-header.docx missing-column "не найдена таблица дорожной карты"
hostile broken.docx unreadable-file "приказ не удаётся прочитать"
hostile order.doc unreadable-file "документ Word 97-2003 (.doc)"
expect_in err "сохраните как «Документ Word (.docx)»"
hostile order.pdf unreadable-file "документ PDF"
hostile missing.docx unreadable-file "файл или папка не найдены"
# An order that names no year, and --periods to give them.
printf '№\tМероприятие\tСрок\tОтветственные\n1.1\tСобрание\tпостоянно\tОбразовательные организации\n' > noyear.txt
hostile noyear.txt roadmap-schema "не удалось определить периоды"
expect_in err "--periods 2026-2028"
run roadmap-import noyear.txt -o noyear.yaml --periods 2022-Q1..2022-Q4
expect_status 0 "--periods gives quarters"
draft noyear.yaml 'd["roadmap"]["periods"], d["sections"][0]["id"]' "(['2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4'], '1')"
run roadmap-import noyear.txt -o noyear.yaml --periods 2026-2020
expect_status 2 "a backwards range"
expect_in err "--periods «2026-2020»: ожидается 2026-2028"
# Usage: --help in both languages; the output over the input is refused, as is
# JSON on the standard output the draft goes to; -o - writes the draft there.
run roadmap-import order.docx -o - --format json
expect_status 2 "-o - with --format json"
expect_in err "оба пишут в стандартный вывод"
run roadmap-import order.docx -o -
expect_status 0 "-o -"
checks=$((checks + 1))
cmp -s "$WORK/out" order.yaml || fail "-o - must write the same draft"
run roadmap-import --help
expect_status 0 "--help"
expect_in out "ПРОВЕРЬТЕ"
run roadmap-import --help --lang en
expect_in out "CHECK"
cp order.docx same.docx
run roadmap-import same.docx -o same.docx
expect_status 2 "the output over the input"
checks=$((checks + 1))
cmp -s order.docx same.docx || fail "the input was changed"
done_checks
