// NewsGraphDOT: the graph as Graphviz DOT.
//
// `DOTWriter` streams a `digraph` with every id and label quoted and escaped
// (`DOTText`), a CJK font, node shape and colour by kind (`DOTStyle`), and the
// edge type (a `holds` edge's title) as edge label. Non-goals: layout.
