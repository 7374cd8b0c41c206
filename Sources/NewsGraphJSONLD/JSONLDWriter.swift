import NewsGraphCore
import NewsGraphSerialization

/// Streams a graph as JSON-LD: an inline `@context` and one `@graph`, one
/// object per line.
///
/// Each node is one object (`@id`, `@type`, `name`, `alternateName`, its
/// properties, `provenance`). Each edge is a reified statement, a node of type
/// `ng:Relation` whose `@id` is `edge:` + the edge id, with `edgeType`, `source`,
/// `target`, `qualifier`, its properties and `provenance`; for `holds` that
/// node is also the schema.org `OrganizationRole` (`roleName`, `memberOf`).
/// After it comes the plain schema.org statement (`attendee`, `memberOf`, …) as
/// a small object with the subject's `@id`; JSON-LD merges objects that share
/// an `@id`, so nothing has to be held back while streaming.
public struct JSONLDWriter: GraphSerializer {
    let sink: ByteSink
    var items = 0
    /// The IRIs of the current node or edge and its ends, escaped into reused buffers: they
    /// need no JSON escaping (`IRIText` percent-encodes `"`, `\` and controls).
    var iri: [UInt8] = [], source: [UInt8] = [], target: [UInt8] = []

    public init(sink: ByteSink) { self.sink = sink }

    public mutating func begin(_ header: GraphHeader) throws {
        try JSONLDWriter.opening.withUnsafeBufferPointer { try sink.write(bytes: $0) }
    }

    /// Everything before the first item: the inline `@context` is the same in every file,
    /// and building it again for each small document was most of writing that document.
    static let opening: [UInt8] = {
        var out = Array("{\n  \"@context\": {".utf8)
        for (i, entry) in JSONLDVocabulary.context.enumerated() {
            out.append(contentsOf: (i == 0 ? "\n    " : ",\n    ").utf8)
            JSONText.appendQuoted(entry.term, to: &out)
            out.append(literal: ": ")
            out.append(contentsOf: entry.definition.utf8)
        }
        out.append(literal: "\n  },\n  \"@graph\": [")
        return out
    }()

    public mutating func write(_ node: Node) throws {
        try startItem()
        try sink.write(literal: "{\"@id\": ")
        iri.removeAll(keepingCapacity: true)
        IRIText.append(node: node.id, to: &iri)
        try writeQuoted(iri)
        try writeTypes(JSONLDVocabulary.types(node.kind))
        if !node.name.isEmpty {
            try sink.write(literal: ", \"name\": ")
            try sink.writeJSONString(node.name)
        }
        if !node.aliases.isEmpty {
            try sink.write(literal: ", \"alternateName\": ")
            try writeStrings(node.aliases)
        }
        for key in node.properties.keys.sorted() {
            let term = JSONLDVocabulary.nodeTerm(key)
            try sink.write(literal: ", ")
            try sink.writeJSONString(term)
            try sink.write(literal: ": ")
            try writeValue(node.properties[key]!, term: term)
        }
        try writeProvenance(node.provenance)
        try sink.write(literal: "}")
    }

