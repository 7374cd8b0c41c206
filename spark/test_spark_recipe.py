#!/usr/bin/env python3
"""The Spark recipe gives the single-machine graph, byte for byte.

Runs spark/newsgraph_spark.py in local[2] over a few thousand documents (a
sample of ../shared/corpus/volume/xwlb.jsonl.gz when it is there, else
generated ones), and `newsgraph extract` on the same file, and compares
graph.jsonld (and every per-document file). Skipped, with a message, when Java
or pyspark is missing. Slow (a minute or more): the JVM, two partitions, and
a few thousand documents through the debug binary.

    python3 spark/test_spark_recipe.py        # or: python3 -m pytest spark/
Environment: NEWSGRAPH_BIN (default: the package's debug build),
SPARK_TEST_DOCS (default 3000).
"""
import filecmp
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CORPUS = os.path.join(REPO, "..", "shared", "corpus", "volume", "xwlb.jsonl.gz")


def skip_reason():
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java (install openjdk-17-jre-headless): Spark cannot start"
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (pip install pyspark)"
    return None


def binary():
    if os.environ.get("NEWSGRAPH_BIN"):
        return os.environ["NEWSGRAPH_BIN"]
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "newsgraph")


def write_documents(path, count):
    """A sample of the xwlb corpus (every k-th line, in order), else invented documents."""
    if os.path.exists(CORPUS):
        with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
            lines = f.readlines()
        step = max(1, len(lines) // count)
        sample = lines[::step][:count]
        with open(path, "w", encoding="utf-8") as out:
            out.writelines(sample)
        return "xwlb sample"
    sys.path.insert(0, os.path.join(REPO, "Benchmarks"))
    from generate_jsonl import documents  # noqa: E402

    with open(path, "w", encoding="utf-8") as out:
        for line in documents(count):
            out.write(line)
    return "generated"


def test_spark_equals_single_machine():
    reason = skip_reason()
    if reason:
        try:
            import pytest

            pytest.skip(reason)
        except ImportError:
            raise SystemExit(f"SKIP: {reason}")
    count = int(os.environ.get("SPARK_TEST_DOCS", "3000"))
    newsgraph = binary()
    assert os.path.exists(newsgraph), f"build first: {newsgraph} is missing"
    env = dict(os.environ, NEWSGRAPH_RULES=os.path.join(REPO, "Rules"))
    with tempfile.TemporaryDirectory(prefix="ng-spark-") as tmp:
        docs = os.path.join(tmp, "docs.jsonl")
        kind = write_documents(docs, count)
        single = os.path.join(tmp, "single")
        subprocess.run([newsgraph, "extract", docs, "--output", single, "--quiet"], check=True, env=env)
        distributed = os.path.join(tmp, "spark")
        subprocess.run(
            [sys.executable, os.path.join(HERE, "newsgraph_spark.py"), docs, "--output", distributed,
             "--master", "local[2]", "--partitions", "4", "--newsgraph", newsgraph,
             "--rules", os.path.join(REPO, "Rules")],
            check=True, env=env)
        a = open(os.path.join(single, "graph.jsonld"), "rb").read()
        b = open(os.path.join(distributed, "graph.jsonld"), "rb").read()
        assert len(a) > 100_000
        assert a == b, "graph.jsonld differs between Spark and the single-machine run"
        names = sorted(n for n in os.listdir(single) if not n.startswith(".") and n != "run.json")
        assert names == sorted(n for n in os.listdir(distributed) if not n.startswith(".") and n != "run.json")
        _, mismatch, errors = filecmp.cmpfiles(single, distributed, names, shallow=False)
        assert not mismatch and not errors, f"differ: {mismatch[:5]} {errors[:5]}"
        print(f"spark local[2] on {count} documents ({kind}): {len(names)} files byte-identical")


if __name__ == "__main__":
    try:
        test_spark_equals_single_machine()
    except SystemExit as e:
        print(e)
        print("0 passed, 0 failed, 1 skipped")
        sys.exit(0)
    except Exception:
        import traceback

        traceback.print_exc()
        print("0 passed, 1 failed")
        sys.exit(1)
    print("1 passed, 0 failed")
