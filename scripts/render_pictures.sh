#!/usr/bin/env bash
# Regenerates the pictures in docs/render.md and docs/report.md: renders the demo workbook,
# prints it to PDF with LibreOffice (laid out with Carlito, Calibri's
# metrics) and turns the Summary's first page and the chart's page into PNG.
# Needs what `scripts/setup.sh --tests` installs, and a build (scripts/demo.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN_DIR:-build/apps}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin/roadmap-render" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions -q \
  -o "$work/monitoring.xlsx" --as-of 2026-12-20 2>/dev/null || [ $? -eq 1 ]  # 1: the demo's rejected files
HOME=$work soffice --headless --norestore --convert-to pdf --outdir "$work" "$work/monitoring.xlsx" >/dev/null 2>&1
chart_page=$(/usr/bin/python3 - "$work/monitoring.pdf" <<'PY'
import subprocess, sys
pages = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True, check=True).stdout.split("\f")
print(next(i for i, p in enumerate(pages, 1) if "План и факт: % плана" in p))
PY
)
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/monitoring.pdf" docs/render-summary
pdftoppm -png -r 80 -f "$chart_page" -l "$chart_page" -singlefile "$work/monitoring.pdf" docs/render-chart
echo "docs/render-summary.png and docs/render-chart.png (page $chart_page) written"

# The analytic report (docs/report.md): its first page and the first page of
# results by section (landscape), printed by LibreOffice Writer.
"$bin/roadmap-report" -r data/nizhnevartovsk-mentoring-2026.yaml --orgs examples/orgs.csv examples/submissions -q \
  -o "$work/spravka.docx" --as-of 2026-12-20 2>/dev/null || [ $? -eq 1 ]
HOME=$work soffice --headless --norestore --convert-to pdf --outdir "$work" "$work/spravka.docx" >/dev/null 2>&1
results_page=$(/usr/bin/python3 - "$work/spravka.pdf" <<'PY'
import subprocess, sys
pages = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True, check=True).stdout.split("\f")
print(next(i for i, p in enumerate(pages, 1) if "Результаты раздела" in p))
PY
)
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/spravka.pdf" docs/report-first-page
pdftoppm -png -r 70 -f 2 -l 2 -singlefile "$work/spravka.pdf" docs/report-chart
pdftoppm -png -r 70 -f "$results_page" -l "$results_page" -singlefile "$work/spravka.pdf" docs/report-results
echo "docs/report-first-page.png, docs/report-chart.png and docs/report-results.png (page $results_page) written"
