# End to end: roadmap-validate on the demo set in examples/.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ORGS=$SRC/examples/orgs.csv
SUBS=$SRC/examples/submissions

# The demo set: every planted mistake is found, once, and nothing else.
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS" --format json --lang en
expect_status 1 "demo set"
expect_json 'd["valid"]' False
expect_json 'len(d["files"])' 58
expect_json 'd["errors"]' 9
expect_json 'd["warnings"]' 11
expect_json 'sorted((f["code"], sum(1 for g in d["files"] for h in g["findings"] if h["code"] == f["code"])) for f in {h["code"]: h for g in d["files"] for h in g["findings"]}.values())' \
  "[('bad-date', 1), ('bad-period', 1), ('bad-status', 1), ('bad-value', 1), ('blank-row', 1), ('date-out-of-period', 1), ('duplicate-row', 1), ('formula-like', 1), ('missing-activity', 3), ('missing-submission', 4), ('missing-value', 1), ('not-reporter', 1), ('unknown-activity', 1), ('unknown-column', 1), ('unknown-org', 1)]"
expect_json 'sum(1 for f in d["files"] if f["valid"])' 49
# An unknown column carries its header as written.
expect_json '[(x["column"], x["header"]) for f in d["files"] for x in f["findings"] if x["code"] == "unknown-column"]' "[(None, 'Ответственный')]"
# Each finding names its file's line, and its column by canonical name.
expect_json '[(h["line"], h["column"]) for f in d["files"] if f["path"].endswith("SCH-07.csv") for h in f["findings"]]' "[(4, 'status')]"
# Dialects as Excel and scripts write them.
expect_json '[(f["encoding"], f["delimiter"], f["rows"]) for f in d["files"] if f["path"].endswith("SCH-01.csv")]' "[('windows-1251', ';', 10)]"
expect_json '[(f["encoding"], f["delimiter"]) for f in d["files"] if f["path"].endswith("SCH-02.csv")]' "[('utf-8', ';')]"
expect_json '[(f["encoding"], f["delimiter"]) for f in d["files"] if f["path"].endswith("SCH-03.csv")]' "[('utf-8', ',')]"
# Files in sorted order; the registry (with missing-submission) last.
expect_json '[f["path"].split("/")[-1] for f in d["files"]][:2]' "['CRO.csv', 'DOD-01.csv']"
expect_json 'd["files"][-1]["path"].endswith("orgs.csv")' True
# One status per organization: SCH-03's file, whose rows name «SCH-3», is named for it.
expect_json '[(o["org_id"], o["status"], [p.split("/")[-1] for p in o["files"]]) for o in d["organizations"] if o["org_id"] in ("SCH-01", "SCH-03", "SCH-07", "SCH-24")]' \
  "[('SCH-01', 'accepted', ['SCH-01.csv']), ('SCH-03', 'rejected', ['SCH-03.csv']), ('SCH-07', 'rejected', ['SCH-07.csv']), ('SCH-24', 'not-received', [])]"
expect_json 'sorted(__import__("collections").Counter(o["status"] for o in d["organizations"]).items())' \
  "[('accepted', 48), ('not-received', 4), ('rejected', 9)]"

# Text mode: compiler-style lines in Russian, and the closing summary.
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS"
expect_status 1 "demo set, text"
expect_in err "SCH-07.csv:4: error [bad-status] столбец «Статус»: «сделано» — не статус; допустимо: выполнено, частично, не выполнено, не применимо"
expect_in err "57 файлов, без ошибок: 48; 9 ошибок, 11 предупреждений"
expect_in err "организации: представили 57 из 61; принято 48, отклонено 9, конфликт 0, файл не прочитан 0, не представлено 4"
[ ! -s "$WORK/out" ] || fail "text mode printed on stdout"

# A clean file passes; warnings alone pass unless --strict.
# Single files with a registry: only their own findings, and one note with
# how many organizations are still missing, so --strict passes clean files.
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS/SCH-01.csv" "$SUBS/CRO.csv" --lang en
expect_status 0 "clean files"
expect_in err "2 files, 2 valid; 0 errors, 0 warnings"
expect_in err "note: 59 registry organizations have sent nothing for 2026 yet; --list-missing, or checking a directory, lists them"
expect_not_in err "missing-submission"
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS/SCH-01.csv" --strict
expect_status 0 "one clean file, --strict"
expect_in err "примечание: ещё не представили отчёт за 2026: 60 организаций реестра"
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS/SCH-01.csv" --strict --list-missing --format json
expect_status 1 "--list-missing names them (warnings, so --strict fails)"
expect_json 'sum(1 for f in d["files"] for x in f["findings"] if x["code"] == "missing-submission")' 60
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS/SCH-01.csv" -q
expect_not_in err "примечание"

# The registry is checked whenever it is given, even with no submissions.
run roadmap-validate -r "$NV" --orgs "$ORGS"
expect_status 0 "roadmap and a good registry"
printf 'Код ОО;Наименование\nA;Школа\nA;Школа 2\n' >"$WORK/dup.csv"
run roadmap-validate -r "$NV" --orgs "$WORK/dup.csv"
expect_status 2 "a registry with a duplicate id, alone"
expect_in err "error [duplicate-id]"
printf 'Код ОО;Наименование\n;Школа\n' >"$WORK/empty-id.csv"
run roadmap-validate -r "$NV" --orgs "$WORK/empty-id.csv" --lang en
expect_status 2 "a registry with an empty id, alone"
expect_in err "error [missing-value]"
run roadmap-validate -r "$NV" --orgs "$WORK/no-such-registry.csv"
expect_status 2 "a missing registry, alone"
expect_in err "файл или папка не найдены"
run roadmap-validate -r "$NV" "$SUBS/SCH-11.csv" --lang en
expect_status 0 "warnings only"
expect_in err "no organization registry given (--orgs): the unknown-org and missing-submission checks are skipped"
run roadmap-validate -r "$NV" "$SUBS/SCH-11.csv" --strict -q
expect_status 1 "--strict"
expect_not_in err "реестр"

# Standard input, and an explicit dialect.
STDIN=$SUBS/SCH-01.csv run roadmap-validate -r "$NV" --encoding windows-1251 --delimiter ';' -
expect_status 0 "stdin"
# A wrong forced delimiter shows up as a missing column, not a crash.
run roadmap-validate -r "$NV" --delimiter , "$SUBS/SCH-01.csv" --lang en
expect_status 1 "wrong delimiter"
expect_in err "error [missing-column]"

# Exit 2: the roadmap is broken, or the registry is missing or broken.
run roadmap-validate -r "$SRC/tests/data/roadmaps/duplicate-id.yaml" "$SUBS" --lang en
expect_status 2 "broken roadmap with submissions"
expect_in err "roadmap-validate: the roadmap has errors; the submissions were not checked"
run roadmap-validate -r "$NV" --orgs "$WORK/none.csv" "$SUBS"
expect_status 2 "missing registry"
printf 'org_id;name\nA;School\nA;Again\n' >"$WORK/dup.csv"
run roadmap-validate -r "$NV" --orgs "$WORK/dup.csv" "$SUBS" --lang en
expect_status 2 "registry with duplicate ids"
expect_in err "dup.csv:3: error [duplicate-id]"
run roadmap-validate -r "$NV" --encoding koi8-r "$SUBS"
expect_status 2 "bad --encoding"

# A missing submission file is a finding about that file (exit 1), not a crash.
run roadmap-validate -r "$NV" "$WORK/absent.csv" --lang en
expect_status 1 "missing submission file"
expect_in err "absent.csv: error [unreadable-file]"

done_checks
