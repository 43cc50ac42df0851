#!/usr/bin/env bash
# The main job on the demo set: install what is missing, build, check both
# seed roadmaps in data/, check the demo submissions in examples/ against the
# Nizhnevartovsk roadmap and the registry, merge them into one CSV, and render
# the monitoring workbook (from the submissions, so that its Findings sheet
# lists what the schools got wrong; render merges with the same rules), and
# write the analytic report (справка) and a letter to each organization from
# the same inputs. First, the step a new department starts with: a draft
# roadmap imported from the Nizhnevartovsk order's own table.
#
# The demo set holds deliberate mistakes, so validate and merge exit 1 on it;
# this script fails only when a program could not do its job (exit 2 or worse).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
bin=build/apps

step() {
  echo
  echo "== $*"
  local status=0
  "$@" || status=$?
  [ "$status" -le 1 ] || { echo "demo: '$*' failed with exit $status" >&2; exit "$status"; }
}

mkdir -p build/demo
step "$bin/roadmap-import" tests/data/orders/nizhnevartovsk-order.txt -o build/demo/imported-roadmap.yaml
step "$bin/roadmap-validate" -r build/demo/imported-roadmap.yaml -q
for roadmap in data/*.yaml; do
  step "$bin/roadmap-validate" -r "$roadmap" -q
done
step "$bin/roadmap-validate" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions
step "$bin/roadmap-merge" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions \
  -o build/demo/merged.csv
step "$bin/roadmap-render" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions -q \
  -o build/demo/monitoring.xlsx --as-of 2026-12-20
step "$bin/roadmap-report" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions -q \
  -o build/demo/spravka.docx --as-of 2026-12-20
step "$bin/roadmap-feedback" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions -q \
  --out-dir build/demo/letters --as-of 2026-12-20
step "$bin/roadmap-template" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv --period 2027 \
  --out-dir build/demo/templates-2027 --xlsx
echo
echo "demo: the roadmap drafted from the order is build/demo/imported-roadmap.yaml (read its ПРОВЕРЬТЕ comments),"
echo "      the merged data is in build/demo/merged.csv, the workbook in build/demo/monitoring.xlsx,"
echo "      the analytic report in build/demo/spravka.docx, a letter to each school in build/demo/letters/,"
echo "      next year's templates for the schools in build/demo/templates-2027/"
