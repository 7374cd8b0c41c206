#!/usr/bin/env bash
# Builds newsgraph and extracts the sample page into Output/ (JSON-LD, GraphML, DOT).
# Safe to run again: it installs only what is missing and rewrites Output/ whole.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

ensure_debs "${NEWSGRAPH_BUILD_DEBS[@]}"
swift build --product newsgraph
"$(swift build --show-bin-path)/newsgraph" extract Samples --output Output
ls -l Output
