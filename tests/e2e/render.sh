# End to end: roadmap-render on the demo set, read back with openpyxl (an
# independent reader) and opened by LibreOffice.
source "$(dirname "$0")/lib.sh"
NV=$SRC/data/nizhnevartovsk-mentoring-2026.yaml
ORGS=$SRC/examples/orgs.csv
SUBS=$SRC/examples/submissions
PY=/usr/bin/python3  # Debian's, with python3-openpyxl and python3-yaml
CHECK="$PY $SRC/tests/e2e/check_workbook.py"
cd "$WORK"
xl() {  # xl BOOK EXPR: EXPR over the workbook (wb, rows(name))
  $CHECK eval "$1" "$2" || fail "cannot read $1 ($2)"
}
expect_xl() {  # expect_xl BOOK EXPR VALUE
  checks=$((checks + 1))
  local got
  got=$(xl "$1" "$2")
  [ "$got" = "$3" ] || fail "$1: $2 = $got, expected $3"
}

run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o monitoring.xlsx --as-of 2026-12-20
expect_status 1 "demo set (its rejected files are errors)"
expect_in err "Книга записана: monitoring.xlsx (период 2026, на 20.12.2026; 484 строки данных; отчёты представили 57 из 61 организации, принято 48)"
expect_in err "организации: представили 57 из 61; принято 48, отклонено 9, конфликт 0, файл не прочитан 0, не представлено 4"
expect_in err "SCH-07.csv:4: error [bad-status]"

# The sheets, in Russian.
expect_xl monitoring.xlsx 'wb.sheetnames' \
  "['Сводка', 'Динамика', 'По организациям', 'Отчёты', 'Не представили', 'По районам', 'Замечания', 'Данные', 'План и факт']"
# The summary's values and statuses against an independent count over the accepted submissions.
run roadmap-validate -r "$NV" --orgs "$ORGS" "$SUBS" --format json
cp "$WORK/out" validate.json
$CHECK summary monitoring.xlsx "$NV" validate.json 2026 >/dev/null || fail "the summary does not match a recount"
checks=$((checks + 1))
# The header block and the % of target as a formula over the target and actual cells.
# The header block's lines span the table (merged), so a long title wraps instead of widening column A.
expect_xl monitoring.xlsx 'rows("Сводка")[3][0]' "На дату: 20.12.2026"
expect_xl monitoring.xlsx 'rows("Сводка")[4][0]' "Отчёты: представили 57 из 61 организации; принято 48"
expect_xl monitoring.xlsx 'sorted(str(r) for r in wb["Сводка"].merged_cells.ranges if r.min_row <= 5)' "['A1:L1', 'A2:L2', 'A3:L3', 'A4:L4', 'A5:L5']"
expect_xl monitoring.xlsx '[r[5] for r in rows("Сводка") if r[0] == "1.2."]' \
  "['=IF(AND(ISNUMBER(D12),ISNUMBER(E12),D12>0),E12/D12,\"\")']"
expect_xl monitoring.xlsx '[r[3:8] for r in rows("Сводка") if r[0] == "1.2."]' "[[60, 31, '=IF(AND(ISNUMBER(D12),ISNUMBER(E12),D12>0),E12/D12,\"\")', 'в работе', '47 из 60']]"
expect_xl monitoring.xlsx 'wb["Сводка"].freeze_panes' "A9"
ws='wb["Сводка"]'
expect_xl monitoring.xlsx "($ws.page_setup.orientation, $ws.sheet_properties.pageSetUpPr.fitToPage, $ws.page_setup.fitToHeight, $ws.print_title_rows)" \
  "('landscape', True, 0, '\$8:\$8')"
# Colour by status.
expect_xl monitoring.xlsx '{r[6].value: r[6].fill.fgColor.rgb for r in wb["Сводка"].iter_rows(min_row=10) if r[6].value}' \
  "{'нет данных': 'FFEDEDED', 'не выполнено': 'FFFFC7CE', 'в работе': 'FFFFEB9C', 'выполнено': 'FFC6EFCE'}"
