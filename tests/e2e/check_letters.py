#!/usr/bin/python3
"""Reads roadmap-feedback's letters back with Python's email module and the
annotated copies with openpyxl, independently of the toolkit, for
tests/e2e/feedback.sh.

  check_letters.py letters DIR ORGS.csv VALIDATE.json
      one .eml per registry organization; To: the registry's address; the
      kind of letter (its Subject) from validate's status of it; every
      attachment an .xlsx that openpyxl opens, named in the letter
  check_letters.py eval DIR EXPR
      prints EXPR with letter(org_id) → (message, body text) and
      copy(path) → openpyxl workbook
"""
import csv
import email
import email.policy
import io
import json
import os
import sys

import openpyxl

KIND = {"accepted": "Отчёт принят", "rejected": "Нужно исправить отчёт", "conflict": "Нужно исправить отчёт",
        "unreadable": "Нужно исправить отчёт", "not-received": "Напоминание об отчёте"}


def letter(directory, org):
    message = email.message_from_bytes(open(os.path.join(directory, f"{org}.eml"), "rb").read(),
                                       policy=email.policy.default)
    return message, message.get_body(("plain",)).get_content()


def registry(path):
    rows = list(csv.reader(open(path, encoding="utf-8-sig", newline=""), delimiter=";"))
    header = [c.strip().lower() for c in rows[0]]
    org, mail = header.index("код оо"), header.index("эл. почта")
    return {r[org]: r[mail] for r in rows[1:] if r and r[0]}


def letters(directory, orgs_path, validate_path):
    emails = registry(orgs_path)
    status = {o["org_id"]: o["status"] for o in json.load(open(validate_path))["organizations"]}
    written = sorted(f[:-4] for f in os.listdir(directory) if f.endswith(".eml"))
    assert written == sorted(emails), (set(written) ^ set(emails))
    kinds = {}
    for org, address in emails.items():
        message, body = letter(directory, org)
        to = [a.addr_spec for a in message["To"].addresses] if message["To"] else []
        assert to == ([address] if address else []), (org, to, address)
        subject = str(message["Subject"])
        assert subject.startswith(KIND[status[org]] + ": " + org + ", "), (org, subject, status[org])
        kinds[subject.split(":")[0]] = kinds.get(subject.split(":")[0], 0) + 1
        for part in message.iter_attachments():
            name = part.get_filename()
            assert name.endswith(".xlsx"), name
            openpyxl.load_workbook(io.BytesIO(part.get_content()))
            assert status[org] != "accepted", (org, name)
        assert body.startswith("Здравствуйте!"), body[:40]
    print(json.dumps(kinds, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    if sys.argv[1] == "letters":
        letters(*sys.argv[2:5])
    elif sys.argv[1] == "eval":
        directory = sys.argv[2]
        print(eval(sys.argv[3], {"letter": lambda org: letter(directory, org),
                                 "copy": lambda name: openpyxl.load_workbook(os.path.join(directory, name)),
                                 "os": os}))
    else:
        sys.exit("unknown command")
