// NewsGraphFragment: one document's graph as one JSON line (docs/fragments.md),
// for streaming extraction (`extract --format jsonl`) and `newsgraph merge`.
import NewsGraphCore

/// One document's graph with what a merge needs to know about the document:
/// its place in the input (`seq`), name, origin, content hash and metadata.
public struct GraphFragment: Sendable {
    /// The document's position in its input stream, from 0; merges apply fragments in this order.
    public var seq: Int
    public var document: String
    public var origin: String
    /// `ContentHash` of the document's normalized text.
    public var contentHash: String
    public var metadata: [String: String]
    public var graph: Graph

    public init(
        seq: Int, document: String, origin: String, contentHash: String, metadata: [String: String] = [:],
        graph: Graph
    ) {
        self.seq = seq
        self.document = document
        self.origin = origin
        self.contentHash = contentHash
        self.metadata = metadata
        self.graph = graph
    }

    /// The format's version, written as `"fragment"`.
    public static let version = 1
}
