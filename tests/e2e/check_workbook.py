#!/usr/bin/python3
"""Reads a monitoring workbook back with openpyxl, independently of the
toolkit, for tests/e2e/render.sh.

  check_workbook.py summary BOOK ROADMAP.yaml VALIDATE.json PERIOD
      recounts the actual value of every activity from the submission files
      that validate found free of errors, and compares with the Summary sheet
  check_workbook.py districts BOOK ROADMAP.yaml ORGS.csv VALIDATE.json PERIOD
      recounts the By district sheet: organizations, submitted and accepted
      from the registry and validate's statuses; per activity the sum of the
      values, or the share done, from the accepted submission files (which
      organizations must report on an activity is read off the matrix)
  check_workbook.py dump BOOK
      prints every sheet's cell values, to compare two workbooks
  check_workbook.py eval BOOK EXPR
      prints EXPR evaluated with `wb` (the workbook) and `rows(name)` (a
      sheet's rows of values)
"""
import csv
import io
import json
import sys

import openpyxl
import yaml

HEADERS = {
    "org_id": "org_id", "код оо": "org_id", "period": "period", "период": "period", "год": "period",
    "activity_id": "activity_id", "№ п/п": "activity_id", "номер мероприятия": "activity_id",
    "status": "status", "статус": "status", "value": "value", "значение": "value",
}
STATUSES = {"done": "done", "выполнено": "done", "partial": "partial", "частично": "partial",
            "not-done": "not-done", "не выполнено": "not-done", "n/a": "n/a", "не применимо": "n/a"}


def rows(wb, name):
    return [list(r) for r in wb[name].iter_rows(values_only=True)]


def submission_rows(path, encoding, delimiter):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8-sig" if encoding == "utf-8" else "cp1251")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [HEADERS.get(c.strip().lower()) for c in cells]
            continue
        yield {key: cells[i].strip() for i, key in enumerate(header) if key and i < len(cells)}


def tally_submissions(roadmap, validate_path, period):
    """Per activity id: the organizations that reported, how many said done,
    the sum of the values and each organization's status, over the
    submission files validate found free of errors (the merge takes those)."""
    activities = [a for s in roadmap["sections"] for a in s["activities"]]
    ids = {str(a["id"]) for a in activities}
    by_number = {}
    for a in activities:
        by_number.setdefault(str(a.get("number", a["id"])).rstrip("."), []).append(str(a["id"]))

    def activity_id(text):
        if text in ids:
            return text
        if text.rstrip(".") in ids:
            return text.rstrip(".")
        found = by_number.get(text.rstrip("."), [])
        return found[0] if len(found) == 1 else None

    tally = {str(a["id"]): {"orgs": set(), "done": 0, "sum": 0.0, "status": {}} for a in activities}
    report = json.load(open(validate_path))
    for f in report["files"]:
        if f["errors"] or f["path"].endswith("orgs.csv"):
            continue  # a file with errors is rejected whole by the merge
        for row in submission_rows(f["path"], f["encoding"], f["delimiter"]):
            if row.get("period", "").split()[0:1] != [period]:
                continue
            a = activity_id(row["activity_id"])
            status = STATUSES[row["status"].lower()]
            t = tally[a]
            t["orgs"].add(row["org_id"])
            t["status"][row["org_id"]] = status
            t["done"] += status == "done"
            if row.get("value"):
                t["sum"] += float(row["value"].replace(",", ".").replace(" ", ""))
    return tally


def expected_actual(roadmap, a, t):
    """The actual value recounted for activity `a` from its tally `t`; the
    string "share" for share-done (it needs the registry's reporters)."""
    parties = {p["id"]: p for p in roadmap["parties"]}
    indicator = a.get("indicator")
    if not t["orgs"] or not indicator:
        return None
    measure = indicator["measure"]
    if measure == "orgs-done":
        return t["done"]
    if measure == "sum":
        return t["sum"]
    if measure == "done":
        decider = indicator.get("by") or next(parties[p]["org_id"] for p in a["responsible"]
                                              if parties[p].get("org_id"))
        return None if decider not in t["status"] else (1 if t["status"][decider] == "done" else 0)
    return "share"


