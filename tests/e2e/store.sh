# End to end: the submission store (SPEC.md §15). A store filled over three
# periods by files made by other programs (roadmap-gen's sets, the demo
# set, a workbook written by openpyxl); a resend, a school that never sends,
# an odd file name; status and history read back; every program reading the
# store gives what it gives over the exported folder and over the original
# files; kill -9 during add, a full disk, two adds at once, a store from a
# future schema and a damaged byte, each followed by `check`.
# Usage: store.sh BIN_DIR SOURCE_DIR ROADMAP_GEN
source "$(dirname "$0")/lib.sh"
GEN=$3
ROADMAP=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
PY=/usr/bin/python3
ST=$WORK/store

# Three periods of one region: the same registry, a set per period.
for period in 2026 2027 2028; do
  "$GEN" -r "$ROADMAP" -n 60 --seed 5 --period $period --silent 0.05 --mistakes 0.1 --resubmissions 0 "$WORK/set$period" >/dev/null \
    || fail "roadmap-gen $period"
done
ORGS=$WORK/set2026/submissions/../orgs.csv

run roadmap-store add "$ST" "$WORK/set2026/submissions"
expect_status 2 "add to a store that does not exist"
expect_in err "roadmap-store init"
run roadmap-store init "$ST" -r "$ROADMAP"
expect_status 2 "a new store without a registry"
[ ! -e "$ST/store.sqlite" ] || fail "a refused init left a store behind"
run roadmap-store init "$ST" -r "$ROADMAP" --orgs "$ORGS"
expect_status 0 "init"
expect_in err "реестр организаций: версия 1"
run roadmap-store init "$ST" --orgs "$ORGS"
expect_status 0 "the same registry again"
expect_in err "не изменился"

