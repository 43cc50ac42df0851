#!/usr/bin/env python3
"""Writes the demo set for the Nizhnevartovsk roadmap, period 2026.

examples/orgs.csv          the registry: 60 organizations and the centre (CRO)
examples/submissions/*.csv one file per organization, in the shapes analysts
                           receive, with a handful of realistic mistakes

All names are invented. The output is deterministic; the committed files are
this script's output, so `python3 examples/make_demo.py` must leave git clean.
Each deliberate mistake is listed in MISTAKES below and in examples/README.md.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2026)

DISTRICTS = ["Центральный", "Северный", "Южный", "Восточный"]
ORGS = []
for i in range(1, 27):
    ORGS.append((f"SCH-{i:02d}", f"МБОУ «Средняя школа №{i}»", "school"))
for i in range(1, 27):
    ORGS.append((f"DOU-{i:02d}", f"МАДОУ «Детский сад №{i + 10} «{['Солнышко', 'Ромашка', 'Берёзка', 'Теремок', 'Золотой ключик', 'Радуга'][i % 6]}»»", "kindergarten"))
ADDITIONAL = ["Центр детского творчества", "Детско-юношеская спортивная школа", "Станция юных техников",
              "Дом детского творчества «Радуга»", "Центр дополнительного образования «Перспектива»",
              "Детская школа искусств №1", "Детская школа искусств №2", "Эколого-биологический центр"]
for i, name in enumerate(ADDITIONAL, 1):
    ORGS.append((f"DOD-{i:02d}", f"МАУДО «{name}»", "additional"))
CENTRE = ("CRO", "МАУ г.Нижневартовска «Центр развития образования»", "centre")

# Activities of the roadmap each kind of organization reports on (see data/).
SCHOOL_ACTIVITIES = ["1.1b", "1.2", "1.3", "1.6", "1.7", "2.3", "2.4", "2.7", "3.2", "3.3"]
CENTRE_ACTIVITIES = ["1.4", "1.5", "1.6", "1.7", "1.8", "2.1", "2.2", "2.3", "2.5", "2.6", "2.7",
                     "3.1", "3.2", "3.3", "3.4", "3.5"]
SUMS = {"2.2", "2.7", "3.2", "3.4"}

SILENT = {"SCH-24", "DOU-08", "DOU-25", "DOD-07"}  # sent nothing

EVIDENCE = ["Приказ от 01.09.2026 № {n}-о", "Протокол педсовета № {n} от 28.08.2026",
            "https://sch{n}.edu-nv.ru/nastavnichestvo", "Программа наставничества, утв. приказом № {n}",
            "Справка о самодиагностике от 10.06.2026", "Отчёт на сайте ОО, раздел «Наставничество»"]
COMMENTS = ["", "", "", "Сформировано 4 наставнические пары", "Раздел сайта обновлён, размещено 3 материала",
            "Методобъединение наставников создано приказом",
            "Работа продолжается;\nпары сформированы не во всех МО",  # a quoted line break and a ';'
            "Участие в конкурсе «Наставник года»"]

HEADERS = {
    "en": ["org_id", "period", "activity_id", "status", "value", "completed_on", "evidence", "comment"],
    "ru": ["Код ОО", "Период", "№ п/п", "Статус", "Значение", "Дата выполнения", "Подтверждение", "Комментарий"],
}
STATUS = {"en": {"done": "done", "partial": "partial", "not-done": "not-done"},
          "ru": {"done": "выполнено", "partial": "частично", "not-done": "не выполнено"}}


def quote(cell, delimiter):
    if any(c in cell for c in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write_csv(path, rows, *, encoding, delimiter, newline, bom=False, pad=0):
    text = newline.join(delimiter.join(quote(c, delimiter) for c in row) + delimiter * pad for row in rows)
    data = text.encode(encoding) + newline.encode()
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def rows_for(org_id, activities, lang, number):
    rows = []
    for activity in activities:
        status = rng.choices(["done", "partial", "not-done"], weights=[8, 2, 1])[0]
        value = ""
        if activity in SUMS and status != "not-done":
            value = str(rng.randint(1, 4)) if org_id != "CRO" else str({"2.2": 58, "2.7": 9, "3.2": 3, "3.4": 6}[activity])
        date = f"{rng.randint(1, 28):02d}.{rng.randint(1, 11):02d}.2026" if status == "done" else ""
        evidence = rng.choice(EVIDENCE).format(n=number) if status != "not-done" else ""
        comment = rng.choice(COMMENTS)
        rows.append([org_id, "2026", activity, STATUS[lang][status], value, date, evidence, comment])
    return rows


# Deliberate mistakes: org -> what is wrong (the row edit is applied below).
MISTAKES = {
    "SCH-03": "unknown-org: the id is typed «SCH-3»",
    "SCH-07": "bad-status: «сделано» instead of «выполнено»",
    "SCH-09": "missing-value: 2.7 (a sum) is done without a value",
    "SCH-11": "formula-like: the evidence cell starts with «=HYPERLINK(»",
    "SCH-15": "bad-date: 31.02.2026",
    "SCH-21": "bad-period: 2025 in one row",
    "DOU-05": "duplicate-row: 1.2 twice",
    "DOU-12": "bad-value: «два» in 2.7",
    "DOU-19": "missing-activity: 3.2 and 3.3 left out",
    "DOU-22": "not-reporter: reports 1.5, the centre's activity",
    "DOD-03": "unknown-activity: «1.9»",
    "DOD-06": "date-out-of-period: completed on 15.03.2025",
    "DOD-08": "unknown-column and blank-row: an extra «Ответственный» column and an empty line",
}


def apply_mistake(org_id, rows):
    if org_id == "SCH-03":
        for row in rows:
            row[0] = "SCH-3"
    elif org_id == "SCH-07":
        rows[2][3] = "сделано"
    elif org_id == "SCH-09":
        row = next(r for r in rows if r[2] == "2.7")
        row[3], row[4] = "выполнено", ""
    elif org_id == "SCH-11":
        rows[0][6] = '=HYPERLINK("https://sch11.edu-nv.ru/prikaz.pdf")'
    elif org_id == "SCH-15":
        rows[1][5] = "31.02.2026"
        rows[1][3] = "выполнено"
    elif org_id == "SCH-21":
        rows[4][1] = "2025"
    elif org_id == "DOU-05":
        rows.insert(3, list(rows[1]))
    elif org_id == "DOU-12":
        row = next(r for r in rows if r[2] == "2.7")
        row[3], row[4] = "done", "два"
    elif org_id == "DOU-19":
        rows[:] = [r for r in rows if r[2] not in ("3.2", "3.3")]
    elif org_id == "DOU-22":
        rows.append(["DOU-22", "2026", "1.5", "done", "", "20.05.2026", "", ""])
    elif org_id == "DOD-03":
        rows[5][2] = "1.9"
    elif org_id == "DOD-06":
        rows[0][3], rows[0][5] = "выполнено", "15.03.2025"


def main():
    os.makedirs(os.path.join(HERE, "submissions"), exist_ok=True)
    registry = [["Код ОО", "Наименование", "Тип", "Район"]]
    for n, (org_id, name, kind) in enumerate(ORGS + [CENTRE]):
        registry.append([org_id, name, kind, DISTRICTS[n % len(DISTRICTS)]])
    # The registry as Excel saves "CSV UTF-8": BOM, semicolons, CRLF.
    write_csv(os.path.join(HERE, "orgs.csv"), registry, encoding="utf-8", delimiter=";", newline="\r\n", bom=True)

    for n, (org_id, name, kind) in enumerate(ORGS + [CENTRE], 1):
        if org_id in SILENT:
            continue
        shape = n % 3
        lang = "en" if shape == 0 else "ru"
        activities = CENTRE_ACTIVITIES if org_id == "CRO" else SCHOOL_ACTIVITIES
        rows = rows_for(org_id, activities, lang, n)
        apply_mistake(org_id, rows)
        header = list(HEADERS[lang])
        if org_id == "DOD-08":
            header.append("Ответственный")
            for row in rows:
                row.append("Иванова А.П.")
        path = os.path.join(HERE, "submissions", f"{org_id}.csv")
        if org_id == "DOD-08":
            rows.insert(4, [""] * len(header))
        if shape == 0:    # UTF-8, commas, LF: exported by a script or LibreOffice
            write_csv(path, [header] + rows, encoding="utf-8", delimiter=",", newline="\n")
        elif shape == 1:  # Excel on Russian Windows: Windows-1251, semicolons, CRLF, padded empty columns
            for row in rows:
                if len(row) > 4 and row[4]:
                    row[4] = row[4].replace(".", ",")
            write_csv(path, [header] + rows, encoding="cp1251", delimiter=";", newline="\r\n", pad=2)
        else:             # Excel "CSV UTF-8": BOM, semicolons, CRLF
            write_csv(path, [header] + rows, encoding="utf-8", delimiter=";", newline="\r\n", bom=True)


if __name__ == "__main__":
    main()
