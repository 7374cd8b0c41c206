/// The one list of edge types (graph-model.md, "Edge types").
public enum EdgeKind: String, CaseIterable, Sendable, Comparable {
    case holds
    case hasTitle
    case attended
    case organized
    case locatedIn
    case partOf
    case author
    case mentions

    /// Declaration order from 0. Comparing and hashing go through it: a raw-valued enum
    /// otherwise compares and hashes its raw String, and every edge key hashes its kind.
    public var ordinal: Int {
        switch self {
        case .holds: 0
        case .hasTitle: 1
        case .attended: 2
        case .organized: 3
        case .locatedIn: 4
        case .partOf: 5
        case .author: 6
        case .mentions: 7
        }
    }

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool { a.ordinal < b.ordinal }
    public static func == (a: EdgeKind, b: EdgeKind) -> Bool { a.ordinal == b.ordinal }
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
