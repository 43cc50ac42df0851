#!/usr/bin/env bash
# What goes out goes only where it belongs (SPEC.md §10 «Limits», §12, issue
# 29), each class with inputs made here: registry ids that make the same file
# name, a district's combined file, long names, apostrophes and «FINDINGS»,
# U+FFFE in every field that reaches a writer, a reports folder given to
# roadmap-template, files given with --out-dir their own folder, standard
# input; then SMTP servers that offer AUTH without STARTTLS, refuse the
# password, never answer, or drop the line after DATA; two sending runs at
# once, a rerun a day later, a sent.log that is a link. Every output is read
# back by an independent reader (Python's email module, openpyxl, python-docx).
source "$(dirname "$0")/lib.sh"
PY=/usr/bin/python3  # Debian's, with python3-openpyxl, python3-docx and python3-aiosmtpd
NV="$SRC/data/nizhnevartovsk-mentoring-2026.yaml"
cd "$WORK" || exit 1
servers=()
trap 'for p in "${servers[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$WORK"' EXIT

# letters DIR EXPR: a Python expression over the letters of DIR, parsed with
# Python's email module: letter(stem) -> (message, plain body).
letters() {
  $PY - "$1" "$2" <<'PY'
import email, email.policy, os, sys
folder = sys.argv[1]
def letter(stem):
    m = email.message_from_binary_file(open(os.path.join(folder, stem + ".eml"), "rb"), policy=email.policy.default)
    return m, m.get_body(("plain",)).get_content()
names = sorted(os.listdir(folder))
print(eval(sys.argv[2]))
PY
}
expect_letters() {  # expect_letters DIR EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(letters "$1" "$2") || fail "cannot read the letters of $1 ($2)"
  [ "$got" = "$3" ] || fail "letters $1: $2 = $got, expected $3"
}
# start_server NAME COMMAND...: runs a server that writes its port to NAME.port.
start_server() {
  local name=$1; shift
  "$@" &
  servers+=($!)
  for _ in $(seq 100); do [ -s "$name.port" ] && break; sleep 0.1; done
  [ -s "$name.port" ] || fail "the $name server did not start"
}

# A registry whose ids make the same file name («a/b», «a_b»), a 130-letter
# Cyrillic id (260 bytes), and three schools of a district.
LONG_ID=$($PY -c 'print("Ш" * 130)')
$PY - "$LONG_ID" <<'PY'
import sys
rows = [("Код ОО", "Наименование", "Тип", "Район", "Эл. почта"),
        ("a/b", "Школа «a/b»", "school", "Район \ufffe 1", "ab-slash@schools.test"),
        ("a_b", "Школа «a_b»", "school", "Район 1", "ab-underscore@schools.test"),
        ("SCH-01", "Школа 1 \ufffe\uffff", "school", "Район 1", "sch-01@schools.test"),
        ("SCH-07", "Школа 7", "school", "Район 1", "Секретарь <sch-07@schools.test>"),
        ("SCH-09", "Школа 9", "school", "Район 1", "sch-09@schools.test; director-09@schools.test"),
        (sys.argv[1], "Школа с очень длинным кодом", "school", "Район 2", "long@schools.test"),
        ("CRO", "Центр", "centre", "", "cro@schools.test")]
