# End to end at scale: sets written by the deterministic generator
# (tools/roadmap-gen) in both layouts; validate must report exactly the
# findings the generator planted, merge exactly its conflicts; the dialect mix
# is what analysts receive; the same seed gives the same bytes.
source "$(dirname "$0")/lib.sh"
GEN=$3
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
cd "$WORK"

# compare PROGRAM: the findings on stdout (JSON) against expected.csv of the set in $PWD.
compare() {
  checks=$((checks + 1))
  python3 - "$WORK/out" "$1" <<'PY' || fail "$1 findings differ from the planted ones in $PWD/expected.csv"
import csv, json, sys
doc = json.load(open(sys.argv[1]))
program = sys.argv[2]
got = set()
for f in doc["files"]:
    for x in f["findings"]:
        if program == "validate" or x["code"] == "conflict":
            got.add((f["path"], x["line"], x["code"]))
want = {(r["file"], int(r["line"]), r["code"]) for r in csv.DictReader(open("expected.csv")) if r["program"] == program}
if got != want:
    print("unexpected:", sorted(got - want)[:10], "\nmissing:", sorted(want - got)[:10], file=sys.stderr)
    sys.exit(1)
PY
}

# One file per organization: 700 organizations with the default shares.
timeout 60 "$GEN" -r "$NV" -n 700 --seed 11 per-org >gen.txt || fail "roadmap-gen per-org"
rows=$(sed -n 's/^[0-9]* submission files, \([0-9]*\) rows.*/\1/p' gen.txt)
[ "${rows:-0}" -gt 6500 ] || fail "roadmap-gen reported $(cat gen.txt)"
cd per-org
[ "$(grep -c ',validate,\|^validate,' expected.csv)" -gt 20 ] || fail "too few planted mistakes"
run roadmap-validate -r "$NV" --orgs orgs.csv submissions --format json
expect_status 1 "validate per-org set"
compare validate
# The dialect mix: about a third Windows-1251 (';'), some UTF-8 with a BOM, the rest UTF-8 with commas.
expect_json 'sum(f.get("encoding") == "windows-1251" for f in d["files"]) in range(180, 300)' True
expect_json 'sum(f.get("delimiter") == "," for f in d["files"]) in range(280, 420)' True
expect_json 'd["files"][-1]["path"]' orgs.csv
expect_json 'sum(f.get("rows", 0) for f in d["files"])' "$rows"
run roadmap-merge -r "$NV" --orgs orgs.csv submissions -o merged.csv --format json
expect_status 1 "merge per-org set"
compare merge
expect_json 'd["merge"]["files_rejected"] == len({r["path"] for r in d["rejected"]}) > 10' True
# Threads change nothing: one thread and several give the same bytes.
mkdir one three
(cd one && timeout 60 "$BIN/roadmap-merge" -r "$NV" --orgs ../orgs.csv ../submissions -o merged.csv --format json -j 1 >out.json 2>/dev/null)
(cd three && timeout 60 "$BIN/roadmap-merge" -r "$NV" --orgs ../orgs.csv ../submissions -o merged.csv --format json -j 3 >out.json 2>/dev/null)
checks=$((checks + 1))
cmp -s one/merged.csv three/merged.csv && cmp -s one/out.json three/out.json || fail "merge -j 1 and -j 3 differ"
timeout 60 "$BIN/roadmap-validate" -r "$NV" --orgs orgs.csv submissions --format json -j 1 >one/validate.json 2>/dev/null
timeout 60 "$BIN/roadmap-validate" -r "$NV" --orgs orgs.csv submissions --format json -j 4 >three/validate.json 2>/dev/null
checks=$((checks + 1))
cmp -s one/validate.json three/validate.json || fail "validate -j 1 and -j 4 differ"
# Progress: on a terminal (script(1) provides one) a line on stderr with the
# files, rows and MB/s; nothing with --quiet, nothing when stderr is a file.
files=$(ls submissions | wc -l)
checks=$((checks + 1))
RMT_PROGRESS_DELAY_MS=0 timeout 60 script -qec "'$BIN/roadmap-validate' -r '$NV' --orgs orgs.csv submissions" /dev/null \
  >tty.txt 2>&1 </dev/null
grep -q "файлов: $files из $files, строк: $rows, " tty.txt || fail "no progress line on a terminal: $(tail -c 300 tty.txt)"
checks=$((checks + 1))
RMT_PROGRESS_DELAY_MS=0 timeout 60 script -qec "'$BIN/roadmap-merge' -r '$NV' --orgs orgs.csv submissions -o m.csv -q" /dev/null \
  >tty-quiet.txt 2>&1 </dev/null
