# End to end: roadmap-report (the analytic report, SPEC.md §11) on the demo
# set, read back with python-docx and compared with the workbook and with a
# recount from the submission files; printed by LibreOffice with no words
# over each other; two periods against one; hostile text; exit codes.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ORGS=$SRC/examples/orgs.csv
SUBS=$SRC/examples/submissions
PY=/usr/bin/python3  # Debian's, with python3-docx, python3-openpyxl and python3-yaml
CHECK="$PY $SRC/tests/e2e/check_report.py"
PRINT="$PY $SRC/tests/e2e/check_print.py"
GEN=$3  # tools/roadmap-gen
cd "$WORK"
doc() {  # doc DOC EXPR: EXPR over the report's outline (d)
  $CHECK eval "$1" "$2" || fail "cannot read $1 ($2)"
}
expect_doc() {  # expect_doc DOC EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(doc "$1" "$2")
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}

run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o справка.docx --as-of 2026-12-20
expect_status 1 "demo set (its rejected files are errors)"
expect_in err "Справка записана: справка.docx (период 2026, на 20.12.2026; 7 таблиц, 2 рисунка; отчёты представили 57 из 61 организации, принято 48)"
expect_in err "SCH-07.csv:4: error [bad-status]"
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o monitoring.xlsx --as-of 2026-12-20 -q
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS" --format json
cp "$WORK/out" validate.json

# Word's heading styles, in order: the navigation pane and a table of contents read them.
expect_doc справка.docx '[t for l, t in d["headings"] if l == 1]' \
  "['1. Охват мониторинга', '2. Результаты по разделам дорожной карты', '3. Просроченные мероприятия', '4. Динамика', '5. Организации, требующие внимания', '6. Выводы']"
expect_doc справка.docx '[t.split(".")[0] for l, t in d["headings"] if l == 2]' "['Раздел 1', 'Раздел II', 'Раздел III']"
# The heading block: to the issuer, from the centre, the approving document, period and date.
expect_doc справка.docx 'd["paragraphs"][:2]' "['Кому: Департамент образования администрации города Нижневартовска', 'От: МАУ г.Нижневартовска «Центр развития образования»']"
expect_doc справка.docx '[p for p in d["paragraphs"] if p.startswith(("Утверждена", "Отчётный", "Данные на"))]' \
  "['Утверждена: Департамент образования администрации города Нижневартовска, приказ № 4/12 от 26.07.2025', 'Отчётный период: 2026 год', 'Данные на: 20.12.2026']"
# The same figures as the workbook, to the digit; and as a recount from the files.
$CHECK workbook справка.docx monitoring.xlsx >/dev/null || fail "the report does not match the workbook"
checks=$((checks + 1))
$CHECK recount справка.docx "$NV" "$ORGS" validate.json 2026 >/dev/null || fail "the report does not match a recount"
checks=$((checks + 1))
expect_doc справка.docx '[p for p in d["paragraphs"] if p.startswith("Отчёты за")]' \
  "['Отчёты за 2026 год представили 57 из 61 организации (93%). Приняты отчёты 48 организаций; отклонён — 9. Не получены отчёты от 4 организаций.']"
# Who did not send, by name, and the rejected apart from them.
expect_doc справка.docx '[(r[1], r[2], r[4]) for r in table(d, "Организации, отчёты")["rows"][1:5]]' \
  "[('SCH-24', 'МБОУ «Средняя школа №24»', 'не представлен'), ('DOU-08', 'МАДОУ «Детский сад №18 «Берёзка»»', 'не представлен'), ('DOU-25', 'МАДОУ «Детский сад №35 «Ромашка»»', 'не представлен'), ('DOD-07', 'МАУДО «Детская школа искусств №2»', 'не представлен')]"
# Each section's sentence names what was met and what was not.
expect_doc справка.docx '[p for p in d["paragraphs"] if p.startswith("Мероприятий в разделе")][0]' \
  "Мероприятий в разделе: 9; выполнено — 3 (1.5., 1.6., 1.8.); в работе — 1 (1.2.); не выполнено — 4 (1.1. (1.1b), 1.3., 1.4., 1.7.); нет данных — 1 (1.1 (1.1a))."
# Overdue: the missed dates and the responsible bodies.
expect_doc справка.docx '[(r[0], r[3], r[4]) for r in table(d, "Просроченные")["rows"][1:]]' \
  "[('1.1. (1.1b)', '30.09.2026', 'Образовательные организации'), ('1.3.', '30.09.2026', 'Образовательные организации'), ('1.4.', '31.10.2026', 'Департамент образования администрации города; МАУ г.Нижневартовска «ЦРО»'), ('1.7.', '15.06.2026', 'Образовательные организации; МАУ г.Нижневартовска «ЦРО»')]"
