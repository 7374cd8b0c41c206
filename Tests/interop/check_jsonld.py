#!/usr/bin/env python3
"""Check a NewsGraph JSON-LD file against the expected summary of its graph, offline.

Usage: check_jsonld.py FILE.jsonld SUMMARY.json

Sockets are disabled for the whole run, and pyld gets a document loader that
refuses every URL, so any attempt to fetch a remote context fails the check.

1. pyld expands the document and converts it to RDF (N-Quads).
2. rdflib parses it; every node has its schema.org type and name, every edge is a
   reified ng:Relation with its type, source, target, qualifier and provenance;
   a SPARQL query for (person, event) attendee pairs returns the expected pairs.
3. pyoxigraph parses it, and its store answers the attendee query and names every
   node and relation as the summary does.
The three give the same number of triples.

Exit 0 when everything matches; 1 with the differences on stderr; 2 on usage errors.
"""
import collections
import json
import socket
import sys


def _refuse(*args, **kwargs):
    raise OSError("network access refused by check_jsonld.py")


socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse

import pyoxigraph  # noqa: E402
import rdflib  # noqa: E402
from pyld import jsonld  # noqa: E402

SCHEMA = "https://schema.org/"
NG = "https://newsgraph.dev/ns#"
RDF_TYPE = rdflib.RDF.type


def refuse_loader(url, options=None):
    raise jsonld.JsonLdError(f"refusing to load {url}: the document must expand offline",
                             "jsonld.LoadDocumentError", {"url": url}, code="loading document failed")


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, summary_path = sys.argv[1], sys.argv[2]
    with open(summary_path, encoding="utf-8") as f:
        summary = json.load(f)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    problems = []

    # 1. pyld
    options = {"documentLoader": refuse_loader}
    expanded = jsonld.expand(doc, options)
    nquads = jsonld.to_rdf(expanded, {"documentLoader": refuse_loader, "format": "application/n-quads"})
    pyld_count = len([line for line in nquads.splitlines() if line.strip()])
    if not expanded:
        problems.append("pyld expanded the document to nothing")

    # 2. rdflib
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    U = rdflib.URIRef
    for n in summary["nodes"]:
        s = U(n["iri"])
        types = {str(t) for t in g.objects(s, RDF_TYPE)}
        if set(n["rdf_types"]) - types:
            problems.append(f"node {n['iri']}: types {sorted(types)}, expected {n['rdf_types']}")
        names = [str(o) for o in g.objects(s, U(SCHEMA + "name"))]
        if names != ([n["name"]] if n["name"] else []):
            problems.append(f"node {n['iri']}: names {names}, expected {n['name']!r}")
        aliases = sorted(str(o) for o in g.objects(s, U(SCHEMA + "alternateName")))
        if aliases != sorted(n["aliases"]):
            problems.append(f"node {n['iri']}: alternateName {aliases}, expected {n['aliases']}")
        problems += check_provenance(g, s, f"node {n['iri']}", n["provenance"])

    relations = set(g.subjects(RDF_TYPE, U(NG + "Relation")))
    if len(relations) != len(summary["edges"]):
        problems.append(f"{len(relations)} ng:Relation nodes, expected {len(summary['edges'])}")
    for e in summary["edges"]:
        s = U(e["iri"])
        want = {
            NG + "edgeType": rdflib.Literal(e["type"]),
            NG + "source": U(e["source_iri"]),
            NG + "target": U(e["target_iri"]),
        }
        if e["qualifier"]:
            want[NG + "qualifier"] = rdflib.Literal(e["qualifier"])
        for p, o in want.items():
            got = list(g.objects(s, U(p)))
            if got != [o]:
                problems.append(f"edge {e['iri']}: {p} = {got}, expected {o!r}")
        problems += check_provenance(g, s, f"edge {e['iri']}", e["provenance"])
        if e["type"] == "holds":
            # The schema.org Role pattern: Person memberOf Role, Role memberOf Organization.
            member = U(SCHEMA + "memberOf")
            if (U(e["source_iri"]), member, s) not in g or (s, member, U(e["target_iri"])) not in g:
                problems.append(f"edge {e['iri']}: holds is not Person memberOf OrganizationRole memberOf Organization")
            if (s, RDF_TYPE, U(SCHEMA + "OrganizationRole")) not in g:
                problems.append(f"edge {e['iri']}: not an OrganizationRole")
            if (s, U(SCHEMA + "roleName"), rdflib.Literal(e["qualifier"])) not in g:
                problems.append(f"edge {e['iri']}: roleName is not {e['qualifier']!r}")

    query = """
        PREFIX schema: <https://schema.org/>
        SELECT DISTINCT ?person ?event WHERE {
            ?event schema:attendee ?person .
            FILTER EXISTS { ?event a schema:Event }
            FILTER EXISTS { ?person a schema:Person }
        }"""  # rdflib joins the plain three-pattern form in minutes on 10,000 attendees, this in seconds
    pairs = sorted([str(r.person), str(r.event)] for r in g.query(query))
    if pairs != sorted(summary["attendee_pairs"]):
        problems.append(f"SPARQL attendee pairs {pairs}, expected {sorted(summary['attendee_pairs'])}")

    # 3. pyoxigraph
    # A streaming parser: a statement written twice (two roles of one attendee) comes twice.
    quads = set(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.JSON_LD))
    if not (pyld_count == len(g) == len(quads)):
        problems.append(f"triple counts differ: pyld {pyld_count}, rdflib {len(g)}, pyoxigraph {len(quads)}")
    problems += check_oxigraph(path, summary, query)

    return report(problems, f"{path}: {len(g)} triples (pyld, rdflib, pyoxigraph agree); "
                            f"{len(summary['nodes'])} nodes, {len(summary['edges'])} edges, "
                            f"{len(pairs)} attendee pairs match")


