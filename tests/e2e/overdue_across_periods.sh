#!/usr/bin/env bash
# A quarterly roadmap (Balakhna) over two quarters, templates filled by an
# independent writer (Python's csv): an activity due once by 10.09.2022 and
# not done in Q3 or Q4 is overdue in Q4 with that date; a Q4 report repeating
# a Q3 completion date is no date-out-of-period (SPEC.md §8).
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl
BK="$SRC/data/balakhna-mentoring-2022.yaml"
cd "$WORK" || exit 1
printf 'Код ОО;Наименование;Тип;Район\nSCH-1;Школа 1;school;Балахна\nSCH-2;Школа 2;school;Балахна\nUO;Управление образования;centre;\nIDC;ИДЦ;centre;\n' >orgs.csv

for q in 3 4; do
  run roadmap-template -r "$BK" --orgs orgs.csv --period "2022-Q$q" --out-dir "tpl-q$q" -q
  expect_status 0 "templates for Q$q"
done
# Schools fill them: 1.2 («До 10.09.2022») not done in either quarter; every
# other activity done, with a completion date in the third quarter, in both reports.
$PY - tpl-q3 tpl-q4 filled <<'PY' || fail "filling the templates"
import csv, io, os, sys
os.makedirs(sys.argv[3], exist_ok=True)
for quarter, src in (("q3", sys.argv[1]), ("q4", sys.argv[2])):
    for name in sorted(os.listdir(src)):
        if not name.startswith("SCH-"):
            continue
        text = open(os.path.join(src, name), encoding="utf-8-sig").read()
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        header = rows[0]
        status, done_on = header.index("Статус"), header.index("Дата выполнения")
        for row in rows[1:]:
            if row[header.index("№ п/п")] == "1.2":
                row[status] = "не выполнено"
            else:
                row[status], row[done_on] = "выполнено", "15.08.2022"
        with open(os.path.join(sys.argv[3], f"{name[:-4]}-{quarter}.csv"), "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
PY

run roadmap-validate -r "$BK" --orgs orgs.csv filled/SCH-1-q4.csv filled/SCH-2-q4.csv --strict --format json
expect_status 0 "Q4 reports repeating a Q3 completion date pass --strict"
expect_json "sorted({x['code'] for f in d['files'] for x in f['findings']})" "[]"

run roadmap-render -r "$BK" --orgs orgs.csv filled -o q4.xlsx --period 2022-Q4 --as-of 2022-12-25 -q
expect_status 0 "render Q4"
checks=$((checks + 1))
$PY - q4.xlsx <<'PY' || fail "the Q4 summary does not keep 1.2 overdue with its missed date"
import sys, openpyxl
sheet = openpyxl.load_workbook(sys.argv[1])["Сводка"]
rows = {str(r[0]).strip(): r for r in sheet.iter_rows(values_only=True) if r and r[0]}
row = rows.get("1.2.") or rows.get("1.2")
assert row is not None, sorted(rows)
assert row[9] == "прошёл 10.09.2022", row
assert row[10] == "да, срок 10.09.2022", row
# 1.4, due by the same date, was done in Q3 and again reported done in Q4: not overdue.
done = rows.get("1.4.") or rows.get("1.4")
assert done[6] == "выполнено" and done[10] in (None, ""), done
PY
# In Q3, before and after the date.
run roadmap-render -r "$BK" --orgs orgs.csv filled -o q3.xlsx --period 2022-Q3 --as-of 2022-09-01 -q
expect_status 0 "render Q3 before the date"
checks=$((checks + 1))
$PY -c 'import sys, openpyxl
s = openpyxl.load_workbook(sys.argv[1])["Сводка"]
r = [r for r in s.iter_rows(values_only=True) if r and str(r[0]).strip() in ("1.2", "1.2.")][0]
assert r[9] == "до 10.09.2022" and r[10] in (None, ""), r' q3.xlsx || fail "1.2 overdue before its date"

done_checks
