#!/usr/bin/env python3
"""Check a NewsGraph GraphML file against the expected summary of its graph.

Usage: check_graphml.py FILE.graphml SUMMARY.json

1. Validates FILE with the offline GraphML schema,
   <repo root>/../shared/schemas/graphml/validate.sh (override: NEWSGRAPH_GRAPHML_VALIDATE).
2. Reads it with networkx.read_graphml and compares nodes (id, type, label, name,
   aliases), edges (id, source, target, type, qualifier) and provenance fields.
3. Reads it with igraph (Graph.Read_GraphML) and compares the same, except edge
   ids: igraph 1.0 fills its edge `id` attribute with unrelated node ids, so its
   edges are compared by endpoints, type, qualifier, label and provenance.

Exit 0 when everything matches; 1 with the differences on stderr; 2 on usage errors.
"""
import collections
import json
import os
import subprocess
import sys

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VALIDATE = os.environ.get(
    "NEWSGRAPH_GRAPHML_VALIDATE",
    os.path.normpath(os.path.join(ROOT, "../shared/schemas/graphml/validate.sh")))
PROVENANCE_INTS = ("start", "end", "sourceStart", "sourceEnd", "mentions")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, summary_path = sys.argv[1], sys.argv[2]
    with open(summary_path, encoding="utf-8") as f:
        summary = json.load(f)
    problems = []

    v = subprocess.run([VALIDATE, path], capture_output=True, text=True)
    if v.returncode != 0:
        problems.append(f"schema validation failed ({VALIDATE}, exit {v.returncode}):\n{v.stdout}{v.stderr}")

    g = nx.read_graphml(path, force_multigraph=True)
    if not g.is_directed():
        problems.append("graph is not directed")

    expected_nodes = {n["graphml_id"]: n for n in summary["nodes"]}
    if set(g.nodes) != set(expected_nodes):
        problems.append(f"node ids differ: missing {sorted(set(expected_nodes) - set(g.nodes))}, "
                        f"extra {sorted(set(g.nodes) - set(expected_nodes))}")
    for nid, n in expected_nodes.items():
        if nid not in g.nodes:
            continue
        data = g.nodes[nid]
        want = {"type": n["type"], "labels": ":" + n["type"], "label": n["label"], "name": n["name"],
                "aliases": "|".join(n["aliases"])}
        for key, value in want.items():
            if data.get(key, "") != value:
                problems.append(f"node {nid}: {key} = {data.get(key)!r}, expected {value!r}")
        problems += check_provenance(f"node {nid}", data, n["provenance"])

    got_edges = collections.Counter()
    for u, v_, key, data in g.edges(keys=True, data=True):
        got_edges[(key, u, v_, data.get("type"), data.get("qualifier", ""))] += 1
        if data.get("interaction") != data.get("type"):
            problems.append(f"edge {key}: interaction {data.get('interaction')!r} != type {data.get('type')!r}")
    want_edges = collections.Counter(
        (e["graphml_id"], e["source_graphml"], e["target_graphml"], e["type"], e["qualifier"])
        for e in summary["edges"])
    if got_edges != want_edges:
        problems.append(f"edges differ: missing {sorted(want_edges - got_edges)}, extra {sorted(got_edges - want_edges)}")
    for e in summary["edges"]:
        if g.has_edge(e["source_graphml"], e["target_graphml"], key=e["graphml_id"]):
            data = g.edges[e["source_graphml"], e["target_graphml"], e["graphml_id"]]
            problems += check_provenance(f"edge {e['graphml_id']}", data, e["provenance"])
            if data.get("label") != e["label"]:
                problems.append(f"edge {e['graphml_id']}: label {data.get('label')!r}, expected {e['label']!r}")

    problems += check_igraph(path, summary)
    return report(problems, f"{path}: GraphML valid; {g.number_of_nodes()} nodes, {g.number_of_edges()} edges "
                            "match in NetworkX and igraph")


