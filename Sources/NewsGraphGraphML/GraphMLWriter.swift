import NewsGraphCore
import NewsGraphSerialization

/// Streams a graph as GraphML through libxml2's xmlTextWriter (UTF-8, indented).
///
/// `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`, every `<key>`
/// once, then one `<graph edgedefault="directed">` with the nodes and then the
/// edges, each edge with its id. Ids are `NMToken.encode`d, text is
/// `XMLText.sanitized`. The `<data>` children of a node or edge are built in a
/// buffer (escaped by `XMLText.appendEscapedContent`) and handed to the writer
/// in one `xmlTextWriterWriteRawLen`, indented as libxml2 would: one libxml2
/// call per data element was the writer's main cost.
///
/// The `yed` flavor adds the yFiles namespace and, per node and edge, a `<data>`
/// with a `y:ShapeNode`/`y:PolyLineEdge` holding the label, which yEd shows
/// without a Properties Mapper. The GraphML schema does not allow those
/// elements (nor the `yfiles.type` key attribute), so that flavor is
/// well-formed GraphML that NetworkX and yEd read, not schema-valid.
public struct GraphMLWriter: GraphSerializer {
    public static let namespace = "http://graphml.graphdrawing.org/xmlns"
    public static let yFilesNamespace = "http://www.yworks.com/xml/graphml"
    static let newline: [UInt8] = [UInt8(ascii: "\n")]

    let xml: XMLWriter
    public let flavor: GraphMLFlavor
    var keys: GraphMLKeys?
    /// The `<data>` elements of the current node or edge.
    var buffer: [UInt8] = []
    /// Scratch space for the provenance list as JSON, reused from element to element.
    var json: [UInt8] = []

    public init(sink: ByteSink, flavor: GraphMLFlavor = .plain) throws {
        xml = try XMLWriter(sink: sink)
        self.flavor = flavor
    }

    public mutating func begin(_ header: GraphHeader) throws {
        let keys = GraphMLKeys.of(header)
        self.keys = keys
        try xml.startDocument()
        try xml.start("graphml")
        try xml.attribute("xmlns", GraphMLWriter.namespace)
        if flavor == .yed { try xml.attribute("xmlns:y", GraphMLWriter.yFilesNamespace) }
        // The key declarations as one block of markup: one libxml2 call per attribute made
        // them the main cost of a small document's file.
        try xml.raw(keys.declarations)
        if flavor == .yed { try xml.raw(GraphMLKeys.yFiles) }
        try xml.raw(GraphMLWriter.newline)
        try xml.start("graph")
        try xml.attribute("id", NMToken.encode(header.name.isEmpty ? "graph" : header.name))
        try xml.attribute("edgedefault", "directed")
    }

    public mutating func write(_ node: Node) throws {
        guard let keys else { throw NewsGraphError(file: xml.sink.path, message: "node written before begin") }
        try xml.start("node")
        try xml.attribute("id", NMToken.encode(node.id.rawValue))
        try data("n.type", node.kind.rawValue)
        try data("n.labels", ":" + node.kind.rawValue)
        let label = node.name.isEmpty ? node.id.rawValue : node.name
        try data("n.label", label)
        try data("n.name", node.name)
        try data("n.aliases", node.aliases.joined(separator: "|"))
        for name in node.properties.keys.sorted() {
            guard let id = keys.nodeProperty[name] else {
                throw NewsGraphError(file: xml.sink.path, message: "node property '\(name)' not declared in the header")
            }
            try data(id, node.properties[name]!.text)
        }
        try provenance(node.provenance, keys: GraphMLWriter.nodeProvenanceKeys)
        if flavor == .yed { yFilesNode(label, node.kind) }
        try flushData()
        try xml.end()
    }

    public mutating func write(_ edge: Edge) throws {
        guard let keys else { throw NewsGraphError(file: xml.sink.path, message: "edge written before begin") }
        try xml.start("edge")
        try xml.attribute("id", NMToken.encode(edge.id))
        try xml.attribute("source", NMToken.encode(edge.source.rawValue))
        try xml.attribute("target", NMToken.encode(edge.target.rawValue))
        try data("e.type", edge.kind.rawValue)
        try data("e.label", GraphMLWriter.label(edge))
        try data("e.interaction", edge.kind.rawValue)
        try data("e.qualifier", edge.qualifier)
        for name in edge.properties.keys.sorted() {
            guard let id = keys.edgeProperty[name] else {
                throw NewsGraphError(file: xml.sink.path, message: "edge property '\(name)' not declared in the header")
            }
            try data(id, edge.properties[name]!.text)
        }
        try provenance(edge.provenance, keys: GraphMLWriter.edgeProvenanceKeys)
        if flavor == .yed { yFilesEdge(GraphMLWriter.label(edge)) }
        try flushData()
        try xml.end()
    }

    public mutating func finish() throws {
        try xml.end()  // graph
        try xml.end()  // graphml
        try xml.finish()
    }

    /// An edge's label: the title for `holds`, else the edge type.
    public static func label(_ edge: Edge) -> String {
        edge.kind == .holds && !edge.qualifier.isEmpty ? edge.qualifier : edge.kind.rawValue
    }

