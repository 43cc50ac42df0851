#!/usr/bin/env bash
# A roadmap by school year ("2023/2024": 1 September to 31 August) through
# every program: templates, filled by an independent writer (Python's csv)
# with the period written the way schools write it («2023/24»), validate,
# merge and render, with due dates and overdue judged on school-year dates:
# «сентябрь ежегодно» is September 2023, «май ежегодно» May 2024.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl
CHECK="$PY $SRC/tests/e2e/check_workbook.py"
cd "$WORK" || exit 1
cat >school.yaml <<'YAML'
format: roadmap/1
roadmap:
  id: school-year
  title: "Дорожная карта наставничества на 2023/2024 и 2024/2025 учебные годы"
  periods: ["2023/2024", "2024/2025"]
parties:
  - {id: schools, name: "Образовательные организации", each_organization: true}
sections:
  - id: "1"
    title: "Организация наставничества"
    activities:
      - {id: "1.1", title: "Приказ о наставничестве", deadline: "сентябрь ежегодно", responsible: [schools]}
      - {id: "1.2", title: "Отчёт о работе наставников", deadline: "май ежегодно", responsible: [schools]}
      - {id: "1.3", title: "Наставнические пары", indicator: {measure: sum, unit: "пар"}, deadline: "постоянно", responsible: [schools]}
YAML
printf 'Код ОО;Наименование;Тип;Район\nSCH-1;Школа 1;school;Центральный\nSCH-2;Школа 2;school;Северный\n' >orgs.csv

run roadmap-validate -r school.yaml
expect_status 0 "a school-year roadmap loads"
# The roadmap summary shows what the parser made of each phrase, per school year.
expect_in out "срок: «сентябрь ежегодно» → 2023/2024: 30.09.2023; 2024/2025: 30.09.2024"
expect_in out "срок: «май ежегодно» → 2023/2024: 31.05.2024; 2024/2025: 31.05.2025"
run roadmap-template -r school.yaml --orgs orgs.csv --period 2023/2024 --out-dir tpl -q
expect_status 0 "templates for 2023/2024"
[ -s tpl/SCH-1.csv ] || fail "no template for SCH-1"
checks=$((checks + 1))
grep -q "2023/2024" tpl/SCH-1.csv || fail "the template does not name the period: $(head -3 tpl/SCH-1.csv)"
# Schools fill them: the order done in September; the May report not done by SCH-2.
$PY - tpl filled <<'PY' || fail "filling the templates"
import csv, io, os, sys
os.makedirs(sys.argv[2], exist_ok=True)
for name in sorted(os.listdir(sys.argv[1])):
    if name.startswith("."):  # roadmap-template's list of what it wrote
        continue
    text = open(os.path.join(sys.argv[1], name), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = rows[0]
    col = {h: i for i, h in enumerate(header)}
    for row in rows[1:]:
        row[col["Период"]] = "2023/24"  # as a school writes it
        number = row[col["№ п/п"]]
        if number == "1.1":
            row[col["Статус"]], row[col["Дата выполнения"]] = "выполнено", "15.09.2023"
        elif number == "1.2":
            done = name.startswith("SCH-1")
            row[col["Статус"]] = "выполнено" if done else "не выполнено"
            if done:
                row[col["Дата выполнения"]] = "20.05.2024"
        else:
            row[col["Статус"]], row[col["Значение"]] = "выполнено", "3"
    with open(os.path.join(sys.argv[2], name), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
PY

run roadmap-validate -r school.yaml --orgs orgs.csv filled --strict --format json
expect_status 0 "the filled templates pass --strict («2023/24» is the period 2023/2024)"
run roadmap-merge -r school.yaml --orgs orgs.csv filled -o merged.csv -q
expect_status 0 "merge"
checks=$((checks + 1))
[ "$(cut -d, -f2 merged.csv | sort -u | grep -v period)" = "2023/2024" ] || fail "merged periods: $(cut -d, -f2 merged.csv | sort -u)"

# As of 10 June 2024: the order (September 2023) and the May report are past due;
# the report is not met (one school did not do it), so it is overdue.
run roadmap-render -r school.yaml --orgs orgs.csv merged.csv -o m.xlsx --as-of 2024-06-10 -q
expect_status 0 "render"
expect_xl() {
  checks=$((checks + 1))
  local got
  got=$($CHECK eval "$1" "$2") || fail "cannot read $1"
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}
expect_xl m.xlsx 'rows("Сводка")[2][0]' "Период: 2023/2024"
expect_xl m.xlsx '[(r[0], r[6], r[9], r[10]) for r in rows("Сводка")[9:12]]' \
  "[('1.1', 'выполнено', 'прошёл 30.09.2023', None), ('1.2', 'не выполнено', 'прошёл 31.05.2024', 'да, срок 31.05.2024'), ('1.3', 'выполнено', 'до 31.08.2025', None)]"
expect_xl m.xlsx 'rows("Динамика")[0][3:6]' "['План 2023/2024', 'Факт 2023/2024', 'Статус 2023/2024']"
# Before May it is still in progress: due dates follow the school year, not the calendar one.
run roadmap-render -r school.yaml --orgs orgs.csv merged.csv -o early.xlsx --as-of 2024-04-01 -q
expect_xl early.xlsx '[(r[0], r[6], r[9], r[10]) for r in rows("Сводка")[10:11]]' "[('1.2', 'в работе', 'до 31.05.2024', None)]"
done_checks
