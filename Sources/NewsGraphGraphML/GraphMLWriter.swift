#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsGraphCore
import NewsGraphSerialization

/// Streams a graph as GraphML through libxml2's xmlTextWriter (UTF-8, indented two spaces a level).
///
/// `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`, every `<key>`
/// once, then one `<graph edgedefault="directed">` with the nodes and then the
/// edges, each edge with its id. Ids are `NMToken.encode`d, text is
/// `XMLText.sanitized`. The `<data>` children of a node or edge are built in a
/// buffer (escaped by `XMLText.appendEscapedContent`) and handed to the writer
/// in one `xmlTextWriterWriteRawLen`, indented as libxml2 would: one libxml2
/// call per data element was the writer's main cost. For the same reason the
/// line breaks and indents between elements are written raw, one call before
/// each node and edge, not by libxml2's indenting (three output calls and a
/// walk of its element stack per element). An edge's `source` and `target`
/// follow its id raw, inside the id attribute libxml2 starts and ends.
///
/// The `yed` flavor adds the yFiles namespace and, per node and edge, a `<data>`
/// with a `y:ShapeNode`/`y:PolyLineEdge` holding the label, which yEd shows
/// without a Properties Mapper. The GraphML schema does not allow those
/// elements (nor the `yfiles.type` key attribute), so that flavor is
/// well-formed GraphML that NetworkX and yEd read, not schema-valid.
public struct GraphMLWriter: GraphSerializer {
    public static let namespace = namespaceLiteral.description
    /// The namespace as a literal, handed to libxml2 as it is.
    static let namespaceLiteral: StaticString = "http://graphml.graphdrawing.org/xmlns"
    public static let yFilesNamespace = "http://www.yworks.com/xml/graphml"
    /// The line break and indent before `<graph>`, before each node and edge, and before `</graph>`.
    static let graphIndent = Array("\n  ".utf8)
    static let childIndent = Array("\n    ".utf8)
    static let newline = Array("\n".utf8)

    let xml: XMLWriter
    public let flavor: GraphMLFlavor
    var keys: GraphMLKeys?
    /// The `<data>` elements of the current node or edge.
    var buffer: ByteBuffer
    /// The provenance list rendered here when no other format rendered it, reused from element
    /// to element; made on first use (written with the other formats, GraphML never needs it).
    lazy var ownProvenance = ProvenanceJSON()
    /// Whether a node or edge is in the graph (`</graph>` goes on a line of its own, else `<graph …/>`).
    var hasChildren = false
    /// Scratch space for an id attribute, and an edge's ends' ids (its own id holds them too).
    var scratch: ByteBuffer
    var source: ByteBuffer, target: ByteBuffer
    /// Where `buffer`, `scratch`, `source` and `target` are lent from.
    let lent = ScratchBuffers()

    public init(sink: ByteSink, flavor: GraphMLFlavor = .plain) throws {
        xml = try XMLWriter(sink: sink)
        self.flavor = flavor
        (buffer, scratch, source, target) = lent.buffers
    }

    public mutating func begin(_ header: GraphHeader) throws {
        let keys = GraphMLKeys.of(header)
        self.keys = keys
        try xml.startDocument()
        try xml.start("graphml")
        try xml.attribute("xmlns", literal: GraphMLWriter.namespaceLiteral)
        if flavor == .yed { try xml.attribute("xmlns:y", GraphMLWriter.yFilesNamespace) }
        // The key declarations as one block of markup: one libxml2 call per attribute made
        // them the main cost of a small document's file.
        try xml.raw(keys.declarations)
        if flavor == .yed { try xml.raw(GraphMLKeys.yFiles) }
        try xml.raw(GraphMLWriter.graphIndent)
        try xml.start("graph")
        // `edgedefault` after the id in its raw run (see `write(_:rendered:)` of an edge).
        try idAttribute("id") {
            NMToken.append(header.name.isEmpty ? "graph" : header.name, to: &$0)
            $0.append(literal: "\" edgedefault=\"directed")
        }
    }

    public mutating func write(_ node: Node) throws { try write(node, rendered: nil) }
    public mutating func write(inPlace node: inout Node, provenance: ProvenanceJSON.List?) throws { try write(node, rendered: provenance) }
    public mutating func write(_ edge: Edge) throws { try write(edge, rendered: nil) }
    public mutating func write(inPlace edge: inout Edge, provenance: ProvenanceJSON.List?) throws { try write(edge, rendered: provenance) }