import csv
with open("orgs.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f, delimiter=";").writerows(rows)
PY

# Reports: a_b's with an error (a_b alone), and a district's combined file of
# SCH-01 (clean), SCH-07 (a bad status) and SCH-09 (a missing value), with a
# U+FFFE in a comment.
mkdir -p subs
H='Код ОО;Период;№ п/п;Статус;Значение;Дата выполнения;Подтверждение;Комментарий'
{
  echo "$H"
  echo "a_b;2026;1.1b;сделано;;;;"
} >subs/a_b.csv
$PY - <<'PY'
rows = ["Код ОО;Период;№ п/п;Статус;Значение;Дата выполнения;Подтверждение;Комментарий"]
for org in ("SCH-01", "SCH-07", "SCH-09"):
    for activity in ("1.1b", "1.2", "1.3", "1.6", "1.7", "2.3", "2.4", "2.7", "3.2", "3.3"):
        status, value = "выполнено", ""
        if activity in ("2.7", "3.2"):
            value = "2"
        if org == "SCH-07" and activity == "1.3":
            status = "сделано"
        if org == "SCH-09" and activity == "2.7":
            value = ""
        rows.append(f"{org};2026;{activity};{status};{value};;приказ № 1;комментарий \ufffe {org}")
open("subs/district.csv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
PY

run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir letters --as-of 2026-12-20 --format json
expect_status 1 "errors in the reports"
# One letter per organization, each under its own name.
expect_json 'len({l["eml"] for l in d["letters"]}), len(d["letters"])' "(7, 7)"
expect_json '[(l["org_id"], l["kind"], l["eml"].split("/")[-1]) for l in d["letters"] if l["org_id"] in ("a/b", "a_b")]' \
  "[('a/b', 'reminder', 'a_b-$($PY -c '
h = 1469598103934665603
for c in b"a/b": h = ((h ^ c) * 1099511628211) % 2**64
print(format(h & 0xFFFFFFFF, "08x"))').eml'), ('a_b', 'to-fix', 'a_b.eml')]"
# Every name we wrote: at most 120 bytes before its extension, portable.
checks=$((checks + 1))
$PY - letters <<'PY' || fail "a name is too long or not portable"
import os, sys
for name in os.listdir(sys.argv[1]):
    stem = name.rsplit(".", 1)[0]
    assert len(stem.encode()) <= 120, (name, len(stem.encode()))
    assert not any(c in stem for c in '<>:"/\\|?*') and not stem.startswith("."), name
PY
# a/b's address gets a/b's letter (a reminder), never a_b's rows.
expect_letters letters '[(str(m["To"]), str(m["Subject"]).split(":")[0], len(list(m.iter_attachments()))) for m, _ in [letter(n[:-4]) for n in names if n.startswith("a_b") and n.endswith(".eml")]]' \
  "[('Школа «a/b» <ab-slash@schools.test>', 'Напоминание об отчёте', 1), ('Школа «a_b» <ab-underscore@schools.test>', 'Нужно исправить отчёт', 1)]"
# The reminder brings a/b its own template: its rows name a/b.
checks=$((checks + 1))
$PY - letters <<'PY' || fail "the reminder's template is not a/b's"
import email, email.policy, io, os, sys, openpyxl
folder = sys.argv[1]
name = next(n for n in os.listdir(folder) if n.startswith("a_b-") and n.endswith(".eml"))
m = email.message_from_binary_file(open(os.path.join(folder, name), "rb"), policy=email.policy.default)
(attachment,) = list(m.iter_attachments())
assert "шаблон отчёта 2026" in attachment.get_filename(), attachment.get_filename()
book = openpyxl.load_workbook(io.BytesIO(attachment.get_content()))
codes = {r[0] for r in book["Отчёт"].iter_rows(min_row=2, values_only=True) if r[0]}
assert codes == {"a/b"}, codes
assert "шаблон отчёта вашей организации" in m.get_body(("plain",)).get_content()
PY
# From the combined file: SCH-07 is told of its own error only, SCH-09 of its
# own, SCH-01 of none; each copy holds the header and its own ten rows.
expect_letters letters '[l for l in letter("SCH-07")[1].splitlines() if l[:2] in ("1.", "2.")]' \
  "['1. Файл «district.csv», строка 14, столбец «Статус»: «сделано» — не статус; допустимо: выполнено, частично, не выполнено, не применимо.']"
expect_letters letters '[l[:53] for l in letter("SCH-09")[1].splitlines() if l[:2] in ("1.", "2.")]' \
  "['1. Файл «district.csv», строка 29, столбец «Значение»']"
