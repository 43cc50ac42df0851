# End to end: roadmap-merge on the demo set and on the awkward cases of a
# batch run (rejections, conflicts, provenance, atomic output).
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ORGS=$SRC/examples/orgs.csv
SUBS=$SRC/examples/submissions
HEADER='org_id,period,activity_id,status,value,completed_on,evidence,comment,source_file,source_line'
cd "$WORK"
sums() { find "$SRC/examples" -type f -print0 | sort -z | xargs -0 sha256sum; }
sums >inputs.before

# The demo set: the nine files with errors are rejected and listed; the rest merge.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o merged.csv --format json --lang en
expect_status 1 "demo set"
expect_json 'd["merge"]["files"]' 57
expect_json 'd["merge"]["files_accepted"]' 48
expect_json 'd["merge"]["files_rejected"]' 9
expect_json 'd["merge"]["rows"]' 484
expect_json 'd["merge"]["conflicts"]' 0
expect_json 'sorted(r["path"].split("/")[-1] for r in d["rejected"])' \
  "['DOD-03.csv', 'DOU-05.csv', 'DOU-12.csv', 'DOU-22.csv', 'SCH-03.csv', 'SCH-07.csv', 'SCH-09.csv', 'SCH-15.csv', 'SCH-21.csv']"
expect_json 'd["errors"]' 9
[ "$(head -1 merged.csv)" = "$HEADER" ] || fail "merged.csv header: $(head -1 merged.csv)"
[ "$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' merged.csv)" = 484 ] \
  || fail "merged.csv does not hold 484 rows"
! grep -q $'\r' merged.csv || fail "merged.csv has CR line ends"
! grep -q $'^\xEF\xBB\xBF' merged.csv || fail "merged.csv starts with a BOM"
grep -q '/SCH-07.csv,' merged.csv && fail "a rejected file was merged"
# Windows-1251 input comes out as UTF-8 with canonical words, and the provenance of its rows.
grep -qE '^SCH-01,2026,1\.1b,done,,2026-09-17,"Отчёт на сайте ОО, раздел «Наставничество»",,.*/examples/submissions/SCH-01\.csv,2$' merged.csv \
  || fail "SCH-01 not normalized: $(grep SCH-01 merged.csv | head -1)"

# Text mode: findings, the rejected list and the summary, in Russian.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o merged-text.csv
expect_status 1 "demo set, text"
expect_in err "SCH-07.csv:4: error [bad-status]"
expect_in err "SCH-07.csv: отчёт SCH-07 за 2026 отклонён (10 строк, с ошибками: 1); в сводный файл не вошёл"
expect_in err "57 файлов: принято 48, отклонено 9; 484 строки в сводном файле, 0 конфликтов → merged-text.csv"
cmp -s merged.csv merged-text.csv || fail "text and JSON runs wrote different data"

# Determinism: again, and with the inputs in reverse order, byte for byte.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o again.csv -q
cmp -s merged.csv again.csv || fail "a second run wrote different bytes"
mapfile -t files < <(find "$SUBS" -name '*.csv' | sort -r)
run roadmap-merge -r "$NV" --orgs "$ORGS" "${files[@]}" -o reversed.csv -q
cmp -s merged.csv reversed.csv || fail "reversing the input order changed the output"

# --keep-valid-rows merges the valid rows of the rejected submissions too.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o kept.csv --keep-valid-rows --format json
expect_status 1 "--keep-valid-rows"
expect_json 'd["merge"]["rows"] > 484' True
grep -qE '/SCH-07\.csv,[0-9]+$' kept.csv || fail "SCH-07's valid rows were not kept"
grep -qE '^SCH-07,2026,1\.3,' kept.csv && fail "SCH-07's wrong row (line 4, 1.3) was kept"
# The counts say what happened: the files are still rejected, their valid rows are in.
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o kept.csv --keep-valid-rows
expect_in err "57 файлов: принято 48, отклонено 9 (их верные строки включены: --keep-valid-rows); 558 строк в сводном файле"
expect_in err "57 файлов, без ошибок: 48; 9 ошибок"

# The round trip: the merged file validates clean of errors and merges to the same bytes.
run roadmap-validate -r "$NV" "$WORK/merged.csv" --format json
expect_status 0 "validate merged.csv"
expect_json 'd["errors"]' 0
run roadmap-merge -r "$NV" merged.csv -o remerged.csv
expect_status 0 "merge merged.csv"
cmp -s merged.csv remerged.csv || fail "merging merged.csv again changed it"

# A clean set round-trips with no finding at all.
run roadmap-merge -r "$NV" "$SUBS/SCH-01.csv" "$SUBS/SCH-02.csv" -o clean.csv -q
expect_status 0 "clean files"
run roadmap-validate -r "$NV" clean.csv --format json
expect_status 0 "validate clean.csv"
expect_json 'd["errors"] + d["warnings"]' 0

