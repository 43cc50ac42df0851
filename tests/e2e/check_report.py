#!/usr/bin/python3
"""Reads an analytic report (.docx) back with python-docx, independently of
the toolkit, for tests/e2e/report.sh.

  check_report.py outline DOC
      prints the report as JSON: headings (level, text), paragraphs, tables
      (caption, rows of cell texts), the pictures and the sections' orientations
  check_report.py eval DOC EXPR
      prints EXPR over that outline (as d)
  check_report.py workbook DOC BOOK
      compares the report with the workbook roadmap-render wrote from the
      same inputs: every activity's target, actual, % of target, status and
      overdue against the Summary sheet, the coverage figures against the
      Summary's header, the districts against «По районам», the dynamics
      against the Trend sheet
  check_report.py recount DOC ROADMAP.yaml ORGS.csv VALIDATE.json PERIOD
      recounts from the submission files themselves: every activity's actual
      value (the files validate found free of errors), and the coverage —
      who sent a file, whose files were all accepted, who sent nothing, by
      registry name
"""
import csv
import io
import json
import os
import re
import sys

import docx
import openpyxl
import yaml
from docx.oxml.ns import qn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_workbook  # noqa: E402


def outline(path):
    document = docx.Document(path)
    tables = {t._tbl: t for t in document.tables}
    out = {"headings": [], "paragraphs": [], "tables": [], "pictures": len(document.inline_shapes),
           "sections": [str(s.orientation).split(".")[-1].split(" ")[0].lower() for s in document.sections]}
    last_text = ""
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = docx.text.paragraph.Paragraph(child, document)
            text = paragraph.text
            style = paragraph.style.name if paragraph.style is not None else ""
            if style.startswith("Heading "):
                out["headings"].append([int(style.split()[1]), text])
            if text:
                out["paragraphs"].append(text)
                last_text = text
        elif child.tag == qn("w:tbl"):
            table = tables[child]
            rows = [[cell.text for cell in row.cells] for row in table.rows]
            header_rows = sum(1 for row in table.rows if row._tr.trPr is not None
                              and row._tr.trPr.find(qn("w:tblHeader")) is not None)
            out["tables"].append({"caption": last_text, "rows": rows, "header_rows": header_rows})
    return out


def number(text):
    """A figure as the report prints it: «12,5», «−2», «+5», «58%»."""
    text = text.strip().replace("\u2212", "-").replace(",", ".").rstrip("%")
    return float(text) if text else None


def activity_tables(d):
    """The per-section results tables: {label: row}."""
    found = {}
    for t in d["tables"]:
        if t["caption"].split(". ", 1)[-1].startswith(("Результаты раздела", "Results of section")):
            for row in t["rows"][1:]:
                found[row[0]] = row
    return found


def table(d, caption_start):
    matches = [t for t in d["tables"] if t["caption"].split(". ", 1)[-1].startswith(caption_start)]
    return matches[0] if matches else None


def coverage_sentence(d):
    """«Отчёты за 2026 год представили 57 из 61 организации …», "57 of 61 organizations submitted …"."""
    return next(p for p in d["paragraphs"] if re.match(r"Отчёты за .* представили \d+ из \d+|\d+ of \d+ organizations? submitted", p))


def compare_workbook(doc_path, book_path):
    d = outline(doc_path)
    wb = openpyxl.load_workbook(book_path, data_only=True)
    summary = [list(r) for r in wb[wb.sheetnames[0]].iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(summary) if r[0] in ("№", "No."))
    report_rows = activity_tables(d)
    checked = 0
    for r in summary[header + 1:]:
        if r[3] is None and r[6] is None:
            continue  # a section row
        label, target, actual, ratio, status, overdue = r[0], r[3], r[4], r[5], r[6], r[10]
        got = report_rows.get(label)
        assert got is not None, ("no row in the report for", label)
        assert number(got[3]) == target, (label, got[3], target)
        assert number(got[4]) == actual, (label, got[4], actual)
        want_percent = "" if not isinstance(ratio, (int, float)) else f"{int(ratio * 100 + 0.5 + 1e-9)}%"
        assert got[5] == want_percent, (label, got[5], want_percent)
        assert got[6] == status, (label, got[6], status)
        assert bool(got[7]) == bool(overdue), (label, got[7], overdue)
        checked += 1
    assert checked == len(report_rows), (checked, len(report_rows))

    # Coverage: «Отчёты: представили 57 из 61 организации; принято 48».
    line = next(r[0] for r in summary[:header] if r[0] and r[0].startswith(("Отчёты:", "Reports:")))
    sent, total, accepted = map(int, re.findall(r"\d+", line)[:3])
    coverage = coverage_sentence(d)
    got = list(map(int, re.findall(r"(\d+) (?:из|of) (\d+)", coverage)[0]))
    assert got == [sent, total], (coverage, sent, total)
    assert re.search(rf"(Приняты отчёты|Reports of) {accepted} ", coverage), (coverage, accepted)

    districts = table(d, ("Охват по районам", "Coverage by district"))
    sheet_name = "По районам" if "По районам" in wb.sheetnames else "By district"
    if sheet_name in wb.sheetnames:
        sheet = [list(r) for r in wb[sheet_name].iter_rows(values_only=True)]
        body = {r[0]: r[1:4] for r in sheet[1:] if r[1] is not None}
        assert districts is not None, "no district table"
        for row in districts["rows"][1:]:
            assert [int(row[1]), int(row[2]), int(row[4])] == list(body[row[0]]), (row, body.get(row[0]))
        assert len(districts["rows"]) - 1 == len(body), (len(districts["rows"]), len(body))

    dynamics = table(d, ("Динамика", "Dynamics"))
    if dynamics is not None:
        # The dynamics are over the organizations that reported in both periods
        # (SPEC.md §8a), not the Trend's all: the targets agree with the Trend,
        # and the change is the difference of the two actuals.
        trend = [list(r) for r in wb[wb.sheetnames[1]].iter_rows(values_only=True)]
        head = trend[0]
        labels = dynamics["rows"][0]
        for row in dynamics["rows"][1:]:
            t = next(r for r in trend[1:] if r[0] == row[0])
            counts_organizations = str(t[2]).startswith(("организаций выполнили", "organizations done"))
            for column in (2, 4):  # the targets of both periods: the roadmap's, as on the Trend
                if not counts_organizations:
                    want = t[head.index(labels[column])]
                    assert number(row[column]) == want, (row[0], labels[column], row[column], want)
            before, now = number(row[3]), number(row[5])
            if before is not None and now is not None:
                assert abs(number(row[6]) - (now - before)) < 1e-9, (row[0], row[6], now, before)
            else:
                assert row[6] == "", row
        checked += len(dynamics["rows"]) - 1
    print(f"{checked} rows agree with the workbook")


