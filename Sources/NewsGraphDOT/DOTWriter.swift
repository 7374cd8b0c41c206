import NewsGraphCore
import NewsGraphSerialization

/// Streams a graph as a Graphviz `digraph`: every id and label quoted, UTF-8,
/// `fontname="Noto Sans CJK SC"` on graph, nodes and edges, shape and colour
/// by node kind, edge label = edge type (for `holds`, the title), and the
/// aliases (`aliases="a|b"`, which Graphviz ignores) for `DOTGraph.focused`.
public struct DOTWriter: GraphSerializer {
    public static let fontName = "Noto Sans CJK SC"

    let sink: ByteSink
    /// The sink's buffer: statements are appended to it and the sink flushed after each.
    var out: ByteBuffer
    /// An edge's ends' ids escaped: written quoted, and again inside the edge's id.
    var source: ByteBuffer, target: ByteBuffer
    /// Where `source` and `target` are lent from.
    let lent = ScratchBuffers()

    public init(sink: ByteSink) {
        self.sink = sink
        out = sink.buffer
        (source, target, _, _) = lent.buffers
    }

    public mutating func begin(_ header: GraphHeader) throws {
        out.append(literal: "digraph ")
        DOTText.appendQuoted(header.name.isEmpty ? "graph" : header.name, to: &out)
        out.append(contentsOf: DOTWriter.defaults)
        try sink.flushIfFull()
    }

    /// The attribute defaults after the graph's name, the same in every file.
    static let defaults: [UInt8] = {
        let font = DOTText.quoted(DOTWriter.fontName)
        return Array(
            (" {\n"
                + "  graph [charset=\"UTF-8\", fontname=\(font), rankdir=\"LR\", overlap=\"false\"];\n"
                + "  node [fontname=\(font), style=\"filled\"];\n"
                + "  edge [fontname=\(font), fontsize=\"10\"];\n").utf8)
    }()

    public mutating func write(_ node: Node) throws {
        out.append(literal: "  ")
        DOTText.appendQuoted(node.id.rawValue, to: &out)
        out.append(literal: " [label=")
        DOTText.appendQuoted(node.name.isEmpty ? node.id.rawValue : node.name, to: &out)
        out.append(DOTWriter.styleAttributes[node.kind.ordinal])
        if !node.aliases.isEmpty {
            // Not a Graphviz attribute (ignored there): lets `newsgraph render --focus` match an alias.
            out.append(literal: ", aliases=")
            DOTText.appendQuoted(node.aliases.joined(separator: "|"), to: &out)
        }
        out.append(literal: "];\n")
        try sink.flushIfFull()
    }

    public mutating func write(_ edge: Edge) throws {
        source.removeAll()
        DOTText.appendEscaped(edge.source.rawValue, to: &source)
        target.removeAll()
        DOTText.appendEscaped(edge.target.rawValue, to: &target)
        out.append(literal: "  \"")
        out.append(bytes: source.bytes)
        out.append(literal: "\" -> \"")
        out.append(bytes: target.bytes)
        out.append(literal: "\" [label=")
        if edge.kind == .holds && !edge.qualifier.isEmpty {
            DOTText.appendQuoted(edge.qualifier, to: &out)
        } else {
            out.append(DOTWriter.kindLabels[edge.kind.ordinal])
        }
        out.append(literal: ", id=\"")
        // The id escaped piece by piece, not built as a String first.
        edge.forEachIDPiece(
            fixed: { out.append(bytes: DOTWriter.idPieces[$0]) }, text: { DOTText.appendEscaped($0, to: &out) },
            source: { out.append(bytes: source.bytes) }, target: { out.append(bytes: target.bytes) })
        out.append(literal: "\"];\n")
        try sink.flushIfFull()
    }

    /// Each kind's `DOTStyle.attributes` (by `NodeKind.ordinal`) as bytes: taking the style out
    /// of its table for every node retained and released its four strings.
    static let styleAttributes = NodeKind.allCases.map { Markup(Array(DOTStyle.of($0).attributes.utf8)) }

    /// Each edge kind's name quoted (by `EdgeKind.ordinal`), the label of most edges.
    static let kindLabels = EdgeKind.allCases.map { kind in
        var out: [UInt8] = []
        DOTText.appendQuoted(kind.rawValue, to: &out)
        return Markup(out)
    }

    /// An edge id's fixed pieces, escaped.
    static let idPieces = EdgeIDPieces { DOTText.appendEscaped($0, to: &$1) }

    public mutating func finish() throws {
        out.append(literal: "}\n")
        try sink.flush()
    }
}
