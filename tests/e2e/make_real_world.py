"""Makes a folder of reports the way schools really send them, with programs
other than ours: openpyxl (Excel's habits: a title above the table, merged
cells, real date cells), LibreOffice (.xls, .ods, .xlsm converted from filled
templates), Python's csv module (Windows-1251 with rows of spaces, dates with
a time and two-digit years, a code typed on the wrong keyboard layout) and
Excel's «Текст Юникод» (UTF-16 with tabs). Also what lies beside them in a
real folder: a resend «SCH-07 (2).xlsx», lock files, a cover letter and a scan.

Writes into OUT: reports/ (the folder), orgs.xlsx (a registry exported from
another system: a title row, ИНН and address columns, e-mails) and
expected.csv: every row as the school typed it (org_id, period, activity_id,
status, value, completed_on), canonical, which the merge must reproduce.

usage: make_real_world.py TEMPLATE_DIR(xlsx templates) ORGS_CSV OUT
"""
import csv
import datetime
import os
import shutil
import subprocess
import sys

import openpyxl

templates, orgs_csv, out = sys.argv[1:4]
reports = os.path.join(out, "reports")
work = os.path.join(out, "work")
os.makedirs(reports, exist_ok=True)
os.makedirs(work, exist_ok=True)

STATUS_RU = {"done": "выполнено", "partial": "частично", "not-done": "не выполнено"}
CYCLE = ["done", "partial", "not-done", "done"]
expected = []


def template_rows(org):
    """(activity_id, activity_title, target) of an organization's template."""
    sheet = openpyxl.load_workbook(os.path.join(templates, f"{org}.xlsx"))["Отчёт"]
    return [(r[2], r[3], r[4]) for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]]


def typed(org, n, activity, shift=0):
    """What a school types on row n: status, value, date (or None)."""
    status = CYCLE[(n + shift) % len(CYCLE)]
    value = n + shift if status != "not-done" else None
    when = datetime.date(2026, 1 + (n % 11), 1 + (n * 3) % 27) if status == "done" else None
    return status, value, when


def expect(org, activity, status, value, when):
    expected.append([org, "2026", activity, status, "" if value is None else str(value),
                     when.isoformat() if when else ""])


def fill_template(org, shift=0, record=True):
    """The template filled in with openpyxl, as a school does in Excel; its path."""
    book = openpyxl.load_workbook(os.path.join(templates, f"{org}.xlsx"))
    sheet = book["Отчёт"]
    first = [c.value for c in sheet[1]].index("Статус")  # by the header, as a person fills it
    for n, row in enumerate(sheet.iter_rows(min_row=2), start=1):
        status, value, when = typed(org, n, row[2].value, shift)
        row[first].value = STATUS_RU[status]
        row[first + 1].value = value
        row[first + 2].value = when  # a real date cell
        row[first + 3].value = f"Приказ № {n}"
        if record:
            expect(org, row[2].value, status, value, when)
    path = os.path.join(work, f"{org}.xlsx")
    book.save(path)
    return path


def convert(path, target, name):
    """LibreOffice converts a workbook; the result is renamed `name` in reports/."""
    # A profile of its own (HOME): another test's LibreOffice may be running.
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", target, path, "--outdir", work],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "HOME": os.path.abspath(work)})
    produced = os.path.splitext(path)[0] + "." + target.split(":")[0]
    shutil.move(produced, os.path.join(reports, name))


# LibreOffice's .xls, .ods and .xlsm of filled templates.
convert(fill_template("SCH-01"), "xls", "SCH-01.xls")
convert(fill_template("SCH-02"), "ods", "SCH-02.ods")
convert(fill_template("SCH-03"), "xlsm:Calc MS Excel 2007 VBA XML", "SCH-03.xlsm")

