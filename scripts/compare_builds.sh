#!/usr/bin/env bash
# Behaviour kept across a refactoring: runs every program of two builds on
# one set and compares what they print, their exit codes and what they
# write — bytes for streams, JSON, CSV, letters and templates; cells for
# workbooks (openpyxl); text for the справка (python-docx).
#
#   scripts/compare_builds.sh OLD_APPS NEW_APPS ROADMAP ORGS SUBMISSIONS AS_OF PERIOD WORK_DIR
#
# e.g. with the build of an earlier commit in a worktree:
#   git worktree add /tmp/before <commit> && cmake -S /tmp/before -B /tmp/before/build -G Ninja \
#     -DCMAKE_BUILD_TYPE=RelWithDebInfo && ninja -C /tmp/before/build
#   scripts/compare_builds.sh /tmp/before/build/apps build/apps data/nizhnevartovsk-mentoring-2026.yaml \
#     examples/orgs.csv examples/submissions 2026-12-20 2026 /tmp/compare
# Templates carry their creation time: only their contents are compared there.
set -u
OLD=$(cd "$1" && pwd) NEW=$(cd "$2" && pwd)
R=$(realpath "$3") ORGS=$(realpath "$4") SUBS=$(realpath "$5") ASOF=$6 PERIOD=$7 W=$8 TAG=$(basename "$8")
rm -rf "$W"; mkdir -p "$W/old" "$W/new"
for side in old new; do
  B=$([ $side = old ] && echo $OLD || echo $NEW); D=$W/$side; cd $D
  run() { local name=$1; shift; "$@" >$name.out 2>$name.err; echo $? >$name.rc; }
  run validate $B/roadmap-validate -r $R --orgs $ORGS $SUBS
  run validate-json $B/roadmap-validate -r $R --orgs $ORGS $SUBS --format json
  run validate-roadmap $B/roadmap-validate -r $R --orgs $ORGS
  run merge $B/roadmap-merge -r $R --orgs $ORGS $SUBS -o merged.csv --report merged.json
  run merge-json $B/roadmap-merge -r $R --orgs $ORGS $SUBS -o merged2.csv --format json
  run render $B/roadmap-render -r $R --orgs $ORGS $SUBS -o m.xlsx --as-of $ASOF
  run render-json $B/roadmap-render -r $R --orgs $ORGS $SUBS -o m2.xlsx --as-of $ASOF --format json --lang en
  run report $B/roadmap-report -r $R --orgs $ORGS $SUBS -o r.docx --as-of $ASOF
  run report-json $B/roadmap-report -r $R --orgs $ORGS $SUBS -o r2.docx --as-of $ASOF --format json
  run feedback $B/roadmap-feedback -r $R --orgs $ORGS $SUBS --out-dir letters --as-of $ASOF
  run feedback-json $B/roadmap-feedback -r $R --orgs $ORGS $SUBS --out-dir letters2 --as-of $ASOF --format json
  run template $B/roadmap-template -r $R --orgs $ORGS --period $PERIOD --out-dir tpl --xlsx
  run bad-period $B/roadmap-render -r $R --orgs $ORGS $SUBS -o x.xlsx --period 2099
  run over-input $B/roadmap-merge -r $R --orgs $ORGS $SUBS -o $ORGS
done
cd $W
status=0
for f in $(cd old && ls *.out *.err *.rc merged.csv merged.json); do
  cmp -s old/$f new/$f || { echo "DIFF $TAG $f"; status=1; }
done
for d in letters letters2; do
  diff -rq old/$d new/$d >/dev/null || { echo "DIFF $TAG $d/"; diff -rq old/$d new/$d | head -3; status=1; }
done
/usr/bin/python3 - $W <<'PY' || status=1
import sys, openpyxl, docx
w = sys.argv[1]
def cells(p):
    wb = openpyxl.load_workbook(p)
    return [(ws.title, [[c.value for c in r] for r in ws.iter_rows()]) for ws in wb]
def text(p):
    d = docx.Document(p)
    return [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
bad = 0
for f in ("m.xlsx", "m2.xlsx"):
    if cells(f"{w}/old/{f}") != cells(f"{w}/new/{f}"): print("DIFF cells", f); bad = 1
import glob, os
for f in sorted(os.path.basename(p) for p in glob.glob(f"{w}/old/tpl/*.xlsx")):
    if cells(f"{w}/old/tpl/{f}") != cells(f"{w}/new/tpl/{f}"): print("DIFF template cells", f); bad = 1
for f in ("r.docx", "r2.docx"):
    if text(f"{w}/old/{f}") != text(f"{w}/new/{f}"): print("DIFF text", f); bad = 1
sys.exit(bad)
PY
echo "$TAG: compared, status $status"
exit $status
