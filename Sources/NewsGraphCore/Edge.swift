/// A typed, directed edge. Parallel edges of one kind differ by `qualifier`.
public struct Edge: Hashable, Sendable {
    public var kind: EdgeKind
    public var source: NodeID
    public var target: NodeID
    /// What tells parallel edges apart: the title of a `holds`, the role of an `attended`/`author`.
    public var qualifier: String
    public var properties: [String: PropertyValue]
    public var provenance: [Provenance]

    public init(
        kind: EdgeKind, source: NodeID, target: NodeID, qualifier: String = "",
        properties: [String: PropertyValue] = [:], provenance: [Provenance] = []
    ) {
        self.kind = kind
        self.source = source
        self.target = target
        self.qualifier = qualifier
        self.properties = properties
        self.provenance = provenance
    }

    /// A deterministic id from the edge's content, stable across runs.
    public var id: String {
        var id = ""
        id.reserveCapacity(kind.rawValue.utf8.count + source.rawValue.utf8.count + target.rawValue.utf8.count + qualifier.utf8.count + 4)
        forEachIDPiece { id += $0 }
        return id
    }

    /// The pieces whose concatenation is `id`, in order: writers escape them one by one
    /// into their output instead of building the id.
    @inlinable
    public func forEachIDPiece(_ body: (String) -> Void) {
        forEachIDPiece(body, source: { body(self.source.rawValue) }, target: { body(self.target.rawValue) })
    }

    /// The same pieces, the source's and the target's ids left to `source` and `target`: a
    /// writer that has escaped the ends' ids already appends those (escaping goes scalar by
    /// scalar, so the escaped pieces make the escaped id).
    @inlinable
    public func forEachIDPiece(_ text: (String) -> Void, source: () -> Void, target: () -> Void) {
        forEachIDPiece(fixed: { text($0.text) }, text: text, source: source, target: target)
    }

    /// The same pieces, those that only the kind decides (`IDPiece`) given to `fixed`: a writer
    /// renders them escaped once and copies them, where escaping them for every edge was a
    /// fifth of writing its id.
    @inlinable
    public func forEachIDPiece(fixed: (IDPiece) -> Void, text: (String) -> Void, source: () -> Void, target: () -> Void) {
        fixed(.kind(kind))
        source()
        fixed(.arrow)
        target()
        if !qualifier.isEmpty {
            fixed(.qualifierMark)
            text(qualifier)
        }
    }

    /// A piece of every id of an edge kind: the kind and `:` before the source's id, `->`
    /// between the ends' ids, `#` before a qualifier.
    public enum IDPiece: Sendable {
        case kind(EdgeKind)
        case arrow
        case qualifierMark

        public var text: String {
            switch self {
            case .kind(let kind): kind.rawValue + ":"
            case .arrow: "->"
            case .qualifierMark: "#"
            }
        }
    }

    public struct Key: Hashable, Sendable {
        public let kind: EdgeKind
        public let source: NodeID
        public let target: NodeID
        public let qualifier: String

        public init(kind: EdgeKind, source: NodeID, target: NodeID, qualifier: String) {
            self.kind = kind
            self.source = source
            self.target = target
            self.qualifier = qualifier
        }

        public static func == (a: Key, b: Key) -> Bool {
            a.kind == b.kind && a.source == b.source && a.target == b.target && UTF8Key.equal(a.qualifier, b.qualifier)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(kind)
            source.hash(into: &hasher)
            target.hash(into: &hasher)
            UTF8Key.hash(qualifier, into: &hasher)
        }
    }

    public var key: Key { Key(kind: kind, source: source, target: target, qualifier: qualifier) }
}