# One period of data: the dynamics section says so instead of an empty table.
expect_doc справка.docx 'table(d, "Динамика") is None and [p for p in d["paragraphs"] if p.startswith("Динамика не")]' \
  "['Динамика не приводится: 2026 год — первый период дорожной карты.']"
# The lowest completion of what was due by 20.12.2026 (SPEC.md §8a), by name
# and district, recounted from the workbook's matrix below. SCH-01: 1.1b, 1.3,
# 1.6, 1.7 due, 2.7 and 3.3 done early; done 1.1b, 1.7, 2.7, 3.3: 4 of 6.
expect_doc справка.docx '[(r[1], r[3], r[4], r[5]) for r in table(d, "Организации с наименьшей")["rows"][1:5]]' \
  "[('DOU-17', 'Южный', '4 из 7', '57%'), ('SCH-19', 'Южный', '5 из 8', '63%'), ('DOU-06', 'Восточный', '5 из 8', '63%'), ('SCH-01', 'Центральный', '4 из 6', '67%')]"
checks=$((checks + 1))
$PY - monitoring.xlsx справка.docx "$SRC/tests/e2e" <<'EOF' || fail "the attention table does not match the matrix"
import sys
sys.path.insert(0, sys.argv[3])
import openpyxl, check_report
wb = openpyxl.load_workbook(sys.argv[1])
matrix = [list(r) for r in wb["По организациям"].iter_rows(values_only=True)][1:]
accepted = {r[0] for r in wb["Отчёты"].iter_rows(min_row=2, values_only=True) if r[3] == "принят"}
# The matrix's completion column: those accepted and below 100 %, lowest first (stable).
lagging = sorted([r for r in matrix if r[0] in accepted and isinstance(r[4], (int, float)) and r[4] < 1],
                 key=lambda r: r[4])[:10]
rows = check_report.table(check_report.outline(sys.argv[2]), "Организации с наименьшей")["rows"][1:]
# Percentages rounded half away from zero, as Excel's 0% format shows them.
assert [(r[1], r[5]) for r in rows] == [(m[0], f"{int(m[4] * 100 + 0.5 + 1e-9)}%") for m in lagging], (rows, lagging)
EOF
# Every table's header row repeats on each page; the results are on landscape pages.
expect_doc справка.docx '{t["header_rows"] for t in d["tables"]}' "{1}"
expect_doc справка.docx 'd["sections"]' "['portrait', 'landscape', 'portrait']"
# Two charts: % of target per activity and coverage by district.
expect_doc справка.docx 'd["pictures"]' "2"
expect_doc справка.docx '[p for p in d["paragraphs"] if p.startswith("Рисунок")]' \
  "['Рисунок 1. Охват мониторинга по районам', 'Рисунок 2. Выполнение плана по мероприятиям, % плана за 2026 год (столбцы выше 200 % обрезаны, подпись даёт точное значение)']"
# Conclusions assembled from the figures.
expect_doc справка.docx '[p for p in d["paragraphs"] if p[:2] in ("1)", "3)", "5)")]' \
  "['1) Отчёты представили 93% организаций (57 из 61); не представившим отчёт организациям (4) следует направить напоминание.', '3) Из 21 мероприятия выполнено 10 (48%), в работе 6, не выполнено 4.', '5) Просрочено 4 мероприятия (1.1. (1.1b), 1.3., 1.4., 1.7.): ответственным исполнителям нужно выполнить их в ближайшее время.']"
# The same run writes the same bytes.
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o again.docx --as-of 2026-12-20 -q
checks=$((checks + 1))
cmp -s справка.docx again.docx || fail "two runs wrote different documents"

# LibreOffice opens and prints it; no two words on a page overlap.
checks=$((checks + 1))
HOME=$WORK timeout 180 soffice --headless --norestore --convert-to pdf справка.docx >/dev/null 2>&1 || fail "LibreOffice cannot convert the report"
[ -s справка.pdf ] || fail "no PDF from LibreOffice"
$PRINT overlaps справка.pdf >/dev/null || fail "words overlap in the printed report: $($PRINT overlaps справка.pdf 2>&1 | tail -3)"
checks=$((checks + 1))
pdftotext справка.pdf - | grep -q "Аналитическая справка" || fail "the printed report lost its title"

