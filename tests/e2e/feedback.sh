# End to end: roadmap-feedback (SPEC.md §12) on the demo set with a registry
# of e-mail addresses and one school's report as a workbook made by openpyxl:
# every letter parsed with Python's email module, every annotated copy opened
# with openpyxl; then sent to a local SMTP server (python3-aiosmtpd) that
# refuses one recipient; a second run sends nothing twice.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
PY=/usr/bin/python3  # Debian's, with python3-openpyxl and python3-aiosmtpd
CHECK="$PY $SRC/tests/e2e/check_letters.py"
cd "$WORK"
letters() {  # letters DIR EXPR
  $CHECK eval "$1" "$2" || fail "cannot read the letters in $1 ($2)"
}
expect_letters() {  # expect_letters DIR EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(letters "$1" "$2")
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}

# The registry with addresses (DOU-25 has none), written by Python's csv; the
# demo's reports, SCH-02's as a workbook whose C5 names an activity the
# roadmap does not have.
cp -r "$SRC/examples/submissions" subs
rm subs/SCH-02.csv
$PY - "$SRC/examples/orgs.csv" orgs.csv "$SRC/examples/submissions/SCH-02.csv" subs/SCH-02.xlsx <<'EOF'
import csv, sys, openpyxl
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), delimiter=";"))
rows[0].append("Эл. почта")
for r in rows[1:]:
    r.append("" if r[0] == "DOU-25" else f"{r[0].lower()}@schools.example.ru")
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""), delimiter=";").writerows(rows)
sheet = list(csv.reader(open(sys.argv[3], encoding="utf-8-sig", newline=""), delimiter=";"))
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Отчёт"
for r in sheet:
    ws.append(r)
ws["C5"] = "9.9"
wb.save(sys.argv[4])
EOF
run roadmap-validate -r "$NV" --orgs orgs.csv subs --format json
cp "$WORK/out" validate.json

run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir letters --as-of 2026-12-20
expect_status 1 "the demo's rejected reports are errors"
expect_in err "Письма записаны в letters: 61 письмо (отчёт принят — 47, нужно исправить — 10, напоминаний — 4); копий с замечаниями — 10"
expect_in err "нет адреса эл. почты в реестре у 1 организации: DOU-25"
# One letter per registry organization, to its address, of the kind its status asks for.
checks=$((checks + 1))
$CHECK letters letters orgs.csv validate.json >/dev/null || fail "the letters do not match the statuses: $($CHECK letters letters orgs.csv validate.json 2>&1 | tail -2)"
# A bad status at a known line: the place, the value and what to do, in plain words.
expect_letters letters '[l for l in letter("SCH-07")[1].splitlines() if l.startswith("1.")]' \
  "['1. Файл «SCH-07.csv», строка 4, столбец «Статус»: «сделано» — не статус; допустимо: выполнено, частично, не выполнено, не применимо.']"
# A bad value.
expect_letters letters '[l for l in letter("DOU-12")[1].splitlines() if "«два»" in l]' \
  "['1. Файл «DOU-12.csv», строка 10, столбец «Значение»: «два» — не число от нуля и больше. Что сделать: только число, дробная часть через запятую или точку: 12,5.']"
# An unknown activity in a workbook: the sheet and the cell.
expect_letters letters '[l.split(":")[0] for l in letter("SCH-02")[1].splitlines() if "9.9" in l]' \
  "['1. Файл «SCH-02.xlsx», лист «Отчёт», ячейка C5 (столбец «№ п/п»)']"
# Nothing sent: a reminder naming the period and the (passed) due date.
expect_letters letters '[l for l in letter("SCH-24")[1].splitlines() if l.startswith("Мы не получили")]' \
  "['Мы не получили отчёт МБОУ «Средняя школа №24» (SCH-24) за 2026 год по дорожной карте «Дорожная карта по реализации системы (целевой модели) наставничества (2026 - 2028 гг.)». Пришлите его, пожалуйста, как можно скорее (срок был 15.12.2026).']"