    mutating func write(_ node: Node, rendered: ProvenanceJSON.List?) throws {
        // (Not bound to a local: that copy retained and released each of its lists.)
        guard keys != nil else { throw NewsGraphError(file: xml.sink.path, message: "node written before begin") }
        try startChild("node")
        try idAttribute("id") { NMToken.append(node.id.rawValue, to: &$0) }
        let tags = GraphMLWriter.nodeTags
        buffer.append(GraphMLWriter.kindData[node.kind.ordinal])
        let label = node.name.isEmpty ? node.id.rawValue : node.name
        let escapedLabel = data(tags.head[2], label)
        if !node.name.isEmpty {
            // The name is the label, escaped already: its bytes are copied.
            buffer.append(tags.head[3])
            buffer.appendCopy(of: escapedLabel)
            buffer.append(literal: "</data>")
        }
        if !node.aliases.isEmpty { data(tags.head[4], node.aliases.joined(separator: "|")) }
        try node.properties.forEachInKeyOrder { name, value in
            guard let tag = keys!.nodeTag(name) else {
                throw NewsGraphError(file: xml.sink.path, message: "node property '\(name)' not declared in the header")
            }
            tag.withUnsafeBufferPointer { property($0, value, label: label, escapedLabel: escapedLabel) }
        }
        provenance(node.provenance, rendered, tags: tags)
        if flavor == .yed { yFilesNode(label, node.kind) }
        try flushData()
        try xml.end()
    }

    mutating func write(_ edge: Edge, rendered: ProvenanceJSON.List?) throws {
        // (Not bound to a local: that copy retained and released each of its lists.)
        guard keys != nil else { throw NewsGraphError(file: xml.sink.path, message: "edge written before begin") }
        try startChild("edge")
        source.removeAll()
        NMToken.append(edge.source.rawValue, to: &source)
        target.removeAll()
        NMToken.append(edge.target.rawValue, to: &target)
        // `source` and `target` go raw after the id, inside the id attribute that libxml2
        // opens (`id="`) and closes (`"`): they are NMTOKENs too, nothing to escape. Through
        // libxml2, each attribute was six writes into its buffer, a third of an edge's cost.
        try idAttribute("id") { [source, target] in
            NMToken.append(edgeID: edge, source: source.bytes, target: target.bytes, to: &$0)
            $0.append(literal: "\" source=\"")
            $0.append(bytes: source.bytes)
            $0.append(literal: "\" target=\"")
            $0.append(bytes: target.bytes)
        }
        let tags = GraphMLWriter.edgeTags
        if edge.kind == .holds && !edge.qualifier.isEmpty {
            buffer.append(GraphMLWriter.edgeKindData[edge.kind.ordinal].type)
            data(tags.head[1], edge.qualifier)  // the label: the title
            buffer.append(GraphMLWriter.edgeKindData[edge.kind.ordinal].interaction)
        } else {
            buffer.append(GraphMLWriter.edgeKindData[edge.kind.ordinal].typeLabelInteraction)
        }
        data(tags.head[3], edge.qualifier)
        try edge.properties.forEachInKeyOrder { name, value in
            guard let tag = keys!.edgeTag(name) else {
                throw NewsGraphError(file: xml.sink.path, message: "edge property '\(name)' not declared in the header")
            }
            tag.withUnsafeBufferPointer { property($0, value) }
        }
        provenance(edge.provenance, rendered, tags: tags)
        if flavor == .yed { yFilesEdge(GraphMLWriter.label(edge)) }
        try flushData()
        try xml.end()
    }

    public mutating func finish() throws {
        if hasChildren { try xml.raw(GraphMLWriter.graphIndent) }
        try xml.end()  // graph
        try xml.raw(GraphMLWriter.newline)
        try xml.end()  // graphml
        try xml.finish()  // and the last line break
    }

    /// A node or edge element opened on a line of its own.
    mutating func startChild(_ element: StaticString) throws {
        hasChildren = true
        try xml.raw(GraphMLWriter.childIndent)
        try xml.start(element)
    }

