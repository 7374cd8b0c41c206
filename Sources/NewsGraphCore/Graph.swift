/// The typed graph with provenance. Adding a node or edge that already exists
/// merges it (aliases, properties and provenance are unioned), so building a
/// graph from mentions in any order gives the same graph.
///
/// Adding is cheap (provenance is appended); duplicates are dropped and lists
/// sorted when the graph is read (`nodes`, `edges`, `node(_:)`), so a page
/// that names one person a thousand times costs a thousand appends, not a
/// thousand sorts.
public struct Graph: Sendable {
    private var storedNodes: [NodeID: Node] = [:]
    private var storedEdges: [Edge.Key: Edge] = [:]

    public init() {}

    public var nodeCount: Int { storedNodes.count }
    public var edgeCount: Int { storedEdges.count }

    public func node(_ id: NodeID) -> Node? { storedNodes[id].map(Graph.normalized) }
    public func edge(_ key: Edge.Key) -> Edge? { storedEdges[key].map(Graph.normalized) }

    /// Every node, normalized, by id (no order).
    public var nodesByID: [NodeID: Node] { storedNodes.mapValues(Graph.normalized) }
    /// Every edge, normalized, by key (no order).
    public var edgesByKey: [Edge.Key: Edge] { storedEdges.mapValues(Graph.normalized) }

    /// Nodes sorted by kind, then id: the order every writer uses.
    public var nodes: [Node] {
        var list = Array(storedNodes.values)
        let order = list.indices.sorted { a, b in
            list[a].kind != list[b].kind ? list[a].kind < list[b].kind : list[a].id < list[b].id
        }
        Graph.arrange(&list, order)
        for i in list.indices { Graph.normalize(&list[i]) }
        return list
    }

    /// Edges sorted by kind, source, target and qualifier.
    public var edges: [Edge] {
        var list = Array(storedEdges.values)
        let order = list.indices.sorted { a, b in
            if list[a].kind != list[b].kind { return list[a].kind < list[b].kind }
            if list[a].source != list[b].source { return list[a].source < list[b].source }
            if list[a].target != list[b].target { return list[a].target < list[b].target }
            return UTF8Key.less(list[a].qualifier, list[b].qualifier)
        }
        Graph.arrange(&list, order)
        for i in list.indices { Graph.normalize(&list[i]) }
        return list
    }

    /// Puts `list[order[k]]` at `k` for every `k`, by swaps along the permutation's cycles.
    /// Nodes and edges are sorted by position and then moved (a buffer's swap counts no
    /// references; an array's copies): sorting them directly, or copying them out in order,
    /// retained and released every string and list they hold.
    static func arrange<T>(_ list: inout [T], _ order: [Int]) {
        var order = order
        list.withUnsafeMutableBufferPointer { list in
            for start in order.indices where order[start] != start {
                var k = start
                while order[k] != start {
                    let next = order[k]
                    list.swapAt(k, next)
                    order[k] = k
                    k = next
                }
                order[k] = k
            }
        }
    }

    /// The ids of the edges touching `id` (for identity resolution).
    public func edgeKeys(touching id: NodeID) -> [Edge.Key] {
        storedEdges.keys.filter { $0.source == id || $0.target == id }
    }

    /// Room for about this many nodes and edges: a graph grown from empty rehashes every key
    /// at each doubling, which was half the cost of adding a page's few nodes.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        storedNodes.reserveCapacity(nodes)
        storedEdges.reserveCapacity(edges)
    }

    /// Takes `node` in, merging it into the stored node of its id. `consuming`, and inserted
    /// through the dictionary's optional slot (one lookup): borrowed and inserted as a lookup's
    /// default, a new node was copied twice (a retain of each string and list it holds each
    /// time, and the caller's released after the call); the slot copies it once.
    public mutating func add(_ node: consuming Node) {
        let id = node.id
        Graph.insert(node, into: &storedNodes[id]) { $0.merge($1) }
    }

    public mutating func add(_ edge: consuming Edge) {
        let key = edge.key
        Graph.insert(edge, into: &storedEdges[key]) { stored, edge in
            stored.properties.merge(edge.properties) { old, _ in old }
            stored.provenance += edge.provenance
        }
    }

    /// Puts `value` into an empty `slot`, or merges it into the value there.
    @inline(__always)
    private static func insert<T>(_ value: consuming T, into slot: inout T?, merge: (inout T, T) -> Void) {
        if slot == nil {
            slot = value
        } else {
            merge(&slot!, value)
        }
    }

    /// Adds every node and edge of `other`.
    public mutating func merge(_ other: Graph) {
        for n in other.storedNodes.values { add(n) }
        for e in other.storedEdges.values { add(e) }
    }

    /// Replaces a node id everywhere (identity resolution), merging into the target.
    public mutating func rename(_ from: NodeID, to: NodeID) {
        guard from != to, var node = storedNodes.removeValue(forKey: from) else { return }
        node.id = to
        add(node)
        for key in edgeKeys(touching: from) {
            guard var moved = storedEdges.removeValue(forKey: key) else { continue }
            if moved.source == from { moved.source = to }
            if moved.target == from { moved.target = to }
            add(moved)
        }
    }

    static func normalized(_ node: Node) -> Node {
        var n = node
        normalize(&n)
        return n
    }

    static func normalized(_ edge: Edge) -> Edge {
        var e = edge
        normalize(&e)
        return e
    }

    static func normalize(_ n: inout Node) {
        if !n.aliases.isEmpty {
            let name = n.name
            n.aliases = canonical(n.aliases.filter { !$0.isEmpty && $0 != name }) { UTF8Key.less($0, $1) }
        }
        n.provenance = canonical(n.provenance, by: <)
    }

    static func normalize(_ e: inout Edge) {
        e.provenance = canonical(e.provenance, by: <)
    }

    /// `list` sorted, without repeats. Sorting first and dropping neighbours that are equal
    /// costs no hashing (a String hashes through Unicode normalization): this runs for every
    /// node and edge each time a graph is read, and most lists hold one item.
    static func canonical<T: Equatable>(_ list: [T], by less: (T, T) -> Bool) -> [T] {
        guard list.count > 1 else { return list }
        var out = list.sorted(by: less)
        var kept = 1
        for i in 1..<out.count where out[i] != out[kept - 1] {
            out[kept] = out[i]
            kept += 1
        }
        out.removeLast(out.count - kept)
        return out
    }
}

extension Node {
    /// Takes in another mention of the same node.
    fileprivate mutating func merge(_ other: Node) {
        // The longer name is the more complete one (graph-model: "full name preferred").
        aliases += other.aliases
        if other.name.unicodeScalars.count > name.unicodeScalars.count && other.kind != .article && other.kind != .event {
            aliases.append(name)
            name = other.name
        } else {
            aliases.append(other.name)
        }
        properties.merge(other.properties) { old, _ in old }
        provenance += other.provenance
    }
}
