import NewsGraphCore

/// A streaming graph writer: `begin`, every node, every edge, `finish`.
///
/// Writers are given nodes and edges in the graph's sorted order, so equal
/// graphs give byte-identical files.
public protocol GraphSerializer {
    /// Starts the output; some formats (GraphML) must declare every attribute up front.
    mutating func begin(_ header: GraphHeader) throws
    mutating func write(_ node: Node) throws
    mutating func write(_ edge: Edge) throws
    /// The same, read where the caller keeps it, with the provenance list already rendered when
    /// several formats are written together (`ProvenanceJSON`): a writer that prints the list
    /// takes it from there. `inout` only so that the node is not copied: one passed borrowed
    /// to a writer in another module is copied (a retain and a release of each string and list
    /// it holds) because the compiler cannot tell that its storage outlives the call; an
    /// exclusive access tells it. Writers never change it.
    mutating func write(inPlace node: inout Node, provenance: ProvenanceJSON.List?) throws
    mutating func write(inPlace edge: inout Edge, provenance: ProvenanceJSON.List?) throws
    /// Completes and flushes the output.
    mutating func finish() throws
}

/// What a writer may need to know before the first node.
public struct GraphHeader: Sendable {
    /// The graph's name (the document name, or `graph` for a run's merge).
    public var name: String
    /// Every property key used on nodes and on edges, with its type, sorted.
    public var nodeProperties: [PropertyKey]
    public var edgeProperties: [PropertyKey]

    public init(name: String, nodeProperties: [PropertyKey], edgeProperties: [PropertyKey]) {
        self.name = name
        self.nodeProperties = nodeProperties
        self.edgeProperties = edgeProperties
    }

    /// The header of `graph`: every property key its nodes and edges use.
    public init(name: String, graph: Graph) {
        self.init(name: name, nodes: graph.nodes, edges: graph.edges)
    }

    /// The header of a graph's nodes and edges (`Graph.nodes`, `Graph.edges`, as writers get them).
    public init(name: String, nodes: [Node], edges: [Edge]) {
        func keys(_ count: Int, _ properties: (Int) -> [String: PropertyValue]) -> [PropertyKey] {
            // A graph uses a handful of keys: a list searched in place costs less than hashing
            // every key of every node.
            var found: [PropertyKey] = []
            // A dictionary shared by many items one after another (each author edge's role) is read
            // once: reading it again adds no key and widens no type. (Its storage's address names
            // it: `properties` hands out lists stored in `nodes` and `edges`, alive all along.)
            var last = 0
            for i in 0..<count {
                let list = properties(i)
                let storage = unsafeBitCast(list, to: Int.self)
                if storage == last { continue }
                last = storage
                for (k, v) in list {
                    let t = PropertyKey.ValueType(v)
                    let length = k.utf8.count  // lengths first: comparing two different strings is the slow part
                    // Mixed types widen (int+double → double, else string): the result must not
                    // depend on the order the nodes or a dictionary give, or equal graphs differ in bytes.
                    if let i = found.firstIndex(where: { $0.name.utf8.count == length && $0.name == k }) {
                        found[i].type = found[i].type.widened(with: t)
                    } else {
                        if found.isEmpty { found.reserveCapacity(8) }  // room once
                        found.append(PropertyKey(name: k, type: t))
                    }
                }
            }
            return found.sorted { $0.name < $1.name }
        }
        // By position: iterating the lists copied every node and edge (a retain and a release
        // of each string and list it holds) to read its properties.
        self.init(
            name: name, nodeProperties: keys(nodes.count) { nodes[$0].properties },
            edgeProperties: keys(edges.count) { edges[$0].properties })
    }
}

extension Dictionary where Key == String, Value == PropertyValue {
    /// Calls `body` with each property in key order, the order writers list them in. Most
    /// nodes and edges have none or one: those are read as they are.
    @inlinable
    public func forEachInKeyOrder(_ body: (String, PropertyValue) throws -> Void) rethrows {
        if count <= 1 {
            for (key, value) in self { try body(key, value) }
        } else {
            try forEachSorted(body)
        }
    }

    /// More are put in order on the stack, as they are read: sorting the pairs built and freed
    /// an array of them for every node.
    @usableFromInline
    func forEachSorted(_ body: (String, PropertyValue) throws -> Void) rethrows {
        try withUnsafeTemporaryAllocation(of: (key: String, value: PropertyValue).self, capacity: count) { pairs in
            let base = pairs.baseAddress!
            var n = 0
            for (key, value) in self {
                // Insertion sort: a handful of keys.
                var k = n
                while k > 0 && key < base[k - 1].key {
                    (base + k).moveInitialize(from: base + k - 1, count: 1)
                    k -= 1
                }
                (base + k).initialize(to: (key, value))
                n += 1
            }
            // Each pair moved out as it is used (a pair destroyed through the buffer went through
            // the runtime's generic tuple destruction); what a throw leaves is destroyed after it.
            var used = 0
            defer { if used < n { (base + used).deinitialize(count: n - used) } }
            while used < n {
                let (key, value) = (base + used).move()
                used += 1
                try body(key, value)
            }
        }
    }
}

public struct PropertyKey: Sendable, Hashable {
    public enum ValueType: String, Sendable {
        case string, int, double, boolean

        /// The narrowest type that holds values of both `self` and `other`.
        public func widened(with other: ValueType) -> ValueType {
            if self == other { return self }
            if Set([self, other]) == [.int, .double] { return .double }
            return .string
        }

        public init(_ v: PropertyValue) {
            switch v {
            case .string, .strings: self = .string
            case .int: self = .int
            case .double: self = .double
            case .bool: self = .boolean
            }
        }
    }

    public var name: String
    public var type: ValueType

    public init(name: String, type: ValueType) {
        self.name = name
        self.type = type
    }
}

extension GraphSerializer {
    /// Writers that do not print provenance lists ignore the rendered one.
    public mutating func write(inPlace node: inout Node, provenance: ProvenanceJSON.List?) throws { try write(node) }
    public mutating func write(inPlace edge: inout Edge, provenance: ProvenanceJSON.List?) throws { try write(edge) }

    /// Writes a whole graph in the canonical order.
    public mutating func write(graph: Graph, name: String) throws {
        let nodes = graph.nodes, edges = graph.edges
        try begin(GraphHeader(name: name, nodes: nodes, edges: edges))
        for n in nodes { try write(n) }
        for e in edges { try write(e) }
        try finish()
    }
}
