#!/usr/bin/env bash
# Bounded libFuzzer run of one NewsGraph fuzz target.
#
# Usage: Fuzz/run.sh TARGET SECONDS [libFuzzer options…]
#   TARGET: layout | rules | matcher  (see Sources/NewsGraphFuzz/NewsGraphFuzz.swift)
# Builds .build-fuzz with -sanitize=fuzzer,address, runs from Fuzz/Seeds/TARGET plus a
# working corpus in .build-fuzz/corpus/TARGET (new inputs go there, not into the seeds),
# and writes crashes to .build-fuzz/artifacts/TARGET/. Exit status: libFuzzer's
# (0 = no finding in the time given).
# Re-run a crash without sanitizers: swift build --product NewsGraphFuzz &&
#   NEWSGRAPH_FUZZ_TARGET=TARGET .build/debug/NewsGraphFuzz CRASH-FILE
set -euo pipefail
if [ "$#" -lt 2 ]; then
    echo "usage: $(basename -- "$0") layout|rules|matcher SECONDS [libFuzzer options]" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2
case "$target" in layout | rules | matcher) ;; *)
    echo "unknown target '$target' (layout, rules, matcher)" >&2
    exit 2
    ;;
esac
root=$(cd -- "$(dirname -- "$0")/.." && pwd)
build="$root/.build-fuzz"
swift build --package-path "$root" --build-path "$build" -c release \
    -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address --product NewsGraphFuzz >&2
bin="$build/release/NewsGraphFuzz"
mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
export NEWSGRAPH_FUZZ_TARGET="$target"
export NEWSGRAPH_RULES="${NEWSGRAPH_RULES:-$root/Rules}"
# The Swift runtime keeps caches alive to the end: leak reports would be noise.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
exec "$bin" "$build/corpus/$target" "$root/Fuzz/Seeds/$target" \
    -max_total_time="$seconds" -max_len=4096 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$build/artifacts/$target/" -print_final_stats=1 "$@"
