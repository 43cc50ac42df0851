#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite (doctest unit
# tests and end-to-end checks of the programs) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests
ctest --test-dir build --output-on-failure "$@"
