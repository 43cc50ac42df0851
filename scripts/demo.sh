#!/usr/bin/env bash
# The main job on the demo set: install what is missing, build, then check
# both seed roadmaps in data/ and print what each one expects and when.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
bin=build/apps

status=0
for roadmap in data/*.yaml; do
  echo
  echo "== roadmap-validate -r $roadmap"
  "$bin/roadmap-validate" -r "$roadmap" "$@" || status=$?
done
exit "$status"
