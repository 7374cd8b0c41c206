#!/usr/bin/env bash
# Every NewsGraph benchmark figure in one command (release build):
#   Benchmarks/run.sh            quick: stages on 8 MB of xwlb ×3 and on 50 MB of synthetic pages,
#                                the foundation row on all of xwlb and on the synthetic pages, scaling 1/10/100 MB,
#                                jieba on the first 4 MB of xwlb, ordo-one suite
#   FULL=1 Benchmarks/run.sh     jieba on the whole xwlb corpus too (slow: jieba runs at ~0.5 MB/s)
#   STORE_EDGES=N                the store benchmark's size (default 1,000,000 edges, ~7 minutes)
#   SKIP_ORDO=1                  skip the ordo-one `swift package benchmark` suite
# Nothing is written to the repository: corpora go to /tmp/newsgraph-corpora.
set -euo pipefail
cd "$(dirname "$0")"
REPEATS=${REPEATS:-3}
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(swift --version 2>&1 | head -1)"
echo "== build (release)"
swift build -c release --product ngbench 2>&1 | tail -1
swift build -c release --product corpusgen 2>&1 | tail -1
B=.build/release

echo; echo "== rule compile (target < 100 ms)"
$B/ngbench compile --repeats 10 | grep -v RESULT

echo; echo "== stages: xwlb (real CCTV text), first 8 MB"
$B/ngbench stages --xwlb --limit-mb 8 --repeats "$REPEATS" | grep -v RESULT
echo; echo "== stages: synthetic local news, 50 MB (keeps every stage's output: ~1.9 GB RSS)"
$B/ngbench stages --synthetic 50 --repeats 1 | grep -v RESULT

echo; echo "== foundation (ingest, layout, page graph, three serializers; target >= 50 MB/s)"
$B/ngbench foundation --xwlb --repeats "$REPEATS" | grep -v RESULT
$B/ngbench foundation --xwlb --limit-mb 8 --repeats 6 | grep -v RESULT
$B/ngbench foundation --synthetic 50 --repeats 2 | grep -v RESULT

echo; echo "== scaling: whole pipeline streamed, synthetic 1/10/100 MB"
./scaling.sh 1 10 100

echo; echo "== store: SQLite, ${STORE_EDGES:-1000000} generated edges: insert rate, attended/holds p50/p99"
$B/ngbench store --edges "${STORE_EDGES:-1000000}" | grep -v RESULT

echo; echo "== peer: jieba posseg vs NewsGraph extraction, same xwlb text"
if python3 -c 'import jieba' 2>/dev/null || pip install -q jieba; then
  if [ "${FULL:-0}" = 1 ]; then python3 jieba_compare.py --mb 0 --repeats 1; else python3 jieba_compare.py --mb 4 --repeats 2; fi
fi

if [ "${SKIP_ORDO:-0}" != 1 ]; then
  echo; echo "== ordo-one benchmarks (wall clock, MB/s x100, peak RSS, mallocs)"
  swift package benchmark --no-progress 2>&1 | grep -v '^\[' 
fi
