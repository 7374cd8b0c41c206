#!/usr/bin/env bash
# Runs every test: installs what the build and the interop checks need when missing,
# builds, then `swift test` (arguments are passed on, e.g. --filter NewsGraphCLITests).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

ensure_debs "${NEWSGRAPH_BUILD_DEBS[@]}" "${NEWSGRAPH_TEST_DEBS[@]}"
ensure_python "${NEWSGRAPH_TEST_PYTHON[@]}"
swift build
swift test "$@"
