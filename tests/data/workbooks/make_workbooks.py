"""Makes the workbook fixtures the reader tests (tests/unit/xls, tests/unit/ods)
and the fuzz corpora start from, with programs other than ours: openpyxl
writes report.xlsx, LibreOffice converts it to report.xls and report.ods.
Run from this directory with Debian's python3 (python3-openpyxl) and
LibreOffice installed; the outputs are committed, so the tests need neither.

The sheet «Отчёт»: a title (merged A1:E1) and a blank row above the header;
text, whole and decimal numbers, a date cell shown dd.mm.yyyy, a date and
time shown as a date, a status merged down rows 5–6, Cyrillic throughout.
"""
import datetime
import subprocess

import openpyxl

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Отчёт"
sheet["A1"] = "Отчёт МБОУ «Средняя школа №1» за 2026 год"
sheet.merge_cells("A1:E1")
sheet.append([])
sheet.append(["Код ОО", "Период", "№ п/п", "Статус", "Значение", "Дата выполнения", "Комментарий"])
sheet.append(["SCH-01", 2026, "1.2", "выполнено", 12, datetime.date(2026, 3, 15), "Приказ № 5; «копия»"])
sheet.append(["SCH-01", 2026, "1.3", "частично", 2.5, datetime.datetime(2026, 9, 1, 14, 30), "две\nстроки"])
sheet.append(["SCH-01", 2026, "1.6", None, None, None, None])
sheet.merge_cells("D5:D6")
for row in (4, 5):
    sheet.cell(row=row, column=6).number_format = "DD.MM.YYYY"
book.create_sheet("Справка")["A1"] = "Второй лист"
book.save("report.xlsx")
for target in ("xls", "ods"):
    subprocess.run(["soffice", "--headless", "--convert-to", target, "report.xlsx"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
