import NewsGraphCore

/// The canonical name of every mention of a page, and each name's other forms.
public struct ResolvedNames: Sendable {
    /// Mention (kind, span) → canonical name.
    public var canonical: [Key: String]
    /// (kind, canonical name) → the other forms the document writes or implies.
    public var aliases: [Key2: Set<String>]

    public struct Key: Hashable, Sendable {
        public var kind: NodeKind
        public var span: TextSpan
        public init(_ kind: NodeKind, _ span: TextSpan) {
            self.kind = kind
            self.span = span
        }
    }

    public struct Key2: Hashable, Sendable {
        public var kind: NodeKind
        public var name: String
        public init(_ kind: NodeKind, _ name: String) {
            self.kind = kind
            self.name = name
        }
    }

    public init(canonical: [Key: String] = [:], aliases: [Key2: Set<String>] = [:]) {
        self.canonical = canonical
        self.aliases = aliases
    }

    public func name(of kind: NodeKind, _ span: TextSpan) -> String? { canonical[Key(kind, span)] }
}
