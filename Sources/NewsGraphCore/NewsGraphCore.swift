// NewsGraphCore: the values every stage shares.
//
// Input: nothing. Output: text spans, offset maps, provenance, and the typed
// graph (nodes, edges, ids) of `graph-model.md`. Non-goals: no I/O, no parsing.
