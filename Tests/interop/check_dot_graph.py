#!/usr/bin/env python3
"""Check that Graphviz reads a NewsGraph DOT file as the graph of its summary.

Usage: check_dot_graph.py FILE.dot SUMMARY.json

Graphviz's own parser reads the file through gvpr (no layout, so a graph of any
size is quick): every node with its label and class (the node type), every edge
with its endpoints, id and label must be those of the summary. check_dot.sh
checks that the file also renders without a warning.

Exit 0 when everything matches; 1 with the differences on stderr; 2 on usage errors.
"""
import collections
import json
import subprocess
import sys

# One record per node and edge, fields split by US (0x1f), records by RS (0x1e): the
# writer drops control characters, so neither can occur in a name or label.
PROGRAM = r'''
N { printf("N\037%s\037%s\037%s\036", $.name, aget($, "label"), aget($, "class")); }
E { printf("E\037%s\037%s\037%s\037%s\036", $.tail.name, $.head.name, aget($, "id"), aget($, "label")); }
'''


def as_written(s):
    """A string as Graphviz's parser returns it: the writer's escapes, less `\\"` → `"`."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            out.append("\\\\")
        elif c == "\r":
            if not s.startswith("\r\n", i):
                out.append("\\n")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append(" ")
        elif ord(c) < 0x20 or c in "\ufffe\uffff":
            pass
        else:
            out.append(c)
        i += 1
    return "".join(out)


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, summary_path = sys.argv[1], sys.argv[2]
    with open(summary_path, encoding="utf-8") as f:
        summary = json.load(f)
    r = subprocess.run(["gvpr", PROGRAM, path], capture_output=True)
    if r.returncode != 0 or r.stderr:
        print(f"FAIL: gvpr exited {r.returncode}: {r.stderr.decode(errors='replace')}", file=sys.stderr)
        return 1
    nodes, edges = collections.Counter(), collections.Counter()
    for record in r.stdout.decode("utf-8").split("\x1e"):
        if record:
            fields = tuple(record.split("\x1f"))
            (nodes if fields[0] == "N" else edges)[fields[1:]] += 1
    want_nodes = collections.Counter(
        (as_written(n["id"]), as_written(n["label"]), n["type"]) for n in summary["nodes"])
    want_edges = collections.Counter(
        (as_written(e["source"]), as_written(e["target"]), as_written(e["id"]), as_written(e["label"]))
        for e in summary["edges"])
    problems = []
    if nodes != want_nodes:
        problems.append(f"nodes differ: missing {sorted(want_nodes - nodes)[:5]}, extra {sorted(nodes - want_nodes)[:5]}")
    if edges != want_edges:
        problems.append(f"edges differ: missing {sorted(want_edges - edges)[:5]}, extra {sorted(edges - want_edges)[:5]}")
    for p in problems:
        print("FAIL:", p, file=sys.stderr)
    if problems:
        return 1
    print(f"{path}: Graphviz reads {sum(nodes.values())} nodes and {sum(edges.values())} edges as written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
