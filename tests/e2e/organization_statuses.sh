#!/usr/bin/env bash
# One status per organization, the same in every output (SPEC.md §6): SCH-01
# accepted, SCH-02 rejected (a wrong status), SCH-03 sent a file that cannot
# be read, SCH-04 sent two files that disagree, SCH-05 sent nothing. Checked
# in merge's and render's JSON, on the workbook's Reports, By organization and
# Missing sheets (read back with openpyxl), in validate's JSON, and in both languages.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl
NV="$SRC/data/nizhnevartovsk-mentoring-2026.yaml"
cd "$WORK" || exit 1
printf 'Код ОО;Наименование;Тип;Район\n' >orgs.csv
for n in 1 2 3 4 5; do printf 'SCH-0%s;Школа %s;school;Район %s\n' "$n" "$n" "$n" >>orgs.csv; done

run roadmap-template -r "$NV" --orgs orgs.csv --period 2026 --out-dir tpl -q
expect_status 0 "templates"
mkdir in
$PY - tpl in <<'PY' || fail "filling the templates"
import csv, io, os, sys
src, dst = sys.argv[1:3]
def fill(org, status_of_row, name=None):
    text = open(os.path.join(src, f"{org}.csv"), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    header = rows[0]
    for n, row in enumerate(rows[1:], start=1):
        row[header.index("Статус")] = status_of_row(n)
        row[header.index("Значение")] = str(n)
    with open(os.path.join(dst, name or f"{org}.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
fill("SCH-01", lambda n: "выполнено")
fill("SCH-02", lambda n: "сделано" if n == 2 else "выполнено")
fill("SCH-04", lambda n: "выполнено")
fill("SCH-04", lambda n: "частично" if n == 1 else "выполнено", "SCH-04 (2).csv")
PY
printf 'PK\003\004 not really a workbook' >in/SCH-03.xlsx

expected="[('SCH-01', 'accepted'), ('SCH-02', 'rejected'), ('SCH-03', 'unreadable'), ('SCH-04', 'conflict'), ('SCH-05', 'not-received')]"
run roadmap-merge -r "$NV" --orgs orgs.csv in -o merged.csv --report merge.json -q
expect_status 1 "merge"
checks=$((checks + 1))
got=$($PY -c 'import json,sys; print([(o["org_id"], o["status"]) for o in json.load(open(sys.argv[1]))["organizations"]])' merge.json)
[ "$got" = "$expected" ] || fail "merge statuses $got"
run roadmap-merge -r "$NV" --orgs orgs.csv in -o merged.csv
expect_in err "организации: представили 4 из 5; принято 1, отклонено 1, конфликт 1, файл не прочитан 1, не представлено 1"

for lang in ru en; do
  run roadmap-render -r "$NV" --orgs orgs.csv in -o "m-$lang.xlsx" --as-of 2026-12-20 --lang "$lang" --format json
  expect_status 1 "render ($lang)"
  expect_json "[(o['org_id'], o['status']) for o in d['organizations']]" "$expected"
  expect_json "[[p.split('/')[-1] for p in o['files']] for o in d['organizations']]" \
    "[['SCH-01.csv'], ['SCH-02.csv'], ['SCH-03.xlsx'], ['SCH-04.csv', 'SCH-04 (2).csv'], []]"
done
checks=$((checks + 1))
$PY - m-ru.xlsx m-en.xlsx <<'PY' || fail "the workbook's sheets disagree on the statuses"
import sys, openpyxl
labels = {
    "ru": {"accepted": "принят", "rejected": "отклонён", "unreadable": "файл не прочитан", "conflict": "конфликт",
           "not-received": "не представлен"},
    "en": {"accepted": "accepted", "rejected": "rejected", "unreadable": "file not read", "conflict": "conflict",
           "not-received": "not received"},
}
expected = {"SCH-01": "accepted", "SCH-02": "rejected", "SCH-03": "unreadable", "SCH-04": "conflict",
            "SCH-05": "not-received"}
for path, lang in zip(sys.argv[1:], ("ru", "en")):
    book = openpyxl.load_workbook(path)
    names = book.sheetnames
    reports, matrix, missing, summary = (book[names[i]] for i in (3, 2, 4, 0))
    got = {r[0]: r[3] for r in reports.iter_rows(min_row=2, values_only=True)}
    assert got == {org: labels[lang][s] for org, s in expected.items()}, (lang, got)
    # The matrix: nobody who sent a file reads «нет отчёта» everywhere; the rejected and unreadable say so.
    cells = {r[0]: {c for c in r[5:] if c} for r in matrix.iter_rows(min_row=2, values_only=True)}
    not_reported = "нет отчёта" if lang == "ru" else "not reported"
    assert cells["SCH-02"] == {labels[lang]["rejected"]}, cells["SCH-02"]
    assert cells["SCH-03"] == {labels[lang]["unreadable"]}, cells["SCH-03"]
    assert labels[lang]["conflict"] in cells["SCH-04"], cells["SCH-04"]
    assert cells["SCH-05"] == {not_reported}, cells["SCH-05"]
    # Missing: only the one that sent nothing.
    assert [r[0] for r in missing.iter_rows(min_row=2, values_only=True) if r[0]] == ["SCH-05"], (lang, list(missing.iter_rows(values_only=True)))
    # The header block: sent 4 of 5, accepted 1.
    header = [r[0] for r in summary.iter_rows(max_row=8, values_only=True)]
    want = "Отчёты: представили 4 из 5 организаций; принято 1" if lang == "ru" else "Reports: 4 of 5 organizations submitted; 1 accepted"
    assert want in header, header
PY

run roadmap-validate -r "$NV" --orgs orgs.csv in --format json
expect_status 1 "validate"
expect_json "[(o['org_id'], o['status']) for o in d['organizations']]" "$expected"
expect_json "[(f['path'].split('/')[-1], x['line']) for f in d['files'] for x in f['findings'] if x['code'] == 'conflict']" "[('SCH-04 (2).csv', 2)]"
expect_json "sorted(x['message'].split(' ')[0] for f in d['files'] for x in f['findings'] if x['code'] == 'missing-submission')" "['SCH-05']"
# A resend with --on-conflict last replaces the original: accepted, as in the merge.
run roadmap-validate -r "$NV" --orgs orgs.csv in --on-conflict last --format json
expect_json "[(o['org_id'], o['status']) for o in d['organizations'] if o['org_id'] == 'SCH-04']" "[('SCH-04', 'accepted')]"
run roadmap-merge -r "$NV" --orgs orgs.csv in --on-conflict last -o last.csv --report last.json -q
checks=$((checks + 1))
$PY -c 'import json,sys; s=[o["status"] for o in json.load(open(sys.argv[1]))["organizations"] if o["org_id"] == "SCH-04"]; sys.exit(s != ["accepted"])' last.json \
  || fail "merge --on-conflict last: SCH-04 not accepted"

done_checks