# Rows missing from an accepted report are asked for now, not «next time».
expect_letters letters '[l for l in letter("DOU-19")[1].splitlines() if l.startswith("В отчёте нет строк")]' \
  "['В отчёте нет строк по мероприятиям: 3.2, 3.3. Добавьте, пожалуйста, строки по ним и пришлите отчёт ещё раз как можно скорее (срок был 15.12.2026).']"
# A reminder brings the school's template.
expect_letters letters '[p.get_filename() for p in letter("SCH-24")[0].iter_attachments()]' "['SCH-24 — шаблон отчёта 2026.xlsx']"
# A clean school: accepted, no attachment; the centre too.
expect_letters letters '[str(letter(o)[0]["Subject"]).split(":")[0] for o in ("SCH-01", "CRO")], [len(list(letter(o)[0].iter_attachments())) for o in ("SCH-01", "CRO")]' \
  "(['Отчёт принят', 'Отчёт принят'], [0, 0])"
# Encoded headers decode to the registry's Cyrillic name; the date is --as-of's.
expect_letters letters 'letter("SCH-07")[0]["To"].addresses[0].display_name, letter("SCH-07")[0]["Date"]' \
  "('МБОУ «Средняя школа №7»', 'Sun, 20 Dec 2026 09:00:00 +0000')"
expect_letters letters '[p.get_filename() for p in letter("SCH-07")[0].iter_attachments()]' "['SCH-07 — замечания.xlsx']"
# The annotated copies: the wrong cell red with a note saying why; the list first.
expect_letters letters '[(c.sheetnames, c["SCH-07.csv"]["D4"].value, c["SCH-07.csv"]["D4"].fill.fgColor.rgb, c["SCH-07.csv"]["D4"].comment.text[:20], c["SCH-07.csv"]["D3"].fill.fill_type) for c in [copy("SCH-07 — замечания.xlsx")]]' \
  "[(['Замечания', 'SCH-07.csv'], 'сделано', 'FFFFC7CE', '«сделано» — не стату', None)]"
expect_letters letters '[(s, c["Отчёт"]["C5"].value, c["Отчёт"]["C5"].fill.fgColor.rgb, bool(c["Отчёт"]["C5"].comment)) for c in [copy("SCH-02 — замечания.xlsx")] for s in [c.sheetnames]]' \
  "[(['Замечания', 'Отчёт'], '9.9', 'FFFFC7CE', True)]"
expect_letters letters '[r[2] for r in copy("SCH-07 — замечания.xlsx")["Замечания"].iter_rows(min_row=2, values_only=True)]' \
  "['Файл «SCH-07.csv», строка 4, столбец «Статус»']"
# The same run writes the same bytes.
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir again --as-of 2026-12-20 -q
checks=$((checks + 1))
diff -r letters again >/dev/null || fail "two runs wrote different letters"

# Sending to a local server that refuses SCH-01's address.
smtp=0
trap 'kill $smtp 2>/dev/null; rm -rf "$WORK"' EXIT
start_smtp_server received sch-01@schools.example.ru
URL=$SMTP_URL
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir letters --as-of 2026-12-20 --send "$URL" --from centre@cro.example.ru
expect_status 1 "one letter refused"
expect_in err "SCH-01: не отправлено:"
expect_in err "550"
expect_in err "SCH-07: отправлено (sch-07@schools.example.ru)"
expect_in err "отправлено 59, не принято сервером 1, уже отправлены ранее 0, без адреса 1, состояние неизвестно 0, не отправлено 0"
checks=$((checks + 1))
$PY - received letters <<'EOF' || fail "the server did not receive every letter once, as written"
import email, email.policy, os, sys
got, letters = sys.argv[1], sys.argv[2]
messages = sorted(f for f in os.listdir(got) if f.endswith(".eml"))
assert len(messages) == 59, len(messages)
seen = {}
for name in messages:
    m = email.message_from_bytes(open(os.path.join(got, name), "rb").read(), policy=email.policy.default)
    to = open(os.path.join(got, name[:-4] + ".rcpt")).read().split()
    org = str(m["Subject"]).split(": ")[1].split(",")[0]
    assert org not in seen, org
    seen[org] = to
    assert to == [f"{org.lower()}@schools.example.ru"], (org, to)
    written = email.message_from_bytes(open(os.path.join(letters, org + ".eml"), "rb").read(), policy=email.policy.default)
    assert m.get_body(("plain",)).get_content() == written.get_body(("plain",)).get_content(), org
    assert [a.get_content() for a in m.iter_attachments()] == [a.get_content() for a in written.iter_attachments()], org
