#!/usr/bin/python3
"""The intake service under load (docs/performance.md): a region's schools in
the last hour. Generates N organizations' reports (roadmap-gen), makes a
store and the links, starts roadmap-serve, and uploads every school's file
through its own link from C concurrent clients; then checks that every upload
is in the store and that the store passes `roadmap-store check`. Prints the
times to the findings page (p50, p90, p99, max) and the service's peak memory.
Then the analyst logs in and opens the collection page twice (the first view
checks the store, the second is served from what the first found); with
--send, every letter of the period is sent from the page to a local SMTP
server (python3-aiosmtpd) and the time to the last one is printed.

Usage: scripts/serve_load.py [--organizations 700] [--clients 100] [--send] [--bin build/apps] [--tools build/tools]
"""
import argparse
import concurrent.futures
import csv
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

parser = argparse.ArgumentParser()
parser.add_argument("--organizations", type=int, default=700)
parser.add_argument("--clients", type=int, default=100)
parser.add_argument("--bin", default="build/apps")
parser.add_argument("--tools", default="build/tools")
parser.add_argument("--roadmap", default="data/nizhnevartovsk-mentoring-2026.yaml")
parser.add_argument("--send", action="store_true", help="send every letter from the page to a local SMTP server")
args = parser.parse_args()

