#!/usr/bin/env bash
# Batch throughput and memory: ~1.1 GB of synthetic JSONL through
# `extract --format jsonl` with --jobs 1 and --jobs 2 (release build), peak RSS
# and wall time from /usr/bin/time. The data is generated into $TMPDIR, never committed.
#     bash Benchmarks/batch-bench.sh [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
bytes="${1:-1100000000}"
tmp="${TMPDIR:-/tmp}"
data="$tmp/newsgraph-bench.jsonl"
[ -f "$data" ] || python3 Benchmarks/generate_jsonl.py --bytes "$bytes" > "$data"
swift build -c release
bin="$(swift build -c release --show-bin-path)/newsgraph"
export NEWSGRAPH_RULES="$PWD/Rules"
ls -l "$data"
for jobs in 1 2; do
    echo "--jobs $jobs (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
    /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
        "$bin" extract "$data" --format jsonl --output /dev/null --jobs "$jobs" --quiet
done