# The organization matrix: 61 organizations × (5 + 21 activities), filter and frozen panes.
expect_xl monitoring.xlsx '(wb["По организациям"].max_row, wb["По организациям"].max_column)' "(62, 26)"
expect_xl monitoring.xlsx 'wb["По организациям"].auto_filter.ref' "A1:Z62"
expect_xl monitoring.xlsx 'wb["По организациям"].freeze_panes' "C2"
# SCH-01: of its 10 activities, 4 were due by 20.12.2026 (1.1b, 1.3 by 30.09,
# 1.6 by 30.06, 1.7 by 15.06; the year's targets are due on 31.12) and 2 more
# it did early (2.7, 3.3): done 4 (1.1b, 1.7, 2.7, 3.3) of 6 (SPEC.md §8a).
expect_xl monitoring.xlsx '[r[:5] for r in rows("По организациям") if r[0] == "SCH-01"]' "[['SCH-01', 'МБОУ «Средняя школа №1»', 'school', 'Центральный', 0.6666666666666666]]"
# Missing: only the 4 organizations that sent nothing, and DOU-19's two activities;
# those whose reports were rejected are on Reports, and the matrix says «отклонён».
expect_xl monitoring.xlsx 'sorted(r[0] for r in rows("Не представили")[1:] if r[4] == "отчёт не представлен")' \
  "['DOD-07', 'DOU-08', 'DOU-25', 'SCH-24']"
expect_xl monitoring.xlsx 'sorted((r[0], r[3]) for r in rows("Отчёты")[1:] if r[3] != "принят")' \
  "[('DOD-03', 'отклонён'), ('DOD-07', 'не представлен'), ('DOU-05', 'отклонён'), ('DOU-08', 'не представлен'), ('DOU-12', 'отклонён'), ('DOU-22', 'отклонён'), ('DOU-25', 'не представлен'), ('SCH-03', 'отклонён'), ('SCH-07', 'отклонён'), ('SCH-09', 'отклонён'), ('SCH-15', 'отклонён'), ('SCH-21', 'отклонён'), ('SCH-24', 'не представлен')]"
expect_xl monitoring.xlsx '[(r[4].split("/")[-1], r[5]) for r in rows("Отчёты") if r[0] == "SCH-07"]' "[('SCH-07.csv', 1)]"
expect_xl monitoring.xlsx 'sorted({c for r in rows("По организациям") if r[0] in ("SCH-07", "SCH-24") for c in r[5:] if c})' \
  "['нет отчёта', 'отклонён']"
expect_xl monitoring.xlsx '[sorted({c for c in r[5:] if c}) for r in rows("По организациям") if r[0] == "SCH-07"]' "[['отклонён']]"
expect_xl monitoring.xlsx '[r[4] for r in rows("Не представили") if r[0] == "DOU-19"]' "['мероприятия: 3.2., 3.3.']"
# Findings: every finding of the run, with file, line, its severity and kind
# in words of --lang, and the code kept in its own column.
expect_xl monitoring.xlsx 'len(rows("Замечания")) - 1' 20
expect_xl monitoring.xlsx '[(r[0].split("/")[-1], r[1], r[2], r[3], r[4], r[5]) for r in rows("Замечания") if r[5] == "bad-status"]' \
  "[('SCH-07.csv', 4, 'Статус', 'ошибка', 'статус не из допустимых слов', 'bad-status')]"
# Data: the merged rows; a formula-like cell from a school stays text.
expect_xl monitoring.xlsx 'len(rows("Данные")) - 1' 484
# Its headers and status words in the workbook's language (the merged CSV stays canonical English).
expect_xl monitoring.xlsx 'rows("Данные")[0]' "['Код ОО', 'Период', '№ п/п', 'Статус', 'Значение', 'Дата выполнения', 'Подтверждение', 'Комментарий', 'Файл', 'Строка']"
expect_xl monitoring.xlsx 'sorted({r[3] for r in rows("Данные")[1:]})' "['выполнено', 'не выполнено', 'частично']"
expect_xl monitoring.xlsx '[(c.data_type, c.value[:11]) for r in wb["Данные"].iter_rows() for c in r if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]' \
  "[('s', '=HYPERLINK(')]"
