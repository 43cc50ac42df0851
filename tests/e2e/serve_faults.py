#!/usr/bin/python3
"""Uploads from 20 clients while the service is killed (kill -9) at a given
moment: prints the org_ids whose upload was answered, one per line; the
caller checks each is in the store. Usage: serve_faults.py BASE LINKS_CSV FILES_DIR PID DELAY"""
import concurrent.futures
import csv
import os
import re
import signal
import sys
import threading
import time
import urllib.request
import uuid

base, links_csv, files_dir, pid, delay = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
links = {r["org_id"]: r["url"] for r in csv.DictReader(open(links_csv, encoding="utf-8"), delimiter=";")}


def upload(name):
    org = os.path.splitext(name)[0]
    if org not in links:
        return None
    try:
        page = urllib.request.urlopen(links[org], timeout=30).read().decode()
        csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)
        boundary = uuid.uuid4().hex
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{csrf}\r\n'
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\n').encode() + \
            open(os.path.join(files_dir, name), "rb").read() + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(links[org] + "/upload", data=body,
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        answer = urllib.request.urlopen(request, timeout=30).read().decode()
        return org if ("Отчёт принят" in answer or "Отчёт не принят" in answer) else None
    except Exception:
        return None


threading.Timer(delay, lambda: os.kill(pid, signal.SIGKILL)).start()
with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
    for org in pool.map(upload, sorted(os.listdir(files_dir))):
        if org:
            print(org)
