# Helpers for the end-to-end scripts: run a program, capture its streams and
# exit code, and fail loudly with what was seen.
# Usage in a script: source lib.sh; BIN=$1; SRC=$2.
set -u
BIN=$(cd "$1" && pwd)
SRC=$(cd "$2" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
checks=0

fail() {
  echo "FAIL: $*" >&2
  echo "--- stdout:" >&2; head -c 4000 "$WORK/out" >&2 2>/dev/null
  echo "--- stderr:" >&2; head -c 4000 "$WORK/err" >&2 2>/dev/null
  exit 1
}

# run PROGRAM ARGS...: runs $BIN/PROGRAM with a time limit; sets $status.
# Standard input is empty, or the file named by $STDIN (STDIN=f run ...).
run() {
  local program=$1; shift
  timeout 60 "$BIN/$program" "$@" >"$WORK/out" 2>"$WORK/err" <"${STDIN:-/dev/null}"
  status=$?
  [ "$status" -ne 124 ] || fail "$program $* did not finish within 60 s"
  [ "$status" -lt 128 ] || fail "$program $* died of signal $((status - 128))"
  if grep -qE 'terminate called|what\(\):|Segmentation|Aborted|std::' "$WORK/err"; then
    fail "$program $* printed a raw exception or crash"
  fi
}

expect_status() {
  checks=$((checks + 1))
  [ "$status" -eq "$1" ] || fail "${2:-command}: exit $status, expected $1"
}

expect_in() {  # expect_in out|err TEXT
  checks=$((checks + 1))
  grep -qF -- "$2" "$WORK/$1" || fail "expected «$2» in std$1"
}

expect_not_in() {
  checks=$((checks + 1))
  ! grep -qF -- "$2" "$WORK/$1" || fail "did not expect «$2» in std$1"
}

# json EXPR: evaluates a Python expression over the JSON document on stdout (as d).
json() {
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$WORK/out" "$1" \
    || fail "stdout is not the expected JSON document ($1)"
}

expect_json() {  # expect_json EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(json "$1")
  [ "$got" = "$2" ] || fail "JSON $1 = $got, expected $2"
}

# The demo's registry with an address for each organization but DOU-25, for letters sent.
registry_with_addresses() {  # registry_with_addresses OUT
  awk -F';' '{ sub(/\r$/, "") } NR == 1 { print $0 ";Эл. почта"; next } $1 == "DOU-25" { print $0 ";"; next }
             { print $0 ";" tolower($1) "@schools.example.ru" }' "$SRC/examples/orgs.csv" >"$1"
}

# A local SMTP server (python3-aiosmtpd, smtp_server.py) in the background that
# keeps what it receives in OUT_DIR and refuses the addresses named: its pid
# in $smtp, its address in $SMTP_URL.
start_smtp_server() {  # start_smtp_server OUT_DIR [REFUSED_ADDRESS...]
  local port_file="$1.port"
  /usr/bin/python3 "$SRC/tests/e2e/smtp_server.py" "$port_file" "$@" &
  smtp=$!
  for _ in $(seq 100); do [ -s "$port_file" ] && break; sleep 0.1; done
  [ -s "$port_file" ] || fail "the local SMTP server did not start"
  SMTP_URL="smtp://127.0.0.1:$(cat "$port_file")"
}

done_checks() { echo "$(basename "$0"): $checks checks passed"; }