! grep -q "файлов:" tty-quiet.txt || fail "a progress line despite --quiet"
checks=$((checks + 1))
RMT_PROGRESS_DELAY_MS=0 timeout 60 "$BIN/roadmap-merge" -r "$NV" --orgs orgs.csv submissions -o m.csv --lang en \
  >/dev/null 2>not-a-tty.txt
{ ! grep -qE "files: [0-9]+ of [0-9]+" not-a-tty.txt && ! grep -qF $'\x1b[K' not-a-tty.txt; } \
  || fail "a progress line on a redirected stderr"
cd "$WORK"

# One combined file, many mistakes and resubmissions: attribution per organization.
timeout 60 "$GEN" -r "$NV" -n 2000 --seed 5 --layout combined --mistakes 0.3 --resubmissions 0.05 combined >/dev/null \
  || fail "roadmap-gen combined"
cd combined
[ "$(ls submissions)" = "$(printf 'all.csv\nresubmitted.csv')" ] || fail "combined layout files: $(ls submissions)"
run roadmap-validate -r "$NV" --orgs orgs.csv submissions --format json
expect_status 1 "validate combined set"
compare validate
expect_json 'd["files"][0]["encoding"], d["files"][0]["delimiter"]' "('windows-1251', ';')"
run roadmap-merge -r "$NV" --orgs orgs.csv submissions -o merged.csv --format json
expect_status 1 "merge combined set"
compare merge
# Only the organizations with errors lose their rows; a ragged row rejects its own organization only.
expect_json 'd["merge"]["files_partly_accepted"], d["merge"]["submissions_accepted"] > 1200' "(1, True)"
expect_json 'all(r["org_id"] for r in d["rejected"])' True
# all.csv is over the 8 MB that threads hold ahead: it streams in its turn,
# resubmitted.csv is held; the bytes out are those of one thread.
[ "$(stat -c %s submissions/all.csv)" -gt 8388608 ] || fail "all.csv is too small to be streamed"
timeout 60 "$BIN/roadmap-merge" -r "$NV" --orgs orgs.csv submissions -o one.csv --format json -j 1 >one.json 2>/dev/null
timeout 60 "$BIN/roadmap-merge" -r "$NV" --orgs orgs.csv submissions -o two.csv --format json -j 2 >two.json 2>/dev/null
checks=$((checks + 1))
cmp -s one.csv two.csv && cmp -s <(sed 's/"one.csv"//' one.json) <(sed 's/"two.csv"//' two.json) \
  || fail "merge of a streamed and a held file differs between -j 1 and -j 2"
cd "$WORK"

# Same seed, same bytes; another seed, other bytes.
timeout 60 "$GEN" -r "$NV" -n 700 --seed 11 again >/dev/null || fail "roadmap-gen again"
checks=$((checks + 1))
diff -r per-org/submissions again/submissions >/dev/null && cmp -s per-org/orgs.csv again/orgs.csv \
  && cmp -s per-org/expected.csv again/expected.csv || fail "the same seed gave different bytes"
timeout 60 "$GEN" -r "$NV" -n 700 --seed 12 other >/dev/null || fail "roadmap-gen other"
checks=$((checks + 1))
! diff -rq per-org/submissions other/submissions >/dev/null || fail "another seed gave the same bytes"

# The Balakhna roadmap's quarters: a period picked by label.
timeout 60 "$GEN" -r "$SRC/data/balakhna-mentoring-2022.yaml" -n 60 --period 2022-Q4 --seed 3 balakhna >/dev/null \
  || fail "roadmap-gen balakhna"
cd balakhna
run roadmap-validate -r "$SRC/data/balakhna-mentoring-2022.yaml" --orgs orgs.csv submissions --format json
compare validate
expect_json 'sorted({l.split(",")[1] for f in [open("submissions/" + sorted(__import__("os").listdir("submissions"))[0], encoding="utf-8", errors="replace")] for l in list(f)[1:2]})' "['2022-Q4']"
cd "$WORK"

# Usage errors: an unknown period, no roadmap.
STDIN= timeout 10 "$GEN" -r "$NV" -n 5 --period 2031 bad >"$WORK/out" 2>"$WORK/err"; status=$?
expect_status 2 "unknown period"
expect_in err "2031"
done_checks
