#!/usr/bin/env bash
# Installs the Debian packages this project needs (only those missing) and
# builds everything into build/. Run as root on a fresh Debian 12 machine, or
# as a user with sudo. Used by scripts/demo.sh and scripts/test.sh; with
# --tests it also installs what only the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev libxlsxwriter-dev doctest-dev
  libminizip-dev libexpat1-dev  # reading .xlsx and .ods submissions (zip + XML)
  libfreexl-dev  # reading Excel 97-2003 .xls submissions
  libcairo2-dev fonts-dejavu-core  # the report's charts, drawn in DejaVu Sans (Cyrillic)
  libcurl4-openssl-dev  # sending the feedback letters by SMTP
  libsqlite3-dev libsodium-dev  # the submission store: SQLite, and SHA-256 of every file kept
  libcpp-httplib-dev libssl-dev  # the intake service (roadmap-serve): HTTP and TLS
  python3  # end-to-end tests read JSON output with it
)
if [ "${1:-}" = --tests ]; then
  # Independent readers: openpyxl reads the workbooks back cell by cell
  # (python3-yaml reads the roadmap for an independent count); LibreOffice
  # proves another spreadsheet program opens them and prints them to PDF,
  # laid out with Carlito (Calibri's metrics, as Excel lays them out), and
  # poppler-utils reads the printed words back (pdftotext -bbox) and turns
  # pages into pictures (pdftoppm, scripts/render_pictures.sh).
  # python3-aiosmtpd is the local SMTP server the letters are sent to;
  # python3-docx reads the report back; LibreOffice Writer prints it, set in
  # Liberation Serif (Times New Roman's metrics, as Word lays it out).
  # sqlite3 (the command-line shell) reads and damages stores in tests/e2e/store.sh.
  # chromium, chromium-driver and python3-selenium: the intake service in a real
  # headless browser (tests/e2e/serve_browser.sh).
  # clang with its sanitizer and libFuzzer runtimes: the sanitizer build
  # and the fuzz targets (docs/hardening.md).
  # The package test (tests/package/install_test.sh) builds the .deb (dpkg-dev,
  # file), checks it with lintian, and reads the installed manual pages
  # (man-db) and completion (bash-completion).
  packages+=(python3-openpyxl python3-yaml libreoffice-calc-nogui fonts-crosextra-carlito poppler-utils clang
    libclang-rt-14-dev python3-docx libreoffice-writer-nogui fonts-liberation2 python3-aiosmtpd
    dpkg-dev file lintian man-db bash-completion sqlite3 chromium chromium-driver python3-selenium openssl)
fi
# A caller's own extras (scripts/package.sh: dpkg-dev and file for cpack).
# shellcheck disable=SC2206
[ -n "${RMT_EXTRA_PACKAGES:-}" ] && packages+=(${RMT_EXTRA_PACKAGES})
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRMT_WERROR=ON >/dev/null
cmake --build build
