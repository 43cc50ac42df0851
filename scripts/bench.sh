#!/usr/bin/env bash
# The national-scale benchmark (docs/performance.md): install what is
# missing, build, then generate deterministic sets of 60, 700 and 40,000
# organizations in both layouts and time validate, merge, render, report and feedback against
# the cost of reading the same bytes. Prints a Markdown table of medians.
# Extra arguments go to build/tools/roadmap-bench (e.g. --sizes 700 --repeat 5).
# Needs about 1.5 GB free under /tmp (or --work-dir) and a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/tools/roadmap-bench "$@"
