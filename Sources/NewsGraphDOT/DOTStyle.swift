import NewsGraphCore

/// Node shape and colours by kind (ColorBrewer-like pastel fills, darker borders).
public struct DOTStyle: Sendable {
    public let shape: String
    public let fill: String
    public let border: String

    /// `, shape="…", fillcolor="…", color="…", class="Kind"`: what every node of a kind carries.
    public let attributes: String

    init(shape: String, fill: String, border: String, kind: NodeKind) {
        self.shape = shape
        self.fill = fill
        self.border = border
        attributes = ", shape=\"\(shape)\", fillcolor=\"\(fill)\", color=\"\(border)\", class=\"\(kind.rawValue)\""
    }

    /// Built once per kind: nodes are written by the million.
    public static func of(_ kind: NodeKind) -> DOTStyle { styles[kind]! }

    private static let styles: [NodeKind: DOTStyle] = Dictionary(uniqueKeysWithValues: NodeKind.allCases.map { ($0, make($0)) })

    private static func make(_ kind: NodeKind) -> DOTStyle {
        switch kind {
        case .person: DOTStyle(shape: "ellipse", fill: "#cfe2ff", border: "#1f4e9c", kind: .person)
        case .organization: DOTStyle(shape: "box", fill: "#ffe0b2", border: "#b35900", kind: .organization)
        case .location: DOTStyle(shape: "house", fill: "#d4f0d4", border: "#2e7d32", kind: .location)
        case .title: DOTStyle(shape: "note", fill: "#eadcf8", border: "#6a3d9a", kind: .title)
        case .event: DOTStyle(shape: "hexagon", fill: "#ffd6d6", border: "#b71c1c", kind: .event)
        case .article: DOTStyle(shape: "folder", fill: "#eeeeee", border: "#555555", kind: .article)
        }
    }
}
