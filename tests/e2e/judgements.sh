#!/usr/bin/env bash
# Judgements (SPEC.md §8a, issue 28): a quarterly roadmap (Balakhna 2022)
# whose templates the schools, the department and the centres fill with
# openpyxl (an independent writer) for the third and fourth quarters, judged
# as of dates before, on and after its due dates; the verdict of every
# activity must be the same in the workbook, the справка and the JSON, and
# the one a careful reader of the order gives. Then a school's third-quarter
# file sent into the fourth quarter's folder: not received, with the reason,
# in every program, and no flood of warnings for the other quarter. Last,
# the yearly Nizhnevartovsk roadmap's continuous work and year-end targets.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl and python3-docx
BK="$SRC/data/balakhna-mentoring-2022.yaml"
CHECK="$SRC/tests/e2e/check_judgements.py"
cd "$WORK" || exit 1
printf 'Код ОО;Наименование;Тип;Район\nSCH-1;Школа 1;school;Балахна\nSCH-2;Школа 2;school;Балахна\nSCH-3;Школа 3;school;Балахна\nUO;Управление образования;centre;\nSFERA;РНЦ «Сфера»;centre;\nIDC;ИДЦ;centre;\n' >orgs.csv

for q in 3 4; do
  run roadmap-template -r "$BK" --orgs orgs.csv --period "2022-Q$q" --out-dir "tpl-q$q" --xlsx -q
  expect_status 0 "templates for Q$q"
done
# What each organization reports, quarter by quarter (the rest «частично»).
$PY - <<'PY' || fail "filling the templates"
import os, openpyxl
plan = {
    "q3": {
        "school": {"1.2": "не выполнено", "1.4": "выполнено", "1.6": "выполнено", "2.1": "выполнено"},
        "SCH-3": {"2.1": "не применимо"},
        "UO": {"1.1": "выполнено", "1.3": "выполнено", "1.5": "выполнено", "1.8": "не выполнено",
               "4.1": "выполнено", "4.2": "не выполнено"},
        "SFERA": {"3.2": "не выполнено"},
        "IDC": {},
    },
    "q4": {
        "school": {"1.2": "не выполнено", "1.4": "выполнено", "1.6": "не применимо", "2.1": "выполнено"},
        "SCH-3": {"2.1": "не применимо"},
        "UO": {"1.1": "выполнено", "1.3": "выполнено", "1.5": "выполнено", "1.8": "не выполнено",
               "4.1": "не выполнено", "4.2": "не выполнено"},
        "IDC": {},  # SFERA sends nothing for Q4
    },
}
for quarter, orgs in plan.items():
    os.makedirs(quarter, exist_ok=True)
    for name in sorted(os.listdir(f"tpl-{quarter}")):
        org = name[:-5]
        if not name.endswith(".xlsx") or (org not in orgs and not org.startswith("SCH-")):
            continue
        statuses = dict(orgs["school"]) if org.startswith("SCH-") else {}
        statuses.update(orgs.get(org, {}))
        book = openpyxl.load_workbook(os.path.join(f"tpl-{quarter}", name))
        sheet = book["Отчёт"]
        header = [c.value for c in sheet[1]]
        number, status = header.index("№ п/п"), header.index("Статус")
        for row in sheet.iter_rows(min_row=2):
            if row[number].value:
                row[status].value = statuses.get(str(row[number].value), "частично")
        book.save(os.path.join(quarter, f"{org}-{quarter}.xlsx"))
PY

# judge AS_OF NAME: the workbook, the справка and the JSON for Q4 over both quarters.
judge() {
  run roadmap-render -r "$BK" --orgs orgs.csv q3 q4 --period 2022-Q4 --as-of "$1" -o "$2.xlsx" --format json
  [ "$status" -le 1 ] || fail "render as of $1: exit $status"
  cp "$WORK/out" "$2.json"
  run roadmap-report -r "$BK" --orgs orgs.csv q3 q4 --period 2022-Q4 --as-of "$1" -o "$2.docx" --format json
  [ "$status" -le 1 ] || fail "report as of $1: exit $status"
  checks=$((checks + 1))
  cmp -s <($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["activities"])' "$2.json") \
         <($PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["activities"])' "$WORK/out") \
    || fail "render's and report's JSON judge differently as of $1"
}

