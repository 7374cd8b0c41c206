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

    /// Declaration order. `allCases` builds a new array on each use, and writers sort
    /// every graph by kind.
    private static let declared = allCases

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool {
        declared.firstIndex(of: a)! < declared.firstIndex(of: b)!
    }
}
