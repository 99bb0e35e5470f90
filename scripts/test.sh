#!/usr/bin/env bash
# Runs the test suite on a fresh machine (installs the SQLite headers and Graphviz first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
