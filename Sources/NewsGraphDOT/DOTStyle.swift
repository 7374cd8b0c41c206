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
    public static func of(_ kind: NodeKind) -> DOTStyle { styles[kind.ordinal] }

    /// By `NodeKind.ordinal`.
    private static let styles: [DOTStyle] = NodeKind.allCases.map(make)

    private static func make(_ kind: NodeKind) -> DOTStyle {
        let (shape, fill, border) =
            switch kind {
            case .person: ("ellipse", "#cfe2ff", "#1f4e9c")
            case .organization: ("box", "#ffe0b2", "#b35900")
            case .location: ("house", "#d4f0d4", "#2e7d32")
            case .title: ("note", "#eadcf8", "#6a3d9a")
            case .event: ("hexagon", "#ffd6d6", "#b71c1c")
            case .article: ("folder", "#eeeeee", "#555555")
            }
        return DOTStyle(shape: shape, fill: fill, border: border, kind: kind)
    }
}