# A figure stays with its caption and leaves no page mostly empty: a quarter
# of the Balakhna roadmap with a registry with districts (the district chart
# begins at the foot of page 1) and without (the results chart fits, shrunk,
# under the text). Before, each left a page more than half empty.
BAL=$SRC/data/balakhna-mentoring-2022.yaml
timeout 60 "$GEN" -r "$BAL" -n 30 --seed 3 --period 2022-Q4 quarter >/dev/null || fail "roadmap-gen for the quarter"
cut -d';' -f1-3 quarter/orgs.csv >quarter/orgs-no-districts.csv
for registry in orgs orgs-no-districts; do
  run roadmap-report -r "$BAL" --orgs "quarter/$registry.csv" quarter/submissions -o "quarter-$registry.docx" --as-of 2022-12-30 -q
  HOME=$WORK timeout 180 soffice --headless --norestore --convert-to pdf "quarter-$registry.docx" >/dev/null 2>&1 || fail "LibreOffice cannot convert quarter-$registry.docx"
  checks=$((checks + 1))
  $PRINT filled "quarter-$registry.pdf" 0.5 >/dev/null || fail "quarter-$registry.pdf: $($PRINT filled "quarter-$registry.pdf" 0.5)"
  $PRINT overlaps "quarter-$registry.pdf" >/dev/null || fail "words overlap in quarter-$registry.pdf"
done

# English.
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o report.docx --as-of 2026-12-20 --lang en -q
expect_status 1 "English run"
expect_doc report.docx '[t for l, t in d["headings"] if l == 1]' \
  "['1. Coverage', '2. Results by section', '3. Overdue activities', '4. Dynamics', '5. Organizations that need attention', '6. Conclusions']"
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o monitoring-en.xlsx --as-of 2026-12-20 --lang en -q
$CHECK workbook report.docx monitoring-en.xlsx >/dev/null || fail "the English report does not match the English workbook"
checks=$((checks + 1))

# Two periods of data: 2027's reports filled in by Python's csv from the templates.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2027 --out-dir t2027 -q
expect_status 0 "templates for 2027"
$PY "$SRC/tests/e2e/fill_templates.py" t2027 s2027 15.06.2027 || fail "filling the 2027 templates"
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" s2027 -o two.docx --as-of 2027-12-20 --format json
expect_json 'd["report"]["period"], d["report"]["previous_period"], d["report"]["pictures"]' "('2027', '2026', 2)"
expect_json 'd["report"]["organizations_submitted"], d["report"]["organizations_expected"]' "(61, 61)"
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" s2027 -o two.xlsx --as-of 2027-12-20 -q
$CHECK workbook two.docx two.xlsx >/dev/null || fail "the dynamics do not match the workbook's Trend: $($CHECK workbook two.docx two.xlsx 2>&1 | tail -2)"
checks=$((checks + 1))
expect_doc two.docx 'table(d, "Динамика")["rows"][0][2:7]' "['План 2026', 'Факт 2026', 'План 2027', 'Факт 2027', 'Изменение факта']"
expect_doc two.docx 'len(table(d, "Динамика")["rows"]) - 1' "21"
# The dynamics are over the organizations that reported for both years (SPEC.md
# §8a): the 48 accepted in 2026, all of whom report in 2027; the sentence says
# both years' coverage and counts what the table shows.
expect_doc two.docx '[p.split(";")[0] for p in d["paragraphs"] if p.startswith("Отчёты за 2026 год представили")]' \
  "['Отчёты за 2026 год представили 48 из 61 организации, за 2027 год — 61. Сравнение — по организациям, представившим отчёты за оба периода (их 48): выполнено мероприятий за 2027 год — $(doc two.docx 'sum(1 for r in table(d, "Динамика")["rows"][1:] if r[8] == "выполнено")'), за 2026 год — $(doc two.docx 'sum(1 for r in table(d, "Динамика")["rows"][1:] if r[7] == "выполнено")')']"
