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
expect_in err "none.yaml: error [unreadable-file] cannot read the file: no such file or directory"
run roadmap-validate -r "$SRC/data"
expect_status 2 "directory as roadmap"
# Usage errors in Russian by default, English with --lang en.
run roadmap-validate
expect_status 2 "no --roadmap"
expect_in err "roadmap-validate: не указан обязательный параметр --roadmap"
expect_in err "Справка: roadmap-validate --help"
run roadmap-validate --lang en
expect_status 2 "no --roadmap, English"
expect_in err "roadmap-validate: --roadmap is required"
run roadmap-validate -r "$NV" --lang de
expect_status 2 "bad --lang"
expect_in err "--lang: значение «de» не из списка: ru,en"
run roadmap-validate -r "$NV" --format xml
expect_status 2 "bad --format"
expect_in err "--format: значение «xml» не из списка: text,json"
run roadmap-validate -r "$NV" --format xml --lang en
expect_in err "--format: xml not in {text,json}"
run roadmap-validate -r "$NV" -j many x.csv
expect_in err "--jobs: значение «many» — не число от 1 до 256"
run roadmap-validate -r "$NV" --no-such-option
expect_in err "лишние аргументы: --no-such-option"
run roadmap-validate -r
expect_in err "--roadmap: не указано значение"

# --help of every program: Russian by default (its options, the example, the
# exit codes), English with --lang en.
for program in roadmap-validate roadmap-merge roadmap-render roadmap-template; do
  run $program --help
  expect_status 0 "$program --help"
  expect_in out "Запуск: $program"
  expect_in out "Пример:"
  expect_in out "Коды завершения: 0 — успех"
  expect_in out "Показать эту справку и выйти"
  expect_in out "Дорожная карта (YAML, format: roadmap/1)"
  expect_not_in out "Options:"
  run $program --help --lang en
  expect_status 0 "$program --help --lang en"
  expect_in out "Usage: $program"
  expect_in out "Example:"
  expect_in out "Exit codes: 0 success"
  expect_in out "Roadmap YAML (format: roadmap/1)"
  expect_not_in out "Пример"
done
run roadmap-merge --help
expect_in out "Два файла расходятся в строке"
run roadmap-render --help
expect_in out "Дата, на которую считаются сроки и просрочка"
run roadmap-template --help
expect_in out "Папка, куда писать <код>.csv или <код>.xlsx"
run roadmap-validate --version
expect_status 0 "--version"
expect_in out "roadmap-validate 0."

done_checks