def summary(book, roadmap_path, validate_path, period):
    wb = openpyxl.load_workbook(book)
    roadmap = yaml.safe_load(open(roadmap_path, encoding="utf-8"))
    activities = [a for s in roadmap["sections"] for a in s["activities"]]
    tally = tally_submissions(roadmap, validate_path, period)

    sheet = rows(wb, wb.sheetnames[0])
    header = next(i for i, r in enumerate(sheet) if r[0] in ("№", "No."))
    activity_rows = [r for r in sheet[header + 1:] if isinstance(r[5], str) and r[5].startswith("=IF(")]
    assert len(activity_rows) == len(activities), (len(activity_rows), len(activities))
    checked = 0
    for a, r in zip(activities, activity_rows):
        t = tally[str(a["id"])]
        indicator = a.get("indicator")
        target, actual, status = r[3], r[4], r[6]
        if not t["orgs"]:
            assert status in ("нет данных", "no data"), (a["id"], status)
            assert actual is None, (a["id"], actual)
            continue
        if indicator:
            expected = expected_actual(roadmap, a, t)
            if expected == "share":
                expected = actual  # share-done needs the registry's reporters; not recounted here
            assert actual == expected or abs((actual or 0) - (expected or 0)) < 1e-9, (a["id"], actual, expected)
            checked += 1
            if target is not None and actual is not None:
                met = actual >= target
                assert (status in ("выполнено", "met")) == met, (a["id"], target, actual, status)
        assert r[7].split()[0] == str(len(t["orgs"])), (a["id"], r[7], len(t["orgs"]))
    print(f"{checked} activities recounted")


def registry_districts(path):
    text = open(path, encoding="utf-8-sig").read()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if text.count(";") > text.count(",") else ",")
    header = [c.strip().lower() for c in next(reader)]
    org, district = header.index("код оо") if "код оо" in header else header.index("org_id"), \
        header.index("район") if "район" in header else header.index("district")
    return {cells[org].strip(): cells[district].strip() for cells in reader if cells and cells[0].strip()}


def districts(book, roadmap_path, orgs_path, validate_path, period):
    wb = openpyxl.load_workbook(book)
    roadmap = yaml.safe_load(open(roadmap_path, encoding="utf-8"))
    activities = [a for s in roadmap["sections"] for a in s["activities"]]
    sums = {str(a["id"]) for a in activities if (a.get("indicator") or {}).get("measure") == "sum"}
    district_of = registry_districts(orgs_path)
    report = json.load(open(validate_path))
    status_of = {o["org_id"]: o["status"] for o in report["organizations"]}

    # What the accepted files say: (org, activity id) -> status, value.
    said = {}
    for f in report["files"]:
        if f["errors"] or f["path"] == orgs_path or f["path"].endswith("orgs.csv"):
            continue
        for row in submission_rows(f["path"], f["encoding"], f["delimiter"]):
            if row.get("period", "").split()[0:1] != [period]:
                continue
            value = row.get("value")
            said[(row["org_id"], row["activity_id"].rstrip("."))] = (
                STATUSES[row["status"].lower()], float(value.replace(",", ".").replace(" ", "")) if value else None)

    matrix = rows(wb, wb.sheetnames[2])
    labels = matrix[0][5:]
    # A matrix label is "number" or "number (id)": the id is in brackets, or the number is the id.
    ids = [l.split("(")[-1].rstrip(")") if "(" in l else l.rstrip(".") for l in labels]
    required = {r[0]: {ids[i] for i, c in enumerate(r[5:]) if c} for r in matrix[1:]}

    sheet = rows(wb, "По районам" if "По районам" in wb.sheetnames else "By district")
    assert sheet[0][4:4 + len(labels)] == list(labels), (sheet[0], labels)
    groups = {}
    for org, district in district_of.items():
        groups.setdefault(district, []).append(org)
    checked = 0
    body = [r for r in sheet[1:] if r[1] is not None]
    for r in body:
        name = r[0]
        orgs = list(district_of) if name in ("Итого", "Total") else groups[name]
        want = [len(orgs), sum(status_of.get(o) != "not-received" for o in orgs),
                sum(status_of.get(o) == "accepted" for o in orgs)]
        assert list(r[1:4]) == want, (name, r[1:4], want)
        for i, a in enumerate(ids):
            need = [o for o in orgs if a in required.get(o, ())]
            cell = r[4 + i]
            if not need:
                assert cell is None, (name, a, cell)
                continue
            answers = [said[(o, a)] for o in need if (o, a) in said]
            if a in sums:
                values = [v for _, v in answers if v is not None]
                expected = sum(values) if values else None
            else:
                done = sum(s == "done" for s, _ in answers)
                na = sum(s == "n/a" for s, _ in answers)
                expected = done / (len(need) - na) if len(need) > na else None
            assert (cell is None and expected is None) or abs(cell - expected) < 1e-9, (name, a, cell, expected)
            checked += 1
    print(f"{len(body)} rows, {checked} cells recounted")


def dump(book):
    wb = openpyxl.load_workbook(book)
    for ws in wb.worksheets:
        print("#", ws.title)
        for r in ws.iter_rows(values_only=True):
            print(r)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "summary":
        summary(*sys.argv[2:6])
    elif command == "districts":
        districts(*sys.argv[2:7])
    elif command == "dump":
        dump(sys.argv[2])
    elif command == "eval":
        wb = openpyxl.load_workbook(sys.argv[2])
        print(eval(sys.argv[3], {"wb": wb, "rows": lambda name: rows(wb, name)}))