# 10.10.2022, in the fourth quarter (the case the issue was filed on):
# «В течение года» (1.7) and continuous work (2.2, 5.1) are not overdue; 1.8 (до
# 10.11.2022) and 3.3 (декабрь) are not due yet; 1.2 missed 10.09.2022 in Q3
# and is still not done; 3.2 missed September in Q3 and has no Q4 data; 4.2
# missed 25.06.2022 (no Q2 report) and is not done since; 4.1 was done in Q3
# and its Q4 date (20.12) is ahead; 1.6 is «не применимо» for every school;
# 2.1 is done by two schools and not applicable to the third.
judge 2022-10-10 oct
checks=$((checks + 1))
$PY "$CHECK" oct.xlsx oct.docx oct.json '{
  "1.1.": ["выполнено", ""], "1.2.": ["не выполнено", "да, срок 10.09.2022"], "1.4.": ["выполнено", ""],
  "1.6.": ["не применимо", ""], "1.7.": ["в работе", ""], "1.8.": ["в работе", ""], "2.1.": ["выполнено", ""],
  "2.2.": ["в работе", ""], "2.6.": ["в работе", ""], "3.1.": ["нет данных", ""],
  "3.2.": ["нет данных", "да, срок 30.09.2022"], "3.3.": ["в работе", ""], "4.1.": ["в работе", ""],
  "4.2.": ["не выполнено", "да, срок 25.06.2022"], "5.1.": ["в работе", ""]}' >/dev/null \
  || fail "verdicts as of 10.10.2022: $($PY "$CHECK" oct.xlsx oct.docx oct.json '{}' 2>&1 | tail -2)"
expect_json '[a["next_due"] for a in d["activities"] if a["id"] in ("1.7", "1.8", "2.2")]' "['2022-12-31', '2022-11-10', '2023-03-31']"
expect_json '[(a["target"], a["actual"]) for a in d["activities"] if a["id"] in ("1.2", "2.1", "1.6")]' "[(3, 0), (0, 0), (2, 2)]"
# The справка's sentences say the same: three overdue, none of them «в работе».
expect_doc() {  # expect_doc FILE EXPR VALUE (as in report.sh)
  checks=$((checks + 1))
  local got
  got=$($PY -c 'import sys; sys.path.insert(0, sys.argv[3]); import check_report as c
d = c.outline(sys.argv[1]); table = c.table; print(eval(sys.argv[2]))' "$1" "$2" "$SRC/tests/e2e") || fail "cannot read $1"
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}
expect_doc oct.docx '[p for p in d["paragraphs"] if p.startswith("На 10.10.2022")][0].split(":")[0]' "На 10.10.2022 просрочено 3 мероприятия из 19"
expect_doc oct.docx '[p for p in d["paragraphs"] if p.startswith(("2)", "4)"))]' \
  "['2) Из 19 мероприятий выполнено 5 (26%), в работе 9, не выполнено 2, не применимо 1.', '4) Просрочено 3 мероприятия (1.2., 3.2., 4.2.): ответственным исполнителям нужно выполнить их в ближайшее время.']"
# Shares of what was due by 10.10.2022 (and what was done early): SCH-3 had
# 1.2 and 1.4 due (1.6 and 2.1 not applicable to it) and did 1.4; UO had 4.2
# due (missed 25.06) and did 1.1, 1.3, 1.5. IDC's only activity (3.3) is due
# in December: it is not ranked.
expect_doc oct.docx '[(r[1], r[4]) for r in table(d, "Организации с наименьшей")["rows"][1:]]' \
  "[('SCH-3', '1 из 2'), ('SCH-1', '2 из 3'), ('SCH-2', '2 из 3'), ('UO', '3 из 4')]"

# On 10.11.2022 1.8 is due that day, not yet missed; the day after it is.
judge 2022-11-10 nov10
$PY "$CHECK" nov10.xlsx nov10.docx nov10.json '{"1.8.": ["в работе", ""]}' >/dev/null || fail "1.8 on its due date"
checks=$((checks + 1))
judge 2022-11-11 nov11
$PY "$CHECK" nov11.xlsx nov11.docx nov11.json '{"1.8.": ["не выполнено", "да, срок 10.11.2022"]}' >/dev/null \
  || fail "1.8 the day after its due date"
checks=$((checks + 1))
# After the year: «В течение года» and «Декабрь, 2022» are missed on 31.12.2022,
# 4.1's 20.12.2022 passed; continuous work is still not due (31.03.2023).
judge 2023-01-05 jan
$PY "$CHECK" jan.xlsx jan.docx jan.json '{"1.7.": ["не выполнено", "да, срок 31.12.2022"],
  "3.3.": ["не выполнено", "да, срок 31.12.2022"], "4.1.": ["не выполнено", "да, срок 20.12.2022"],
  "2.2.": ["в работе", ""], "3.1.": ["нет данных", ""], "2.1.": ["выполнено", ""]}' >/dev/null \
  || fail "verdicts as of 05.01.2023: $($PY "$CHECK" jan.xlsx jan.docx jan.json '{}' 2>&1 | tail -2)"