    public mutating func write(_ edge: Edge) throws {
        iri.removeAll(keepingCapacity: true)
        IRIText.append(edge: edge, to: &iri)
        source.removeAll(keepingCapacity: true)
        IRIText.append(node: edge.source, to: &source)
        target.removeAll(keepingCapacity: true)
        IRIText.append(node: edge.target, to: &target)
        try startItem()
        try sink.write(literal: "{\"@id\": ")
        try writeQuoted(iri)
        try writeTypes(
            edge.kind == .holds
                ? [JSONLDVocabulary.roleType, JSONLDVocabulary.relationType] : [JSONLDVocabulary.relationType])
        try sink.write(literal: ", \"edgeType\": ")
        try sink.writeJSONString(edge.kind.rawValue)
        try sink.write(literal: ", \"source\": ")
        try writeQuoted(source)
        try sink.write(literal: ", \"target\": ")
        try writeQuoted(target)
        if !edge.qualifier.isEmpty {
            try sink.write(literal: ", \"qualifier\": ")
            try sink.writeJSONString(edge.qualifier)
        }
        if edge.kind == .holds {
            try sink.write(literal: ", \"memberOf\": ")
            try writeQuoted(target)
        }
        for key in edge.properties.keys.sorted() {
            let term = JSONLDVocabulary.edgeTerm(key, kind: edge.kind)
            try sink.write(literal: ", ")
            try sink.writeJSONString(term)
            try sink.write(literal: ": ")
            try writeValue(edge.properties[key]!, term: term)
        }
        try writeProvenance(edge.provenance)
        try sink.write(literal: "}")

        // The plain schema.org statement.
        let (fromSource, predicate) = JSONLDVocabulary.directPredicate(edge.kind)
        let object = edge.kind == .holds ? iri : (fromSource ? target : source)
        try startItem()
        try sink.write(literal: "{\"@id\": ")
        try writeQuoted(fromSource ? source : target)
        try sink.write(literal: ", ")
        try sink.writeJSONString(predicate)
        try sink.write(literal: ": ")
        try writeQuoted(object)
        try sink.write(literal: "}")
    }

    public mutating func finish() throws {
        try sink.write(items == 0 ? "]\n}\n" : "\n  ]\n}\n")
        try sink.flush()
    }

    mutating func startItem() throws {
        try sink.write(items == 0 ? "\n    " : ",\n    ")
        items += 1
    }

    /// Writes bytes that need no escaping between double quotes.
    func writeQuoted(_ bytes: [UInt8]) throws {
        try sink.write(byte: UInt8(ascii: "\""))
        try bytes.withUnsafeBufferPointer { try sink.write(bytes: $0) }
        try sink.write(byte: UInt8(ascii: "\""))
    }

    func writeTypes(_ types: [String]) throws {
        try sink.write(literal: ", \"@type\": ")
        if types.count == 1 { try sink.writeJSONString(types[0]) } else { try writeStrings(types) }
    }

    func writeStrings(_ list: [String]) throws {
        try sink.write(literal: "[")
        for (i, s) in list.enumerated() {
            if i > 0 { try sink.write(literal: ", ") }
            try sink.writeJSONString(s)
        }
        try sink.write(literal: "]")
    }

    func writeValue(_ value: PropertyValue, term: String) throws {
        switch value {
        case .string(let s):
            if term == "startDate", let type = JSONLDVocabulary.dateType(s) {
                try sink.write(literal: "{\"@value\": ")
                try sink.writeJSONString(s)
                try sink.write(", \"@type\": \"\(type)\"}")
            } else {
                try sink.writeJSONString(s)
            }
        case .int(let i): try sink.write(int: i)
        case .double(let d):
            if d.isFinite {
                let text = String(d)
                try sink.write(text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0")
            } else {
                let text = d.isNaN ? "NaN" : (d < 0 ? "-INF" : "INF")
                try sink.write("{\"@value\": \"\(text)\", \"@type\": \"xsd:double\"}")
            }
        case .bool(let b): try sink.write(b ? "true" : "false")
        case .strings(let l): try writeStrings(l)
        }
    }

    func writeProvenance(_ list: [Provenance]) throws {
        guard !list.isEmpty else { return }
        try sink.write(literal: ", \"provenance\": [")
        for (i, p) in list.enumerated() {
            try sink.write(literal: i == 0 ? "{\"document\": " : ", {\"document\": ")
            try sink.writeJSONString(p.document)
            try sink.write(literal: ", \"start\": ")
            try sink.write(int: p.span.start)
            try sink.write(literal: ", \"end\": ")
            try sink.write(int: p.span.end)
            try sink.write(literal: ", \"sourceStart\": ")
            try sink.write(int: p.sourceSpan.start)
            try sink.write(literal: ", \"sourceEnd\": ")
            try sink.write(int: p.sourceSpan.end)
            try sink.write(literal: ", \"text\": ")
            try sink.writeJSONString(p.text)
            try sink.write(literal: ", \"rule\": ")
            try sink.writeJSONString(p.rule)
            try sink.write(literal: "}")
        }
        try sink.write(literal: "]")
    }
}
