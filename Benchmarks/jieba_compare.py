#!/usr/bin/env python3
"""Peer comparison: jieba's part-of-speech segmenter (jieba.posseg) against NewsGraph's
text → entities path (ingest + layout + rule matching/extraction), on the same xwlb text.

Both read the same documents (the first ones of xwlb.jsonl.gz, until their text reaches
--mb megabytes; --mb 0 = the whole corpus), both are timed on text already in memory,
single-threaded, best of --repeats runs. Prints NewsGraph's throughput as a ratio to jieba's.

  python3 Benchmarks/jieba_compare.py [--mb 4] [--repeats 2] [--corpus PATH]
"""
import argparse, gzip, json, os, re, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
default_corpus = os.environ.get("NEWSGRAPH_XWLB") or os.path.normpath(
    os.path.join(here, "..", "..", "shared", "corpus", "volume", "xwlb.jsonl.gz"))

ap = argparse.ArgumentParser()
ap.add_argument("--mb", type=float, default=4.0)
ap.add_argument("--repeats", type=int, default=2)
ap.add_argument("--corpus", default=default_corpus)
ap.add_argument("--ngbench", default=os.path.join(here, ".build", "release", "ngbench"))
a = ap.parse_args()

if not os.path.exists(a.corpus):
    print(f"SKIP jieba comparison: corpus not found: {a.corpus}")
    sys.exit(0)
try:
    import jieba, jieba.posseg as pseg
except ImportError:
    print("jieba is not installed: pip install jieba")
    sys.exit(1)

limit = int(a.mb * 1_000_000) if a.mb > 0 else None
texts = []
total = 0
with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
    for line in f:
        t = json.loads(line)["text"]
        texts.append(t)
        total += len(t.encode("utf-8"))
        if limit is not None and total >= limit:  # same stopping rule as ngbench --limit-mb
            break
mb = total / 1e6

jieba.setLogLevel(60)
jieba.initialize()          # dictionary load: not timed, like NewsGraph's rule compile
best = float("inf")
words = 0
for _ in range(a.repeats):
    t0 = time.perf_counter()
    n = 0
    for t in texts:
        for _w in pseg.cut(t):
            n += 1
    best = min(best, time.perf_counter() - t0)
    words = n
jieba_mbps = mb / best
print(f"jieba {jieba.__version__} posseg: {len(texts)} documents, {mb:.2f} MB, best of {a.repeats}: "
      f"{best:.2f} s = {jieba_mbps:.3f} MB/s ({words} tagged words)")

args = [a.ngbench, "extract", "--jsonl", a.corpus, "--repeats", str(a.repeats)]
if limit is not None:
    args += ["--limit-mb", str(a.mb)]
out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
m = re.search(r"^RESULT .*\bdocs=(\d+) mb=([\d.]+) seconds=([\d.]+) mbps=([\d.]+).*mentions=(\d+)", out, re.M)
if not m:
    sys.exit("cannot read ngbench's output:\n" + out)
ng_docs, ng_mb, ng_s, ng_mbps, mentions = int(m[1]), float(m[2]), float(m[3]), float(m[4]), int(m[5])
if ng_docs != len(texts):
    sys.exit(f"document sets differ: jieba {len(texts)}, NewsGraph {ng_docs}")
print(f"NewsGraph ingest+layout+extraction: {ng_docs} documents, {ng_mb:.2f} MB, best of {a.repeats}: "
      f"{ng_s:.2f} s = {ng_mbps:.3f} MB/s ({mentions} mentions)")
print(f"ratio NewsGraph / jieba posseg throughput: {ng_mbps / jieba_mbps:.2f}x")
print(f"RESULT jieba_mbps={jieba_mbps:.3f} newsgraph_mbps={ng_mbps:.3f} ratio={ng_mbps / jieba_mbps:.3f} mb={mb:.2f}")