assert "SCH-01" not in seen and "DOU-25" not in seen
EOF
checks=$((checks + 1))
[ "$(wc -l < letters/sent.log)" -eq 59 ] || fail "sent.log does not hold the 59 letters sent"
# A second run sends nothing twice: only the refused one is tried again.
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir letters --as-of 2026-12-20 --send "$URL" --from centre@cro.example.ru
expect_status 1 "the refused letter still fails"
expect_in err "отправлено 0, не принято сервером 1, уже отправлены ранее 59, без адреса 1, состояние неизвестно 0, не отправлено 0"
checks=$((checks + 1))
[ "$(ls received/*.eml | wc -l)" -eq 59 ] || fail "a letter was sent twice"
# JSON: each letter's kind and what happened to it.
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir letters --as-of 2026-12-20 --send "$URL" --from centre@cro.example.ru --format json
expect_json '[(l["org_id"], l["kind"], l["sending"]["state"]) for l in d["letters"] if l["org_id"] in ("SCH-01", "SCH-07", "SCH-24", "DOU-25")]' \
  "[('SCH-01', 'accepted', 'failed'), ('SCH-07', 'to-fix', 'already-sent'), ('SCH-24', 'reminder', 'already-sent'), ('DOU-25', 'reminder', 'no-address')]"

# --only: the reminders alone go out (each letter is still written), and the
# JSON gives each letter sent its own outcome and the others none.
before=$(ls received/*.eml | wc -l)
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir only --as-of 2026-12-20 --send "$URL" --from centre@cro.example.ru \
  --only reminder --format json
expect_json '(sorted({l["kind"] for l in d["letters"] if "sending" in l}), sorted({l["kind"] for l in d["letters"] if "sending" not in l}), len(d["letters"]))' \
  "(['reminder'], ['accepted', 'to-fix'], 61)"
expect_json '[(l["org_id"], l["sending"]["state"]) for l in d["letters"] if l["org_id"] in ("SCH-24", "DOU-25")]' \
  "[('SCH-24', 'sent'), ('DOU-25', 'no-address')]"
checks=$((checks + 1))
sent_now=$(json 'sum(1 for l in d["letters"] if l.get("sending", {}).get("state") == "sent")')
[ "$(ls received/*.eml | wc -l)" -eq $((before + sent_now)) ] && [ "$(ls only/*.eml | wc -l)" -eq 61 ] \
  || fail "--only reminder: $sent_now sent, $(ls received/*.eml | wc -l) received (had $before), $(ls only/*.eml | wc -l) written"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir only --send "$URL" --from centre@cro.example.ru --only everything
expect_status 2 "--only with an unknown kind"

# English letters.
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir en --as-of 2026-12-20 --lang en -q
expect_letters en 'str(letter("SCH-07")[0]["Subject"]).split(":")[0], [l for l in letter("SCH-07")[1].splitlines() if l.startswith("1.")][0][:45]' \
  "('The report needs correcting', '1. File \"SCH-07.csv\", line 4, column \"Статус\"')"

# Usage: a registry is required; --send needs --from; a password only from a file;
# the letters' folder may not be inside the reports' folder.
run roadmap-feedback -r "$NV" subs --out-dir x
expect_status 2 "no registry"
expect_in err "нужен реестр организаций (--orgs)"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir x --send "$URL"
expect_status 2 "--send without --from"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir x --send "$URL" --from a@b.ru --smtp-user u
expect_status 2 "--smtp-user without a password file"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir subs/letters
expect_status 2 "letters inside the reports' folder"
checks=$((checks + 1))
[ ! -e subs/letters ] || fail "a refused --out-dir was created"
done_checks
