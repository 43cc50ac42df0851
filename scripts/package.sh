#!/usr/bin/env bash
# Builds the Debian package (SPEC.md §14, docs/install.md) from build/:
# build/package/roadmap-monitoring_<version>_<arch>.deb. Installs what is
# missing first (scripts/setup.sh, plus dpkg-dev and file, which cpack's
# dpkg-shlibdeps step needs to compute Depends).
#   scripts/package.sh            then: apt install ./build/package/roadmap-monitoring_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
RMT_EXTRA_PACKAGES="dpkg-dev file" scripts/setup.sh
rm -rf build/package
cpack --config build/CPackConfig.cmake >/dev/null
ls build/package/roadmap-monitoring_*.deb
