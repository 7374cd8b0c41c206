#!/usr/bin/env bash
# Scaling run: the whole pipeline (ingest → … → JSON-LD + GraphML + DOT files, streamed
# document by document) over 1, 10 and 100 MB of synthetic text; prints MB, seconds, MB/s
# and peak RSS. Time should grow linearly and RSS stay flat.
#   Benchmarks/scaling.sh [SIZES...]        default: 1 10 100
# Corpora are written to $NEWSGRAPH_CORPORA (default /tmp/newsgraph-corpora), never to the repo.
set -euo pipefail
cd "$(dirname "$0")"
BIN=.build/release
CORPORA=${NEWSGRAPH_CORPORA:-/tmp/newsgraph-corpora}
SIZES=("${@:-1 10 100}")
SIZES=(${SIZES[@]})
mkdir -p "$CORPORA"
[ -x $BIN/ngbench ] && [ -x $BIN/corpusgen ] || swift build -c release --product ngbench >/dev/null && swift build -c release --product corpusgen >/dev/null

printf '| %6s | %7s | %8s | %7s | %13s | %13s |\n' "MB" "docs" "seconds" "MB/s" "peak RSS MiB" "time -v MiB"
printf '|%s|%s|%s|%s|%s|%s|\n' "-------:" "--------:" "---------:" "--------:" "--------------:" "--------------:"
for mb in "${SIZES[@]}"; do
  f="$CORPORA/synthetic-${mb}mb.jsonl"
  [ -s "$f" ] || $BIN/corpusgen --mb "$mb" --jsonl "$f" >/dev/null
  if [ -x /usr/bin/time ]; then
    out=$(/usr/bin/time -v $BIN/ngbench stream --jsonl "$f" 2>/tmp/ngbench-time.$$)
    tv=$(awk -F: '/Maximum resident set size/ {printf "%.1f", $2/1024}' /tmp/ngbench-time.$$)
    rm -f /tmp/ngbench-time.$$
  else
    out=$($BIN/ngbench stream --jsonl "$f"); tv="-"
  fi
  get() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$out"; }
  printf '| %6s | %7s | %8s | %7s | %13s | %13s |\n' "$(get mb)" "$(get docs)" "$(get seconds)" "$(get mbps)" "$(get peak_rss_mib)" "$tv"
done
