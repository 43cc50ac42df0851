#!/usr/bin/python3
"""The intake service over HTTP (SPEC.md §16), as a school and as the analyst
use it, and as an attacker would try it: a school's page, its template, an
upload with errors and its findings, the annotated copy (read back with
openpyxl), the corrected upload accepted; one school's link cannot read or
upload for another; the headers on every response; uploads that are too
large, named «../../x.csv», HTML named .csv; the analyst's pages without a
session, with a wrong password six times, without the CSRF token; the
workbook, the справка and the merged CSV downloaded and compared with the
command-line programs' outputs from the same store; the letters sent from
the page to a local SMTP server (each to its own school, never twice, with a
new link that works where the old one no longer does).

Usage: serve_check.py BASE_URL LINKS_CSV PASSWORD SOURCE_DIR WORK_DIR BIN_DIR STORE RECEIVED_DIR
"""
import csv
import http.cookiejar
import io
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid

import openpyxl

sys.dont_write_bytecode = True  # nothing written into the source tree
import checking  # noqa: E402
from checking import check  # noqa: E402

base, links_csv, password, src, work, bin_dir, store, received = sys.argv[1:9]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)


def request(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with opener.open(req, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def multipart(fields, files):
    boundary = uuid.uuid4().hex
    body = io.BytesIO()
    for name, value in fields.items():
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, content) in files.items():
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                   f'Content-Type: application/octet-stream\r\n\r\n'.encode())
        body.write(content)
        body.write(b"\r\n")
    body.write(f"--{boundary}--\r\n".encode())
    return body.getvalue(), {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def secure_headers(headers, what):
    h = {k.lower(): v for k, v in headers.items()}
    check("default-src 'self'" in h.get("content-security-policy", "") and "frame-ancestors 'none'" in
          h.get("content-security-policy", ""), f"{what}: Content-Security-Policy")
    check(h.get("x-content-type-options") == "nosniff", f"{what}: nosniff")
    check(h.get("referrer-policy") == "no-referrer", f"{what}: Referrer-Policy")


links = {row["org_id"]: row["url"] for row in csv.DictReader(open(links_csv, encoding="utf-8"), delimiter=";")}
sch07, sch01 = links["SCH-07"], links["SCH-01"]

# A school's page: its name, its period, the upload form with a CSRF token.
status, headers, body = request(sch07)
page = body.decode()
check(status == 200, "the school's page opens")
secure_headers(headers, "the school's page")
check("Средняя школа №7" in page and "Средняя школа №1»" not in page, "the page names the school and no other")
check("2026 год" in text_of(page), "the page names the period")
csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
status, headers, body = request(sch07 + "?lang=en")
check("Upload the report" in body.decode(), "the page in English with ?lang=en")

# Its templates.
status, headers, body = request(sch07 + "/template.xlsx")
check(status == 200 and "attachment" in headers.get("Content-Disposition", ""), "the xlsx template is an attachment")
book = openpyxl.load_workbook(io.BytesIO(body))
report_sheet = book["Отчёт"]
check(any(row[0] == "SCH-07" for row in report_sheet.iter_rows(values_only=True)), "the template is filled for SCH-07")
status, headers, body = request(sch07 + "/template.csv")
check(status == 200 and b"SCH-07" in body and b"SCH-01" not in body, "the CSV template is SCH-07's")

# An upload with an error: the findings at once, in Russian, and the annotated copy.
broken = open(os.path.join(src, "examples/submissions/SCH-07.csv"), "rb").read()
data, head = multipart({"csrf": csrf}, {"file": ("SCH-07.csv", broken)})
status, headers, body = request(sch07 + "/upload", data, head)
page = body.decode()
check(status == 200, f"the upload answers ({status})")
check("Отчёт не принят" in page and "«сделано» — не статус" in page, "the findings are shown in Russian")
copy_link = re.search(r'href="(/o/[0-9a-f]{32}/copy/\d+)"', page).group(1)
status, headers, body = request(base + copy_link)
check(status == 200 and "attachment" in headers.get("Content-Disposition", ""), "the annotated copy downloads as an attachment")
copy = openpyxl.load_workbook(io.BytesIO(body))
check(any("сделано" in str(cell) for row in copy.worksheets[0].iter_rows(values_only=True) for cell in row if cell),
      "the annotated copy lists the finding")

# The corrected file: accepted.
fixed = broken.replace("сделано".encode("cp1251"), "выполнено".encode("cp1251"))  # the demo file is Windows-1251
data, head = multipart({"csrf": csrf}, {"file": ("SCH-07 исправленный.csv", fixed)})
status, headers, body = request(sch07 + "/upload", data, head)
check("Отчёт принят" in body.decode(), "the corrected file is accepted")
check("принят" in text_of(body.decode()).split("Состояние:")[1][:40], "the status says «принят»")

# One school's link cannot read or upload for another.
check(request(sch01 + "/copy/" + copy_link.rsplit("/", 1)[1])[0] == 404, "SCH-01's link cannot fetch SCH-07's copy")
other = open(os.path.join(src, "examples/submissions/SCH-02.csv"), "rb").read()
page01 = request(sch01)[2].decode()
csrf01 = re.search(r'name="csrf" value="([0-9a-f]+)"', page01).group(1)
data, head = multipart({"csrf": csrf01}, {"file": ("SCH-02.csv", other)})
status, headers, body = request(sch01 + "/upload", data, head)
check("другой организации" in body.decode() and "SCH-02" in body.decode(), "another school's file is refused")
data, head = multipart({"csrf": csrf}, {"file": ("x.csv", broken)})
check(request(sch01 + "/upload", data, head)[0] == 403, "SCH-07's form token does not work on SCH-01's link")
check(request(base + "/o/" + "0" * 32)[0] == 404, "an unknown link is 404")

# Hostile uploads.
data, head = multipart({"csrf": csrf01}, {"file": ("../../x.csv", open(os.path.join(src, "examples/submissions/SCH-01.csv"), "rb").read())})
status, headers, body = request(sch01 + "/upload", data, head)
check(status == 200 and "Отчёт принят" in body.decode(), "a file named ../../x.csv is received under a safe name")
check(not os.path.exists(os.path.join(work, "..", "x.csv")) and not os.path.exists("/x.csv"), "../../x.csv wrote nothing outside")
data, head = multipart({"csrf": csrf01}, {"file": ("page.csv", b"<html><script>alert(1)</script></html>")})
status, headers, body = request(sch01 + "/upload", data, head)
check("<script>alert(1)" not in body.decode() and "Отчёт не принят" in body.decode(), "an HTML file named .csv is a rejected report, never echoed")
data, head = multipart({"csrf": csrf01}, {"file": ("big.csv", b"a" * (21 << 20))})
status, headers, body = request(sch01 + "/upload", data, head)
check(status == 413, f"a 21 MB upload is refused ({status})")
data, head = multipart({}, {"file": ("SCH-01.csv", b"org_id;period\n")})
check(request(sch01 + "/upload", data, head)[0] == 403, "an upload without the CSRF token is refused")

# The analyst: no session, then wrong passwords, then the right one.
status, headers, body = request(base + "/admin")
check(status == 303 and headers.get("Location") == "/login", "the admin page without a session redirects to /login")
check(request(base + "/admin/download/workbook")[0] == 303, "a download without a session redirects")
def login_form_token(answer):
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', answer.decode())
    return match.group(1) if match else ""


def login(password_tried, fetch=request, url=base + "/login", headers=None):
    """The login as a browser does it: the form (with its token and cookie), then the password."""
    token = login_form_token(fetch(url)[2])
    form = urllib.parse.urlencode({"csrf": token, "password": password_tried}).encode()
    return fetch(url, form, headers) if headers else fetch(url, form)


status = request(base + "/login", urllib.parse.urlencode({"password": password}).encode())[0]
check(status == 403, f"a login without the form's CSRF token is refused, even with the right password ({status})")
jar.clear()
request(base + "/login")
status = request(base + "/login", urllib.parse.urlencode({"csrf": "0" * 64, "password": password}).encode())[0]
check(status == 403, f"a login with a made-up CSRF token is refused ({status})")
# The service runs --behind-proxy: the proxy names the client in X-Real-IP.
attacker = {"X-Real-IP": "203.0.113.5"}
for attempt in range(5):
    status = login(f"wrong {attempt}", headers=attacker)[0]
    check(status == 403, f"wrong password {attempt + 1} is refused with 403")
status = login(password, headers=attacker)[0]
check(status == 429, f"the sixth try within a minute is refused, even with the right password ({status})")
status = login(password, headers={"X-Real-IP": "203.0.113.9"})[0]
check(status == 303, f"behind the proxy another client is not locked out by the first one's failures ({status})")
jar.clear()
# The limit is per address: the analyst comes in from another loopback address.
import http.client
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
session_cookie = ""


login_cookie = ""


def admin(path, data=None):
    global login_cookie
    connection = http.client.HTTPConnection(host, port, timeout=120, source_address=("127.0.0.2", 0))
    headers = {"Cookie": "; ".join(c for c in (session_cookie, login_cookie) if c)}
    if data is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request("POST" if data is not None else "GET", path, body=data, headers=headers)
    response = connection.getresponse()
    result = response.status, {k: v for k, v in response.getheaders()}, response.read()
    connection.close()
    if result[1].get("Set-Cookie", "").startswith("rmt_login="):
        login_cookie = result[1]["Set-Cookie"].split(";")[0]
    return result


status, headers, body = login(password, admin, "/login")
check(status == 303, f"the right password logs in from another address ({status})")
cookie = headers.get("Set-Cookie", "")
check("HttpOnly" in cookie and "SameSite=Strict" in cookie, "the session cookie is HttpOnly and SameSite=Strict")
session_cookie = cookie.split(";")[0]
status, headers, body = admin("/admin")
page = body.decode()
check(status == 200, f"the admin page opens with the session ({status})")
secure_headers(headers, "the admin page")
counts = text_of(page)
check("Получено 4 из 61" in counts, f"the counts: {counts[:300]}")
check(re.search(r"SCH-07</a></td>.*?status-accepted", page, re.S) is not None, "SCH-07 is accepted in the table")
status, headers, body = admin("/admin?status=not-received")
check("SCH-07" not in body.decode() and "SCH-24" in body.decode(), "the filter by status")
shown = re.findall(r'href="/admin/org/([^"]+)"', admin("/admin?q=" + urllib.parse.quote("ШКОЛА №7"))[2].decode())
check(shown == ["SCH-07"], f"the search by a part of the name, whatever its case: {shown}")
shown = re.findall(r'href="/admin/org/([^"]+)"', admin("/admin?q=sch-1")[2].decode())
check(sorted(shown) == [f"SCH-{n}" for n in range(10, 20)], f"the search by a part of the code, in lower case: {shown}")
southern = admin("/admin?district=" + urllib.parse.quote("Южный"))[2].decode()
check(re.search(r"<td>(Центральный|Северный|Восточный)</td>", southern) is None and "<td>Южный</td>" in southern,
      "the filter by district")
check("<option selected>Южный</option>" in southern, "the district chosen stays chosen")
status, headers, body = admin("/admin/org/SCH-07")
page = body.decode()
check(status == 200 and "«сделано» — не статус" in page and "SCH-07 исправленный.csv" in page,
      "an organization's receipts and findings for the analyst")
check(request(base + "/admin/org/SCH-07")[0] == 303, "an organization's page without a session redirects")
admin("/logout", b"csrf=wrong")
check(admin("/admin")[0] == 200, "a logout without the CSRF token does nothing")

# The documents, made from the store, equal the command-line programs' from the same store.
def cells(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    return {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in wb}

status, headers, body = admin("/admin/download/workbook")
check(status == 200 and "attachment" in headers.get("Content-Disposition", ""), "the workbook downloads")
cli = os.path.join(work, "cli.xlsx")
subprocess.run([os.path.join(bin_dir, "roadmap-render"), "--store", store, "--period", "2026", "-o", cli, "-q"],
               stderr=subprocess.DEVNULL)
served, made = cells(body), cells(open(cli, "rb").read())
for name in made:
    if name in ("Сводка",):  # its header names the day the workbook was made; compared below without it
        continue
    check(served[name] == made[name], f"the served workbook's sheet «{name}» equals roadmap-render's")
status, headers, body = admin("/admin/download/spravka")
check(status == 200 and body[:2] == b"PK", "the справка downloads")
import docx
served_text = [p.text for p in docx.Document(io.BytesIO(body)).paragraphs]
cli_docx = os.path.join(work, "cli.docx")
subprocess.run([os.path.join(bin_dir, "roadmap-report"), "--store", store, "--period", "2026", "-o", cli_docx, "-q"],
               stderr=subprocess.DEVNULL)
check(served_text == [p.text for p in docx.Document(cli_docx).paragraphs], "the served справка equals roadmap-report's")
status, headers, body = admin("/admin/download/merged")
check(status == 200 and "SCH-07" in body.decode("utf-8-sig"), "the merged CSV downloads")
import email
import email.policy
import zipfile
status, headers, body = admin("/admin/download/letters")
check(status == 200 and "attachment" in headers.get("Content-Disposition", ""), f"the letters download ({status})")
letters = zipfile.ZipFile(io.BytesIO(body))
check("SCH-07.eml" in letters.namelist() and "SCH-24.eml" in letters.namelist(), f"the letters: {letters.namelist()[:5]}")
message = email.message_from_bytes(letters.read("SCH-24.eml"), policy=email.policy.default)
check("SCH-24" in message.get_body(("plain",)).get_content(), "a reminder to SCH-24 names it")
status, headers, body = admin("/admin/download/files")
files = zipfile.ZipFile(io.BytesIO(body))
# SCH-01's latest upload was the HTML page: it is SCH-01's current file, under its code.
check(status == 200 and sorted(files.namelist()) == ["SCH-01.csv", "SCH-02.csv", "SCH-03.csv", "SCH-07 исправленный.csv"],
      f"the files received: {files.namelist()}")
# The letters, sent from the page to the local SMTP server (which refuses SCH-05's address).
import glob
import time


def received_letters():
    return sorted(glob.glob(os.path.join(received, "*.eml")))


def sending_finished():
    for _ in range(600):
        answer = admin("/admin/send")[2].decode()
        if 'http-equiv="refresh"' not in answer:
            return answer
        time.sleep(0.2)
    check(False, "the sending finished within two minutes")


def codes_in(answer):
    return re.findall(r'href="/admin/org/([^"]+)"', answer)


registry_codes = set(codes_in(admin("/admin")[2].decode()))
page = admin("/admin")[2].decode()
check('action="/admin/send"' in page and "Отправить письма" in page, "the collection page offers to send the letters")
send_csrf = re.search(r'action="/admin/send".*?name="csrf" value="([0-9a-f]+)"', page, re.S).group(1)
check(admin("/admin/send", b"kind=reminder")[0] == 403 and not received_letters(), "a sending without the CSRF token is refused")
status, headers, body = admin("/admin/send", urllib.parse.urlencode({"csrf": send_csrf}).encode())
check(status == 400 and not received_letters(), "a sending with no kind of letter chosen sends nothing")
not_received = set(codes_in(admin("/admin?status=not-received")[2].decode()))
status, headers, body = admin("/admin/send", urllib.parse.urlencode({"csrf": send_csrf, "kind": "reminder"}).encode())
check(status == 303 and headers.get("Location") == "/admin/send", f"the sending starts and shows its page ({status})")
page = sending_finished()
summary = text_of(page)
expected = not_received - {"DOU-25", "SCH-05"}  # DOU-25 has no address; the server refuses SCH-05's
check(f"отправлено {len(expected)}," in summary, f"the page counts the reminders sent: {summary[:400]}")
check(re.search(r"SCH-05</td>.*?сервер не принял.*?550", page, re.S) is not None, "SCH-05's refused letter is named with the server's words")
sent_to = {}
for path in received_letters():
    message = email.message_from_binary_file(open(path, "rb"), policy=email.policy.default)
    to = str(message["To"])
    found = re.search(r"([a-z0-9-]+)@schools", to)
    check(found is not None, f"a letter went to a school: {to}")
    org = found.group(1).upper()
    body_text = message.get_body(("plain",)).get_content()
    said = body_text + str(message["Subject"])
    named = {code for code in registry_codes if re.search(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", said)}
    check(named <= {org}, f"the letter to {org} names only {org}: {named}")
    check(open(path[:-4] + ".rcpt").read().split() == [org.lower() + "@schools.example.ru"], f"{org}'s letter went to its address alone")
    sent_to[org] = sent_to.get(org, 0) + 1
check(set(sent_to) == expected and max(sent_to.values()) == 1,
      f"one reminder to each school without a report, and none to the others ({len(sent_to)} of {len(expected)})")
# Again: nothing new goes (the refused one is tried again, and refused again).
before = len(received_letters())
admin("/admin/send", urllib.parse.urlencode({"csrf": send_csrf, "kind": "reminder"}).encode())
page = sending_finished()
check(len(received_letters()) == before and f"уже отправлены ранее {len(expected)}" in text_of(page),
      f"the same letters are not sent twice: {text_of(page)[:300]}")
# The letters about what to correct, with new links: SCH-01's new link works, its old one does not.
admin("/admin/send", urllib.parse.urlencode({"csrf": send_csrf, "kind": "to-fix", "new_links": "1"}).encode())
page = sending_finished()
check("Новых ссылок выдано:" in page, f"the page says new links were issued: {text_of(page)[:300]}")
new_letters = received_letters()[before:]
sch01_letter = [p for p in new_letters if open(p[:-4] + ".rcpt").read().strip() == "sch-01@schools.example.ru"]
check(len(sch01_letter) == 1, f"SCH-01 gets one letter about what to correct ({len(new_letters)} sent)")
message = email.message_from_binary_file(open(sch01_letter[0], "rb"), policy=email.policy.default)
new_link = re.search(r"https?://\S+/o/[0-9a-f]{32}", message.get_body(("plain",)).get_content()).group(0)
check(new_link != sch01 and "Средняя школа №1" in request(new_link)[2].decode(), "SCH-01's new link opens its page")
check(request(sch01)[0] == 404, "SCH-01's old link no longer works")
check(all(open(p[:-4] + ".rcpt").read().strip() != "sch-07@schools.example.ru" for p in new_letters),
      "the accepted school gets no letter about what to correct")
check("Sending the letters" in admin("/admin/send?lang=en")[2].decode(), "the sending page in English")

status, headers, body = request(base + "/static/style.css")
secure_headers(headers, "the stylesheet")
print(f"serve_check.py: {checking.passed} checks passed")
