"""Fills roadmap-template output the way a school would, with an independent
writer: CSV templates through Python's csv module (kept in their own dialect),
XLSX templates through openpyxl (the school's Excel). Every row gets a status,
a value, a completion date inside the period (as a real date cell in XLSX),
evidence and a comment; the value is the row number within the file, so the
totals can be recounted.

usage: fill_templates.py TEMPLATE_DIR OUT_DIR DATE(dd.mm.yyyy) [--lang en]
"""
import csv
import datetime
import io
import os
import sys

src, dst, when = sys.argv[1], sys.argv[2], sys.argv[3]
english = "--lang" in sys.argv and sys.argv[sys.argv.index("--lang") + 1] == "en"
done = "done" if english else "выполнено"
date = datetime.datetime.strptime(when, "%d.%m.%Y").date()
os.makedirs(dst, exist_ok=True)

for name in sorted(os.listdir(src)):
    path = os.path.join(src, name)
    if name.endswith(".csv"):
        raw = open(path, "rb").read()
        bom = raw.startswith(b"\xef\xbb\xbf")
        encoding = "utf-8-sig" if bom else "cp1251"
        text = raw.decode(encoding)
        delimiter = ";" if text.split("\r\n")[0].count(";") else ("\t" if "\t" in text.split("\r\n")[0] else ",")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        # By the headers, as a person fills the columns named «Статус» … «Комментарий».
        first = rows[0].index("status" if english else "Статус")
        for n, row in enumerate(rows[1:], start=1):
            row[first:first + 5] = [done, str(n), when, f"Приказ № {n}; «копия»", "заполнено\nпо шаблону"]
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        with open(os.path.join(dst, name), "wb") as f:
            f.write(out.getvalue().encode(encoding))
    elif name.endswith(".xlsx"):
        import openpyxl
        book = openpyxl.load_workbook(path)
        sheet = book["Report" if english else "Отчёт"]
        first = [c.value for c in sheet[1]].index("status" if english else "Статус")
        for n, row in enumerate(sheet.iter_rows(min_row=2), start=1):
            row[first].value = done
            row[first + 1].value = n
            row[first + 2].value = date
            row[first + 3].value = f"Приказ № {n}; «копия»"
            row[first + 4].value = "заполнено\nпо шаблону"
        book.save(os.path.join(dst, name))