def check_igraph(path, summary):
    """igraph keeps a node's GraphML id in the `id` attribute, reads ints as floats and
    a value a node or edge does not have as "" (strings) or NaN (numbers)."""
    problems = []
    g = igraph.Graph.Read_GraphML(path)
    if not g.is_directed():
        problems.append("igraph: graph is not directed")
    ids = g.vs["id"]
    expected_nodes = {n["graphml_id"]: n for n in summary["nodes"]}
    if len(ids) != len(set(ids)) or set(ids) != set(expected_nodes):
        problems.append(f"igraph: node ids differ: missing {sorted(set(expected_nodes) - set(ids))}, "
                        f"extra {sorted(set(ids) - set(expected_nodes))}")
        return problems
    for v in g.vs:
        n = expected_nodes[v["id"]]
        want = {"type": n["type"], "labels": ":" + n["type"], "label": n["label"], "name": n["name"],
                "aliases": "|".join(n["aliases"])}
        problems += [f"igraph: node {v['id']}: {k} = {v[k]!r}, expected {w!r}" for k, w in want.items() if v[k] != w]
        problems += igraph_provenance(f"igraph: node {v['id']}", v, n["provenance"])

    got, want = collections.Counter(), collections.Counter()
    for e in g.es:
        got[(ids[e.source], ids[e.target], e["type"], e["qualifier"], e["label"], canonical(e["provenance"]))] += 1
        if e["interaction"] != e["type"]:
            problems.append(f"igraph: edge {ids[e.source]} -> {ids[e.target]}: interaction {e['interaction']!r}")
        problems += igraph_provenance(f"igraph: edge {ids[e.source]} -> {ids[e.target]}", e, None)
    for e in summary["edges"]:
        want[(e["source_graphml"], e["target_graphml"], e["type"], e["qualifier"], e["label"],
              json.dumps(e["provenance"], sort_keys=True))] += 1
    if got != want:
        problems.append(f"igraph: edges differ: missing {sorted(want - got)[:5]}, extra {sorted(got - want)[:5]}")
    return problems


def igraph_provenance(what, item, expected):
    """The first mention's numbers as whole floats; the full list when `expected` is given."""
    problems = []
    mentions = json.loads(item["provenance"])
    first = mentions[0]
    for k in ("start", "end", "sourceStart", "sourceEnd"):
        if item[k] != float(first[k]):
            problems.append(f"{what}: {k} = {item[k]!r}, expected {first[k]}")
    if item["mentions"] != float(len(mentions)):
        problems.append(f"{what}: mentions = {item['mentions']!r}, expected {len(mentions)}")
    if item["document"] != first["document"] or item["rule"] != first["rule"]:
        problems.append(f"{what}: document/rule = {item['document']!r}/{item['rule']!r}")
    if expected is not None and mentions != expected:
        problems.append(f"{what}: provenance {mentions!r}, expected {expected!r}")
    return problems


def canonical(provenance):
    return json.dumps(json.loads(provenance), sort_keys=True)


def check_provenance(what, data, expected):
    """`expected` is the list of mentions: {document, start, end, sourceStart, sourceEnd, text, rule}."""
    problems = []
    if not expected:
        return [f"{what}: has no provenance in the summary (a defect)"]
    for key in PROVENANCE_INTS:
        if not isinstance(data.get(key), int):
            problems.append(f"{what}: {key} = {data.get(key)!r} is not an int")
    if data.get("mentions") != len(expected):
        problems.append(f"{what}: mentions = {data.get('mentions')!r}, expected {len(expected)}")
    try:
        mentions = json.loads(data.get("provenance", ""))
    except ValueError as e:
        return problems + [f"{what}: provenance is not JSON: {e}"]
    if mentions != expected:
        problems.append(f"{what}: provenance {mentions!r}, expected {expected!r}")
    first = expected[0]
    for key in ("document", "start", "end", "sourceStart", "sourceEnd", "rule"):
        if data.get(key) != first[key]:
            problems.append(f"{what}: {key} = {data.get(key)!r}, expected {first[key]!r}")
    if data.get("mention", "") != strip_xml_forbidden(first["text"]):
        problems.append(f"{what}: mention = {data.get('mention')!r}, expected {first['text']!r}")
    return problems


def strip_xml_forbidden(s):
    return "".join(c for c in s if not (
        (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff"))


def report(problems, ok_message):
    if problems:
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        return 1
    print(ok_message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
