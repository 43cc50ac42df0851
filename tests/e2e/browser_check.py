#!/usr/bin/python3
"""The intake service in a real browser (Debian's chromium, headless, driven by
selenium on 127.0.0.1): a school opens its link, uploads a file with errors
through the file input, reads the findings in Russian, downloads the annotated
copy (read back with openpyxl), uploads the corrected file and sees «принят»;
the analyst logs in, sees the counts change, and downloads the workbook and
the справка (read back, equal to roadmap-render's and roadmap-report's from
the same store). Screenshots of each step go to SHOTS.

Usage: browser_check.py BASE_URL LINKS_CSV PASSWORD SOURCE_DIR WORK_DIR BIN_DIR STORE SHOTS
"""
import csv
import glob
import os
import subprocess
import sys
import time

import docx
import openpyxl

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

sys.dont_write_bytecode = True  # nothing written into the source tree
import checking  # noqa: E402
from checking import check  # noqa: E402

base, links_csv, password, src, work, bin_dir, store, shots, received = sys.argv[1:10]
src, work, shots = os.path.abspath(src), os.path.abspath(work), os.path.abspath(shots)
os.makedirs(shots, exist_ok=True)
downloads = os.path.join(work, "downloads")
os.makedirs(downloads, exist_ok=True)


def lines(element):
    # How many lines the element's text takes (its line boxes), whatever the row's height.
    return driver.execute_script(
        "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
        "return new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size;", element)


def body_text():
    # The upload script replaces the page when the answer comes: an element read meanwhile may be gone.
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    except Exception:
        return ""


