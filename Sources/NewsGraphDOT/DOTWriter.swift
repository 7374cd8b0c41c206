import NewsGraphCore
import NewsGraphSerialization

/// Streams a graph as a Graphviz `digraph`: every id and label quoted, UTF-8,
/// `fontname="Noto Sans CJK SC"` on graph, nodes and edges, shape and colour
/// by node kind, edge label = edge type (for `holds`, the title), and the
/// aliases (`aliases="a|b"`, which Graphviz ignores) for `DOTGraph.focused`.
public struct DOTWriter: GraphSerializer {
    public static let fontName = "Noto Sans CJK SC"

    let sink: ByteSink
    var id: [UInt8] = []

    public init(sink: ByteSink) { self.sink = sink }

    public mutating func begin(_ header: GraphHeader) throws {
        try sink.write(literal: "digraph ")
        try sink.writeDOTString(header.name.isEmpty ? "graph" : header.name)
        try sink.write(DOTWriter.defaults)
    }

    /// The attribute defaults after the graph's name, the same in every file.
    static let defaults: String = {
        let font = DOTText.quoted(DOTWriter.fontName)
        return " {\n"
            + "  graph [charset=\"UTF-8\", fontname=\(font), rankdir=\"LR\", overlap=\"false\"];\n"
            + "  node [fontname=\(font), style=\"filled\"];\n"
            + "  edge [fontname=\(font), fontsize=\"10\"];\n"
    }()

    public mutating func write(_ node: Node) throws {
        let style = DOTStyle.of(node.kind)
        try sink.write(literal: "  ")
        try sink.writeDOTString(node.id.rawValue)
        try sink.write(literal: " [label=")
        try sink.writeDOTString(node.name.isEmpty ? node.id.rawValue : node.name)
        try sink.write(style.attributes)
        if !node.aliases.isEmpty {
            // Not a Graphviz attribute (ignored there): lets `newsgraph render --focus` match an alias.
            try sink.write(literal: ", aliases=")
            try sink.writeDOTString(node.aliases.joined(separator: "|"))
        }
        try sink.write(literal: "];\n")
    }

    public mutating func write(_ edge: Edge) throws {
        try sink.write(literal: "  ")
        try sink.writeDOTString(edge.source.rawValue)
        try sink.write(literal: " -> ")
        try sink.writeDOTString(edge.target.rawValue)
        try sink.write(literal: " [label=")
        try sink.writeDOTString(edge.kind == .holds && !edge.qualifier.isEmpty ? edge.qualifier : edge.kind.rawValue)
        try sink.write(literal: ", id=")
        // The id escaped piece by piece into a reused buffer, not built as a String first.
        id.removeAll(keepingCapacity: true)
        edge.forEachIDPiece { DOTText.appendEscaped($0, to: &id) }
        try sink.writeDOTString(escaped: id)
        try sink.write(literal: "];\n")
    }

    public mutating func finish() throws {
        try sink.write(literal: "}\n")
        try sink.flush()
    }
}