# Each actual of the dynamics recounted from the merged rows of those 48 organizations.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" s2027 -o both.csv -q
checks=$((checks + 1))
$PY - both.csv two.docx "$NV" "$SRC/tests/e2e" <<'EOF' || fail "the dynamics do not recount from the merged rows"
import csv, sys, yaml
sys.path.insert(0, sys.argv[4])
import check_report
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
by_period = {p: {r["org_id"] for r in rows if r["period"] == p} for p in ("2026", "2027")}
common = by_period["2026"] & by_period["2027"]
assert len(common) == 48, len(common)
roadmap = yaml.safe_load(open(sys.argv[3], encoding="utf-8"))
measure = {str(a["id"]): (a.get("indicator") or {}).get("measure") for s in roadmap["sections"] for a in s["activities"]}
table = check_report.table(check_report.outline(sys.argv[2]), "Динамика")["rows"]
checked = 0
for row in table[1:]:
    activity = row[0].split("(")[-1].rstrip(")").rstrip(".") if "(" in row[0] else row[0].rstrip(".")
    key = next(k for k in measure if k.rstrip(".") == activity)
    for column, period in ((3, "2026"), (5, "2027")):
        mine = [r for r in rows if r["period"] == period and r["activity_id"] == key and r["org_id"] in common]
        if measure[key] == "orgs-done":
            want = sum(r["status"] == "done" for r in mine)
        elif measure[key] == "sum":
            want = sum(float(r["value"] or 0) for r in mine)
        else:
            continue
        got = check_report.number(row[column]) if mine else None
        assert got == (want if mine else None), (row[0], period, row[column], want)
        checked += 1
assert checked >= 16, checked  # the eight orgs-done and sum activities, both years
EOF
checks=$((checks + 1))
HOME=$WORK timeout 180 soffice --headless --norestore --convert-to pdf two.docx >/dev/null 2>&1 || fail "LibreOffice cannot convert two.docx"
$PRINT overlaps two.pdf >/dev/null || fail "words overlap in the printed two-period report"
# 1.2.: 31 done in 2026.
expect_doc two.docx '[r[3] for r in table(d, "Динамика")["rows"] if r[0] == "1.2."]' "['31']"

# Hostile text from the registry and the roadmap stays text: quotes, <, &,
# control characters, a 32,000-character name.
$PY - "$ORGS" hostile-orgs.csv <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
for cells in rows[1:]:
    if cells[0] == "SCH-24":
        cells[1] = 'Школа "<w:p>&amp;</w:p>" \x01\x07\x1b конец'
    if cells[0] == "DOU-08":
        cells[1] = "Сад " + "щ" * 32000
    if cells[0] == "DOU-25":
        cells[3] = "Район <b>&</b>"
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""), delimiter=";").writerows(rows)
EOF
sed 's/^  title: .*/  title: "Дорожная карта <script>\&amp; \\"кавычки\\" ]]>"/' "$NV" > hostile.yaml
run roadmap-report -r hostile.yaml --orgs hostile-orgs.csv "$SUBS" -o hostile.docx --as-of 2026-12-20 -q
expect_status 1 "hostile names"
expect_doc hostile.docx '[r[2] for r in table(d, "Организации, отчёты")["rows"] if r[1] == "SCH-24"]' \
  "['Школа \"<w:p>&amp;</w:p>\"  конец']"
expect_doc hostile.docx '[len(r[2]) for r in table(d, "Организации, отчёты")["rows"] if r[1] == "DOU-08"]' "[32004]"
expect_doc hostile.docx '[r[0] for r in table(d, "Охват по районам")["rows"] if "<" in r[0]]' "['Район <b>&</b>']"
expect_doc hostile.docx '[p for p in d["paragraphs"] if p.startswith("Дорожная карта:")]' \
  "['Дорожная карта: Дорожная карта <script>&amp; \"кавычки\" ]]>']"
checks=$((checks + 1))
HOME=$WORK timeout 300 soffice --headless --norestore --convert-to pdf hostile.docx >/dev/null 2>&1 && [ -s hostile.pdf ] || fail "LibreOffice cannot open the hostile report"

# Exit codes as for render: usage and unwritable output are 2, with a reason.
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o /nonexistent/dir/r.docx --as-of 2026-12-20
expect_status 2 "unwritable output"
expect_in err "не удаётся записать /nonexistent/dir/r.docx"
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o r.docx --period 2031
expect_status 2 "unknown period"
run roadmap-report -r "$NV" --orgs "$ORGS" "$SUBS" -o "$SUBS/SCH-01.csv"
expect_status 2 "output over an input"
run roadmap-report --help
expect_status 0 "--help"
expect_in out "аналитическую справку"
run roadmap-report --help --lang en
expect_in out "analytic report"
# Without a registry the coverage says who was counted.
run roadmap-report -r "$NV" "$SUBS" -o noreg.docx --as-of 2026-12-20 -q
expect_doc noreg.docx '"Реестр организаций не задан" in [p for p in d["paragraphs"] if p.startswith("Отчёты за")][0]' "True"
done_checks