def check_oxigraph(path, summary, attendee_query):
    """Oxigraph's store answers the attendee query, and names every node and relation as the summary."""
    problems = []
    store = pyoxigraph.Store()
    store.load(path=path, format=pyoxigraph.RdfFormat.JSON_LD)
    pairs = sorted([s["person"].value, s["event"].value] for s in store.query(attendee_query))
    if pairs != sorted(summary["attendee_pairs"]):
        problems.append(f"Oxigraph: SPARQL attendee pairs {pairs[:5]}…, expected {sorted(summary['attendee_pairs'])[:5]}…")
    names = collections.Counter(
        (s["s"].value, s["name"].value)
        for s in store.query("SELECT ?s ?name WHERE { ?s <https://schema.org/name> ?name }"))
    want = collections.Counter((n["iri"], n["name"]) for n in summary["nodes"] if n["name"])
    if names != want:
        problems.append(f"Oxigraph: names differ: missing {sorted(want - names)[:5]}, extra {sorted(names - want)[:5]}")
    relations = collections.Counter(
        (s["r"].value, s["type"].value, s["source"].value, s["target"].value)
        for s in store.query(f"""SELECT ?r ?type ?source ?target WHERE {{
            ?r a <{NG}Relation> ; <{NG}edgeType> ?type ; <{NG}source> ?source ; <{NG}target> ?target }}"""))
    want = collections.Counter((e["iri"], e["type"], e["source_iri"], e["target_iri"]) for e in summary["edges"])
    if relations != want:
        problems.append(f"Oxigraph: relations differ: missing {sorted(want - relations)[:5]}, "
                        f"extra {sorted(relations - want)[:5]}")
    return problems


def check_provenance(g, s, what, expected):
    U = rdflib.URIRef
    got = []
    for b in g.objects(s, U(NG + "provenance")):
        entry = {k: g.value(b, U(NG + k)) for k in
                 ("document", "start", "end", "sourceStart", "sourceEnd", "text", "rule")}
        got.append({k: (v.toPython() if v is not None else None) for k, v in entry.items()})
    key = lambda m: json.dumps(m, sort_keys=True, ensure_ascii=False)
    if not expected:
        return [f"{what}: no provenance in the summary (a defect)"]
    if sorted(got, key=key) != sorted(expected, key=key):
        return [f"{what}: provenance {got}, expected {expected}"]
    return []


def report(problems, ok_message):
    if problems:
        for p in problems:
            print("FAIL:", p, file=sys.stderr)
        return 1
    print(ok_message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
