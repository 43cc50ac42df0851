#!/usr/bin/env bash
# Reports as schools really send them, made by other programs (openpyxl,
# LibreOffice, Python's csv; see make_real_world.py): every file in the folder
# is read or named, nobody who sent a file is reported missing, and the merge
# reproduces exactly what the schools typed, field by field.
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl
NV="$SRC/data/nizhnevartovsk-mentoring-2026.yaml"
cd "$WORK" || exit 1

run roadmap-template -r "$NV" --orgs "$SRC/examples/orgs.csv" --period 2026 --out-dir tpl --xlsx -q
expect_status 0 "templates"
$PY "$SRC/tests/e2e/make_real_world.py" tpl "$SRC/examples/orgs.csv" rw || fail "making the real-world folder"
ORGS=rw/orgs.xlsx

# --- validate: every table file read, the rest named, no error, nobody who sent reported missing
# The resend «SCH-07 (2).xlsx» differs from «SCH-07.xlsx»: a conflict, unless --on-conflict last.
run roadmap-validate -r "$NV" --orgs "$ORGS" rw/reports --format json
expect_status 1 "validate the real-world folder: the resend conflicts"
expect_json "sorted({(f['path'].split('/')[-1], x['code']) for f in d['files'] for x in f['findings'] if x['severity'] == 'error'})" \
  "[('SCH-07 (2).xlsx', 'conflict')]"
run roadmap-validate -r "$NV" --orgs "$ORGS" rw/reports --format json --on-conflict last
expect_status 0 "validate the real-world folder, the resend wins"
expect_json "[f['path'].split('/')[-1] for f in d['files'] if f['path'] != 'rw/orgs.xlsx']" \
  "['DOU-01.ods', 'SCH-01.xls', 'SCH-02.ods', 'SCH-03.xlsm', 'SCH-04.xlsx', 'SCH-05.txt', 'SCH-06.csv', 'SCH-07.xlsx', 'SCH-07 (2).xlsx']"
expect_json "sorted(s['path'].split('/')[-1] for s in d['skipped'])" "['скан приказа.jpg', 'сопроводительное письмо.docx']"
expect_json "sum(f['errors'] for f in d['files'])" "0"
expect_json "sorted({x['message'].split('«')[1].split('»')[0] for f in d['files'] for x in f['findings'] if x['code'] == 'missing-submission'} & {'DOU-01', 'SCH-01', 'SCH-02', 'SCH-03', 'SCH-04', 'SCH-05', 'SCH-06', 'SCH-07'})" "[]"
expect_json "sorted({x['code'] for f in d['files'] for x in f['findings']})" "['blank-row', 'lookalike-org', 'missing-submission']"
expect_json "[(f['format'], f.get('sheet'), f['rows']) for f in d['files'] if f['path'].endswith(('.xls', '.ods', '.xlsm'))]" \
  "[('ods', 'Лист1', 10), ('xls', 'Отчёт', 10), ('ods', 'Отчёт', 10), ('xlsx', 'Отчёт', 10)]"
expect_json "[(f['encoding'], f['delimiter'], f['rows']) for f in d['files'] if f['path'].endswith('.txt')]" "[('utf-16le', '\\t', 10)]"
expect_json "[(f['path'].split('/')[-1], n['line']) for f in d['files'] for n in f.get('notes', [])]" \
  "[('DOU-01.ods', 4), ('SCH-04.xlsx', 4)]"
expect_json "[x['line'] for f in d['files'] for x in f['findings'] if x['code'] == 'lookalike-org']" "[2]"

