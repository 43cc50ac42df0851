#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite (doctest unit
# tests, end-to-end checks of the programs, the fuzz corpus) through CTest;
# build the Debian package and test it installed (tests/package/);
# then build it all again with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, run the suite there too, and fuzz each target
# briefly (RMT_FUZZ_SECONDS each, default 20; 0 skips). docs/hardening.md.
# Arguments go to both ctest runs (e.g. -R unit).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
# Two at a time (the CI machine's two cores); each test has its own scratch
# folder and LibreOffice profile.
ctest --test-dir build --output-on-failure -j2 "$@"
# The Debian package from that build: built, linted, installed, run, removed.
tests/package/install_test.sh

CC=clang CXX=clang++ cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRMT_WERROR=ON -DRMT_SANITIZE=ON -DRMT_FUZZ=ON >/dev/null
cmake --build build-sanitize
ctest --test-dir build-sanitize --output-on-failure -j2 "$@"

seconds=${RMT_FUZZ_SECONDS:-20}
if [ "$seconds" -gt 0 ]; then
  work=$(mktemp -d)
  RMT_FUZZ_WORK=$work fuzz/run.sh fuzz build-sanitize/fuzz "$seconds"
  rm -rf "$work"  # kept when a target failed: the input that failed is there
fi
