/// The typed graph with provenance. Adding a node or edge that already exists
/// merges it (aliases, properties and provenance are unioned), so building a
/// graph from mentions in any order gives the same graph.
public struct Graph: Sendable {
    public private(set) var nodesByID: [NodeID: Node] = [:]
    public private(set) var edgesByKey: [Edge.Key: Edge] = [:]

    public init() {}

    public var nodeCount: Int { nodesByID.count }
    public var edgeCount: Int { edgesByKey.count }

    public func node(_ id: NodeID) -> Node? { nodesByID[id] }

    /// Nodes sorted by kind, then id: the order every writer uses.
    public var nodes: [Node] {
        nodesByID.values.sorted { $0.kind != $1.kind ? $0.kind < $1.kind : $0.id < $1.id }
    }

    /// Edges sorted by kind, source, target and qualifier.
    public var edges: [Edge] {
        edgesByKey.values.sorted {
            if $0.kind != $1.kind { return $0.kind < $1.kind }
            if $0.source != $1.source { return $0.source < $1.source }
            if $0.target != $1.target { return $0.target < $1.target }
            return $0.qualifier < $1.qualifier
        }
    }

    public mutating func add(_ node: Node) {
        guard var existing = nodesByID[node.id] else {
            var n = node
            n.aliases = Graph.aliases(n.aliases, excluding: n.name)
            n.provenance = Array(Set(n.provenance)).sorted()
            nodesByID[node.id] = n
            return
        }
        // The longer name is the more complete one (graph-model: "full name preferred").
        var names = existing.aliases + node.aliases + [node.name]
        if node.name.count > existing.name.count && node.kind != .article && node.kind != .event {
            names.append(existing.name)
            existing.name = node.name
        }
        existing.aliases = Graph.aliases(names, excluding: existing.name)
        existing.properties.merge(node.properties) { old, _ in old }
        existing.provenance = Array(Set(existing.provenance).union(node.provenance)).sorted()
        nodesByID[node.id] = existing
    }

    public mutating func add(_ edge: Edge) {
        guard var existing = edgesByKey[edge.key] else {
            var e = edge
            e.provenance = Array(Set(e.provenance)).sorted()
            edgesByKey[edge.key] = e
            return
        }
        existing.properties.merge(edge.properties) { old, _ in old }
        existing.provenance = Array(Set(existing.provenance).union(edge.provenance)).sorted()
        edgesByKey[edge.key] = existing
    }

    /// Adds every node and edge of `other`.
    public mutating func merge(_ other: Graph) {
        for n in other.nodesByID.values { add(n) }
        for e in other.edgesByKey.values { add(e) }
    }

    /// Replaces a node id everywhere (identity resolution), merging into the target.
    public mutating func rename(_ from: NodeID, to: NodeID) {
        guard from != to, var node = nodesByID.removeValue(forKey: from) else { return }
        node.id = to
        add(node)
        let touched = edgesByKey.values.filter { $0.source == from || $0.target == from }
        for e in touched {
            edgesByKey.removeValue(forKey: e.key)
            var moved = e
            if moved.source == from { moved.source = to }
            if moved.target == from { moved.target = to }
            add(moved)
        }
    }

    static func aliases(_ names: [String], excluding name: String) -> [String] {
        Array(Set(names).subtracting([name])).filter { !$0.isEmpty }.sorted()
    }
}
