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
    /// The sink's buffer: items are appended to it and the sink flushed after each.
    var out: ByteBuffer
    var items = 0
    /// The IRIs of the current node or edge and its ends, escaped into reused buffers: they
    /// need no JSON escaping (`IRIText` percent-encodes `"`, `\` and controls).
    var iri: ByteBuffer, source: ByteBuffer, target: ByteBuffer
    /// Where `iri`, `source` and `target` are lent from.
    let lent = ScratchBuffers()

    public init(sink: ByteSink) {
        self.sink = sink
        out = sink.buffer
        (iri, source, target, _) = lent.buffers
    }

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

    public mutating func write(_ node: Node) throws { try write(node, rendered: nil) }
    public mutating func write(inPlace node: inout Node, provenance: ProvenanceJSON.List?) throws { try write(node, rendered: provenance) }
    public mutating func write(_ edge: Edge) throws { try write(edge, rendered: nil) }
    public mutating func write(inPlace edge: inout Edge, provenance: ProvenanceJSON.List?) throws { try write(edge, rendered: provenance) }

    mutating func write(_ node: Node, rendered: ProvenanceJSON.List?) throws {
        startItem()
        out.append(literal: "{\"@id\": ")
        iri.removeAll()
        IRIText.append(node: node.id, to: &iri)
        appendQuoted(iri)
        out.append(JSONLDWriter.nodeTypes[node.kind.ordinal])
        var quotedName = 0..<0
        if !node.name.isEmpty {
            out.append(literal: ", \"name\": ")
            let start = out.count
            JSONText.appendQuoted(node.name, to: &out)
            quotedName = start..<out.count
        }
        if !node.aliases.isEmpty {
            out.append(literal: ", \"alternateName\": ")
            JSONLDWriter.appendStrings(node.aliases, to: &out)
        }
        appendProperties(node.properties, JSONLDWriter.nodeTerms, name: node.name, quotedName: quotedName) { JSONLDVocabulary.nodeTerm($0) }
        appendProvenance(node.provenance, rendered)
        out.append(byte: UInt8(ascii: "}"))
        try sink.flushIfFull()
    }

    mutating func write(_ edge: Edge, rendered: ProvenanceJSON.List?) throws {
        source.removeAll()
        IRIText.append(node: edge.source, to: &source)
        target.removeAll()
        IRIText.append(node: edge.target, to: &target)
        iri.removeAll()
        IRIText.append(edge: edge, source: source.bytes, target: target.bytes, to: &iri)
        startItem()
        out.append(literal: "{\"@id\": ")
        appendQuoted(iri)
        out.append(edge.kind == .holds ? JSONLDWriter.holdsTypes : JSONLDWriter.edgeTypes)
        out.append(JSONLDWriter.edgeKindMarkup[edge.kind.ordinal].edgeType)
        out.append(literal: ", \"source\": ")
        appendQuoted(source)
        out.append(literal: ", \"target\": ")
        appendQuoted(target)
        if !edge.qualifier.isEmpty {
            out.append(literal: ", \"qualifier\": ")
            JSONText.appendQuoted(edge.qualifier, to: &out)
        }
        if edge.kind == .holds {
            out.append(literal: ", \"memberOf\": ")
            appendQuoted(target)
        }
        let kind = edge.kind  // (a closure capturing `edge` copied it)
        appendProperties(edge.properties, kind == .holds ? JSONLDWriter.holdsTerms : JSONLDWriter.edgeTerms) {
            JSONLDVocabulary.edgeTerm($0, kind: kind)
        }
        appendProvenance(edge.provenance, rendered)
        out.append(byte: UInt8(ascii: "}"))

        // The plain schema.org statement.
        let fromSource = JSONLDVocabulary.directPredicate(edge.kind).fromSource
        let object = edge.kind == .holds ? iri : (fromSource ? target : source)
        startItem()
        out.append(literal: "{\"@id\": ")
        appendQuoted(fromSource ? source : target)
        out.append(JSONLDWriter.edgeKindMarkup[edge.kind.ordinal].predicate)
        appendQuoted(object)
        out.append(byte: UInt8(ascii: "}"))
        try sink.flushIfFull()
    }

    public mutating func finish() throws {
        try sink.write(items == 0 ? "]\n}\n" : "\n  ]\n}\n")
        try sink.flush()
    }

    mutating func startItem() {
        if items == 0 { out.append(literal: "\n    ") } else { out.append(literal: ",\n    ") }
        items += 1
    }

    /// Appends bytes that need no escaping between double quotes.
    mutating func appendQuoted(_ bytes: ByteBuffer) {
        out.append(byte: UInt8(ascii: "\""))
        out.append(bytes: bytes.bytes)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// `, "@type": …` of each node kind (by `NodeKind.ordinal`), of an edge and of a `holds`
    /// edge, rendered once: building the list for every item allocated an array.
    static let nodeTypes = NodeKind.allCases.map { typesMarkup(JSONLDVocabulary.types($0)) }
    static let edgeTypes = typesMarkup([JSONLDVocabulary.relationType])
    static let holdsTypes = typesMarkup([JSONLDVocabulary.roleType, JSONLDVocabulary.relationType])

    /// Per edge kind (by `EdgeKind.ordinal`): `, "edgeType": "kind"`, and the plain
    /// statement's `, "predicate": `, rendered once rather than quoted for every edge.
    static let edgeKindMarkup: [(edgeType: Markup, predicate: Markup)] = EdgeKind.allCases.map { kind in
        var edgeType = Array(", \"edgeType\": ".utf8)
        JSONText.appendQuoted(kind.rawValue, to: &edgeType)
        var predicate = Array(", ".utf8)
        JSONText.appendQuoted(JSONLDVocabulary.directPredicate(kind).predicate, to: &predicate)
        predicate.append(literal: ": ")
        return (Markup(edgeType), Markup(predicate))
    }

    static func typesMarkup(_ types: [String]) -> Markup {
        var out = Array(", \"@type\": ".utf8)
        if types.count == 1 { JSONText.appendQuoted(types[0], to: &out) } else { appendStrings(types, to: &out) }
        return Markup(out)
    }

    static func appendStrings<Out: ByteOutput>(_ list: [String], to out: inout Out) {
        out.append(byte: UInt8(ascii: "["))
        for (i, s) in list.enumerated() {
            if i > 0 { out.append(literal: ", ") }
            JSONText.appendQuoted(s, to: &out)
        }
        out.append(byte: UInt8(ascii: "]"))
    }

    /// Properties in key order, each under the vocabulary's term for its key: from `terms`
    /// when the key has a term of its own, else from `term`. A value that is the node's `name`
    /// (an article's headline) is copied from where the name was quoted, `quotedName` in `out`.
    mutating func appendProperties(
        _ properties: [String: PropertyValue], _ terms: [PropertyTerm], name: String = "", quotedName: Range<Int> = 0..<0,
        term: (String) -> String
    ) {
        properties.forEachInKeyOrder { key, value in
            if let k = PropertyTerm.find(key, in: terms) {
                out.append(terms[k].markup)
                if !terms[k].isStartDate, !quotedName.isEmpty, case .string(let s) = value, s.isSameString(as: name) {
                    out.appendCopy(of: quotedName)
                    return
                }
                appendValue(value, isStartDate: terms[k].isStartDate)
            } else {
                let t = term(key)
                out.append(literal: ", ")
                JSONText.appendQuoted(t, to: &out)
                out.append(literal: ": ")
                appendValue(value, isStartDate: t == "startDate")
            }
        }
    }

    /// A property key with a term of its own, and what opens its value: `, "term": `, rendered
    /// once (looking the term up and quoting it for every property cost more than its value).
    struct PropertyTerm {
        let key: String
        let markup: Markup
        /// A `startDate` value is typed as a date when it is one.
        let isStartDate: Bool

        init(key: String, term: String) {
            self.key = key
            var out = Array(", ".utf8)
            JSONText.appendQuoted(term, to: &out)
            out.append(literal: ": ")
            markup = Markup(out)
            isStartDate = term == "startDate"
        }

        /// The position of `key`'s term in `terms` (by position: taking a term out copied it).
        static func find(_ key: String, in terms: [PropertyTerm]) -> Int? {
            // The key is mostly the very string of a term (a short one held in place, a literal):
            // found so without comparing strings.
            for k in terms.indices where terms[k].key.isSameString(as: key) { return k }
            // Lengths first: comparing two different strings is the slow part.
            let length = key.utf8.count
            for k in terms.indices where terms[k].key.utf8.count == length && terms[k].key == key { return k }
            return nil
        }
    }

    static let nodeTerms = JSONLDVocabulary.nodePropertyTerms.map { PropertyTerm(key: $0.key, term: $0.term) }
    static let edgeTerms = JSONLDVocabulary.edgePropertyTerms.map { PropertyTerm(key: $0.key, term: $0.term) }
    /// A `holds` edge's title is its Role's `roleName` (`JSONLDVocabulary.edgeTerm`).
    static let holdsTerms = [PropertyTerm(key: "title", term: JSONLDVocabulary.edgeTerm("title", kind: .holds))] + edgeTerms

    mutating func appendValue(_ value: PropertyValue, isStartDate: Bool) {
        switch value {
        case .string(let s):
            if isStartDate, let type = JSONLDVocabulary.dateType(s) {
                out.append(literal: "{\"@value\": ")
                JSONText.appendQuoted(s, to: &out)
                out.append(utf8: ", \"@type\": \"\(type)\"}")
            } else {
                JSONText.appendQuoted(s, to: &out)
            }
        case .int(let i): out.append(decimal: i)
        case .double(let d):
            if d.isFinite {
                let text = String(d)
                out.append(utf8: text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0")
            } else {
                let text = d.isNaN ? "NaN" : (d < 0 ? "-INF" : "INF")
                out.append(utf8: "{\"@value\": \"\(text)\", \"@type\": \"xsd:double\"}")
            }
        case .bool(let b): if b { out.append(literal: "true") } else { out.append(literal: "false") }
        case .strings(let l): JSONLDWriter.appendStrings(l, to: &out)
        }
    }

    /// The list spaced out from its rendered values when another format rendered them already.
    mutating func appendProvenance(_ list: [Provenance], _ rendered: ProvenanceJSON.List?) {
        guard !list.isEmpty else { return }
        out.append(literal: ", \"provenance\": ")
        if let rendered { rendered.appendSpaced(to: out) } else { JSONText.appendProvenance(list, compact: false, to: &out) }
    }
}
