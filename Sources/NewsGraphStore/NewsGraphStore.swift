// NewsGraphStore: a SQLite store (GRDB, WAL) that accumulates the graphs of
// many extraction runs, one document at a time, and answers targeted queries.
//
// Input: `Graph` values, one per document. Output: the merged `Graph` and the
// nodes and edges a query asks for. Writing a document again replaces what it
// gave before (see `GraphStore.write(graph:document:contentHash:extractedAt:)`).