    /// An edge's label: the title for `holds`, else the edge type.
    public static func label(_ edge: Edge) -> String {
        edge.kind == .holds && !edge.qualifier.isEmpty ? edge.qualifier : edge.kind.rawValue
    }

    /// An id attribute, escaped as an NMTOKEN by `fill` into a reused buffer (no `String` per id).
    mutating func idAttribute(_ name: StaticString, _ fill: (inout ByteBuffer) -> Void) throws {
        scratch.removeAll()
        fill(&scratch)
        try xml.attribute(name, nmtoken: scratch)
    }

    /// One `<data>` opened by `tag` (`GraphMLKeys.tag`); an empty string is left out (NetworkX
    /// reads `<data/>` as missing, not "").
    @discardableResult
    mutating func data(_ tag: Markup, _ text: String) -> Range<Int> { data(tag.bytes, text) }

    /// Returns where the escaped text lies in `buffer` (empty when left out).
    @discardableResult
    mutating func data(_ tag: UnsafeBufferPointer<UInt8>, _ text: String) -> Range<Int> {
        if text.isEmpty { return buffer.count..<buffer.count }
        buffer.append(bytes: tag)
        let start = buffer.count
        XMLText.appendEscapedContent(text, to: &buffer)
        let end = buffer.count
        buffer.append(literal: "</data>")
        return start..<end
    }

    /// A property's `<data>`: its `text`, a whole number written straight in (no String made),
    /// the node's label (an article's headline) copied from where it was escaped.
    mutating func property(
        _ tag: UnsafeBufferPointer<UInt8>, _ value: PropertyValue, label: String = "", escapedLabel: Range<Int> = 0..<0
    ) {
        switch value {
        case .string(let s) where !s.isEmpty && s.isSameString(as: label):
            buffer.append(bytes: tag)
            buffer.appendCopy(of: escapedLabel)
            buffer.append(literal: "</data>")
        case .string(let s): data(tag, s)
        case .int(let n):
            buffer.append(bytes: tag)
            buffer.append(decimal: n)
            buffer.append(literal: "</data>")
        default: data(tag, value.text)
        }
    }

    /// yEd's node graphics: a shape sized to the label, filled by kind, and the label.
    mutating func yFilesNode(_ label: String, _ kind: NodeKind) {
        let (shape, fill) = GraphMLWriter.yFilesStyle(kind)
        let width = max(30, 14 * label.count + 16)
        buffer.append(literal: "\n      <data key=\"n.graphics\"><y:ShapeNode>")
        buffer.append(utf8: "<y:Geometry height=\"30.0\" width=\"\(width).0\"/>")
        buffer.append(utf8: "<y:Fill color=\"\(fill)\"/><y:NodeLabel>")
        XMLText.appendEscapedContent(label, to: &buffer)
        buffer.append(utf8: "</y:NodeLabel><y:Shape type=\"\(shape)\"/></y:ShapeNode></data>")
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
        try xml.raw(buffer.bytes)
        buffer.removeAll()
    }

