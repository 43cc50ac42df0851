#!/usr/bin/env bash
# The Debian package, as a user gets it (SPEC.md §14): built from build/ by
# scripts/package.sh, inspected (contents, Depends), checked by lintian (no
# error or warning), installed with apt-get, its programs run on the demo set
# by roadmap name, every manual page found by man -w and rendered without a
# warning, the completion loaded by bash, then removed. Needs root (or sudo):
# scripts/test.sh runs it after the suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
SRC=$(pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
WORK=$(mktemp -d)
installed=0
# A failure after the install still removes the package: the machine is left as it was.
cleanup() {
  [ "$installed" -eq 0 ] || $sudo apt-get remove -y -qq roadmap-monitoring >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
checks=0
fail() { echo "FAIL: $*" >&2; exit 1; }
check() { checks=$((checks + 1)); }
PROGRAMS=(roadmap-feedback roadmap-import roadmap-merge roadmap-render roadmap-report roadmap-serve roadmap-store roadmap-template
  roadmap-validate)

deb=$(scripts/package.sh | tail -1)
version=$(dpkg-deb -f "$deb" Version)
[ "$(basename "$deb")" = "roadmap-monitoring_${version}_$(dpkg --print-architecture).deb" ] || fail "package file name $deb"
check
[ "$version" = "$(sed -n 's/^project(roadmap_monitoring VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)" ] || fail "version $version is not the project's"

# Contents.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$WORK/contents"
expect_file() { check; grep -qxF "$1" "$WORK/contents" || fail "the package lacks $1"; }
for program in "${PROGRAMS[@]}"; do
  expect_file "/usr/bin/$program"
  expect_file "/usr/share/man/man1/$program.1.gz"
  expect_file "/usr/share/man/ru/man1/$program.1.gz"
  expect_file "/usr/share/bash-completion/completions/$program"
done
for roadmap in data/*.yaml; do expect_file "/usr/share/roadmap-monitoring/roadmaps/$(basename "$roadmap")"; done
expect_file /usr/share/doc/roadmap-monitoring/copyright
expect_file /lib/systemd/system/roadmap-serve.service
expect_file /usr/share/doc/roadmap-monitoring/changelog.gz
check
! grep -qE 'roadmap-gen|roadmap-bench|rmt_tests|fuzz_|/include/|\.a$' "$WORK/contents" || fail "the package holds build tools or tests"
check
[ "$(grep -cE '^/usr/bin/[^/]+$' "$WORK/contents")" -eq ${#PROGRAMS[@]} ] || fail "only the programs go to /usr/bin"

# Depends, from dpkg-shlibdeps over the binaries.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libyaml-cpp libxlsxwriter libfmt libminizip libexpat1 libfreexl libcairo2 libcurl4 libstdc++6 fonts-dejavu-core \
  libsqlite3 libsodium libcpp-httplib adduser; do
  check
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

# lintian: no error, no warning (information tags are printed).
check
lintian --fail-on error,warning --display-info "$deb" > "$WORK/lintian" 2>&1 || { cat "$WORK/lintian" >&2; fail "lintian"; }
grep -v "running with root" "$WORK/lintian" | sed 's/^/  lintian: /' || true

# Install as users do; the programs run.
installed=1
$sudo apt-get install -y -qq "$SRC/$deb" > "$WORK/apt" 2>&1 || { cat "$WORK/apt" >&2; fail "apt-get install"; }
cd "$WORK"
for program in "${PROGRAMS[@]}"; do
  check
  [ "$(command -v "$program")" = "/usr/bin/$program" ] || fail "$program is not /usr/bin/$program"
  check
  [ "$("$program" --version)" = "$program $version" ] || fail "$program --version"
done
expect_run() {  # expect_run STATUS PROGRAM ARGS...
  local want=$1; shift
  check
  local status=0
  "$@" > out 2> err || status=$?
  [ "$status" -eq "$want" ] || { cat err >&2; fail "$* exited $status, expected $want"; }
}
NV=nizhnevartovsk-mentoring-2026  # by name: the installed roadmap
expect_run 0 roadmap-validate -r "$NV" -q
expect_run 0 roadmap-validate -r balakhna-mentoring-2022 -q
expect_run 1 roadmap-validate -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" -q
expect_run 1 roadmap-render -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" -o monitoring.xlsx --as-of 2026-12-20 -q
expect_run 1 roadmap-report -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" -o spravka.docx --as-of 2026-12-20 -q
expect_run 1 roadmap-feedback -r "$NV" --orgs "$SRC/examples/orgs.csv" "$SRC/examples/submissions" --out-dir letters --as-of 2026-12-20 -q
expect_run 0 roadmap-template -r "$NV" --orgs "$SRC/examples/orgs.csv" --period 2027 --out-dir templates -q
expect_run 0 roadmap-import "$SRC/tests/data/orders/nizhnevartovsk-order.txt" -o imported.yaml -q
expect_run 0 roadmap-store init store -r "$NV" --orgs "$SRC/examples/orgs.csv" -q
expect_run 1 roadmap-store add store "$SRC/examples/submissions" -q
expect_run 0 roadmap-store check store -q
expect_run 1 roadmap-render --store store -o from-store.xlsx --as-of 2026-12-20 -q
expect_run 0 roadmap-serve links store -o links.csv -q
# The intake service's user and folder; its unit installed but not enabled.
check
getent passwd roadmap-monitoring >/dev/null || fail "postinst made no roadmap-monitoring user"
check
[ "$(stat -c %U /var/lib/roadmap-monitoring)" = roadmap-monitoring ] || fail "/var/lib/roadmap-monitoring is not the service's"
check
[ -s monitoring.xlsx ] && [ -s spravka.docx ] && [ "$(ls letters/*.eml | wc -l)" -eq 61 ] && [ "$(ls templates | wc -l)" -eq 61 ] \
  || fail "the installed programs did not write the demo's outputs"
expect_run 2 roadmap-validate -r no-such-roadmap
check
grep -qF "установлены: balakhna-mentoring-2022, nizhnevartovsk-mentoring-2026" err || fail "an unknown name must list the installed roadmaps: $(cat err)"

# Manual pages: found by man in both languages, rendered without a warning.
for program in "${PROGRAMS[@]}"; do
  check
  [ "$(man -w "$program")" = "/usr/share/man/man1/$program.1.gz" ] || fail "man -w $program: $(man -w "$program" 2>&1)"
  check
  [ "$(man -L ru -w "$program")" = "/usr/share/man/ru/man1/$program.1.gz" ] || fail "man -L ru -w $program"
  for page in "/usr/share/man/man1/$program.1.gz" "/usr/share/man/ru/man1/$program.1.gz"; do
    check
    LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" > page 2> warnings || fail "man -l $page"
    grep -vE 'cannot adjust line|can.t break line' warnings && fail "$page: groff warnings" || true
    check
    grep -qF -- "--lang" page || fail "$page does not list --lang"
  done
done
check
LC_ALL=C.UTF-8 MANWIDTH=100 man -L ru -l /usr/share/man/ru/man1/roadmap-validate.1.gz | grep -qF "Язык сообщений: ru (по умолчанию) или en" \
  || fail "the Russian page does not say what --help says"

# Completion: bash loads it and completes options, values and roadmap names.
complete_words() {  # complete_words PROGRAM WORD...: the completions of the last word
  bash -c '
    source /usr/share/bash-completion/bash_completion
    source "/usr/share/bash-completion/completions/$1"
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    "_${1//-/_}"
    printf "%s\n" "${COMPREPLY[@]}"' _ "$@"
}
check
[ "$(complete_words roadmap-validate --la)" = "--lang" ] || fail "completion of --la"
check
[ "$(complete_words roadmap-render --lang "" | sort | tr '\n' ' ')" = "en ru " ] || fail "completion of --lang values"
check
[ "$(complete_words roadmap-report --format j)" = "json" ] || fail "completion of --format"
check
complete_words roadmap-merge -r nizh | grep -qx "$NV" || fail "completion of an installed roadmap's name"

# Removed, nothing left behind.
$sudo apt-get remove -y -qq roadmap-monitoring > "$WORK/apt" 2>&1 || { cat "$WORK/apt" >&2; fail "apt-get remove"; }
installed=0
check
[ ! -e /usr/bin/roadmap-validate ] && [ ! -e /usr/share/roadmap-monitoring ] && [ ! -e /usr/share/man/ru/man1/roadmap-validate.1.gz ] \
  || fail "files left after removal"
echo "install_test.sh: $checks checks passed"
