import NewsGraphCore

/// The one table of JSON-LD terms: what the writer emits and the reader expects.
public enum JSONLDVocabulary {
    public static let schema = "https://schema.org/"
    public static let ng = "https://newsgraph.dev/ns#"

    /// The inline `@context`, one entry per line (JSON-LD 1.0 features only).
    /// Keys are written in this order, so the file is deterministic.
    public static let context: [(term: String, definition: String)] = [
        ("@vocab", "\"\(schema)\""),
        ("schema", "\"\(schema)\""),
        ("ng", "\"\(ng)\""),
        ("xsd", "\"http://www.w3.org/2001/XMLSchema#\""),
        ("attendee", idTerm("schema:attendee")),
        ("organizer", idTerm("schema:organizer")),
        ("location", idTerm("schema:location")),
        ("containedInPlace", idTerm("schema:containedInPlace")),
        ("memberOf", idTerm("schema:memberOf")),
        ("jobTitle", idTerm("schema:jobTitle")),
        ("author", idTerm("schema:author")),
        ("mentions", idTerm("schema:mentions")),
        ("dateText", "\"ng:dateText\""),
        ("trigger", "\"ng:trigger\""),
        ("document", "\"ng:document\""),
        ("index", "\"ng:index\""),
        ("provenance", "\"ng:provenance\""),
        ("start", "\"ng:start\""),
        ("end", "\"ng:end\""),
        ("sourceStart", "\"ng:sourceStart\""),
        ("sourceEnd", "\"ng:sourceEnd\""),
        ("text", "\"ng:text\""),
        ("rule", "\"ng:rule\""),
        ("edgeType", "\"ng:edgeType\""),
        ("source", idTerm("ng:source")),
        ("target", idTerm("ng:target")),
        ("qualifier", "\"ng:qualifier\""),
        ("role", "\"ng:role\""),
        ("count", "\"ng:count\""),
        ("organization", "\"ng:organization\""),
    ]

    static func idTerm(_ iri: String) -> String { "{\"@id\": \"\(iri)\", \"@type\": \"@id\"}" }

    /// The `@type` of a node of `kind`.
    public static func types(_ kind: NodeKind) -> [String] {
        switch kind {
        case .person: ["Person"]
        case .organization: ["Organization"]
        case .location: ["Place"]
        case .title: ["DefinedTerm", "ng:Title"]
        case .event: ["Event"]
        case .article: ["NewsArticle"]
        }
    }

    public static let relationType = "ng:Relation"
    public static let roleType = "OrganizationRole"

    /// The node kind of a node object's `@type` list.
    public static func kind(types: [String]) -> NodeKind? {
        if types.contains("ng:Title") { return .title }
        for t in types {
            switch t {
            case "Person": return .person
            case "Organization": return .organization
            case "Place": return .location
            case "Event": return .event
            case "NewsArticle": return .article
            default: continue
            }
        }
        return nil
    }

    /// Node property keys with a term of their own; any other key `k` is written `ng:k`. A
    /// short list searched in place: a term is looked up for every property written, and
    /// hashing the key cost more than comparing it with each.
    static let nodePropertyTerms: [(key: String, term: String)] = [
        ("date", "dateText"), ("startDate", "startDate"), ("trigger", "trigger"), ("headline", "headline"),
        ("subheadline", "alternativeHeadline"), ("document", "document"), ("index", "index"),
    ]
    static let nodePropertyKeys: [String: String] = Dictionary(
        uniqueKeysWithValues: nodePropertyTerms.map { ($0.term, $0.key) })

    /// Edge property keys with a term of their own (`title` only on `holds`: the Role's `roleName`).
    static let edgePropertyTerms: [(key: String, term: String)] = [
        ("role", "role"), ("count", "count"), ("organization", "organization"),
    ]
    static let edgePropertyKeys: [String: String] = Dictionary(
        uniqueKeysWithValues: edgePropertyTerms.map { ($0.term, $0.key) })

    static func term(_ key: String, in terms: [(key: String, term: String)]) -> String? {
        // Lengths first: comparing two different strings is the slow part.
        let length = key.utf8.count
        for t in terms where t.key.utf8.count == length && t.key == key { return t.term }
        return nil
    }

    public static let genericPrefix = "ng:"

    /// The JSON key of node property `key`.
    public static func nodeTerm(_ key: String) -> String {
        term(key, in: nodePropertyTerms) ?? genericPrefix + IRIText.encode(key)
    }

    /// The JSON key of edge property `key` on an edge of `kind`.
    public static func edgeTerm(_ key: String, kind: EdgeKind) -> String {
        if kind == .holds && key == "title" { return "roleName" }
        return term(key, in: edgePropertyTerms) ?? genericPrefix + IRIText.encode(key)
    }

    /// The property key of a node object's JSON key, nil for keys that are not properties.
    static func nodeProperty(_ term: String) -> String? {
        if let k = nodePropertyKeys[term] { return k }
        if term.hasPrefix(genericPrefix) { return IRIText.decode(String(term.dropFirst(genericPrefix.count))) }
        return nil
    }

    static func edgeProperty(_ term: String, kind: EdgeKind) -> String? {
        if kind == .holds && term == "roleName" { return "title" }
        if let k = edgePropertyKeys[term] { return k }
        if term.hasPrefix(genericPrefix) { return IRIText.decode(String(term.dropFirst(genericPrefix.count))) }
        return nil
    }

    /// The plain schema.org statement an edge stands for, as (subject is source?, predicate).
    /// `attended` and `organized` are stated from the Event (`attendee`, `organizer`);
    /// `holds` points the Person at the OrganizationRole (the edge's own node).
    public static func directPredicate(_ kind: EdgeKind) -> (fromSource: Bool, predicate: String) {
        switch kind {
        case .holds: (true, "memberOf")
        case .hasTitle: (true, "jobTitle")
        case .attended: (false, "attendee")
        case .organized: (false, "organizer")
        case .locatedIn: (true, "location")
        case .partOf: (true, "containedInPlace")
        case .author: (true, "author")
        case .mentions: (true, "mentions")
        }
    }

    /// The XSD datatype of an ISO date string (`2024-03-05`, `2024-03`, `2024`), nil if not one.
    static func dateType(_ s: String) -> String? {
        let b = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 10 where digits(0..<4) && b[4] == dash && digits(5..<7) && b[7] == dash && digits(8..<10):
            return "xsd:date"
        case 7 where digits(0..<4) && b[4] == dash && digits(5..<7): return "xsd:gYearMonth"
        case 4 where digits(0..<4): return "xsd:gYear"
        default: return nil
        }
    }
}
