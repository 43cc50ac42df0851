"""Reads one run's verdicts back from the three places a department reads
them — the workbook's Summary (openpyxl), the справка's section tables
(python-docx) and the JSON document — checks that they agree for every
activity (SPEC.md §8a: one model, every output), and that the activities
named in EXPECTED have the verdict a careful reader of the order gives.

usage: check_judgements.py WORKBOOK.xlsx REPORT.docx RUN.json EXPECTED
EXPECTED is a JSON object {"1.2": ["не выполнено", "да, срок 10.09.2022"], ...}
(the overdue text empty when not overdue); prints how many activities agree.
"""
import json
import os
import sys

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report  # noqa: E402

WORDS = {"met": "выполнено", "in-progress": "в работе", "not-met": "не выполнено", "no-data": "нет данных",
         "not-applicable": "не применимо"}


def summary(path):
    """{number: (status, due label, overdue)} from the Summary sheet."""
    rows = [list(r) for r in openpyxl.load_workbook(path)["Сводка"].iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "№")
    head = rows[header]
    status, due, overdue = head.index("Статус"), head.index("Ближайший / пропущенный срок"), head.index("Просрочено")
    out = {}
    for r in rows[header + 1:]:
        if r[status] in WORDS.values():
            out[str(r[0])] = (r[status], r[due] or "", r[overdue] or "", r[2] or "", r[3], r[4])
    return out


def main():
    workbook, report, run_json, expected = sys.argv[1:5]
    sheet = summary(workbook)
    tables = check_report.activity_tables(check_report.outline(report))
    document = json.load(open(run_json))
    activities = document["activities"]
    assert len(activities) == len(sheet) == len(tables), (len(activities), len(sheet), len(tables))
    for a in activities:
        label = a["number"]
        word = WORDS[a["status"]]
        overdue = f"да, срок {'.'.join(reversed(a['missed_due'].split('-')))}" if a["overdue"] else ""
        s = sheet[label]
        t = tables[label]
        assert s[0] == word, ("workbook", label, s[0], word)
        assert t[6] == word, ("справка", label, t[6], word)
        assert s[2] == overdue, ("workbook overdue", label, s[2], overdue)
        assert t[7] == overdue, ("справка overdue", label, t[7], overdue)
        # Not met and overdue never disagree.
        assert (word == "не выполнено") <= bool(overdue), (label, word, overdue)
        assert not (word in ("выполнено", "в работе", "не применимо") and overdue), (label, word, overdue)
        # Plan and fact in organizations for an activity without a numeric target.
        if a["counts_organizations"] and a["target"] is not None:
            assert s[3] == f"выполнили {a['done']} из {a['reporters']}", (label, s[3], a)
            assert t[2] == s[3], (label, t[2], s[3])
            assert (s[4], s[5]) == (a["reporters"], a["done"]), (label, s[4], s[5], a)
    for label, (word, overdue) in json.loads(expected).items():
        assert label in sheet, (label, sorted(sheet))
        assert (sheet[label][0], sheet[label][2]) == (word, overdue), (label, sheet[label][:3], word, overdue)
    print(f"{len(activities)} activities agree in the workbook, the справка and the JSON")


main()