work = tempfile.mkdtemp(prefix="rmt-serve-load-")
try:
    bin_dir, store = os.path.abspath(args.bin), os.path.join(work, "store")
    subprocess.run([os.path.join(args.tools, "roadmap-gen"), "-r", args.roadmap, "-n", str(args.organizations),
                    "--seed", "4", "--resubmissions", "0", "--silent", "0", os.path.join(work, "set")],
                   check=True, stdout=subprocess.DEVNULL)
    # The registry with an address for each school, for the letters.
    orgs = os.path.join(work, "orgs.csv")
    with open(os.path.join(work, "set", "orgs.csv"), encoding="utf-8-sig", newline="") as src_file, \
            open(orgs, "w", encoding="utf-8", newline="") as out:
        rows = list(csv.reader(src_file, delimiter=";"))
        writer = csv.writer(out, delimiter=";")
        writer.writerow(rows[0] + ["Эл. почта"])
        for row in rows[1:]:
            writer.writerow(row + [row[0].lower() + "@schools.example.ru"])
    subprocess.run([os.path.join(bin_dir, "roadmap-store"), "init", store, "-r", args.roadmap, "--orgs", orgs, "-q"], check=True)
    subprocess.run([os.path.join(bin_dir, "roadmap-serve"), "passwd", store, "-q"], input="пароль нагрузки 2026\n", text=True,
                   check=True)
    smtp = None
    if args.send:
        smtp = subprocess.Popen(["/usr/bin/python3", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e",
                                 "smtp_server.py"), os.path.join(work, "smtp-port"), os.path.join(work, "received")])
        for _ in range(100):
            if os.path.exists(os.path.join(work, "smtp-port")):
                break
            time.sleep(0.1)
    port = 20000 + os.getpid() % 20000
    subprocess.run([os.path.join(bin_dir, "roadmap-serve"), "links", store, "--base-url", f"http://127.0.0.1:{port}",
                    "-o", os.path.join(work, "links.csv"), "-q"], check=True)
    links = {r["org_id"]: r["url"] for r in csv.DictReader(open(os.path.join(work, "links.csv"), encoding="utf-8"), delimiter=";")}
    files = []
    for name in sorted(os.listdir(os.path.join(work, "set", "submissions"))):
        org = os.path.splitext(name)[0]
        if org in links:
            files.append((org, os.path.join(work, "set", "submissions", name)))
    send_options = ["--send", "smtp://127.0.0.1:" + open(os.path.join(work, "smtp-port")).read().strip(),
                    "--from", "centre@cro.example.ru"] if smtp else []
    server = subprocess.Popen([os.path.join(bin_dir, "roadmap-serve"), store, "--listen", f"127.0.0.1:{port}", "--log",
                               os.path.join(work, "access.log"), "-q"] + send_options)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except Exception:
            time.sleep(0.1)

    peak = [0]
    def watch():  # the service's resident memory, sampled
        while server.poll() is None:
            try:
                for line in open(f"/proc/{server.pid}/status"):
                    if line.startswith("VmRSS:"):
                        peak[0] = max(peak[0], int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.05)
    threading.Thread(target=watch, daemon=True).start()

    def upload(item):
        org, path = item
        url = links[org]
        page = urllib.request.urlopen(url, timeout=120).read().decode()
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        boundary = uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{os.path.basename(path)}"\r\n'
                f'Content-Type: application/octet-stream\r\n\r\n').encode() + open(path, "rb").read() + f"\r\n--{boundary}--\r\n".encode()
        started = time.monotonic()
        request = urllib.request.Request(url + "/upload", data=body,
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        answer = urllib.request.urlopen(request, timeout=120).read().decode()
        elapsed = time.monotonic() - started
        return elapsed, ("Отчёт принят" in answer or "Отчёт не принят" in answer)

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.clients) as pool:
        results = list(pool.map(upload, files))
    wall = time.monotonic() - started
    upload_peak = peak[0]

    # The analyst: the collection page, then the letters.
    import http.cookiejar
    import urllib.parse
    class NoRedirect(urllib.request.HTTPRedirectHandler):  # the login's redirect would open the page untimed
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    base = f"http://127.0.0.1:{port}"
    form = opener.open(base + "/login", timeout=60).read().decode()
    token = re.search(r'name="csrf" value="([0-9a-f]+)"', form).group(1)
    try:
        opener.open(base + "/login", urllib.parse.urlencode({"csrf": token, "password": "пароль нагрузки 2026"}).encode(), timeout=60)
    except urllib.error.HTTPError as answer:
        assert answer.code == 303, answer.code
    views = []
    for _ in range(2):
        view_started = time.monotonic()
        page = opener.open(base + "/admin", timeout=600).read().decode()
        views.append(time.monotonic() - view_started)
    sending = ""
    if smtp:
        send_token = re.search(r'action="/admin/send".*?name="csrf" value="([0-9a-f]+)"', page, re.S).group(1)
        send_started = time.monotonic()
        try:
            opener.open(base + "/admin/send", urllib.parse.urlencode(
                [("csrf", send_token), ("kind", "reminder"), ("kind", "to-fix"), ("kind", "accepted")]).encode(), timeout=600)
        except urllib.error.HTTPError as answer:
            assert answer.code == 303, answer.code
        while 'http-equiv="refresh"' in (report := opener.open(base + "/admin/send", timeout=60).read().decode()):
            time.sleep(0.5)
        send_wall = time.monotonic() - send_started
        sent = len([f for f in os.listdir(os.path.join(work, "received")) if f.endswith(".eml")])
        sending = f"; {sent} letters sent from the page in {send_wall:.1f} s ({sent / send_wall:.0f} a second)"
    server.terminate()
    server.wait(timeout=60)
    times = sorted(r[0] for r in results)
    answered = sum(1 for r in results if r[1])
    def pct(p):
        return times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
    web = subprocess.run(["sqlite3", os.path.join(store, "store.sqlite"), "SELECT count(*) FROM receipt WHERE source = 'web'"],
                         capture_output=True, text=True).stdout.strip()
    check = subprocess.run([os.path.join(bin_dir, "roadmap-store"), "check", store, "-q"]).returncode
    print(f"| organizations | clients | uploads answered | stored | wall | uploads/s | p50 | p90 | p99 | max | service peak RSS | check |")
    print(f"| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    print(f"| {args.organizations} | {args.clients} | {answered} of {len(files)} | {web} | {wall:.1f} s | {len(files) / wall:.0f} | "
          f"{pct(50):.3f} s | {pct(90):.3f} s | {pct(99):.3f} s | {times[-1]:.3f} s | {upload_peak // 1024} MB | "
          f"{'passed' if check == 0 else 'FAILED'} |")
    print(f"collection page: first view {views[0]:.3f} s, second {views[1]:.3f} s{sending}; "
          f"service peak RSS with the analyst's work {peak[0] // 1024} MB")
    if smtp:
        smtp.kill()
    sys.exit(0 if answered == len(files) and str(len(files)) == web and check == 0 else 1)
finally:
    shutil.rmtree(work, ignore_errors=True)
