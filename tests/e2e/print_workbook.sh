# End to end: the workbooks as their readers see them (SPEC.md §8, "reads as
# a document"). Each is read back with openpyxl and measured with Carlito's
# widths (every text fits its cell or its row), printed to PDF by LibreOffice
# and its words checked with pdftotext -bbox (no two words printed over each
# other; the chart's page holds its title, labels and axis numbers), for the
# demo set (districts, indicators), a generated Balakhna set (quarters, no
# numeric indicator) and a school's template; and By district is recounted.
source "$(dirname "$0")/lib.sh"
GEN=$3
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
BK=$SRC/data/balakhna-mentoring-2022.yaml
ORGS=$SRC/examples/orgs.csv
SUBS=$SRC/examples/submissions
PY=/usr/bin/python3
PRINT="$PY $SRC/tests/e2e/check_print.py"
CHECK="$PY $SRC/tests/e2e/check_workbook.py"
cd "$WORK"

to_pdf() {  # to_pdf BOOK: BOOK's PDF, as LibreOffice prints every sheet
  HOME=$WORK timeout 300 soffice --headless --norestore --convert-to pdf --outdir pdf "$1" >lo.log 2>&1 \
    || fail "LibreOffice could not print $1: $(cat lo.log)"
  [ -s "pdf/$(basename "${1%.*}").pdf" ] || fail "LibreOffice wrote no PDF for $1: $(cat lo.log)"
}
reads_cleanly() {  # reads_cleanly BOOK: every text fits, and the printout has no words over words
  checks=$((checks + 2))
  $PRINT fit "$1" >fit.log || fail "$1: texts that do not fit: $(cat fit.log)"
  to_pdf "$1"
  $PRINT overlaps "pdf/$(basename "${1%.*}").pdf" >overlaps.log || fail "$1 printed: $(cat overlaps.log)"
}

# The demo set, in both languages.
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o demo.xlsx --as-of 2026-12-20 -q
expect_status 1 "demo (its rejected files are errors)"
reads_cleanly demo.xlsx
checks=$((checks + 1))
$PRINT chart pdf/demo.pdf "План и факт: % плана, 2026" "1.1." "(1.1b)" "1.2." "1.3." "2.2." "2.4." "2.7." "3.2." "3.4." \
  "58%:" "5600%:" >chart.log || fail "the chart's page: $(cat chart.log)"
# Every sheet prints landscape, one page wide, its header row repeated —
# except the two with a column per activity, which would shrink below 70 %:
# they print at 70 % across pages, the organization (district) repeated on
# each. Data prints its first 1,000 rows at most, so "print all" is not 20,000 pages.
expect_json_book() {  # expect_json_book BOOK EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$($CHECK eval "$1" "$2") || fail "cannot read $1"
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}
expect_json_book demo.xlsx '[(ws.title, ws.page_setup.orientation, ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_title_rows) for ws in wb.worksheets if ws.title != "План и факт"]' \
  "[('Сводка', 'landscape', True, '\$8:\$8'), ('Динамика', 'landscape', True, '\$1:\$1'), ('По организациям', 'landscape', None, '\$1:\$1'), ('Отчёты', 'landscape', True, '\$1:\$1'), ('Не представили', 'landscape', True, '\$1:\$1'), ('По районам', 'landscape', None, '\$1:\$1'), ('Замечания', 'landscape', True, '\$1:\$1'), ('Данные', 'landscape', True, '\$1:\$1')]"
expect_json_book demo.xlsx '[(ws.title, ws.page_setup.scale, ws.print_title_cols) for ws in wb.worksheets if ws.title in ("По организациям", "По районам")]' \
  "[('По организациям', 70, '\$A:\$B'), ('По районам', 70, '\$A:\$A')]"
expect_json_book demo.xlsx 'wb["Данные"].print_area' "['\$A\$1:\$J\$485']"
# The chart's sheet: the chart on the first page, the table after a page break.
expect_json_book demo.xlsx '(wb["План и факт"].page_setup.orientation, [b.id for b in wb["План и факт"].row_breaks.brk])' "('landscape', [31])"
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS" --format json
cp "$WORK/out" validate.json
checks=$((checks + 1))
$CHECK districts demo.xlsx "$NV" "$ORGS" validate.json 2026 >districts.log || fail "By district: $(cat districts.log)"
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o demo-en.xlsx --as-of 2026-12-20 -q --lang en
reads_cleanly demo-en.xlsx
checks=$((checks + 1))
$PRINT chart pdf/demo-en.pdf "Target and actual: % of target, 2026" "1.2." "3.4." "31" >chart.log \
  || fail "the English chart's page: $(cat chart.log)"

# Balakhna: quarters, 31 activities, long titles, no numeric indicator (no chart).
timeout 60 "$GEN" -r "$BK" -n 60 --period 2022-Q4 --seed 5 balakhna >/dev/null || fail "roadmap-gen balakhna"
run roadmap-render -r "$BK" --orgs balakhna/orgs.csv balakhna/submissions -o balakhna.xlsx --as-of 2023-01-20 -q
reads_cleanly balakhna.xlsx
run roadmap-validate -r "$BK" --orgs balakhna/orgs.csv balakhna/submissions --format json
cp "$WORK/out" balakhna.json
checks=$((checks + 1))
$CHECK districts balakhna.xlsx "$BK" balakhna/orgs.csv balakhna.json 2022-Q4 >districts.log \
  || fail "Balakhna by district: $(cat districts.log)"

# A school's template, through the same writer.
run roadmap-template -r "$NV" --orgs "$ORGS" --period 2027 --out-dir templates --xlsx -q
reads_cleanly templates/SCH-01.xlsx

# The checks can fail: a workbook written before rows had heights (a wrapped
# title in a 15-point row) is caught by both.
$PY - <<'PY' || fail "could not write the counter-example"
import openpyxl
from openpyxl.styles import Alignment
wb = openpyxl.Workbook()
ws = wb.active
ws.column_dimensions["A"].width = 20
for r in range(1, 6):
    cell = ws.cell(row=r, column=1, value="Разработка и утверждение системы мотивации наставников в соответствии с механизмами")
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 15
ws["B1"] = "Утверждена: Министерство образования"
ws["C1"] = "x"
wb.save("overprinted.xlsx")
PY
checks=$((checks + 2))
! $PRINT fit overprinted.xlsx >fit.log || fail "fit missed a wrapped text in a low row"
to_pdf overprinted.xlsx
! $PRINT overlaps pdf/overprinted.pdf >overlaps.log || fail "overlaps missed words printed over each other"
done_checks
