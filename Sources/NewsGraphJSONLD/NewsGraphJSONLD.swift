// NewsGraphJSONLD: the graph as JSON-LD (schema.org plus the `ng:` namespace).
//
// `JSONLDWriter` streams a graph into one `@graph` with an inline `@context`;
// `JSONLDReader` reads a file that writer wrote back into a `Graph`.
// Node and edge ids become IRIs through `IRIText` (percent-encoding what an IRI
// may not hold); `JSONLDVocabulary` is the one table of terms both sides use.
// Non-goals: reading arbitrary JSON-LD (no expansion, no remote contexts).
