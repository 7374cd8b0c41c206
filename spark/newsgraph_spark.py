#!/usr/bin/env python3
"""Distributed NewsGraph extraction with PySpark.

Documents (JSONL, one {"id", "text", ...} a line; .gz too) are numbered in input
order, split into contiguous ranges (one per partition), and each partition is
piped through

    newsgraph extract - --stdin-format jsonl --format jsonl --output - --jobs 1

Each fragment line says which of its partition's lines it came from ("seq"), so
the driver can put every fragment back in document order (sort by the global
line number), stream them into one fragments file, and run

    newsgraph merge FRAGMENTS --output OUT

which applies cross-document identity in document order: OUT/graph.jsonld is
byte-identical to a single-machine `newsgraph extract INPUT --output OUT`.

Local:    python3 spark/newsgraph_spark.py news.jsonl.gz --output out --master 'local[2]'
Cluster:  spark-submit --master spark://HOST:7077 spark/newsgraph_spark.py \
              hdfs:///news.jsonl --output /data/out --newsgraph /opt/newsgraph/bin/newsgraph \
              --rules /opt/newsgraph/Rules --partitions 64
(the binary and the rules must exist at those paths on every worker).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import threading


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", help="JSONL documents (.gz allowed; any path Spark reads)")
    p.add_argument("--output", required=True, help="output directory (on the driver)")
    p.add_argument("--newsgraph", default=os.environ.get("NEWSGRAPH_BIN", "newsgraph"),
                   help="the newsgraph binary, at this path on every worker")
    p.add_argument("--rules", default=os.environ.get("NEWSGRAPH_RULES"), help="the rules directory on every worker")
    p.add_argument("--master", default=None, help="Spark master when not set by spark-submit (e.g. local[2])")
    p.add_argument("--partitions", type=int, default=None, help="partitions (default: Spark's default parallelism)")
    p.add_argument("--format", default="jsonld,graphml,dot", help="formats for newsgraph merge")
    p.add_argument("--text-field", default="text")
    p.add_argument("--fragments", default=None, help="where to keep the ordered fragments (default: OUTPUT.fragments.jsonl)")
    return p.parse_args(argv)


def extract_partition(newsgraph, rules, text_field):
    """mapPartitions body: (global line number, line) pairs in → (global line number, fragment) pairs out."""

    def run(rows):
        rows = [(i, line) for i, line in rows if line.strip()]
        if not rows:
            return iter(())
        cmd = [newsgraph, "extract", "-", "--stdin-format", "jsonl", "--format", "jsonl", "--output", "-",
               "--jobs", "1", "--quiet", "--text-field", text_field]
        if rules:
            cmd += ["--rules", rules]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def feed():
            try:
                for _, line in rows:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
            finally:
                proc.stdin.close()

        errors = []
        writer = threading.Thread(target=feed)
        reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()))
        writer.start()
        reader.start()
        out = []
        for fragment in proc.stdout:
            # "seq" counts the partition's non-blank lines in order, failed ones included.
            seq = json.loads(fragment[: fragment.index(b',"document"')] + b"}")["seq"]
            out.append((rows[seq][0], fragment.decode("utf-8").rstrip("\n")))
        writer.join()
        reader.join()
        status = proc.wait()
        if status not in (0, 1):  # 1: some documents failed (reported on stderr), the rest are there
            raise RuntimeError(f"newsgraph exited with {status}: {errors[0].decode('utf-8', 'replace')[-2000:]}")
        if errors and errors[0].strip():
            sys.stderr.write(errors[0].decode("utf-8", "replace"))
        return iter(out)

    return run


def main(argv=None):
    args = parse_args(argv)
    from pyspark import SparkConf, SparkContext, StorageLevel

    conf = SparkConf().setAppName("newsgraph").set("spark.ui.showConsoleProgress", "false")
    if args.master:
        conf = conf.setMaster(args.master)
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(args.input)
        partitions = args.partitions or sc.defaultParallelism
        # Number the lines in file order, then cut them into contiguous ranges, one per partition.
        numbered = lines.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
        ranged = numbered.sortByKey(numPartitions=partitions)
        fragments = ranged.mapPartitions(extract_partition(args.newsgraph, args.rules, args.text_field))
        # Kept, so that the sort's sampling pass and the collection do not extract twice.
        fragments = fragments.persist(StorageLevel.MEMORY_AND_DISK)
        ordered = fragments.sortByKey(numPartitions=partitions).values()

        path = args.fragments or args.output.rstrip("/") + ".fragments.jsonl"
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        count = 0
        with open(path, "w", encoding="utf-8") as f:
            for fragment in ordered.toLocalIterator():  # one partition at a time on the driver
                f.write(fragment + "\n")
                count += 1
    finally:
        sc.stop()

    print(f"{count} fragment(s) in document order → {path}", file=sys.stderr)
    cmd = [args.newsgraph, "merge", path, "--output", args.output, "--format", args.format]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
