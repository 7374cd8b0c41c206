/// The typed graph with provenance. Adding a node or edge that already exists
/// merges it (aliases, properties and provenance are unioned), so building a
/// graph from mentions in any order gives the same graph.
///
/// Adding is cheap (provenance is appended); duplicates are dropped and lists
/// sorted when the graph is read (`nodes`, `edges`, `node(_:)`), so a page
/// that names one person a thousand times costs a thousand appends, not a
/// thousand sorts.
public struct Graph: Sendable {
    // Nodes and edges in the order they were first added, found by id or key through an index:
    // a writer can then take them over sorted in place (`takeSorted()`) where copying them out
    // of a dictionary retained every string and list they hold, and releasing the graph
    // afterwards released them all again.
    private var storedNodes: [Node] = []
    private var storedEdges: [Edge] = []
    private var nodeIndex: [NodeID: Int] = [:]
    private var edgeIndex: [Edge.Key: Int] = [:]

    public init() {}

    public var nodeCount: Int { storedNodes.count }
    public var edgeCount: Int { storedEdges.count }

    public func node(_ id: NodeID) -> Node? { nodeIndex[id].map { Graph.normalized(storedNodes[$0]) } }
    public func edge(_ key: Edge.Key) -> Edge? { edgeIndex[key].map { Graph.normalized(storedEdges[$0]) } }

    /// Every node, normalized, by id (no order).
    public var nodesByID: [NodeID: Node] { nodeIndex.mapValues { Graph.normalized(storedNodes[$0]) } }
    /// Every edge, normalized, by key (no order).
    public var edgesByKey: [Edge.Key: Edge] { edgeIndex.mapValues { Graph.normalized(storedEdges[$0]) } }

    /// Nodes sorted by kind, then id: the order every writer uses.
    public var nodes: [Node] {
        var list = storedNodes
        Graph.sortNodes(&list)
        return list
    }

    /// Edges sorted by kind, source, target and qualifier.
    public var edges: [Edge] {
        var list = storedEdges
        Graph.sortEdges(&list)
        return list
    }

    /// `nodes` and `edges`, taken out of the graph, which is left empty: sorted where they are
    /// stored, not copied (for a graph that is written and then dropped).
    public mutating func takeSorted() -> (nodes: [Node], edges: [Edge]) {
        var nodes: [Node] = []
        var edges: [Edge] = []
        swap(&nodes, &storedNodes)
        swap(&edges, &storedEdges)
        nodeIndex = [:]
        edgeIndex = [:]
        Graph.sortNodes(&nodes)
        Graph.sortEdges(&edges)
        return (nodes, edges)
    }

    static func sortNodes(_ list: inout [Node]) {
        var order = list.indices.sorted { a, b in
            list[a].kind != list[b].kind ? list[a].kind < list[b].kind : list[a].id < list[b].id
        }
        Graph.arrange(&list, &order)
        for i in list.indices { Graph.normalize(&list[i]) }
    }

    static func sortEdges(_ list: inout [Edge]) {
        var order = list.indices.sorted { a, b in
            if list[a].kind != list[b].kind { return list[a].kind < list[b].kind }
            if list[a].source != list[b].source { return list[a].source < list[b].source }
            if list[a].target != list[b].target { return list[a].target < list[b].target }
            return UTF8Key.less(list[a].qualifier, list[b].qualifier)
        }
        Graph.arrange(&list, &order)
        for i in list.indices { Graph.normalize(&list[i]) }
    }

    /// Puts `list[order[k]]` at `k` for every `k`, by swaps along the permutation's cycles.
    /// Nodes and edges are sorted by position and then moved (a buffer's swap counts no
    /// references; an array's copies): sorting them directly, or copying them out in order,
    /// retained and released every string and list they hold.
    /// (`order` is used up; taken `inout`, a copy of it was made to change it.)
    static func arrange<T>(_ list: inout [T], _ order: inout [Int]) {
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
        edgeIndex.keys.filter { $0.source == id || $0.target == id }
    }

    /// Room for about this many nodes and edges: a graph grown from empty rehashes every key
    /// at each doubling, which was half the cost of adding a page's few nodes.
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        storedNodes.reserveCapacity(nodes)
        nodeIndex.reserveCapacity(nodes)
        storedEdges.reserveCapacity(edges)
        edgeIndex.reserveCapacity(edges)
    }

    /// Takes `node` in, merging it into the stored node of its id (one lookup, through the
    /// index's optional slot). `consuming`: a new node is moved into the list, where one
    /// borrowed was copied in (a retain of each string and list it holds) and the caller's
    /// released after the call.
    public mutating func add(_ node: consuming Node) {
        let count = storedNodes.count
        let i = Graph.position(&nodeIndex[node.id], next: count)
        if i == count {
            storedNodes.append(node)
        } else {
            storedNodes[i].merge(node)
        }
    }

    public mutating func add(_ edge: consuming Edge) {
        let count = storedEdges.count
        let i = Graph.position(&edgeIndex[edge.key], next: count)
        if i == count {
            storedEdges.append(edge)
        } else {
            storedEdges[i].properties.merge(edge.properties) { old, _ in old }
            storedEdges[i].provenance += edge.provenance
        }
    }

    /// The position in `slot`, or `next` put there when it is empty.
    @inline(__always)
    private static func position(_ slot: inout Int?, next: Int) -> Int {
        if let i = slot { return i }
        slot = next
        return next
    }

    /// Adds every node and edge of `other`.
    public mutating func merge(_ other: Graph) {
        for n in other.storedNodes { add(n) }
        for e in other.storedEdges { add(e) }
    }

    /// Replaces a node id everywhere (identity resolution), merging into the target.
    public mutating func rename(_ from: NodeID, to: NodeID) {
        guard from != to, var node = Graph.remove(from, from: &storedNodes, index: &nodeIndex, keyOf: \.id) else { return }
        node.id = to
        add(node)
        for key in edgeKeys(touching: from) {
            guard var moved = Graph.remove(key, from: &storedEdges, index: &edgeIndex, keyOf: \.key) else { continue }
            if moved.source == from { moved.source = to }
            if moved.target == from { moved.target = to }
            add(moved)
        }
    }

    /// Takes the element of `key` out of `list`: the last element moves into its place.
    private static func remove<Element, Key: Hashable>(
        _ key: Key, from list: inout [Element], index: inout [Key: Int], keyOf: (Element) -> Key
    ) -> Element? {
        guard let i = index.removeValue(forKey: key) else { return nil }
        let last = list.count - 1
        if i != last {
            list.swapAt(i, last)
            index[keyOf(list[i])] = i
        }
        return list.removeLast()
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
        // (A list of one is left as it is: assigning it back released and retained it.)
        if n.provenance.count > 1 { n.provenance = canonical(n.provenance, by: <) }
    }

    static func normalize(_ e: inout Edge) {
        if e.provenance.count > 1 { e.provenance = canonical(e.provenance, by: <) }
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