checks=$((checks + 1))
# The third quarter as of 01.09.2022: 1.2's date (10.09) is ahead; 4.1's first
# date (25.03.2022, no Q1 report) has passed and was not met since.
run roadmap-render -r "$BK" --orgs orgs.csv q3 q4 --period 2022-Q3 --as-of 2022-09-01 -o sep.xlsx --format json
cp "$WORK/out" sep.json
run roadmap-report -r "$BK" --orgs orgs.csv q3 q4 --period 2022-Q3 --as-of 2022-09-01 -o sep.docx -q
$PY "$CHECK" sep.xlsx sep.docx sep.json '{"1.2.": ["в работе", ""], "4.1.": ["выполнено", ""],
  "4.2.": ["не выполнено", "да, срок 25.06.2022"], "1.7.": ["в работе", ""]}' >/dev/null \
  || fail "verdicts of Q3 as of 01.09.2022: $($PY "$CHECK" sep.xlsx sep.docx sep.json '{}' 2>&1 | tail -2)"
checks=$((checks + 1))
# The Trend sheet shows plan and fact in organizations for both quarters.
checks=$((checks + 1))
$PY - oct.xlsx <<'PY' || fail "the Trend sheet has no plan and fact for status-only activities"
import sys, openpyxl
rows = [list(r) for r in openpyxl.load_workbook(sys.argv[1])["Динамика"].iter_rows(values_only=True)]
head = rows[0]
row = next(r for r in rows if r[0] == "2.1.")
assert row[2] == "организаций выполнили (из обязанных отчитаться)", row
assert [row[head.index(f"{w} 2022-Q{q}")] for q in (3, 4) for w in ("План", "Факт")] == [2, 2, 2, 2], row
PY

# A school's third-quarter file in the fourth quarter's folder.
mkdir -p mixed
cp q4/SCH-1-q4.xlsx q4/SCH-2-q4.xlsx q4/UO-q4.xlsx q4/IDC-q4.xlsx mixed/
cp q3/SCH-3-q3.xlsx mixed/
run roadmap-validate -r "$BK" --orgs orgs.csv mixed --format json
expect_json '[(o["status"], [p.split("/")[-1] for p in o["other_period_files"]]) for o in d["organizations"] if o["org_id"] == "SCH-3"]' \
  "[('not-received', ['SCH-3-q3.xlsx'])]"
