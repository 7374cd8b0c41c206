/// The one list of node types (graph-model.md, "Node types").
public enum NodeKind: String, CaseIterable, Sendable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case location = "Location"
    case title = "Title"
    case event = "Event"
    case article = "Article"

    /// The prefix of this kind's node ids (`person:张明远`).
    public var idPrefix: String {
        switch self {
        case .person: "person"
        case .organization: "org"
        case .location: "loc"
        case .title: "title"
        case .event: "event"
        case .article: "article"
        }
    }

    /// Declaration order from 0, the index of per-kind tables. Comparing and hashing go
    /// through it: a raw-valued enum otherwise compares and hashes its raw String, and
    /// writers sort every graph by kind and look every node's kind up.
    public var ordinal: Int {
        switch self {
        case .person: 0
        case .organization: 1
        case .location: 2
        case .title: 3
        case .event: 4
        case .article: 5
        }
    }

    public static func < (a: NodeKind, b: NodeKind) -> Bool { a.ordinal < b.ordinal }
    public static func == (a: NodeKind, b: NodeKind) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
