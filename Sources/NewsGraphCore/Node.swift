/// A typed node of the graph.
public struct Node: Hashable, Sendable {
    public var id: NodeID
    public var kind: NodeKind
    /// The canonical name (an Event's label, an Article's headline or its id when it has none).
    public var name: String
    /// Other forms the documents write, sorted, without `name`.
    public var aliases: [String]
    /// Kind-specific properties (`date`, `trigger`, `document`, `index`, …), by key.
    public var properties: [String: PropertyValue]
    /// Every mention, sorted.
    public var provenance: [Provenance]

    public init(
        id: NodeID, kind: NodeKind, name: String, aliases: [String] = [],
        properties: [String: PropertyValue] = [:], provenance: [Provenance] = []
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.properties = properties
        self.provenance = provenance
    }
}
