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
        func keys(_ props: some Sequence<[String: PropertyValue]>) -> [PropertyKey] {
            // A graph uses a handful of keys: a list searched in place costs less than hashing
            // every key of every node.
            var found: [PropertyKey] = []
            for p in props {
                for (k, v) in p {
                    let t = PropertyKey.ValueType(v)
                    // Mixed types widen (int+double → double, else string): the result must not
                    // depend on the dictionary's iteration order, or equal graphs differ in bytes.
                    if let i = found.firstIndex(where: { $0.name == k }) {
                        found[i].type = found[i].type.widened(with: t)
                    } else {
                        found.append(PropertyKey(name: k, type: t))
                    }
                }
            }
            return found.sorted { $0.name < $1.name }
        }
        self.init(name: name, nodeProperties: keys(graph.nodeProperties), edgeProperties: keys(graph.edgeProperties))
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
    /// Writes a whole graph in the canonical order.
    public mutating func write(graph: Graph, name: String) throws {
        try begin(GraphHeader(name: name, graph: graph))
        for n in graph.nodes { try write(n) }
        for e in graph.edges { try write(e) }
        try finish()
    }
}
