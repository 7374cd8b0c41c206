#!/usr/bin/env python3
"""Who attended what, by SPARQL over a NewsGraph JSON-LD file, offline.

Usage: check_sparql_attended.py FILE.jsonld

Parses the file with rdflib (sockets disabled: the inline @context must be
enough) and runs the schema.org query

    ?event a schema:Event ; schema:attendee ?person . ?person a schema:Person .

Prints one line per distinct (person, event) pair, sorted, tab-separated:
person IRI, event IRI, person name, event name. The project's own
`newsgraph query attended` must give the same pairs (graph-model.md, JSON-LD).

Exit 0 on success, 1 when the file does not parse, 2 on usage errors.
"""
import socket
import sys


def _refuse(*args, **kwargs):
    raise OSError("network access refused by check_sparql_attended.py")


socket.socket.connect = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse

import rdflib  # noqa: E402

QUERY = """
    PREFIX schema: <https://schema.org/>
    SELECT DISTINCT ?person ?event ?personName ?eventName WHERE {
        ?event a schema:Event ; schema:attendee ?person .
        ?person a schema:Person .
        OPTIONAL { ?person schema:name ?personName }
        OPTIONAL { ?event schema:name ?eventName }
    }"""


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    g = rdflib.Graph()
    try:
        g.parse(sys.argv[1], format="json-ld")
    except Exception as e:  # noqa: BLE001
        print(f"FAIL: {sys.argv[1]}: {e}", file=sys.stderr)
        return 1
    rows = sorted({(str(r.person), str(r.event), str(r.personName or ""), str(r.eventName or ""))
                   for r in g.query(QUERY)})
    for row in rows:
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
