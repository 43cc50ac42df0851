# End to end: roadmap-validate on the seed roadmaps and on broken ones.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
BK=$SRC/data/balakhna-mentoring-2022.yaml

# Both seed roadmaps validate; Nizhnevartovsk has its one deliberate warning.
run roadmap-validate -r "$NV"
expect_status 0 "seed Nizhnevartovsk"
expect_in out "периоды: 2026, 2027, 2028; разделов: 3; мероприятий: 21; с показателем: 20"
expect_in out "срок: «сентябрь ежегодно» → 2026: 30.09.2026; 2027: 30.09.2027; 2028: 30.09.2028"
expect_in err "warning [no-reporter]"
expect_in err "1 файл, без ошибок: 1; 0 ошибок, 1 предупреждение"

run roadmap-validate -r "$BK" --lang en
expect_status 0 "seed Balakhna"
expect_in out "periods: 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4, 2023-Q1; sections: 5; activities: 19"
expect_in out "deadline: «Сентябрь, 2022, февраль, 2023» → 2022-Q1: —; 2022-Q2: —; 2022-Q3: 30.09.2022; 2022-Q4: —; 2023-Q1: 28.02.2023"
expect_in err "1 file, 1 valid; 0 errors, 0 warnings"

# JSON: one document on stdout with the findings and the roadmap summary.
run roadmap-validate -r "$NV" --format json
expect_status 0 "seed JSON"
expect_json 'd["valid"]' True
expect_json 'd["warnings"]' 1
expect_json 'd["files"][0]["findings"][0]["code"]' no-reporter
expect_json 'd["roadmap"]["activities"]' 21
expect_json '[i["deadline"]["due"]["2027"] for i in d["roadmap"]["items"] if i["id"]=="1.7"][0]' "['2027-06-15']"
[ ! -s "$WORK/err" ] || fail "JSON mode printed on stderr"

# --strict turns the warning into a failure; --quiet drops the summary.
run roadmap-validate -r "$NV" --strict -q
expect_status 1 "--strict with a warning"
expect_in err "warning [no-reporter]"
[ ! -s "$WORK/out" ] || fail "--quiet still printed the summary"

# Standard input.
timeout 60 "$BIN/roadmap-validate" -r - --lang en <"$BK" >"$WORK/out" 2>"$WORK/err"
status=$?
expect_status 0 "roadmap from stdin"
expect_in err "1 file, 1 valid"

# Each broken fixture exits 1 and names its code in JSON, at a line.
for fixture in "$SRC"/tests/data/roadmaps/*.yaml; do
  code=$(basename "$fixture" .yaml)
  run roadmap-validate -r "$fixture" --format json --lang en --strict
  expect_status 1 "$code fixture"
  expect_json "[f['code'] for f in d['files'][0]['findings']]" "['$code']"
  expect_json "d['files'][0]['findings'][0]['line'] > 0" True
  run roadmap-validate -r "$fixture" --lang en
  expect_in err "[$code]"
  [ "$code" = no-reporter ] || expect_status 1 "$code fixture, text"
done
run roadmap-validate -r "$SRC/tests/data/roadmaps/unknown-party.yaml" --lang en
expect_in err "unknown-party.yaml:19:32: error [unknown-party] unknown party «centre»"

# Exit 2: no such file, a directory, bad usage. One short line, no exception text.
run roadmap-validate -r "$WORK/none.yaml" --lang en
expect_status 2 "missing roadmap"
expect_in err "none.yaml: error [unreadable-file] cannot read the file: no such file"
run roadmap-validate -r "$SRC/data"
expect_status 2 "directory as roadmap"
run roadmap-validate
expect_status 2 "no --roadmap"
expect_in err "roadmap-validate: --roadmap is required"
run roadmap-validate -r "$NV" --lang de
expect_status 2 "bad --lang"
run roadmap-validate -r "$NV" --format xml
expect_status 2 "bad --format"

run roadmap-validate --help
expect_status 0 "--help"
expect_in out "Example:"
run roadmap-validate --version
expect_status 0 "--version"
expect_in out "roadmap-validate 0."

done_checks