expect_letters letters '(str(letter("SCH-01")[0]["Subject"]).split(":")[0], "district.csv" in letter("SCH-01")[1])' "('Отчёт принят', False)"
checks=$((checks + 1))
$PY - letters <<'PY' || fail "an annotated copy holds another school's rows"
import os, sys, openpyxl
folder = sys.argv[1]
for org, line in (("SCH-07", 14), ("SCH-09", 29)):
    copies = [n for n in os.listdir(folder) if n.startswith(org) and n.endswith(".xlsx")]
    assert len(copies) == 1, copies
    book = openpyxl.load_workbook(os.path.join(folder, copies[0]))
    assert book.sheetnames[0] == "Замечания", book.sheetnames
    findings = [r for r in book["Замечания"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert len(findings) == 1, findings
    sheet = book[book.sheetnames[1]]
    codes = {r[0] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert codes == {org}, codes
    assert sum(1 for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]) == 10
    red = [c.coordinate for row in sheet.iter_rows() for c in row if c.fill.fgColor.rgb == "FFFFC7CE"]
    assert len(red) == 1 and red[0].endswith(str(line)), red
    assert "\ufffe" not in str([c.value for row in sheet.iter_rows() for c in row])
    # It prints: landscape, one page wide, the header repeated; the list too.
    for ws, title_rows in ((sheet, "$1:$1"), (book["Замечания"], "$1:$1")):
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_title_rows == title_rows, (ws.title, ws.print_title_rows)
PY
# Printed by LibreOffice, SCH-07's copy is two pages: its findings, its ten rows.
checks=$((checks + 1))
cp letters/SCH-07*.xlsx copy.xlsx
HOME=$WORK timeout 180 soffice --headless --norestore --convert-to pdf copy.xlsx >/dev/null 2>&1 || fail "LibreOffice cannot print the copy"
[ "$(pdfinfo copy.pdf | awk '/^Pages:/ {print $2}')" = 2 ] || fail "the copy prints on $(pdfinfo copy.pdf | awk '/^Pages:/ {print $2}') pages"
# The long id's letter is written, under a name of at most 120 bytes.
expect_json '[len(l["eml"].split("/")[-1][:-4].encode()) <= 120 for l in d["letters"] if len(l["org_id"]) > 100]' "[True]"
# «Имя <адрес>» and two addresses in one cell are understood.
expect_json '[l["to"] for l in d["letters"] if l["org_id"] in ("SCH-07", "SCH-09")]' \
  "[['sch-07@schools.test'], ['sch-09@schools.test', 'director-09@schools.test']]"

# Letters in plain words: no folder of the analyst's, no option of a program.
# Two files of a_b that disagree (a conflict: its message names the other file and its hint an option).
mkdir -p subs2/q4 && { echo "$H"; echo "a_b;2026;1.1b;частично;;;;"; } >subs2/q4/a_b.csv
{ echo "$H"; echo "a_b;2026;1.1b;выполнено;;;;"; } >subs2/a_b-resent.csv
run roadmap-feedback -r "$NV" --orgs orgs.csv subs2 --out-dir plain-letters --as-of 2026-12-20 -q
expect_letters plain-letters '[n for n in names if n.endswith(".eml") and ("subs2/" in letter(n[:-4])[1] or " --" in letter(n[:-4])[1])]' "[]"
expect_letters plain-letters '[l for l in letter("a_b")[1].splitlines() if "a_b.csv" in l and "a_b-resent.csv" in l][:1] != []' "True"

# A 235-byte file name, a workbook whose sheet is «'Отчёт'» and one whose
# sheet is «FINDINGS» with --lang en: letters for all, copies that open.
mkdir -p odd
LONG_NAME=$($PY -c 'print("Отчёт школы " + "о" * 105 + ".csv")')
{ echo "$H"; echo "SCH-07;2026;1.1b;сделано;;;;"; } >"odd/$LONG_NAME"
$PY - <<'PY'
import openpyxl
for name, title, org in (("odd/SCH-09'.xlsx", "'Отчёт'", "SCH-09"), ("odd/SCH-01.xlsx", "FINDINGS", "SCH-01")):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(["org_id", "period", "activity_id", "status", "value", "completed_on"])
    sheet.append([org, "2026", "1.1b", "made", None, __import__("datetime").date(2026, 9, 5)])
    book.save(name)
PY
run roadmap-feedback -r "$NV" --orgs orgs.csv odd --out-dir odd-letters --as-of 2026-12-20 --lang en -q
expect_status 1 "odd names"
checks=$((checks + 1))
$PY - odd-letters <<'PY' || fail "odd names: a copy is missing, too long or does not open"
import os, sys, openpyxl
names = os.listdir(sys.argv[1])
copies = sorted(n for n in names if n.endswith(".xlsx") and "findings" in n)
assert len(copies) == 3, copies
assert all(len(n[:-5].encode()) <= 120 for n in names), [n for n in names if len(n[:-5].encode()) > 120]
for name in copies:
    assert len(name[:-5].encode()) <= 120, name
    book = openpyxl.load_workbook(os.path.join(sys.argv[1], name))
    assert book.sheetnames[0] == "Findings", book.sheetnames
assert any(openpyxl.load_workbook(os.path.join(sys.argv[1], n)).sheetnames == ["Findings", "FINDINGS (2)"] for n in copies), copies
# A date cell shows as the school saw it.
dates = [c.value for n in copies for ws in openpyxl.load_workbook(os.path.join(sys.argv[1], n)).worksheets[1:]
         for row in ws.iter_rows() for c in row if c.value and "2026" in str(c.value) and "." in str(c.value)]
assert "05.09.2026" in dates, dates
assert len([n for n in names if n.endswith(".eml")]) == 7
PY

mkdir -p bombs
# U+FFFE in names, districts and comments: every document opens.
run roadmap-render -r "$NV" --orgs orgs.csv subs -o m.xlsx --as-of 2026-12-20 -q
run roadmap-report -r "$NV" --orgs orgs.csv subs -o r.docx --as-of 2026-12-20 -q
[ "$status" -le 1 ] || fail "the report stopped on U+FFFE: $(cat "$WORK/err" | tail -2)"
run roadmap-template -r "$NV" --orgs orgs.csv --period 2026 --out-dir tpl --xlsx -q
expect_status 0 "templates with U+FFFE in the registry"
checks=$((checks + 1))
$PY - m.xlsx r.docx tpl <<'PY' || fail "a document with U+FFFE does not open"
import os, sys, openpyxl, docx
book = openpyxl.load_workbook(sys.argv[1])
assert any("Школа 1" in str(c.value) for row in book["Отчёты"].iter_rows() for c in row)
docx.Document(sys.argv[2])
for name in os.listdir(sys.argv[3]):
    if name.endswith(".xlsx"):
        openpyxl.load_workbook(os.path.join(sys.argv[3], name))
PY

# roadmap-template never writes over reports.
cp -r subs reports
run roadmap-template -r "$NV" --orgs orgs.csv --period 2026 --out-dir reports -q
expect_status 2 "templates into a folder of reports"
expect_in err "не записаны этой программой"
checks=$((checks + 1))
cmp -s subs/a_b.csv reports/a_b.csv && cmp -s subs/district.csv reports/district.csv || fail "a report was changed"
cp tpl/SCH-07.xlsx reports/a_b.xlsx  # a school's report saved under a template's name
run roadmap-template -r "$NV" --orgs orgs.csv --period 2026 --out-dir reports --xlsx --force -q
expect_status 1 "with --force, a report under a template's name is kept"
checks=$((checks + 1))
cmp -s tpl/SCH-07.xlsx reports/a_b.xlsx || fail "--force wrote over a file that is not a template"
# Its own earlier templates it may write again.
run roadmap-template -r "$NV" --orgs orgs.csv --period 2026 --out-dir tpl --xlsx -q
expect_status 0 "templates written again over their own"

# feedback refuses an out-dir that is the folder of its file inputs.
run roadmap-feedback -r "$NV" --orgs orgs.csv subs/a_b.csv subs/district.csv --out-dir subs
expect_status 2 "--out-dir the inputs' folder"
checks=$((checks + 1))
[ "$(ls subs | wc -l)" = 2 ] || fail "something was written into the reports' folder"
# Standard input: a letter, and no empty copy named «<stdin>».
STDIN=subs/a_b.csv run roadmap-feedback -r "$NV" --orgs orgs.csv - --out-dir from-stdin --as-of 2026-12-20 -q
expect_status 1 "a report from standard input"
checks=$((checks + 1))
[ -z "$(ls from-stdin | grep -i stdin)" ] || fail "a copy named after standard input: $(ls from-stdin)"
expect_letters from-stdin '[l[:45] for l in letter("a_b")[1].splitlines() if l.startswith("1.")]' "['1. Файл «<stdin>», строка 2, столбец «Статус»']"

# SMTP. The password never goes in clear: a server without STARTTLS is refused before AUTH.
printf 'secret\n' >password
start_server plain $PY "$SRC/tests/e2e/smtp_script.py" plain-auth plain.port plain
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send1 --as-of 2026-12-20 --send "smtp://127.0.0.1:$(cat plain.port)" \
  --from cro@schools.test --smtp-user cro --smtp-password-file password
expect_status 1 "no STARTTLS with a password"
expect_in err "STARTTLS"
expect_in err "отправка остановлена"
checks=$((checks + 1))
[ ! -s plain/auth.log ] && [ -z "$(ls plain/*.eml 2>/dev/null)" ] || fail "AUTH or a letter went to a server without TLS"
# A refused password stops the sending at the first attempt, with the server's words.
start_server deny $PY "$SRC/tests/e2e/smtp_script.py" deny deny.port deny
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send2 --as-of 2026-12-20 --send "smtp://127.0.0.1:$(cat deny.port)" \
  --from cro@schools.test --smtp-user cro --smtp-password-file password --smtp-allow-plain --format json
expect_status 1 "a refused password"
expect_json '[l["sending"]["state"] for l in d["letters"]].count("not-sent"), [l["sending"]["reason"] for l in d["letters"]][0][:44]' \
  "(7, 'сервер не принял имя пользователя или пароль')"
expect_json '"535 5.7.8" in d["letters"][0]["sending"]["reason"]' "True"
checks=$((checks + 1))
[ "$(wc -l <deny/auth.log)" = 1 ] || fail "AUTH tried $(wc -l <deny/auth.log) times"
# A server that never answers: one wait, then the run stops.
start_server silent $PY "$SRC/tests/e2e/smtp_script.py" silent silent.port silent
started=$(date +%s)
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send3 --as-of 2026-12-20 --send "smtp://127.0.0.1:$(cat silent.port)" \
  --from cro@schools.test --smtp-timeout 2
expect_status 1 "a silent server"
expect_in err "сервер не отвечает"
checks=$((checks + 1))
[ $(($(date +%s) - started)) -lt 30 ] || fail "a silent server held the run $(($(date +%s) - started)) s"
# The line dropped after DATA: «unknown», not resent without --resend-unknown.
start_server drop $PY "$SRC/tests/e2e/smtp_script.py" drop drop.port drop
DROP="smtp://127.0.0.1:$(cat drop.port)"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send4 --as-of 2026-12-20 --send "$DROP" --from cro@schools.test
expect_status 1 "replies lost"
expect_in err "состояние неизвестно: письмо передано, но ответ сервера не пришёл"
checks=$((checks + 1))
[ "$(ls drop/*.eml | wc -l)" = 7 ] && [ "$(grep -c $'\tunknown\t' send4/sent.log)" = 7 ] || fail "unknown letters: $(ls drop | wc -l), log: $(cat send4/sent.log)"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send4 --as-of 2026-12-20 --send "$DROP" --from cro@schools.test
checks=$((checks + 1))
[ "$(ls drop/*.eml | wc -l)" = 7 ] || fail "a letter of unknown state was sent again"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send4 --as-of 2026-12-20 --send "$DROP" --from cro@schools.test --resend-unknown -q
checks=$((checks + 1))
[ "$(ls drop/*.eml | wc -l)" = 14 ] || fail "--resend-unknown did not send them again"

# A server that works: everything once; a day later nothing again; --resend all.
start_server good $PY "$SRC/tests/e2e/smtp_server.py" good.port good
GOOD="smtp://127.0.0.1:$(cat good.port)"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send5 --as-of 2026-12-20 --send "$GOOD" --from cro@schools.test -q
checks=$((checks + 1))
[ "$(ls good/*.eml | wc -l)" = 7 ] || fail "sent $(ls good/*.eml | wc -l), expected 7"
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send5 --as-of 2026-12-21 --send "$GOOD" --from cro@schools.test
expect_in err "отправлено 0, не принято сервером 0, уже отправлены ранее 7"
checks=$((checks + 1))
[ "$(ls good/*.eml | wc -l)" = 7 ] || fail "a rerun the next day sent again"
# Each recipient got its own organization's letter.
checks=$((checks + 1))
$PY - good <<'PY' || fail "a letter reached the wrong school"
import email, email.policy, os, sys
mine = {"ab-slash@schools.test": "a/b", "ab-underscore@schools.test": "a_b", "sch-01@schools.test": "SCH-01",
        "sch-07@schools.test": "SCH-07", "sch-09@schools.test": "SCH-09", "director-09@schools.test": "SCH-09",
        "cro@schools.test": "CRO"}
for name in os.listdir(sys.argv[1]):
    if not name.endswith(".eml"):
        continue
    m = email.message_from_binary_file(open(os.path.join(sys.argv[1], name), "rb"), policy=email.policy.default)
    rcpt = open(os.path.join(sys.argv[1], name[:-4] + ".rcpt")).read().split()
    org = str(m["Subject"]).split(": ", 1)[1].rsplit(", 2026", 1)[0]
    assert all(mine.get(r) == org for r in rcpt if r in mine), (org, rcpt)
PY
# Two sending runs at once: the second says so and sends nothing.
$PY -c 'import fcntl, sys, time; f = open(sys.argv[1], "a"); fcntl.flock(f, fcntl.LOCK_EX); open(sys.argv[2], "w").close(); time.sleep(20)' \
  send5/sent.log locked &
holder=$!
for _ in $(seq 100); do [ -e locked ] && break; sleep 0.1; done
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send5 --as-of 2026-12-20 --send "$GOOD" --from cro@schools.test --resend
kill $holder 2>/dev/null
expect_status 2 "a second sending run at once"
expect_in err "уже отправляет другой запуск"
checks=$((checks + 1))
[ "$(ls good/*.eml | wc -l)" = 7 ] || fail "the second run sent"
# A sent.log that is a link is not followed.
mkdir -p send6 && echo kept >elsewhere && ln -s ../elsewhere send6/sent.log
run roadmap-feedback -r "$NV" --orgs orgs.csv subs --out-dir send6 --as-of 2026-12-20 --send "$GOOD" --from cro@schools.test
expect_status 2 "sent.log a link"
checks=$((checks + 1))
[ "$(cat elsewhere)" = kept ] || fail "the link's target was written"

# Readers bounded by their input's size: an .ods of one row repeated 16
# million times, an .xlsx and a .docx order of millions of nested elements,
# an HTML order full of «&» without «;» — each a finding, within 1 GB of
# memory and 60 s.
$PY - "$SRC/tests/data/workbooks/report.xlsx" "$SRC/tests/data/workbooks/report.ods" <<'PY'
import re, zipfile
def rewrite(source, target, part, change):
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            out.writestr(item.filename, change(data) if item.filename == part else data)
deep = b"<c>" * 3_000_000
rewrite(__import__("sys").argv[1], "bombs/deep.xlsx", "xl/worksheets/sheet1.xml",
        lambda d: d.replace(b"<sheetData>", b"<sheetData>" + deep, 1))
def repeat(d):
    return re.sub(rb'<table:table-row( |>)', rb'<table:table-row table:number-rows-repeated="16000000"\1', d, count=3)
rewrite(__import__("sys").argv[2], "bombs/repeated.ods", "content.xml", repeat)
with zipfile.ZipFile("bombs/deep.docx", "w", zipfile.ZIP_DEFLATED) as out:
    out.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    out.writestr("word/document.xml", b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' + b"<w:tbl>" * 2_000_000)
open("bombs/amp.html", "w").write("<table><tr><td>1.1</td><td>" + "&" * 8_000_000 + "</td></tr></table>")
PY
# AddressSanitizer reserves terabytes of address space for its shadow: under
# it the memory limit is left to the time limit and ASan's own checks.
limit=1000000
[ -z "${ASAN_OPTIONS:-}" ] || limit=unlimited
for case in "deep.xlsx:элементы вложены глубже 256 уровней" "repeated.ods:строка 1 повторена 16000000 раз"; do
  bomb=${case%%:*}
  checks=$((checks + 1))
  ( ulimit -v "$limit"; timeout 60 "$BIN/roadmap-validate" -r "$NV" "bombs/$bomb" >/dev/null 2>bombs/err ); code=$?
  [ "$code" = 1 ] || fail "$bomb: exit $code under 1 GB and 60 s: $(tail -2 bombs/err)"
  grep -qF "${case#*:}" bombs/err || fail "$bomb: no finding «${case#*:}»: $(head -2 bombs/err)"
done
for bomb in deep.docx amp.html; do
  checks=$((checks + 1))
  ( ulimit -v "$limit"; timeout 60 "$BIN/roadmap-import" "bombs/$bomb" -o "bombs/$bomb.yaml" >/dev/null 2>bombs/err ); code=$?
  [ "$code" = 2 ] || fail "$bomb: exit $code under 1 GB and 60 s: $(tail -2 bombs/err)"
  [ ! -e "bombs/$bomb.yaml" ] || fail "$bomb: a draft was written"
done

done_checks
