import NewsGraphCore

/// Node shape and colours by kind (ColorBrewer-like pastel fills, darker borders).
public struct DOTStyle: Sendable {
    public var shape: String
    public var fill: String
    public var border: String

    public static func of(_ kind: NodeKind) -> DOTStyle {
        switch kind {
        case .person: DOTStyle(shape: "ellipse", fill: "#cfe2ff", border: "#1f4e9c")
        case .organization: DOTStyle(shape: "box", fill: "#ffe0b2", border: "#b35900")
        case .location: DOTStyle(shape: "house", fill: "#d4f0d4", border: "#2e7d32")
        case .title: DOTStyle(shape: "note", fill: "#eadcf8", border: "#6a3d9a")
        case .event: DOTStyle(shape: "hexagon", fill: "#ffd6d6", border: "#b71c1c")
        case .article: DOTStyle(shape: "folder", fill: "#eeeeee", border: "#555555")
        }
    }
}
