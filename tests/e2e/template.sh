# End to end: the yearly cycle. roadmap-template writes the schools'
# templates (CSV and XLSX); an independent writer fills them as schools would
# (Python's csv module; openpyxl for the workbooks); validate finds nothing;
# merge and render carry the filled values. Broken workbooks give findings.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
BK=$SRC/data/balakhna-mentoring-2022.yaml
ORGS=$SRC/examples/orgs.csv
PY=/usr/bin/python3  # Debian's, with python3-openpyxl
FILL="$PY $SRC/tests/e2e/fill_templates.py"
CHECK="$PY $SRC/tests/e2e/check_workbook.py"
cd "$WORK"
xl() { $CHECK eval "$1" "$2" || fail "cannot read $1 ($2)"; }
expect_xl() {  # expect_xl BOOK EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(xl "$1" "$2")
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}
expect_same() {  # expect_same A B WHAT
  checks=$((checks + 1))
  cmp -s "$1" "$2" || { diff "$1" "$2" | head -20 >&2; fail "$3"; }
}

# --- CSV templates, defaults: UTF-8 with BOM, ';', CRLF, Russian headers.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2026 --out-dir csv
expect_status 0 "CSV templates"
expect_in err "Шаблоны записаны: 61 файл в csv (период 2026; CSV UTF-8 с BOM, разделитель «;»)"
checks=$((checks + 1)); [ "$(ls csv | wc -l)" -eq 61 ] || fail "expected 61 templates, got $(ls csv | wc -l)"
checks=$((checks + 1))
[ "$(head -c 3 csv/SCH-01.csv | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "the CSV template has no BOM"
checks=$((checks + 1))
[ "$(head -1 csv/SCH-01.csv)" = $'\xef\xbb\xbfКод ОО;Период;№ п/п;Мероприятие;Плановое значение;Срок;Статус;Значение;Дата выполнения;Подтверждение;Комментарий\r' ] \
  || fail "header of the CSV template: $(head -1 csv/SCH-01.csv)"
checks=$((checks + 1))
# The deadline as printed, with the date it is due by in the period (the year's target: 31.12).
grep -q $'^SCH-01;2026;1.2;Актуализация раздела «Развитие наставничества» на сайтах образовательных организаций;60 организаций;постоянно — до 31.12.2026;;;;;\r$' csv/SCH-01.csv \
  || fail "SCH-01's row for 1.2"
# The centre reports on its own activities, which schools do not.
checks=$((checks + 1))
only_centre=$(comm -23 <(cut -d';' -f3 csv/CRO.csv | sort) <(cut -d';' -f3 csv/SCH-01.csv | sort) | wc -l)
[ "$only_centre" -gt 0 ] || fail "the centre's template has no activity of its own"

# A template that is not filled in is not a report: every status is missing.
run roadmap-validate -r "$NV" --orgs "$ORGS" csv/SCH-01.csv --format json
expect_status 1 "an empty template"
expect_json 'sorted({(f["code"], f["column"]) for f in d["files"][0]["findings"]}), d["files"][0]["rows"], d["files"][0]["errors"]' \
  "([('missing-value', 'status')], 10, 10)"

# Filled in: no finding at all, even under --strict.
$FILL csv csv-filled 15.06.2026 || fail "filling the CSV templates"
run roadmap-validate -r "$NV" --orgs "$ORGS" csv-filled --strict --format json
expect_status 0 "filled CSV templates"
expect_json 'd["errors"], d["warnings"], len(d["files"])' "(0, 0, 61)"
expect_json '{f["encoding"] + f["delimiter"] for f in d["files"][:61]}' "{'utf-8;'}"

# --- Windows-1251 with commas, as old Excel saves.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2026 --out-dir cp --encoding windows-1251 --delimiter ,
expect_status 0 "Windows-1251 templates"
expect_in err "CSV Windows-1251, разделитель «,»"
checks=$((checks + 1))
head -1 cp/SCH-01.csv | iconv -f cp1251 -t utf-8 | grep -q '^Код ОО,Период,№ п/п,Мероприятие,' || fail "cp1251 header"
checks=$((checks + 1)); [ "$(head -c 1 cp/SCH-01.csv | od -An -tx1 | tr -d ' ')" = ca ] || fail "a BOM before a Windows-1251 header"
$FILL cp cp-filled 15.06.2026 || fail "filling the cp1251 templates"
run roadmap-validate -r "$NV" --orgs "$ORGS" cp-filled --strict --format json
expect_status 0 "filled Windows-1251 templates"
expect_json '{f["encoding"] + f["delimiter"] for f in d["files"][:61]}' "{'windows-1251,'}"

# --- XLSX templates: drop-downs, input checks, locked columns, instructions.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2026 --out-dir xlsx --xlsx
expect_status 0 "XLSX templates"
expect_in err "Шаблоны записаны: 61 файл в xlsx (период 2026; книги Excel с выпадающими списками)"
T=xlsx/SCH-01.xlsx
expect_xl $T 'wb.sheetnames' "['Отчёт', 'Инструкция']"
expect_xl $T 'rows("Отчёт")[0]' \
  "['Код ОО', 'Период', '№ п/п', 'Мероприятие', 'Плановое значение', 'Срок', 'Статус', 'Значение', 'Дата выполнения', 'Подтверждение', 'Комментарий']"
expect_xl $T 'rows("Отчёт")[2][:5]' \
  "['SCH-01', '2026', '1.2', 'Актуализация раздела «Развитие наставничества» на сайтах образовательных организаций', '60 организаций']"
expect_xl $T 'len(rows("Отчёт")) - 1 == sum(1 for l in open("csv/SCH-01.csv", encoding="utf-8-sig")) - 1' True
expect_xl $T '(wb["Отчёт"].protection.sheet, wb["Отчёт"]["A2"].protection.locked, wb["Отчёт"]["E2"].protection.locked, wb["Отчёт"]["F2"].protection.locked, wb["Отчёт"]["G2"].protection.locked, wb["Отчёт"]["K2"].protection.locked)' \
  "(True, True, True, True, False, False)"
n=$(xl $T 'wb["Отчёт"].max_row')
# (Operator None is "between", the default.)
expect_xl $T 'sorted((v.type, v.operator, v.formula1, v.formula2, str(v.sqref)) for v in wb["Отчёт"].data_validations.dataValidation)' \
  "[('date', None, '36526', '73050', 'I2:I$n'), ('decimal', 'greaterThanOrEqual', '0', None, 'H2:H$n'), ('list', None, '\"выполнено,частично,не выполнено,не применимо\"', None, 'G2:G$n')]"
expect_xl $T 'wb["Отчёт"].freeze_panes' "D2"
expect_xl $T 'wb["Отчёт"]["I2"].number_format' "dd.mm.yyyy"
expect_xl $T '[int(wb["Отчёт"].column_dimensions[c].width) for c in "ABCDEFGHIJK"]' "[10, 8, 8, 60, 16, 30, 16, 12, 16, 24, 24]"
# Each activity's deadline with its date in the period; the instructions say the period in words and the due date.
expect_xl $T 'rows("Отчёт")[1][5]' "сентябрь ежегодно — до 30.09.2026, 31.12.2026"
expect_xl $T '[r[0] for r in rows("Инструкция")[1:3]]' \
  "['Организация: МБОУ «Средняя школа №1» (SCH-01). Отчёт за 2026 год (в столбце «Период» — 2026).', 'Срок представления отчёта — до 15.12.2026.']"

# Filled by openpyxl (dates as real date cells): no finding; the same rows as CSV.
$FILL xlsx xlsx-filled 15.06.2026 || fail "filling the XLSX templates"
run roadmap-validate -r "$NV" --orgs "$ORGS" xlsx-filled --strict --format json
expect_status 0 "filled XLSX templates"
expect_json 'd["errors"], d["warnings"]' "(0, 0)"
expect_json '{(f["format"], f["sheet"]) for f in d["files"][:61]}' "{('xlsx', 'Отчёт')}"
run roadmap-merge -r "$NV" --orgs "$ORGS" csv-filled -o from-csv.csv
expect_status 0 "merge of filled CSV templates"
expect_in err "61 файл: принято 61, отклонено 0; 616 строк"
run roadmap-merge -r "$NV" --orgs "$ORGS" xlsx-filled -o from-xlsx.csv
expect_status 0 "merge of filled XLSX templates"
first8() { $PY -c 'import csv, sys; [print(r[:8]) for r in csv.reader(open(sys.argv[1], newline=""))]' "$1"; }
first8 from-csv.csv >a.txt
first8 from-xlsx.csv >b.txt
checks=$((checks + 1)); [ "$(wc -l <a.txt)" -gt 600 ] || fail "merged rows"
expect_same a.txt b.txt "the XLSX round trip changed a value (merged CSV, first 8 columns)"
checks=$((checks + 1))
grep -A1 '^SCH-01,2026,1.2,done,2,2026-06-15,Приказ № 2; «копия»,"заполнено$' from-xlsx.csv | grep -q '^по шаблону",xlsx-filled/SCH-01.xlsx,3$' \
  || fail "a filled XLSX row in the merged CSV, with its provenance (file, sheet row)"

# Render from the filled workbooks: every organization reported; the summary
# recounted independently from the CSV fill equals the one from the XLSX fill.
run roadmap-render -r "$NV" --orgs "$ORGS" xlsx-filled -o from-xlsx.xlsx --as-of 2026-12-20
expect_status 0 "render from filled XLSX templates"
expect_in err "отчёты представили 61 из 61 организации"
run roadmap-validate -r "$NV" --orgs "$ORGS" csv-filled --format json
cp "$WORK/out" validate.json
run roadmap-render -r "$NV" --orgs "$ORGS" csv-filled -o from-csv.xlsx --as-of 2026-12-20
expect_status 0 "render from filled CSV templates"
checks=$((checks + 1))
$CHECK summary from-csv.xlsx "$NV" validate.json 2026 >recount.txt || { cat recount.txt >&2; fail "summary recount"; }
for sheet in Сводка Динамика 'По организациям'; do
  xl from-csv.xlsx "rows('$sheet')" >a.txt
  xl from-xlsx.xlsx "rows('$sheet')" >b.txt
  expect_same a.txt b.txt "sheet $sheet differs between the CSV and the XLSX fills"
done
expect_xl from-xlsx.xlsx 'sum(1 for r in rows("По организациям")[1:] for c in r if c == "нет отчёта")' 0

# A third writer: LibreOffice re-saves a filled workbook (its own styles,
# shared strings and date formats); it reads back to the same rows.
mkdir lo
HOME=$WORK timeout 120 soffice --headless --norestore --convert-to xlsx --outdir lo xlsx-filled/SCH-05.xlsx >lo.log 2>&1 \
  || { cat lo.log >&2; fail "LibreOffice could not re-save a filled template"; }
run roadmap-validate -r "$NV" lo/SCH-05.xlsx --strict
expect_status 0 "a filled template re-saved by LibreOffice"
run roadmap-merge -r "$NV" lo/SCH-05.xlsx -o lo.csv
first8 lo.csv | tail -n +2 >a.txt
first8 from-xlsx.csv | grep "^\['SCH-05'" >b.txt
checks=$((checks + 1)); [ "$(wc -l <a.txt)" -ge 10 ] || fail "rows of the LibreOffice workbook"
expect_same a.txt b.txt "the LibreOffice-saved workbook reads differently"

# --- English: headers, sheet names and status words; quarters (Balakhna).
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2026 --out-dir en --xlsx --lang en --format json
expect_status 0 "English XLSX templates"
expect_json 'd["templates"]["format"], len(d["templates"]["files"]), d["templates"]["files"][0]["org_id"]' "('xlsx', 61, 'SCH-01')"
expect_xl en/SCH-01.xlsx 'wb.sheetnames, rows("Report")[0][:3]' "(['Report', 'Instructions'], ['org_id', 'period', 'activity_id'])"
$FILL en en-filled 15.06.2026 --lang en || fail "filling the English templates"
run roadmap-validate -r "$NV" --orgs "$ORGS" en-filled --strict
expect_status 0 "filled English templates"

printf 'org_id,name,kind\nDEP,Department,department\nSCH-1,School 1,school\n' >bk-orgs.csv
run roadmap-template -r "$BK" --orgs bk-orgs.csv --period 2022-Q3 --out-dir bk
expect_status 0 "Balakhna quarter templates"
checks=$((checks + 1)); grep -q '^SCH-1;2022-Q3;' bk/SCH-1.csv || fail "quarter label in the template"

# --- Bad usage and unwritable places: exit 2 with a reason.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2031 --out-dir x
expect_status 2 "unknown period"
expect_in err "--period: «2031» — не период дорожной карты; допустимо: 2026, 2027, 2028"
run roadmap-template -r "$NV" --period 2026 --out-dir x
expect_status 2 "no registry"
touch afile
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2026 --out-dir afile/sub
expect_status 2 "out-dir under a file"
expect_in err "не удаётся записать afile/sub"

# --- Broken workbooks are findings, never crashes; merge and render go on.
mkdir broken
cp xlsx-filled/SCH-01.xlsx xlsx-filled/SCH-02.xlsx broken/
echo "not a workbook" >broken/text.xlsx
(cd "$WORK" && printf 'hello' >readme.txt && $PY -c 'import zipfile; z = zipfile.ZipFile("broken/nosheet.xlsx", "w"); z.write("readme.txt"); z.close()') \
  || fail "making a zip without a sheet"
$PY -c 'import openpyxl; b = openpyxl.load_workbook("broken/SCH-02.xlsx"); b["Отчёт"]["G4"] = "сделано"; b.save("broken/SCH-02.xlsx")' \
  || fail "spoiling a status"
run roadmap-validate -r "$NV" --orgs "$ORGS" broken --format json
expect_status 1 "broken workbooks"
expect_json '[(f["path"].split("/")[-1], [(x["code"], x["line"], x.get("sheet"), x.get("cell")) for x in f["findings"] if x["severity"] == "error"]) for f in d["files"] if f["errors"]]' \
  "[('nosheet.xlsx', [('unreadable-file', None, None, None)]), ('SCH-02.xlsx', [('bad-status', 4, 'Отчёт', 'G4')]), ('text.xlsx', [('unreadable-file', None, None, None)])]"
run roadmap-validate -r "$NV" --orgs "$ORGS" broken
expect_in err "SCH-02.xlsx:4: error [bad-status] лист «Отчёт», ячейка G4, столбец «Статус»: «сделано» — не статус"
expect_in err "text.xlsx: error [unreadable-file] книгу Excel не удаётся прочитать: файл не является zip-архивом книги Excel"
expect_in err "nosheet.xlsx: error [unreadable-file] книгу Excel не удаётся прочитать: в архиве нет книги Excel (xl/workbook.xml)"
run roadmap-merge -r "$NV" --orgs "$ORGS" broken -o broken.csv
expect_status 1 "merge with broken workbooks"
expect_in err "4 файла: принято 1, отклонено 3"
run roadmap-render -r "$NV" --orgs "$ORGS" broken -o broken.xlsx --as-of 2026-12-20
expect_status 1 "render with broken workbooks"
expect_xl broken.xlsx 'sorted({r[5] for r in rows("Замечания")[1:]} - {"missing-submission"})' "['bad-status', 'unreadable-file']"
# A workbook on standard input cannot be read as a stream: a finding says so.
STDIN=xlsx-filled/SCH-01.xlsx run roadmap-validate -r "$NV" -
expect_status 1 "a workbook on standard input"
expect_in err "дайте файлу расширение .xlsx и передайте его как файл (не через стандартный ввод)"
# A workbook saved under a .csv name: the same advice; under a neutral name it is read.
cp xlsx-filled/SCH-01.xlsx wrong-name.csv
cp xlsx-filled/SCH-01.xlsx no-extension
run roadmap-validate -r "$NV" wrong-name.csv no-extension --format json
expect_status 1 "a workbook named .csv"
expect_json '[(f["path"], f.get("format"), [x["code"] for x in f["findings"]]) for f in d["files"]]' \
  "[('wrong-name.csv', 'csv', ['encoding']), ('no-extension', 'xlsx', [])]"

done_checks
