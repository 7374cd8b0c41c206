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
    // The indexes are built only once a list outgrows `linearLimit` (empty until then, complete
    // after): a page's own graph holds a dozen nodes, and hashing each id, allocating the
    // tables and freeing them cost more than comparing the id with every node's.
    private var nodeIndex: [NodeID: Int] = [:]
    private var edgeIndex: [Edge.Key: Int] = [:]

    /// How many nodes (or edges) are searched one by one before an index is built.
    static let linearLimit = 24

    public init() {}

    public var nodeCount: Int { storedNodes.count }
    public var edgeCount: Int { storedEdges.count }

    public func node(_ id: NodeID) -> Node? { nodePosition(id).map { Graph.normalized(storedNodes[$0]) } }
    public func edge(_ key: Edge.Key) -> Edge? { edgePosition(key).map { Graph.normalized(storedEdges[$0]) } }

    /// Every node, normalized, by id (no order).
    public var nodesByID: [NodeID: Node] {
        Dictionary(storedNodes.map { ($0.id, Graph.normalized($0)) }, uniquingKeysWith: { a, _ in a })
    }
    /// Every edge, normalized, by key (no order).
    public var edgesByKey: [Edge.Key: Edge] {
        Dictionary(storedEdges.map { ($0.key, Graph.normalized($0)) }, uniquingKeysWith: { a, _ in a })
    }

    private func nodePosition(_ id: NodeID) -> Int? {
        nodeIndex.isEmpty ? Graph.linearPosition(of: id, in: storedNodes) : nodeIndex[id]
    }

    private func edgePosition(_ key: Edge.Key) -> Int? {
        edgeIndex.isEmpty
            ? Graph.linearPosition(key.kind, key.source, key.target, key.qualifier, in: storedEdges) : edgeIndex[key]
    }

    /// Where the node `id` is in `list`, searched from the start (read in place: copying a node
    /// out retained its strings and lists).
    private static func linearPosition(of id: NodeID, in list: [Node]) -> Int? {
        list.withUnsafeBufferPointer { nodes in
            for i in nodes.indices where nodes[i].id == id { return i }
            return nil
        }
    }

    /// Where the edge of these kind, ends and qualifier is in `list` (given apart, not as an
    /// `Edge.Key`: building a key from an edge to look it up retained and released its strings).
    private static func linearPosition(
        _ kind: EdgeKind, _ source: NodeID, _ target: NodeID, _ qualifier: String, in list: [Edge]
    ) -> Int? {
        list.withUnsafeBufferPointer { edges in
            for i in edges.indices where edges[i].kind == kind && edges[i].target == target && edges[i].source == source
                && UTF8Key.equal(edges[i].qualifier, qualifier)
            {
                return i
            }
            return nil
        }
    }

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

    /// (The comparisons read the elements in place, and compare each id once, three ways:
    /// reading them through the array and asking `!=` before `<` were most of a sort's cost.)
    static func sortNodes(_ list: inout [Node]) {
        var order = Array(list.indices)
        list.withUnsafeBufferPointer { nodes in
            order.sort { a, b in
                nodes[a].kind != nodes[b].kind ? nodes[a].kind < nodes[b].kind : nodes[a].id < nodes[b].id
            }
        }
        Graph.arrange(&list, &order)
        for i in list.indices { Graph.normalize(&list[i]) }
    }

    static func sortEdges(_ list: inout [Edge]) {
        var order = Array(list.indices)
        list.withUnsafeBufferPointer { edges in
            order.sort { a, b in
                if edges[a].kind != edges[b].kind { return edges[a].kind < edges[b].kind }
                let source = NodeID.compare(edges[a].source, edges[b].source)
                if source != 0 { return source < 0 }
                let target = NodeID.compare(edges[a].target, edges[b].target)
                if target != 0 { return target < 0 }
                return UTF8Key.less(edges[a].qualifier, edges[b].qualifier)
            }
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
        storedEdges.filter { $0.source == id || $0.target == id }.map(\.key)
    }

    /// Room for about this many nodes and edges: a graph grown from empty rehashes every key
    /// at each doubling, which was half the cost of adding a page's few nodes. (An index is
    /// reserved only for a graph that will need one.)
    public mutating func reserveCapacity(nodes: Int, edges: Int) {
        storedNodes.reserveCapacity(nodes)
        storedEdges.reserveCapacity(edges)
        if nodes > Graph.linearLimit { nodeIndex.reserveCapacity(nodes) }
        if edges > Graph.linearLimit { edgeIndex.reserveCapacity(edges) }
    }

    /// Takes `node` in, merging it into the stored node of its id (one lookup; through the
    /// index's optional slot once there is an index). `consuming`: a new node is moved into
    /// the list, where one borrowed was copied in (a retain of each string and list it holds)
    /// and the caller's released after the call.
    public mutating func add(_ node: consuming Node) {
        let count = storedNodes.count
        let i =
            nodeIndex.isEmpty
            ? Graph.linearPosition(of: node.id, in: storedNodes) ?? count : Graph.position(&nodeIndex[node.id], next: count)
        if i < count {
            storedNodes[i].merge(node)
            return
        }
        storedNodes.append(node)
        if count == Graph.linearLimit {
            for (k, n) in storedNodes.enumerated() { nodeIndex[n.id] = k }
        }
    }

    public mutating func add(_ edge: consuming Edge) {
        let count = storedEdges.count
        let i =
            edgeIndex.isEmpty
            ? Graph.linearPosition(edge.kind, edge.source, edge.target, edge.qualifier, in: storedEdges) ?? count
            : Graph.position(&edgeIndex[edge.key], next: count)
        if i < count {
            storedEdges[i].properties.merge(edge.properties) { old, _ in old }
            storedEdges[i].provenance += edge.provenance
            return
        }
        storedEdges.append(edge)
        if count == Graph.linearLimit {
            for (k, e) in storedEdges.enumerated() { edgeIndex[e.key] = k }
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
        guard from != to, let i = nodePosition(from) else { return }
        var node = Graph.remove(at: i, from: &storedNodes, index: &nodeIndex, keyOf: \.id)
        node.id = to
        add(node)
        for key in edgeKeys(touching: from) {
            guard let k = edgePosition(key) else { continue }
            var moved = Graph.remove(at: k, from: &storedEdges, index: &edgeIndex, keyOf: \.key)
            if moved.source == from { moved.source = to }
            if moved.target == from { moved.target = to }
            add(moved)
        }
    }

    /// Takes the element at `i` out of `list` (and `index`, if built): the last element moves
    /// into its place.
    private static func remove<Element, Key: Hashable>(
        at i: Int, from list: inout [Element], index: inout [Key: Int], keyOf: (Element) -> Key
    ) -> Element {
        if !index.isEmpty { index[keyOf(list[i])] = nil }
        let last = list.count - 1
        if i != last {
            list.swapAt(i, last)
            if !index.isEmpty { index[keyOf(list[i])] = i }
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