# openpyxl from scratch: a title and a date above the table, a blank row, the
# header, a row of spaces in the middle, the status merged down three rows,
# the code merged down the first four rows, dates as date cells shown dd.mm.yy.
def titled_workbook(org, path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    sheet["A1"] = f"Отчёт МБОУ «Средняя школа» ({org}) о реализации дорожной карты за 2026 год"
    sheet.merge_cells("A1:G1")
    sheet["A2"] = "Дата заполнения:"
    sheet["B2"] = datetime.date(2026, 12, 10)
    sheet.append([])
    sheet.append(["Код ОО", "Год", "№ п/п", "Статус", "Значение", "Дата выполнения", "Комментарий"])
    rows = template_rows(org)
    first = sheet.max_row + 1
    for n, (activity, _title, _target) in enumerate(rows, start=1):
        status, value, when = typed(org, n, activity)
        if n in (2, 3):  # status merged over rows 1–3: the value of row 1 holds for all three
            status, value, when = typed(org, 1, activity)
            value = n if status != "not-done" else None
        sheet.append([org if n == 1 or n > 4 else None, 2026, activity, STATUS_RU[status] if n not in (2, 3) else None,
                      value, when, "ок"])
        if when:
            sheet.cell(row=sheet.max_row, column=6).number_format = "DD.MM.YY"
        expect(org, activity, status, value, when)
        if n == 4:
            sheet.append(["   ", " ", "", "  "])  # a row of spaces
    sheet.merge_cells(start_row=first, start_column=4, end_row=first + 2, end_column=4)
    sheet.merge_cells(start_row=first, start_column=1, end_row=first + 3, end_column=1)
    book.save(path)


titled_workbook("SCH-04", os.path.join(reports, "SCH-04.xlsx"))
# The same habits in an .ods: LibreOffice keeps the merged ranges as spanned and covered cells.
titled_workbook("DOU-01", os.path.join(work, "DOU-01.xlsx"))
convert(os.path.join(work, "DOU-01.xlsx"), "ods", "DOU-01.ods")

# Excel's «Текст Юникод»: UTF-16 LE with a BOM, tab-separated, CRLF.
with open(os.path.join(reports, "SCH-05.txt"), "w", encoding="utf-16", newline="") as f:
    writer = csv.writer(f, delimiter="\t", lineterminator="\r\n")
    writer.writerow(["Код ОО", "Период", "№ п/п", "Мероприятие", "Статус", "Значение", "Дата выполнения"])
    for n, (activity, title, _target) in enumerate(template_rows("SCH-05"), start=1):
        status, value, when = typed("SCH-05", n, activity)
        writer.writerow(["SCH-05", "2026", activity, title, STATUS_RU[status], "" if value is None else value,
                         when.strftime("%d.%m.%Y") if when else ""])
        expect("SCH-05", activity, status, value, when)

# Windows-1251 CSV from another program: rows of spaces, dates with a time
# (as 1C and databases export them) and with two-digit years, and the code
# typed with Cyrillic С and Н in place of Latin C and H.
with open(os.path.join(reports, "SCH-06.csv"), "w", encoding="cp1251", newline="") as f:
    writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Код ОО", "Период", "№ п/п", "Статус", "Значение", "Дата выполнения"])
    for n, (activity, _title, _target) in enumerate(template_rows("SCH-06"), start=1):
        status, value, when = typed("SCH-06", n, activity)
        shown = ""
        if when:
            shown = when.strftime("%Y-%m-%d 00:00:00") if n % 2 else when.strftime("%d.%m.%y")
        writer.writerow(["SСН-06", "2026", activity, STATUS_RU[status], "" if value is None else value, shown])
        expect("SCH-06", activity, status, value, when)
        if n == 2:
            writer.writerow(["  ", " ", "", "   ", "", " "])

# A resend: «SCH-07 (2).xlsx» comes after «SCH-07.xlsx» and, with
# --on-conflict last, its rows are the ones that count.
shutil.copy(fill_template("SCH-07", shift=0, record=False), os.path.join(reports, "SCH-07.xlsx"))
shutil.copy(fill_template("SCH-07", shift=1), os.path.join(reports, "SCH-07 (2).xlsx"))

# What else lies in a real folder: lock files (ignored), a cover letter and a scan (named as skipped).
open(os.path.join(reports, "~$SCH-07.xlsx"), "wb").write(b"\x00" * 165)
open(os.path.join(reports, ".~lock.SCH-02.ods#"), "w").write(",analyst,host,01.12.2026 10:00,file:///home/analyst/.config;")
shutil.copy(os.path.join(work, "SCH-01.xlsx"), os.path.join(reports, "сопроводительное письмо.docx"))
open(os.path.join(reports, "скан приказа.jpg"), "wb").write(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)

# The registry as another system exports it: a title, extra columns, e-mails.
with open(orgs_csv, encoding="utf-8-sig", newline="") as f:
    registry = list(csv.reader(f, delimiter=";"))
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Реестр"
sheet.append(["Реестр образовательных организаций на 01.09.2026"])
sheet.append([])
sheet.append(["№", "Код ОО", "Наименование", "ИНН", "Тип", "Район", "Адрес", "Эл. почта"])
for n, row in enumerate(registry[1:], start=1):
    sheet.append([n, row[0], row[1], f"86030{n:05}", row[2], row[3], f"г. Нижневартовск, ул. Мира, {n}",
                  f"{row[0].lower()}@edu.example"])
book.save(os.path.join(out, "orgs.xlsx"))

shutil.rmtree(work)
with open(os.path.join(out, "expected.csv"), "w", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["org_id", "period", "activity_id", "status", "value", "completed_on"])
    writer.writerows(sorted(expected))