    /// One `<data>`; an empty string is left out (NetworkX reads `<data/>` as missing, not "").
    /// Key ids are NMTOKENs (`n.type`, `e.p.role`): nothing in them needs escaping.
    mutating func data(_ key: String, _ text: String) throws {
        if text.isEmpty { return }
        openData(key)
        XMLText.appendEscapedContent(text, to: &buffer)
        buffer.append(literal: "</data>")
    }

    /// yEd's node graphics: a shape sized to the label, filled by kind, and the label.
    mutating func yFilesNode(_ label: String, _ kind: NodeKind) {
        let (shape, fill) = GraphMLWriter.yFilesStyle(kind)
        let width = max(30, 14 * label.count + 16)
        buffer.append(literal: "\n      <data key=\"n.graphics\"><y:ShapeNode>")
        buffer.append(contentsOf: "<y:Geometry height=\"30.0\" width=\"\(width).0\"/>".utf8)
        buffer.append(contentsOf: "<y:Fill color=\"\(fill)\"/><y:NodeLabel>".utf8)
        XMLText.appendEscapedContent(label, to: &buffer)
        buffer.append(contentsOf: "</y:NodeLabel><y:Shape type=\"\(shape)\"/></y:ShapeNode></data>".utf8)
    }

    /// yEd's edge graphics: an arrow and the label.
    mutating func yFilesEdge(_ label: String) {
        buffer.append(literal: "\n      <data key=\"e.graphics\"><y:PolyLineEdge>")
        buffer.append(literal: "<y:Arrows source=\"none\" target=\"standard\"/><y:EdgeLabel>")
        XMLText.appendEscapedContent(label, to: &buffer)
        buffer.append(literal: "</y:EdgeLabel></y:PolyLineEdge></data>")
    }

    static func yFilesStyle(_ kind: NodeKind) -> (shape: String, fill: String) {
        switch kind {
        case .person: ("ellipse", "#CFE2FF")
        case .organization: ("roundrectangle", "#FFE0B2")
        case .location: ("trapezoid2", "#D4F0D4")
        case .title: ("rectangle", "#EADCF8")
        case .event: ("hexagon", "#FFD6D6")
        case .article: ("rectangle", "#EEEEEE")
        }
    }

    /// Writes the buffered `<data>` elements and the indent of the closing tag.
    mutating func flushData() throws {
        guard !buffer.isEmpty else { return }
        buffer.append(literal: "\n    ")
        try xml.raw(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// The provenance `<data>` elements, written straight into the buffer: one node or edge
    /// has nine of them, and building each value as a String was most of the writer's time.
    mutating func provenance(_ list: [Provenance], keys: [String]) throws {
        guard let first = list.first else { return }
        try data(keys[0], first.document)
        number(keys[1], first.span.start)
        number(keys[2], first.span.end)
        number(keys[3], first.sourceSpan.start)
        number(keys[4], first.sourceSpan.end)
        try data(keys[5], first.text)
        try data(keys[6], first.rule)
        number(keys[7], list.count)
        json.removeAll(keepingCapacity: true)
        GraphMLWriter.appendProvenanceJSON(list, to: &json)
        openData(keys[8])
        XMLText.appendEscapedContent(bytes: json, to: &buffer)
        buffer.append(literal: "</data>")
    }

    /// The key ids of `GraphMLKeys.provenanceTail`, in its order, for nodes and for edges.
    static let nodeProvenanceKeys = GraphMLKeys.provenanceTail.map { "n." + $0.0 }
    static let edgeProvenanceKeys = GraphMLKeys.provenanceTail.map { "e." + $0.0 }

    mutating func openData(_ key: String) {
        buffer.append(literal: "\n      <data key=\"")
        var key = key
        key.withUTF8 { buffer.append(contentsOf: $0) }
        buffer.append(literal: "\">")
    }

    /// A `<data>` holding a whole number (nothing to escape).
    mutating func number(_ key: String, _ n: Int) {
        openData(key)
        JSONText.appendDecimal(n, to: &buffer)
        buffer.append(literal: "</data>")
    }

    /// All mentions as compact JSON: `[{"document":…,"start":…,…},…]`.
    static func appendProvenanceJSON(_ list: [Provenance], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, p) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(literal: "{\"document\":")
            JSONText.appendQuoted(p.document, to: &out)
            out.append(literal: ",\"start\":")
            JSONText.appendDecimal(p.span.start, to: &out)
            out.append(literal: ",\"end\":")
            JSONText.appendDecimal(p.span.end, to: &out)
            out.append(literal: ",\"sourceStart\":")
            JSONText.appendDecimal(p.sourceSpan.start, to: &out)
            out.append(literal: ",\"sourceEnd\":")
            JSONText.appendDecimal(p.sourceSpan.end, to: &out)
            out.append(literal: ",\"text\":")
            JSONText.appendQuoted(p.text, to: &out)
            out.append(literal: ",\"rule\":")
            JSONText.appendQuoted(p.rule, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }
}