# Conflicts: two files disagree on SCH-01's 1.2.
mkdir conflict
cp "$SUBS/SCH-01.csv" conflict/a.csv
python3 - "$SUBS/SCH-01.csv" conflict/b.csv <<'PY'
import sys
data = open(sys.argv[1], 'rb').read().decode('cp1251')
lines = data.split('\r\n')
for i, line in enumerate(lines):
    cells = line.split(';')
    if len(cells) > 3 and cells[2] == '1.2':
        cells[3] = 'выполнено'; lines[i] = ';'.join(cells); break
open(sys.argv[2], 'wb').write('\r\n'.join(lines).encode('cp1251'))
PY
run roadmap-merge -r "$NV" conflict -o conflict.csv --format json --lang en
expect_status 1 "conflict"
expect_json 'd["merge"]["conflicts"]' 1
expect_json '[(f["path"].split("/")[-1], h["code"], h["severity"], h["line"]) for f in d["files"] for h in f["findings"] if h["code"] == "conflict"]' \
  "[('b.csv', 'conflict', 'error', 3)]"
expect_json '"a.csv:3" in [h for f in d["files"] for h in f["findings"] if h["code"] == "conflict"][0]["message"]' True
# row FILE ORG ACTIVITY: the merged row's status and provenance, or "none".
row() {
  python3 - "$@" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8'))
        if r['org_id'] == sys.argv[2] and r['activity_id'] == sys.argv[3]]
print(' '.join(f"{r['status']}@{r['source_file'].split('/')[-1]}:{r['source_line']}" for r in rows) or 'none')
PY
}
[ "$(row conflict.csv SCH-01 1.2)" = none ] || fail "a disputed row was merged: $(row conflict.csv SCH-01 1.2)"
[ "$(row conflict.csv SCH-01 1.3)" = "partial@a.csv:5" ] || fail "an undisputed row: $(row conflict.csv SCH-01 1.3)"
run roadmap-merge -r "$NV" conflict -o last.csv --on-conflict last --format json --lang en
expect_status 0 "--on-conflict last"
expect_json '[(f["path"].split("/")[-1], h["severity"], h["line"]) for f in d["files"] for h in f["findings"] if h["code"] == "conflict"]' \
  "[('a.csv', 'warning', 3)]"
[ "$(row last.csv SCH-01 1.2)" = "done@b.csv:3" ] || fail "the later file did not win: $(row last.csv SCH-01 1.2)"

# Standard input, and data on standard output (findings then need --report).
STDIN=$SUBS/SCH-02.csv run roadmap-merge -r "$NV" - -o -
expect_status 0 "stdin to stdout"
expect_in out "$HEADER"
expect_in out ",<stdin>,2"
run roadmap-merge -r "$NV" "$SUBS/SCH-02.csv" -o - --format json
expect_status 2 "-o - with --format json and no --report"
expect_in err "--report"
run roadmap-merge -r "$NV" "$SUBS/SCH-07.csv" "$SUBS/SCH-02.csv" -o - --report report.json
expect_status 1 "--report"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["merge"]["files_rejected"] == 1, d["merge"]' report.json \
  || fail "report.json is not the findings document"

# The output is never an input, and a failed write keeps the previous output.
cp "$SUBS/SCH-02.csv" victim.csv
run roadmap-merge -r "$NV" victim.csv -o ./victim.csv
expect_status 2 "output equal to an input"
expect_in err "victim.csv — это один из входных файлов"
cmp -s victim.csv "$SUBS/SCH-02.csv" || fail "the input was modified"
run roadmap-merge -r "$NV" "$WORK" -o "$WORK/./merged.csv" -q --lang en
expect_status 2 "output inside an input directory"
expect_in err "is also an input"
run roadmap-merge -r "$NV" "$SUBS/SCH-02.csv" -o "$WORK/no/such/dir/out.csv" --lang en
expect_status 2 "missing output directory"
expect_in err "cannot write"
cp merged.csv previous.csv
( ulimit -f 8; run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o previous.csv -q --lang en
  expect_status 2 "file size limit"; expect_in err "cannot write" )
[ $? -eq 0 ] || exit 1
cmp -s merged.csv previous.csv || fail "a failed write damaged the previous output"
[ -z "$(find . -name '.*.tmp-*')" ] || fail "a temporary file was left behind: $(find . -name '.*.tmp-*')"
if [ "$(id -u)" != 0 ]; then
  mkdir locked && chmod 555 locked
  run roadmap-merge -r "$NV" "$SUBS/SCH-02.csv" -o locked/out.csv
  expect_status 2 "unwritable directory"
  chmod 755 locked
fi

# Bad usage and a broken roadmap are exit 2.
run roadmap-merge -r "$NV" "$SUBS"
expect_status 2 "no -o"
run roadmap-merge -r "$NV" "$SUBS" -o x.csv --on-conflict first
expect_status 2 "bad --on-conflict"
run roadmap-merge -r "$SRC/tests/data/roadmaps/duplicate-id.yaml" "$SUBS" -o x.csv
expect_status 2 "broken roadmap"
[ ! -e x.csv ] || fail "a failed run left an output"

sums >inputs.after
cmp -s inputs.before inputs.after || fail "an input file changed"
done_checks