def registry(path):
    text = open(path, encoding="utf-8-sig").read()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if text.count(";") > text.count(",") else ",")
    header = [c.strip().lower() for c in next(reader)]
    org = header.index("код оо") if "код оо" in header else header.index("org_id")
    name = header.index("наименование") if "наименование" in header else header.index("name")
    return {cells[org].strip(): cells[name].strip() for cells in reader if cells and cells[0].strip()}


def recount(doc_path, roadmap_path, orgs_path, validate_path, period):
    d = outline(doc_path)
    roadmap = yaml.safe_load(open(roadmap_path, encoding="utf-8"))
    activities = [a for s in roadmap["sections"] for a in s["activities"]]
    tally = check_workbook.tally_submissions(roadmap, validate_path, period)
    report_rows = activity_tables(d)
    assert len(report_rows) == len(activities), (len(report_rows), len(activities))
    recounted = 0
    for a in activities:
        label = str(a.get("number", a["id"]))
        if label.rstrip(".") != str(a["id"]).rstrip("."):
            label = f'{a["number"]} ({a["id"]})'
        row = report_rows[label]
        expected = check_workbook.expected_actual(roadmap, a, tally[str(a["id"])])
        if expected == "share":
            continue
        got = number(row[4])
        assert (got is None and expected is None) or abs(got - expected) < 1e-9, (label, row[4], expected)
        recounted += 1

    # Coverage from the files: who sent any row for the period, whose files had no error.
    names = registry(orgs_path)
    report = json.load(open(validate_path))
    sent, clean = set(), set()
    for f in report["files"]:
        if f["path"].endswith("orgs.csv"):
            continue
        orgs = {row["org_id"] for row in check_workbook.submission_rows(f["path"], f["encoding"], f["delimiter"])
                if row.get("period", "").split()[0:1] == [period]}
        # A file named for an organization is its report, whatever its rows
        # say (SCH-03.csv that writes «SCH-3» was sent by SCH-03).
        stem = os.path.splitext(os.path.basename(f["path"]))[0]
        if stem in names:
            orgs = (orgs & set(names)) or {stem}
        sent |= orgs
        if not f["errors"]:
            clean |= orgs
    sent &= set(names)
    missing = set(names) - sent
    coverage = coverage_sentence(d)
    assert re.findall(r"(\d+) (?:из|of) (\d+)", coverage)[0] == (str(len(sent)), str(len(names))), coverage
    assert re.search(rf"(Приняты отчёты|Reports of) {len(clean & sent)} ", coverage), (coverage, len(clean))
    not_accepted = table(d, ("Организации, отчёты которых", "Organizations whose reports"))
    listed = {row[1]: (row[2], row[4]) for row in not_accepted["rows"][1:]} if not_accepted else {}
    said_missing = {org for org, (_, status) in listed.items() if status in ("не представлен", "not received")}
    assert said_missing == missing, (said_missing, missing)
    for org in missing:
        assert listed[org][0] == names[org], (org, listed[org][0], names[org])
    rejected = (sent - clean)
    assert {org for org, (_, status) in listed.items() if status in ("отклонён", "rejected")} == rejected, rejected
    print(f"{recounted} activities recounted; {len(sent)} of {len(names)} sent, {len(missing)} missing")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "outline":
        print(json.dumps(outline(sys.argv[2]), ensure_ascii=False, indent=1))
    elif command == "eval":
        print(eval(sys.argv[3], {"d": outline(sys.argv[2]), "number": number, "table": table}))
    elif command == "workbook":
        compare_workbook(sys.argv[2], sys.argv[3])
    elif command == "recount":
        recount(*sys.argv[2:7])
    else:
        sys.exit(f"unknown command {command}")