    /// The provenance `<data>` elements, written straight into the buffer: the first mention's
    /// values, their number and the whole list as compact JSON (`ProvenanceJSON`, rendered here
    /// when no other format did). One node or edge has nine of them, and building each value
    /// as a String was most of the writer's time.
    mutating func provenance(_ list: [Provenance], _ rendered: ProvenanceJSON.List?, tags allTags: Tags) {
        let tags = allTags.provenance
        guard !list.isEmpty else { return }  // (not `list.first`: a copy of the mention, rarely read)
        let json: ProvenanceJSON.List
        if let rendered {
            json = rendered
        } else {
            ownProvenance.removeAll()
            ownProvenance.append(list)
            json = ownProvenance.list(0)
        }
        let text = json.json
        // The JSON rarely holds what XML escapes (`&`, `<`, `>`, controls, U+FFFE/U+FFFF), and
        // then no string in it does either; without a `\` escape, a string value between its
        // quotes is the text itself, as XML content holds it. Numbers are the same digits.
        // A plain list (most) was found so while it was rendered.
        let unchanged = json.isPlain || XMLText.isUnchangedContent(text)
        if json.isPlain || (unchanged && memchr(text.baseAddress!, Int32(UInt8(ascii: "\\")), text.count) == nil) {
            // document, text and rule are strings: their quotes stay out.
            // With none of them empty, each element's end and the next one's start go in one piece.
            // With one capacity check for all of it: the values are inside the JSON.
            if json.value(0, 0).count > 2, json.value(0, 5).count > 2, json.value(0, 6).count > 2 {
                buffer.append(atMost: allTags.provenanceLength + 2 * text.count + 21) { c in
                    c.put(tags[0])
                    for k in 0..<7 {
                        let value = json.value(0, k)
                        c.put(k == 0 || k >= 5 ? UnsafeBufferPointer(rebasing: value.dropFirst().dropLast()) : value)
                        c.put(allTags.closing[k])
                    }
                    c.put(decimal: list.count)
                    c.put(allTags.closing[7])
                    c.put(text)
                    c.put(literal: "</data>")
                }
                return
            }
            for k in 0..<7 {
                var value = json.value(0, k)
                if k == 0 || k >= 5 { value = UnsafeBufferPointer(rebasing: value.dropFirst().dropLast()) }
                if value.isEmpty { continue }  // as `data` leaves out an empty string
                buffer.append(tags[k])
                buffer.append(bytes: value)
                buffer.append(literal: "</data>")
            }
        } else {
            let first = list[0]
            data(tags[0], first.document)
            number(tags[1], first.span.start)
            number(tags[2], first.span.end)
            number(tags[3], first.sourceSpan.start)
            number(tags[4], first.sourceSpan.end)
            data(tags[5], first.text)
            data(tags[6], first.rule)
        }
        number(tags[7], list.count)
        buffer.append(tags[8])
        if unchanged { buffer.append(bytes: text) } else { XMLText.appendEscapedContent(bytes: text, to: &buffer) }
        buffer.append(literal: "</data>")
    }

    /// The opening tags of the fixed keys' `<data>` (nine a provenance, on every node and edge).
    /// `closing[k]` ends provenance element k and opens k + 1 in one piece, for the usual run
    /// of them with no value left out.
    struct Tags {
        let head: [Markup]
        let provenance: [Markup]
        let closing: [Markup]
        /// The bytes of the first provenance tag, every closing one and the last `</data>`.
        let provenanceLength: Int

        init(_ prefix: String) {
            let head = prefix == "n." ? GraphMLKeys.nodeHead : GraphMLKeys.edgeHead
            self.head = head.map { Markup(GraphMLKeys.tag(prefix + $0.0)) }
            let tail = GraphMLKeys.provenanceTail.map { GraphMLKeys.tag(prefix + $0.0) }
            provenance = tail.map { Markup($0) }
            closing = tail.dropFirst().map { Markup(Array("</data>".utf8) + $0) }
            provenanceLength = provenance[0].bytes.count + closing.reduce(0) { $0 + $1.bytes.count } + "</data>".utf8.count
        }
    }
    static let nodeTags = Tags("n.")
    static let edgeTags = Tags("e.")

    /// A kind's `type` and `labels` data (`Person`, `:Person`), by `NodeKind.ordinal`.
    static let kindData: [Markup] = NodeKind.allCases.map { kind in
        Markup(
            Array(nodeTags.head[0].bytes) + Array(kind.rawValue.utf8) + Array("</data>".utf8)
                + Array(nodeTags.head[1].bytes) + Array(":\(kind.rawValue)</data>".utf8))
    }

    /// An edge kind's `type`, `label` and `interaction` data (each the kind), together and the
    /// first and last alone (a titled `holds` is labelled by its title), by `EdgeKind.ordinal`.
    static let edgeKindData: [(typeLabelInteraction: Markup, type: Markup, interaction: Markup)] = EdgeKind.allCases.map { kind in
        let data = (0..<3).map { Array(edgeTags.head[$0].bytes) + Array(kind.rawValue.utf8) + Array("</data>".utf8) }
        return (Markup(data.flatMap { $0 }), Markup(data[0]), Markup(data[2]))
    }

    /// A `<data>` holding a whole number (nothing to escape).
    mutating func number(_ tag: Markup, _ n: Int) {
        buffer.append(tag)
        buffer.append(decimal: n)
        buffer.append(literal: "</data>")
    }
}