run roadmap-validate -r "$NV" --orgs "$ORGS" rw/reports --on-conflict last
expect_in err "rw/orgs.xlsx:3: примечание: лист «Реестр»: заголовок таблицы найден в строке 3; строки 1–2 над ним (название, дата) пропущены"
expect_in err "SCH-04.xlsx:4: примечание: лист «Лист1»: заголовок таблицы найден в строке 4; строки 1–3 над ним"
expect_in err "SCH-06.csv:2: warning [lookalike-org] столбец «Код ОО»: код «SСН-06» набран похожими буквами другого алфавита (русская С вместо латинской C, русская Н вместо латинской H); принят как «SCH-06»"
expect_in err "скан приказа.jpg: файл пропущен — не таблица отчёта (.jpg)"
expect_in err "не прочитано других файлов в папках: 2"
expect_not_in err "~\$SCH-07"
expect_not_in err ".~lock"
expect_not_in err "unknown-column"
run roadmap-validate -r "$NV" --orgs "$ORGS" rw/reports --lang en -q
expect_in err "сопроводительное письмо.docx: file skipped — not a report table (.docx)"

# --- merge with --on-conflict last: exactly what the schools typed, the resend winning
run roadmap-merge -r "$NV" --orgs "$ORGS" rw/reports --on-conflict last -o merged.csv -q
expect_status 0 "merge, the resend wins"
checks=$((checks + 1))
$PY - rw/expected.csv merged.csv <<'PY' || fail "the merged rows differ from what the schools typed"
import csv, sys
columns = ["org_id", "period", "activity_id", "status", "value", "completed_on"]
expected = [tuple(r[c] for c in columns) for r in csv.DictReader(open(sys.argv[1], newline=""))]
merged = list(csv.DictReader(open(sys.argv[2], newline="")))
got = sorted(tuple(r[c] for c in columns) for r in merged)
for e, g in zip(expected, got):
    if e != g:
        print("expected", e, "merged", g, file=sys.stderr)
if len(expected) != len(got) or expected != got:
    sys.exit(f"{len(expected)} rows expected, {len(got)} merged")
sources = {r["source_file"].split("/")[-1] for r in merged if r["org_id"] == "SCH-07"}
if sources != {"SCH-07 (2).xlsx"}:
    sys.exit(f"SCH-07 came from {sources}, not the resend")
PY

# --- the default policy: the two SCH-07 files conflict; nothing else is lost
run roadmap-merge -r "$NV" --orgs "$ORGS" rw/reports -o strict.csv -q --format json --report strict.json
expect_status 1 "conflicting resend"
checks=$((checks + 1))
[ "$(grep -c '^SCH-04,' strict.csv)" = 10 ] || fail "SCH-04 rows lost when SCH-07 conflicts"

# --- the workbook names the skipped files too
run roadmap-render -r "$NV" --orgs "$ORGS" rw/reports --on-conflict last -o monitoring.xlsx --as-of 2026-12-20 --format json
expect_status 0 "render the real-world folder"
expect_json "len(d['skipped'])" "2"

# --- things that are wrong, said as what happened
mkdir bad
$PY - bad <<'PY' || fail "making the bad workbooks"
import datetime, sys, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Отчёт"
sheet.append(["Код ОО", "Период", "№ п/п", "Статус"])
sheet.append(["SCH-08", 2026, "1.3", '=IF(1=1,"выполнено","")'])   # openpyxl saves no result
sheet.append(["SCH-08", 2026, datetime.date(2026, 2, 1), "выполнено"])  # «1.2» turned into a date by Excel
book.save(sys.argv[1] + "/SCH-08.xlsx")
PY
printf '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1damaged' >bad/broken.xls
run roadmap-validate -r "$NV" --orgs "$SRC/examples/orgs.csv" bad
expect_status 1 "bad workbooks"
expect_in err "SCH-08.xlsx:2: error [missing-value] лист «Отчёт», ячейка D2, столбец «Статус»: в обязательной ячейке (status) формула без сохранённого значения"
expect_in err "SCH-08.xlsx:3: error [unknown-activity] лист «Отчёт», ячейка C3, столбец «№ п/п»: в ячейке номера мероприятия дата «2026-02-01»: похоже, Excel превратил номер «1.2» в дату"
expect_in err "broken.xls: error [unreadable-file] книгу Excel 97-2003 (.xls) не удаётся прочитать"

# --- standard input cannot be read twice
run roadmap-validate -r - -
expect_status 2 "-r - -"
expect_in err "стандартный ввод"

done_checks