expect_json '[o["org_id"] for o in d["organizations"] if o["status"] == "not-received"]' "['SCH-3', 'SFERA']"
run roadmap-validate -r "$BK" --orgs orgs.csv mixed
expect_in err "SCH-3: не представлен — прислан отчёт за III квартал 2022 г., а нужен за IV квартал 2022 г. (файлы: "
expect_not_in err "2022-Q3"  # no «не представила отчёт за 2022-Q3» for the quarter nobody is judged on
checks=$((checks + 1))
[ "$(grep -c 'missing-submission' "$WORK/err")" = 2 ] || fail "missing-submission warnings: $(grep -c 'missing-submission' "$WORK/err"), expected 2 (SCH-3, SFERA for Q4)"
run roadmap-render -r "$BK" --orgs orgs.csv mixed -o mixed.xlsx --as-of 2022-10-10 -q
checks=$((checks + 1))
$PY - mixed.xlsx <<'PY' || fail "the Reports sheet does not say why SCH-3 is not received"
import sys, openpyxl
rows = [list(r) for r in openpyxl.load_workbook(sys.argv[1])["Отчёты"].iter_rows(values_only=True)]
head = rows[0]
row = next(r for r in rows if r[0] == "SCH-3")
assert row[head.index("Статус")] == "не представлен", row
assert row[head.index("Примечание")].startswith("прислан отчёт за III квартал 2022 г., а нужен за IV квартал 2022 г.: "), row
assert row[head.index("Примечание")].endswith("SCH-3-q3.xlsx"), row
PY
run roadmap-feedback -r "$BK" --orgs orgs.csv mixed --out-dir letters --as-of 2022-10-10 -q --signature "Методист Иванова И.И., тел. 4-12-33"
checks=$((checks + 1))
$PY - letters/SCH-3.eml <<'PY' || fail "SCH-3's letter does not name the period needed"
import sys, email, email.policy
message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
body = message.get_body(("plain",)).get_content()
assert "Мы получили от Школа 3 (SCH-3) файл «SCH-3-q3.xlsx»" in body, body
assert "но в нём отчёт за III квартал 2022 г., а нужен за IV квартал 2022 г." in body, body
assert "Мы не получили" not in body, body
assert body.rstrip().endswith("С уважением,\nМетодист Иванова И.И., тел. 4-12-33"), body  # several bodies: --signature
assert "/" not in body.split("«SCH-3-q3.xlsx»")[0][-40:], body
PY
# Without --signature, several bodies: signed by the one the registry calls a centre.
sed -e 's/^UO;\(.*\);centre;/UO;\1;department;/' -e 's/^SFERA;\(.*\);centre;/SFERA;\1;;/' \
  -e 's/^IDC;ИДЦ;centre;/IDC;МБУ «Информационно-диагностический центр»;centre;/' orgs.csv >orgs-one-centre.csv
run roadmap-feedback -r "$BK" --orgs orgs-one-centre.csv mixed --out-dir letters-centre --as-of 2022-10-10 -q
checks=$((checks + 1))
$PY - letters-centre/SCH-3.eml <<'PY' || fail "the letters' signature is not the centre's registry name"
import sys, email, email.policy
def body(path):
    message = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
    return message.get_body(("plain",)).get_content().rstrip()
assert body(sys.argv[1]).endswith("С уважением,\nМБУ «Информационно-диагностический центр»"), body(sys.argv[1])
PY
run roadmap-report -r "$BK" --orgs orgs.csv mixed -o mixed.docx --as-of 2022-10-10 --format json
expect_json 'd["report"]["period"], d["report"]["previous_period"]' "('2022-Q4', None)"
# Q3 here is one school's stray file: no «9 против 0» comparison with it.
expect_doc mixed.docx '[p for p in d["paragraphs"] if p.startswith("Динамика не приводится")]' \
  "['Динамика не приводится: отчёты за III квартал 2022 г. представили 1 из 6 организаций — меньше половины, поэтому сравнение было бы недостоверным.']"

# The yearly roadmap: «постоянно» with a year's target (1.2) is due on
# 31.12.2026 for that target, not before; after the year it is missed.
NV="$SRC/data/nizhnevartovsk-mentoring-2026.yaml"
for as_of in 2026-12-20 2027-01-10; do
  run roadmap-render -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" -o "nv-$as_of.xlsx" --as-of "$as_of" --format json
  cp "$WORK/out" "nv-$as_of.json"
  run roadmap-report -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" -o "nv-$as_of.docx" --as-of "$as_of" -q
done
$PY "$CHECK" nv-2026-12-20.xlsx nv-2026-12-20.docx nv-2026-12-20.json \
  '{"1.2.": ["в работе", ""], "1.1. (1.1b)": ["не выполнено", "да, срок 30.09.2026"], "1.1 (1.1a)": ["нет данных", ""]}' >/dev/null \
  || fail "Nizhnevartovsk as of 20.12.2026: $($PY "$CHECK" nv-2026-12-20.xlsx nv-2026-12-20.docx nv-2026-12-20.json '{}' 2>&1 | tail -2)"
checks=$((checks + 1))
$PY "$CHECK" nv-2027-01-10.xlsx nv-2027-01-10.docx nv-2027-01-10.json \
  '{"1.2.": ["не выполнено", "да, срок 31.12.2026"], "1.1. (1.1b)": ["не выполнено", "да, срок 30.09.2026"]}' >/dev/null \
  || fail "Nizhnevartovsk as of 10.01.2027: $($PY "$CHECK" nv-2027-01-10.xlsx nv-2027-01-10.docx nv-2027-01-10.json '{}' 2>&1 | tail -2)"
checks=$((checks + 1))

done_checks
