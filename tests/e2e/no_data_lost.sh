# End to end: no output is ever half-written or lost. A merge or a render
# killed while writing (SIGTERM, SIGINT, and SIGKILL, which no program can
# catch) leaves the previous output byte for byte and no temporary file; two
# runs writing the same output at once leave one of the two complete files.
# Usage: no_data_lost.sh BIN_DIR SOURCE_DIR ROADMAP_GEN
source "$(dirname "$0")/lib.sh"
GEN=$3
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
PY=/usr/bin/python3

# A district's combined file large enough that writing takes a while: ~30 MB.
"$GEN" -r "$ROADMAP" -n 6000 --layout combined --seed 8 "$WORK/set" >/dev/null || fail "roadmap-gen"
SET=$WORK/set/submissions

OUT=$WORK/outputs
mkdir -p "$OUT"
listing() { (cd "$OUT" && ls -A); }

# The previous outputs: complete runs on a small set.
run roadmap-merge -r "$ROADMAP" "$SRC/examples/submissions" -o "$OUT/merged.csv" --keep-valid-rows -q
expect_status 1 "the previous merge"
run roadmap-render -r "$ROADMAP" "$SRC/examples/submissions" -o "$OUT/monitoring.xlsx" --as-of 2026-12-31 -q
expect_status 1 "the previous render"
# The large merged set that the render reads.
run roadmap-merge -r "$ROADMAP" "$SET" -o "$WORK/large.csv" --keep-valid-rows -q
before=$(cd "$OUT" && sha256sum merged.csv monitoring.xlsx)
files_before=$(listing)

killed_mid_write() {  # SIGNAL PROGRAM ARGS...: the program is stopped while writing
  local signal=$1 program=$2; shift 2
  local result
  result=$($PY "$SRC/tests/e2e/kill_mid_write.py" "$signal" "$OUT" "$BIN/$program" "$@") \
    || fail "$program finished before the test could send $signal"
  local bytes=${result% *} exit=${result#* }
  checks=$((checks + 1))
  [ "$exit" -eq "-$(kill -l "$signal")" ] || fail "$program after $signal: exit $exit"
  checks=$((checks + 1))
  [ "$(cd "$OUT" && sha256sum merged.csv monitoring.xlsx)" = "$before" ] \
    || fail "$program killed by $signal after $bytes bytes changed the previous output"
  checks=$((checks + 1))
  [ "$(listing)" = "$files_before" ] || fail "$program killed by $signal left: $(listing)"
  echo "$program: $signal after $bytes bytes written; previous output intact, nothing left behind"
}

# SIGKILL cannot be caught: only an unnamed temporary (O_TMPFILE) leaves
# nothing behind, and only file systems that have them can be tested so.
signals="TERM INT KILL"
$PY -c 'import os, sys; os.close(os.open(sys.argv[1], os.O_TMPFILE | os.O_WRONLY))' "$OUT" 2>/dev/null \
  || { signals="TERM INT"; echo "no O_TMPFILE in $OUT: SIGKILL not tested"; }
for signal in $signals; do
  killed_mid_write "$signal" roadmap-merge -r "$ROADMAP" "$SET" -o "$OUT/merged.csv" --keep-valid-rows -q -j 1
  killed_mid_write "$signal" roadmap-render -r "$ROADMAP" "$WORK/large.csv" -o "$OUT/monitoring.xlsx" \
    --as-of 2026-12-31 -q
done

# Two runs, one output: each writes a whole file and renames it; the last
# rename wins. Whichever it is, the file is one of the two complete outputs.
run roadmap-merge -r "$ROADMAP" "$SRC/examples/submissions/DOU-01.csv" -o "$WORK/one.csv" -q
run roadmap-merge -r "$ROADMAP" "$SET" -o "$WORK/two.csv" --keep-valid-rows -q
for round in 1 2 3; do
  "$BIN/roadmap-merge" -r "$ROADMAP" "$SRC/examples/submissions/DOU-01.csv" -o "$OUT/merged.csv" -q 2>/dev/null &
  first=$!
  "$BIN/roadmap-merge" -r "$ROADMAP" "$SET" -o "$OUT/merged.csv" --keep-valid-rows -q 2>/dev/null &
  second=$!
  wait "$first" "$second" || true
  checks=$((checks + 1))
  cmp -s "$OUT/merged.csv" "$WORK/one.csv" || cmp -s "$OUT/merged.csv" "$WORK/two.csv" \
    || fail "round $round: two concurrent merges left a file that is neither output"
  checks=$((checks + 1))
  [ "$(listing)" = "$files_before" ] || fail "round $round: concurrent merges left: $(listing)"
done
# And two renders: the workbook that stays opens and holds the whole data.
"$BIN/roadmap-render" -r "$ROADMAP" "$WORK/large.csv" -o "$OUT/monitoring.xlsx" --as-of 2026-12-31 -q 2>/dev/null &
first=$!
"$BIN/roadmap-render" -r "$ROADMAP" "$WORK/large.csv" -o "$OUT/monitoring.xlsx" --as-of 2026-12-31 -q 2>/dev/null &
second=$!
wait "$first" "$second" || true
checks=$((checks + 1))
$PY -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(z.testzip() is not None)' "$OUT/monitoring.xlsx" \
  || fail "two concurrent renders left a broken workbook"
checks=$((checks + 1))
[ "$(listing)" = "$files_before" ] || fail "concurrent renders left: $(listing)"

done_checks
