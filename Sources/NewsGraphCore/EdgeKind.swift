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

    public static func < (a: EdgeKind, b: EdgeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