expect_xl monitoring.xlsx 'sum(1 for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.data_type == "f")' 21
# The chart: % of target for the activities with a numeric target, numbered as
# everywhere else (the printed number, with the id where they differ), drawn
# from the table below it, its bars capped at 200 %.
expect_xl monitoring.xlsx '[r[0] for r in rows("План и факт")[32:]]' "['1.1. (1.1b)', '1.2.', '1.3.', '2.2.', '2.4.', '2.7.', '3.2.', '3.4.']"
expect_xl monitoring.xlsx '[(round(r[4], 2), r[5]) for r in rows("План и факт")[32:] if r[0] == "3.2."]' "[(56, 2)]"
expect_xl monitoring.xlsx 'len(wb["План и факт"]._charts)' 1
# One numbering: the matrix and the summary use the same labels.
expect_xl monitoring.xlsx 'rows("По организациям")[0][5:8]' "['1.1 (1.1a)', '1.1. (1.1b)', '1.2.']"
expect_xl monitoring.xlsx '[r[0] for r in rows("Сводка")[9:11]]' "['1.1 (1.1a)', '1.1. (1.1b)']"
# Document properties.
expect_xl monitoring.xlsx '(wb.properties.creator, wb.properties.subject)' "('Департамент образования администрации города Нижневартовска', '2026')"

# English labels.
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o monitoring-en.xlsx --as-of 2026-12-20 --lang en -q
expect_status 1 "--lang en"
expect_xl monitoring-en.xlsx 'rows("Data")[0][:4]' "['org_id', 'period', 'activity_id', 'status']"
expect_xl monitoring-en.xlsx 'sorted({r[3] for r in rows("Data")[1:]})' "['done', 'not done', 'partial']"
expect_xl monitoring-en.xlsx 'wb.sheetnames' "['Summary', 'Trend', 'By organization', 'Reports', 'Missing', 'By district', 'Findings', 'Data', 'Target and actual']"
expect_xl monitoring-en.xlsx '[(r[3], r[4], r[5]) for r in rows("Findings") if r[5] == "bad-status"]' \
  "[('error', 'the status is not one of the allowed words', 'bad-status')]"
expect_xl monitoring-en.xlsx 'rows("Summary")[7][:7]' "['No.', 'Activity', 'Indicator', 'Target', 'Actual', '% of target', 'Status']"
$CHECK summary monitoring-en.xlsx "$NV" validate.json 2026 >/dev/null || fail "the English summary does not match a recount"

# The Data sheet splits past the row limit (lowered for the test), and
# constant-memory mode writes the same cells.
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o split.xlsx --as-of 2026-12-20 -q --sheet-rows 200
expect_xl split.xlsx '[(n, len(rows(n)) - 1, wb[n].auto_filter.ref) for n in wb.sheetnames if n.startswith("Данные")]' \
  "[('Данные', 200, 'A1:J201'), ('Данные 2', 200, 'A1:J201'), ('Данные 3', 84, 'A1:J85')]"
run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o streamed.xlsx --as-of 2026-12-20 -q --constant-memory-from 1
$CHECK dump monitoring.xlsx >normal.txt && $CHECK dump streamed.xlsx >streamed.txt || fail "dump"
cmp -s normal.txt streamed.txt || fail "constant-memory mode wrote other cells: $(diff normal.txt streamed.txt | head -5)"

