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

    /// Declaration order. `allCases` builds a new array on each use, and writers sort
    /// every graph by kind.
    private static let declared = allCases

    public static func < (a: NodeKind, b: NodeKind) -> Bool {
        declared.firstIndex(of: a)! < declared.firstIndex(of: b)!
    }
}
