#!/usr/bin/python3
"""Checks a workbook as its reader sees it, independently of the toolkit, for
tests/e2e/print_workbook.sh.

  check_print.py overlaps DOC.pdf
      reads every page's words (pdftotext -bbox) and fails when two words
      are printed over each other: text run over the next row, a label cut
      by its neighbour, a chart's labels on top of each other
  check_print.py chart DOC.pdf TITLE LABEL...
      fails unless one page holds TITLE, every LABEL and the axis numbers
      0% to 100%
  check_print.py fit BOOK.xlsx
      reads the workbook with openpyxl and measures every text with Carlito's
      widths (scripts/font_widths.py, not the C++ table): a wrapped cell's row
      must be high enough for its lines, an unwrapped text must fit its
      column (or its merged range)
  check_print.py pages DOC.pdf
      prints the page count and the first line of every page
  check_print.py filled DOC.pdf SHARE
      fails when a page other than the last leaves more than SHARE of its
      height empty below its text (the footer's page number aside): a figure
      pushed to the next page with its caption, a page with a line or two
"""
import html
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts"))
import font_widths  # noqa: E402

FONTS = "/usr/share/fonts/truetype/crosextra"
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    for page in out.split("<page ")[1:]:
        yield [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in WORD.findall(page)]


def overlaps(pdf):
    bad = []
    for number, words in enumerate(pages(pdf), 1):
        words.sort()
        for i, (x0, y0, x1, y1, w) in enumerate(words):
            for (u0, v0, u1, v1, other) in words[i + 1:]:
                if u0 >= x1:
                    break
                dx = min(x1, u1) - max(x0, u0)
                dy = min(y1, v1) - max(y0, v0)
                # Boxes hold the font's ascent and descent: lines a little
                # closer than that touch without covering each other's ink.
                if dx > 0.5 and dy > 0.25 * min(y1 - y0, v1 - v0):
                    bad.append((number, w, other, round(x0), round(y0)))
    for page, a, b, x, y in bad[:20]:
        print(f"page {page}: «{a}» and «{b}» overlap at ({x}, {y})")
    if bad:
        print(f"{len(bad)} pairs of words overlap")
        return 1
    print(f"{number} pages, no words overlap")
    return 0


def chart(pdf, title, labels):
    for number, words in enumerate(pages(pdf), 1):
        text = " ".join(w[4] for w in words)
        if title not in text:
            continue
        tokens = {w[4] for w in words}
        missing = [label for label in labels if label not in tokens]
        axis = [n for n in ("0%", "25%", "50%", "75%", "100%") if n not in tokens]
        if missing or axis:
            print(f"page {number}: missing labels {missing}, axis numbers {axis}")
            return 1
        print(f"page {number}: the chart, all {len(labels)} labels and the axis numbers")
        return 0
    print(f"no page has «{title}»")
    return 1


class Measure:
    def __init__(self):
        self.regular = font_widths.Font(os.path.join(FONTS, "Carlito-Regular.ttf"))
        self.bold = font_widths.Font(os.path.join(FONTS, "Carlito-Bold.ttf"))

    def width(self, text, size, bold):
        font = self.bold if bold else self.regular
        return max(font.width_points(line, size) for line in text.split("\n"))

    def lines(self, text, size, bold, room):
        """Greedy word wrap at spaces and after hyphens, the way a spreadsheet wraps."""
        font = self.bold if bold else self.regular
        count = 0
        for paragraph in text.split("\n"):
            line = ""
            count += 1
            for word in re.findall(r"[^ ]+?-(?=[^ ])|[^ ]+", paragraph):
                joiner = "" if line.endswith("-") else " "
                candidate = word if not line else line + joiner + word
                if font.width_points(candidate, size) <= room or not line:
                    line = candidate
                    while font.width_points(line, size) > room and len(line) > 1:  # a word wider than the cell
                        count += 1
                        cut = len(line)
                        while cut > 1 and font.width_points(line[:cut], size) > room:
                            cut -= 1
                        line = line[cut:]
                else:
                    count += 1
                    line = word
        return count


def column_points(ws, letters):
    from openpyxl.utils import get_column_letter  # noqa: F401
    dim = ws.column_dimensions.get(letters)
    width = dim.width if dim is not None and dim.width else 8.43
    return int(width * 7 + 5) * 0.75  # Excel's pixels, in points


def fit(book):
    import openpyxl
    from openpyxl.utils import get_column_letter
    wb = openpyxl.load_workbook(book)
    measure = Measure()
    problems = []
    checked = 0
    for ws in wb.worksheets:
        spans = {}
        for merged in ws.merged_cells.ranges:
            spans[(merged.min_row, merged.min_col)] = merged.max_col
        covered = {(m.min_row, c) for m in ws.merged_cells.ranges for c in range(m.min_col + 1, m.max_col + 1)}
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or not cell.value or cell.data_type == "f":
                    continue
                if (cell.row, cell.column) in covered:
                    continue
                last = spans.get((cell.row, cell.column), cell.column)
                room = sum(column_points(ws, get_column_letter(c)) for c in range(cell.column, last + 1)) - 3
                size = cell.font.sz or 11
                bold = bool(cell.font.b)
                checked += 1
                if cell.alignment.wrap_text:
                    needed = measure.lines(cell.value, size, bold, room) * size * 1.22
                    height = ws.row_dimensions[cell.row].height or 15
                    if height + 0.01 < needed:
                        problems.append(f"{ws.title}!{cell.coordinate}: row {height} pt high, its text needs {needed:.1f}")
                else:
                    width = measure.width(cell.value, size, bold)
                    if width > room:
                        problems.append(f"{ws.title}!{cell.coordinate}: «{cell.value[:40]}» is {width:.0f} pt, "
                                        f"its column {room:.0f} pt")
    for p in problems[:20]:
        print(p)
    if problems:
        print(f"{len(problems)} of {checked} texts do not fit")
        return 1
    print(f"all {checked} texts fit")
    return 0


def filled(pdf, share):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    heights = [float(h) for h in re.findall(r'<page width="[\d.]+" height="([\d.]+)">', out)]
    all_pages = list(pages(pdf))
    bad = []
    for number, (words, height) in enumerate(zip(all_pages, heights), 1):
        if number == len(all_pages):
            break
        # The page number sits alone in the bottom margin (the lowest 15 %).
        body = [w for w in words if w[3] < height * 0.9]
        lowest = max((w[3] for w in body), default=0)
        # Pictures have no words: a chart's labels and the caption below it count.
        if lowest < height * (1 - share):
            bad.append(f"page {number}: text ends {lowest / height:.0%} down the page")
    for line in bad:
        print(line)
    if bad:
        return 1
    print(f"{len(all_pages)} pages, none but the last more than {share:.0%} empty")
    return 0


def first_lines(pdf):
    all_pages = list(pages(pdf))
    print(len(all_pages))
    for number, words in enumerate(all_pages, 1):
        words.sort(key=lambda w: (round(w[1]), w[0]))
        print(number, " ".join(w[4] for w in words[:6]))
    return 0


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "overlaps":
        sys.exit(overlaps(sys.argv[2]))
    if command == "chart":
        sys.exit(chart(sys.argv[2], sys.argv[3], sys.argv[4:]))
    if command == "fit":
        sys.exit(fit(sys.argv[2]))
    if command == "filled":
        sys.exit(filled(sys.argv[2], float(sys.argv[3])))
    if command == "pages":
        sys.exit(first_lines(sys.argv[2]))
    sys.exit(f"unknown command {command}")