# From the merged CSV the workbook shows the same figures (no findings now).
run roadmap-merge -r "$NV" --orgs "$ORGS" "$SUBS" -o merged.csv -q
run roadmap-render -r "$NV" --orgs "$ORGS" merged.csv -o from-merged.xlsx --as-of 2026-12-20 -q
expect_status 0 "from merged.csv"
expect_xl from-merged.xlsx '[r[3:5] for r in rows("Сводка")[8:]]' "$(xl monitoring.xlsx '[r[3:5] for r in rows("Сводка")[8:]]')"

# Balakhna: quarters, no indicators, no chart.
printf 'org_id,period,activity_id,status\nUO,2022-Q1,1.1,done\n' >balakhna.csv
run roadmap-render -r "$SRC/data/balakhna-mentoring-2022.yaml" balakhna.csv -o balakhna.xlsx --as-of 2022-04-01 -q
expect_status 0 "Balakhna"
expect_xl balakhna.xlsx '[n for n in ("План и факт", "По районам") if n in wb.sheetnames]' "[]"
expect_xl balakhna.xlsx 'rows("Сводка")[2][0]' "Период: 2022-Q1"
# The sheets left out are named, with why (a note: the exit code stays 0).
run roadmap-render -r "$SRC/data/balakhna-mentoring-2022.yaml" balakhna.csv -o balakhna.xlsx --as-of 2022-04-01
expect_status 0 "Balakhna, not quiet"
expect_in err "balakhna.xlsx: лист «По районам» не создан: в реестре организаций нет районов"
expect_in err "balakhna.xlsx: лист «План и факт» не создан: в дорожной карте нет мероприятий с числовым показателем"
run roadmap-render -r "$SRC/data/balakhna-mentoring-2022.yaml" balakhna.csv -o balakhna.xlsx --as-of 2022-04-01 --format json --lang en
expect_json "[s['sheet'] for s in d['workbook']['skipped_sheets']]" "['By district', 'Target and actual']"

# A cell longer than Excel allows is cut at 32,767 characters, not refused.
$PY -c 'print("org_id,period,activity_id,status,comment\nSCH-01,2026,1.2,done," + "ж" * 40000)' >long.csv
run roadmap-render -r "$NV" long.csv -o long.xlsx --as-of 2026-12-20 -q
expect_status 0 "a 40,000-character comment"
expect_xl long.xlsx '[(len(r[7]), r[7][-1]) for r in rows("Данные")[1:]]' "[(32767, '…')]"

# Another spreadsheet program opens it: LibreOffice converts the summary to CSV.
mkdir lo
HOME=$WORK timeout 180 soffice --headless --norestore --convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 \
  --outdir lo monitoring.xlsx >lo.log 2>&1 || fail "LibreOffice failed: $(cat lo.log)"
grep -q "Дорожная карта по реализации системы" lo/monitoring.csv || fail "LibreOffice read no summary: $(head -3 lo/monitoring.csv)"
checks=$((checks + 1))

# Safety: never over an input; a failed write keeps the previous workbook.
run roadmap-render -r "$NV" merged.csv -o merged.csv
expect_status 2 "output equal to an input"
cp monitoring.xlsx previous.xlsx
( ulimit -f 16; run roadmap-render -r "$NV" --orgs "$ORGS" "$SUBS" -o previous.xlsx --as-of 2026-12-20 -q --lang en
  expect_status 2 "file size limit"; expect_in err "cannot write previous.xlsx" )
[ $? -eq 0 ] || exit 1
cmp -s monitoring.xlsx previous.xlsx || fail "a failed write damaged the previous workbook"
[ -z "$(find . -name '.*.tmp-*')" ] || fail "a temporary file was left behind"
run roadmap-render -r "$NV" "$SUBS" -o x.xlsx --period 2030
expect_status 2 "unknown period"
expect_in err "2026, 2027, 2028"
run roadmap-render -r "$NV" "$SUBS" -o x.xlsx --as-of 31.02.2026
expect_status 2 "bad --as-of"
[ ! -e x.xlsx ] || fail "a failed run left an output"
done_checks
