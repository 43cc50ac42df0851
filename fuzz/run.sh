#!/usr/bin/env bash
# Runs the fuzz targets (docs/hardening.md).
#
#   fuzz/run.sh replay BIN_DIR              every seed once through each fuzz_<t>_replay (CTest)
#   fuzz/run.sh fuzz BIN_DIR SECONDS [T...] libFuzzer for SECONDS per target (all nine,
#                                           or those named), as many at a time as processors
#
# BIN_DIR is the build's fuzz/ directory; RMT_FUZZ_JOBS caps how many
# targets run at once. A target's seeds are its committed corpus
# (fuzz/corpus/<target>/: seeds and every input that once failed) and the
# test fixtures of its kind. Fuzzing grows a working corpus in $RMT_FUZZ_WORK
# (default /tmp/rmt-fuzz) and stops at the first failure; the failing input is
# saved there as <target>-crash-*, -timeout-* or -oom-*: fix the bug, then
# copy the input into fuzz/corpus/<target>/.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:?replay or fuzz}
BIN=$(cd "${2:?build fuzz directory}" && pwd)
TARGETS=(csv_reader roadmap_loader deadline xlsx_reader ods_reader xls_reader submission_checks order_reader writers)

seeds() {  # the seed directories of target $1
  local dirs=("$SRC/fuzz/corpus/$1")
  case $1 in
    csv_reader) dirs+=("$SRC/examples/submissions" "$SRC/tests/hostile/csv") ;;
    roadmap_loader) dirs+=("$SRC/data" "$SRC/tests/data/roadmaps" "$SRC/tests/hostile/yaml") ;;
    xlsx_reader | ods_reader | xls_reader) dirs+=("$SRC/tests/data/workbooks") ;;
    submission_checks) dirs+=("$SRC/examples/submissions" "$SRC/fuzz/corpus/xlsx_reader" "$SRC/tests/hostile/csv") ;;
    order_reader) dirs+=("$SRC/tests/data/orders") ;;
    writers) dirs+=("$SRC/tests/hostile/csv") ;;
  esac
  for dir in "${dirs[@]}"; do [ -d "$dir" ] && echo "$dir"; done
}

max_len() {  # workbooks are larger than the text inputs
  case $1 in xlsx_reader | ods_reader | xls_reader | order_reader) echo 65536 ;; *) echo 16384 ;; esac
}

case $mode in
  replay)
    for target in "${TARGETS[@]}"; do
      mapfile -t dirs < <(seeds "$target")
      printf '%s: ' "$target"
      "$BIN/fuzz_${target}_replay" "${dirs[@]}"
    done
    ;;
  fuzz)
    seconds=${3:?seconds per target}
    shift 3
    [ $# -gt 0 ] && TARGETS=("$@")
    work=${RMT_FUZZ_WORK:-/tmp/rmt-fuzz}
    mkdir -p "$work"
    run_one() {
      local target=$1
      mkdir -p "$work/corpus/$target"
      mapfile -t dirs < <(seeds "$target")
      "$BIN/fuzz_$target" -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/$target-" \
        "$work/corpus/$target" "${dirs[@]}" >"$work/$target.log" 2>&1
    }
    export -f run_one seeds max_len
    export SRC BIN work seconds
    failed=0
    printf '%s\n' "${TARGETS[@]}" | xargs -P "${RMT_FUZZ_JOBS:-$(nproc)}" -I{} bash -c 'run_one {}' || failed=1
    for target in "${TARGETS[@]}"; do
      log=$work/$target.log
      runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
      cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || echo "?")
      if grep -qE '^(==[0-9]+==ERROR|SUMMARY: |invariant violated|.*deadly signal)' "$log"; then
        echo "$target: FAILED after $runs runs (log: $log)"
        grep -E 'ERROR|SUMMARY|invariant violated|Test unit written' "$log" | head -5
        failed=1
      else
        echo "$target: ${seconds}s, $runs runs, coverage $cov, corpus $(ls "$work/corpus/$target" | wc -l) files"
      fi
    done
    exit $failed
    ;;
  *) echo "usage: $0 replay|fuzz BIN_DIR [SECONDS [TARGET...]]" >&2; exit 2 ;;
esac