def wait_for(text, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline and text not in body_text():
        time.sleep(0.2)
    return body_text()


def downloaded(pattern, before, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = [p for p in glob.glob(os.path.join(downloads, pattern)) if p not in before and not p.endswith(".crdownload")]
        if found:
            time.sleep(0.3)
            return found[0]
        time.sleep(0.2)
    check(False, f"nothing matching {pattern} was downloaded")


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1400",
                 "--lang=ru-RU"):
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False,
                                          "intl.accept_languages": "ru-RU,ru"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(120)
try:
    links = {row["org_id"]: row["url"] for row in csv.DictReader(open(links_csv, encoding="utf-8"), delimiter=";")}
    driver.get(links["SCH-07"])
    check("Средняя школа №7" in driver.find_element(By.TAG_NAME, "h1").text, "the school's page opens in the browser")
    driver.save_screenshot(os.path.join(shots, "1-school-page.png"))

    broken = os.path.join(src, "examples/submissions/SCH-07.csv")
    driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(broken)
    driver.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    body = wait_for("Отчёт не принят")
    check("Отчёт не принят" in body, "the findings are shown after the upload")
    check("«сделано» — не статус" in body, "the finding is in Russian")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.findings tr")
    check(len(rows) == 2 and "строка 4" in rows[1].text, "the findings table names the line")
    where = driver.find_elements(By.CSS_SELECTOR, "table.findings td:first-child")[0]
    check(lines(where) == 1, f"«строка 4» fits one line ({lines(where)})")
    driver.save_screenshot(os.path.join(shots, "2-findings.png"))

    before = set(glob.glob(os.path.join(downloads, "*")))
    driver.find_element(By.PARTIAL_LINK_TEXT, "Скачать копию").click()
    copy = downloaded("*.xlsx", before)
    book = openpyxl.load_workbook(copy)
    check(book.sheetnames[0] == "Замечания", f"the annotated copy's first sheet: {book.sheetnames}")
    check(any("сделано" in str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c),
          "the annotated copy names the finding")

    fixed = os.path.join(work, "SCH-07.csv")
    with open(broken, "rb") as f:
        content = f.read().replace("сделано".encode("cp1251"), "выполнено".encode("cp1251"))
    with open(fixed, "wb") as f:
        f.write(content)
    driver.get(links["SCH-07"])
    driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(fixed)
    driver.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    body = wait_for("Отчёт принят")
    check("Отчёт принят" in body, "the corrected file is accepted")
    check("принят" in driver.find_element(By.CSS_SELECTOR, ".status").text, "the status reads «принят»")
    driver.save_screenshot(os.path.join(shots, "3-accepted.png"))

    driver.get(base + "/admin")
    check("/login" in driver.current_url, "the admin page sends a stranger to the login")
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    body = wait_for("Сбор отчётов")
    check("/admin" in driver.current_url, f"the analyst is logged in: {body[:200]}")
    counts = driver.find_element(By.CSS_SELECTOR, ".counts").text
    check("Получено 1 из 61" in counts and "принято 1" in counts, f"the counts: {counts}")
    driver.save_screenshot(os.path.join(shots, "4-collection.png"))
    # What the screenshot showed once: codes and status badges broken over two lines.
    for selector in ("table.orgs td:first-child", "table.orgs .status"):
        most = max(lines(e) for e in driver.find_elements(By.CSS_SELECTOR, selector))
        check(most == 1, f"{selector} fits one line (at most {most})")

    # Another school sends its report; the analyst's page shows it.
    driver.get(links["SCH-01"])
    driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(os.path.join(src, "examples/submissions/SCH-01.csv"))
    driver.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
    wait_for("Отчёт принят")
    driver.get(base + "/admin")
    counts = driver.find_element(By.CSS_SELECTOR, ".counts").text
    check("Получено 2 из 61" in counts and "принято 2" in counts, f"the counts change: {counts}")

    before = set(glob.glob(os.path.join(downloads, "*")))
    driver.find_element(By.PARTIAL_LINK_TEXT, "книгу мониторинга").click()
    workbook = downloaded("*.xlsx", before)
    before = set(glob.glob(os.path.join(downloads, "*")))
    driver.find_element(By.PARTIAL_LINK_TEXT, "справку").click()
    spravka = downloaded("*.docx", before)
    driver.save_screenshot(os.path.join(shots, "5-downloads.png"))

    # The reminders, sent from the page to the local SMTP server: the page reloads itself until done.
    driver.find_element(By.CSS_SELECTOR, "input[value='Отправить письма']").click()
    body = wait_for("закончена", timeout=120)
    check("отправлено 58," in body, f"58 reminders sent (DOU-25 has no address): {body[:400]}")
    check(len(glob.glob(os.path.join(received, "*.eml"))) == 58, "the SMTP server received 58 letters")
    driver.save_screenshot(os.path.join(shots, "6-sending.png"))
    for selector in ("table td:first-child",):
        most = max(lines(e) for e in driver.find_elements(By.CSS_SELECTOR, selector))
        check(most == 1, f"the sending page's {selector} fits one line (at most {most})")
finally:
    driver.quit()

cli_xlsx, cli_docx = os.path.join(work, "cli.xlsx"), os.path.join(work, "cli.docx")
subprocess.run([os.path.join(bin_dir, "roadmap-render"), "--store", store, "--period", "2026", "-o", cli_xlsx, "-q"],
               stderr=subprocess.DEVNULL)
subprocess.run([os.path.join(bin_dir, "roadmap-report"), "--store", store, "--period", "2026", "-o", cli_docx, "-q"],
               stderr=subprocess.DEVNULL)
served = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in openpyxl.load_workbook(workbook)}
made = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in openpyxl.load_workbook(cli_xlsx)}
check(served.keys() == made.keys(), "the downloaded workbook has roadmap-render's sheets")
for name in made:
    if name != "Сводка":  # its header carries the moment it was made
        check(served[name] == made[name], f"the downloaded workbook's «{name}» equals roadmap-render's")
check([p.text for p in docx.Document(spravka).paragraphs] == [p.text for p in docx.Document(cli_docx).paragraphs],
      "the downloaded справка equals roadmap-report's")
print(f"browser_check.py: {checking.passed} checks passed; screenshots in {shots}")