# Period by period, as the reports arrive.
run roadmap-store add "$ST" "$WORK/set2026/submissions" --received-at 2027-01-20
[ "$status" -le 1 ] || fail "add 2026: exit $status"
expect_in err "принято в хранилище: "
run roadmap-store add "$ST" "$WORK/set2027/submissions" --received-at 2028-01-20T10:00 --source mail --format json
[ "$status" -le 1 ] || fail "add 2027: exit $status"
received2027=$(json 'len(d["receipts"])')
[ "$received2027" -ge 50 ] || fail "add 2027 received only $received2027 files"
expect_json 'all(o["period"] == "2027" for r in d["receipts"] for o in r["organizations_in_file"])' True
# 2028 arrives in two parts, the second a day later.
mkdir -p "$WORK/part1" "$WORK/part2"
i=0
for f in "$WORK/set2028/submissions"/*; do
  if [ $((i % 2)) -eq 0 ]; then cp "$f" "$WORK/part1/"; else cp "$f" "$WORK/part2/"; fi
  i=$((i + 1))
done
run roadmap-store add "$ST" "$WORK/part1" --received-at 2029-01-20
[ "$status" -le 1 ] || fail "add 2028 part 1: exit $status"

# A school's resend: the first file broken, the second right. And one file under an odd name.
victim=$(cd "$WORK/part2" && ls DOU-* | head -1)
victim_id=${victim%.csv}
sed 's/;выполнено;/;сделано;/; s/,выполнено,/,сделано,/; s/;done;/;сделано;/; s/,done,/,сделано,/' "$WORK/part2/$victim" >"$WORK/broken.csv"
cmp -s "$WORK/broken.csv" "$WORK/part2/$victim" && fail "could not break $victim"
mkdir -p "$WORK/resend1"
cp "$WORK/broken.csv" "$WORK/resend1/$victim"
run roadmap-store add "$ST" "$WORK/resend1" --received-at 2029-01-21T09:00
expect_status 1 "a broken file is received, with its errors"
expect_in err "[bad-status]"
run roadmap-store status "$ST" --period 2028
expect_in out "$victim_id	отклонён"
cp "$WORK/part2/$victim" "$WORK/.odd name $victim"
run roadmap-store add "$ST" "$WORK/part2" "$WORK/.odd name $victim" --received-at 2029-01-21T12:00
[ "$status" -le 1 ] || fail "add 2028 part 2: exit $status"
run roadmap-store status "$ST" --period 2028
expect_in out "$victim_id	принят"
run roadmap-store history "$ST" --org "$victim_id"
expect_in out "$victim_id за 2028: отклонён"
expect_in out "$victim_id за 2028: принят (было: отклонён)"
expect_in out "$victim_id за 2027: принят"
run roadmap-store history "$ST" --org "$victim_id" --format json
expect_json 'sum(1 for e in d["events"] if e["kind"] == "receipt")' 5
# Current: 2026's, 2027's, and of 2028's the odd-named copy, received last; not the broken one nor the one the copy followed.
expect_json '[e["current"] for e in d["events"] if e["kind"] == "receipt"]' "[True, True, False, False, True]"

# The export: the current file of each organization, under safe unique names.
run roadmap-store export "$ST" --period 2028 --out-dir "$WORK/export2028"
expect_status 0 "export 2028"
[ -f "$WORK/export2028/_odd name $victim" ] || fail "the odd name was not made safe: $(ls -A "$WORK/export2028" | head)"
cmp -s "$WORK/export2028/_odd name $victim" "$WORK/part2/$victim" || fail "the export holds another version of $victim"
[ ! -e "$WORK/export2028/$victim" ] || fail "the export holds a receipt of $victim that a later one replaced"
[ "$(ls -A "$WORK/export2028" | wc -l)" -eq "$(ls "$WORK/set2028/submissions" | wc -l)" ] \
  || fail "export 2028 has $(ls -A "$WORK/export2028" | wc -l) files, the set $(ls "$WORK/set2028/submissions" | wc -l)"
run roadmap-store export "$ST" --out-dir "$WORK/export"
expect_status 0 "export of every period"

# Every program over the store equals the same program over the export and over the original files.
# The originals: each period's folder as it came (2028: the files last received).
mkdir -p "$WORK/originals/2028"
cp -r "$WORK/set2026/submissions" "$WORK/originals/2026"
cp -r "$WORK/set2027/submissions" "$WORK/originals/2027"
cp "$WORK/export2028"/* "$WORK/originals/2028/"
for what in store export originals; do
  case $what in
    store) src=(--store "$ST") ;;
    export) src=(-r "$ROADMAP" --orgs "$ORGS" "$WORK/export") ;;
    originals) src=(-r "$ROADMAP" --orgs "$ORGS" "$WORK/originals") ;;
  esac
  run roadmap-render "${src[@]}" --period 2028 --as-of 2029-02-01 -o "$WORK/$what.xlsx" -q
  [ "$status" -le 1 ] || fail "render over the $what: exit $status"
  run roadmap-validate "${src[@]}" --period 2028 --format json
  cp "$WORK/out" "$WORK/$what-validate.json"
  run roadmap-merge "${src[@]}" -o "$WORK/$what-merged.csv" -q
  run roadmap-report "${src[@]}" --period 2028 --as-of 2029-02-01 -o "$WORK/$what.docx" -q
  [ "$status" -le 1 ] || fail "report over the $what: exit $status"
done
checks=$((checks + 1))
$PY - "$WORK" <<'PYEOF' || fail "the programs over the store differ from the same over the export or the originals"
import csv, json, os, re, sys, openpyxl, docx
work = sys.argv[1]
def base(v):
    # A file's path as each run names it: the store shows the received name,
    # «SCH-01 (2).csv» when another period's file came under the same name.
    if isinstance(v, str) and ("/" in v or v.endswith((".csv", ".xlsx"))):
        return re.sub(r" \(\d+\)(?=\.\w+$)", "", os.path.basename(v))
    return v
def cells(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [[base(c) for c in row] for row in ws.iter_rows(values_only=True)] for ws in wb}
def validate(path):
    d = json.load(open(path))
    for f in d["files"]:
        f["path"] = base(f["path"])
        f.pop("format", None)
    for o in d["organizations"]:
        o["files"] = [base(p) for p in o["files"]]
        o["other_period_files"] = [base(p) for p in o.get("other_period_files", [])]
    return d
def merged(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return [[base(c) for c in row] for row in csv.reader(f)]
def text(path):
    return [p.text for p in docx.Document(path).paragraphs]
store = cells(f"{work}/store.xlsx")
trend = store.get("Динамика")
assert trend and any("2026" in str(c) for row in trend for c in row), "the trend does not reach back to 2026"
for other in ("export", "originals"):
    o = cells(f"{work}/{other}.xlsx")
    assert store.keys() == o.keys(), (other, store.keys(), o.keys())
    for name in store:
        # The registry's own name differs (the store keeps it as received).
        a = [[c for c in row if not (isinstance(c, str) and c.endswith("orgs.csv"))] for row in store[name]]
        b = [[c for c in row if not (isinstance(c, str) and c.endswith("orgs.csv"))] for row in o[name]]
        if other == "originals":  # read in another order: the same rows, maybe not in the same order
            a, b = sorted(a, key=repr), sorted(b, key=repr)
        assert a == b, (other, name, [(x, y) for x, y in zip(a, b) if x != y][:2])
    va, vb = validate(f"{work}/store-validate.json"), validate(f"{work}/{other}-validate.json")
    files_a = [f for f in va["files"] if not f["path"].endswith("orgs.csv")]
    files_b = [f for f in vb["files"] if not f["path"].endswith("orgs.csv")]
    if other == "originals":
        files_a, files_b = sorted(files_a, key=repr), sorted(files_b, key=repr)
        for o in va["organizations"] + vb["organizations"]:
            o["files"].sort()
    assert files_a == files_b, (other, [(x, y) for x, y in zip(files_a, files_b) if x != y][:1], len(files_a), len(files_b))
    assert va["organizations"] == vb["organizations"], (other, "organizations", [(x, y) for x, y in zip(va["organizations"], vb["organizations"]) if x != y][:1])
    ma, mb = merged(f"{work}/store-merged.csv"), merged(f"{work}/{other}-merged.csv")
    if other == "originals":
        ma, mb = sorted(ma), sorted(mb)
    assert ma == mb, (other, "merged CSV")
    ta, tb = text(f"{work}/store.docx"), text(f"{work}/{other}.docx")
    assert ta == tb, (other, [(x, y) for x, y in zip(ta, tb) if x != y][:2])
PYEOF

# Letters from the store: an annotated copy is made from the stored bytes of a file with errors.
run roadmap-feedback --store "$ST" --period 2028 --as-of 2029-02-01 --out-dir "$WORK/letters" -q
[ "$status" -le 1 ] || fail "feedback over the store: exit $status"
checks=$((checks + 1))
ls "$WORK/letters" | grep -q "замечания.xlsx" || fail "feedback over the store made no annotated copy: $(ls "$WORK/letters" | head)"
! grep -rqs "rmt-store-" "$WORK/letters" || fail "a letter names the store's private folder"

# A school that never sends is not received for every period.
run roadmap-store status "$ST" --period 2027 --format json
expect_json 'sum(1 for o in d["organizations"] if o["status"] == "not-received") > 0' True

run roadmap-store check "$ST"
expect_status 0 "check after the periods"
expect_in err "хранилище в порядке"
receipts=$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt")

# Two adds at once both land; neither tells the user the database is locked.
mkdir -p "$WORK/a" "$WORK/b"
cp "$WORK/set2027/submissions"/* "$WORK/a/"
cp "$WORK/set2026/submissions"/* "$WORK/b/"
"$BIN/roadmap-store" add "$ST" "$WORK/a" -q >/dev/null 2>"$WORK/a.err" & first=$!
"$BIN/roadmap-store" add "$ST" "$WORK/b" -q >/dev/null 2>"$WORK/b.err" & second=$!
wait $first; s1=$?
wait $second; s2=$?
checks=$((checks + 1))
[ $s1 -le 1 ] && [ $s2 -le 1 ] || fail "concurrent adds: exit $s1 and $s2: $(cat "$WORK/a.err" "$WORK/b.err" | head -5)"
! grep -qi "locked" "$WORK/a.err" "$WORK/b.err" || fail "an add said the database is locked"
after=$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt")
[ "$after" -eq $((receipts + $(ls "$WORK/a" | wc -l) + $(ls "$WORK/b" | wc -l))) ] || fail "concurrent adds: $after receipts, expected more"

# kill -9 at random moments of an add: every time the store passes check.
"$GEN" -r "$ROADMAP" -n 600 --seed 9 --period 2027 "$WORK/big" >/dev/null || fail "roadmap-gen big"
for delay in 0.05 0.15 0.3 0.5 0.8; do
  before=$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt")
  "$BIN/roadmap-store" add "$ST" "$WORK/big/submissions" -j 2 >"$WORK/kill.out" 2>"$WORK/kill.err" & pid=$!
  sleep $delay
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  run roadmap-store check "$ST"
  expect_status 0 "check after kill -9 at $delay s"
  now=$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt")
  [ "$now" -ge "$before" ] || fail "receipts were lost: $before before, $now after kill -9"
  # What was committed is whole: each receipt has its bytes.
  orphans=$(sqlite3 "$ST/store.sqlite" "SELECT count(*) FROM receipt r LEFT JOIN blob b ON b.sha256 = r.blob WHERE b.sha256 IS NULL")
  [ "$orphans" -eq 0 ] || fail "$orphans receipts without bytes after kill -9"
done
# No private copy is left behind: those of the killed adds are removed by the next run. (Copies
# of programs still running, other tests' among them, are theirs: «rmt-store-<pid>-…».)
run roadmap-store status "$ST" --period 2027
checks=$((checks + 1))
for copy in $(find /dev/shm "${TMPDIR:-/tmp}" -maxdepth 1 -name 'rmt-store-*' -newer "$ORGS" 2>/dev/null); do
  pid=$(basename "$copy" | cut -d- -f3)
  # A process that ends removes its copy first: one that is gone with its copy still there was killed.
  kill -0 "$pid" 2>/dev/null || [ ! -e "$copy" ] || fail "the private copy of a process that ended was left behind: $copy"
done

# A full disk: the store on a 3 MB tmpfs (when this machine lets us mount one).
if [ "$(id -u)" -eq 0 ] && mkdir -p "$WORK/small" && mount -t tmpfs -o size=3m tmpfs "$WORK/small" 2>/dev/null; then
  trap 'umount "$WORK/small" 2>/dev/null; rm -rf "$WORK"' EXIT
  run roadmap-store init "$WORK/small/st" -r "$ROADMAP" --orgs "$ORGS"
  expect_status 0 "init on the small disk"
  run roadmap-store add "$WORK/small/st" "$SRC/examples/submissions"
  [ "$status" -le 1 ] || fail "a first add on the small disk: exit $status"
  small_before=$(sqlite3 "$WORK/small/st/store.sqlite" "SELECT count(*) FROM receipt")
  head -c 4000000 /dev/urandom >"$WORK/huge.csv"
  run roadmap-store add "$WORK/small/st" "$WORK/huge.csv"
  expect_status 2 "a full disk"
  expect_in err "нет места на диске"
  small_after=$(sqlite3 "$WORK/small/st/store.sqlite" "SELECT count(*) FROM receipt")
  [ "$small_after" -eq "$small_before" ] || fail "a full disk changed the store: $small_before → $small_after"
  rm -f "$WORK/huge.csv"
  run roadmap-store check "$WORK/small/st"
  expect_status 0 "check after a full disk"
  umount "$WORK/small"
else
  echo "store.sh: no tmpfs could be mounted here; the full-disk case was not run" >&2
fi

# A damaged byte is found; a store from a future version is refused, untouched.
cp -r "$ST" "$WORK/damaged"
sqlite3 "$WORK/damaged/store.sqlite" "UPDATE blob SET bytes = CAST('x' AS BLOB) WHERE sha256 = (SELECT blob FROM receipt LIMIT 1)"
run roadmap-store check "$WORK/damaged"
expect_status 1 "check of a damaged store"
expect_in err "не совпадает с его хешем"
cp -r "$ST" "$WORK/future"
sqlite3 "$WORK/future/store.sqlite" "PRAGMA user_version = 7"
sum_before=$(sha256sum "$WORK/future/store.sqlite")
run roadmap-store add "$WORK/future" "$SRC/examples/submissions"
expect_status 2 "a store from a future version"
expect_in err "более новой версией"
run roadmap-render --store "$WORK/future" -o "$WORK/future.xlsx" --lang en
expect_status 2 "render over a future store"
expect_in err "newer version"
[ "$sum_before" = "$(sha256sum "$WORK/future/store.sqlite")" ] || fail "a refused store was changed"

# --store with -r or inputs is a usage error; -r is still needed without a store.
run roadmap-render --store "$ST" -r "$ROADMAP" -o "$WORK/x.xlsx"
expect_status 2 "--store with -r"
run roadmap-render "$WORK/export" -o "$WORK/x.xlsx"
expect_status 2 "no -r and no store"
expect_in err "--roadmap"
# Inputs are never modified by add.
checks=$((checks + 1))
cmp -s "$WORK/broken.csv" "$WORK/resend1/$victim" || fail "add modified an input"
run roadmap-store check "$ST" --format json
expect_json 'd["ok"]' True
done_checks
