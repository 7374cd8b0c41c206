import Foundation
import NewsGraphCore
import NewsGraphJSONLD
import NewsGraphStore

/// What `QueryEngine` reads: the few look-ups its queries need. Two backends:
/// `GraphStore` (SQLite, indexed) and `MemoryGraphSource` (a `Graph`, e.g. read
/// from JSON-LD files, with adjacency built once).
public protocol GraphSource {
    func node(_ id: NodeID) throws -> Node?
    /// A node's name (nil when there is no such node).
    func name(_ id: NodeID) throws -> String?
    /// Nodes whose name or an alias is `name`, of `kind` when given, sorted by id.
    func nodes(named name: String, kind: NodeKind?) throws -> [Node]
    /// Every node of `kind`, sorted by id.
    func nodes(kind: NodeKind) throws -> [Node]
    /// Names and aliases of the nodes of `kind` (all kinds when nil).
    func names(kind: NodeKind?) throws -> [String]
    func edges(from source: NodeID, kind: EdgeKind?) throws -> [Edge]
    func edges(to target: NodeID, kind: EdgeKind?) throws -> [Edge]
    func edges(kind: EdgeKind, qualifier: String) throws -> [Edge]
}

extension GraphStore: GraphSource {}

/// A graph in memory with the indexes the queries need.
public struct MemoryGraphSource: GraphSource, Sendable {
    public let graph: Graph
    let byName: [String: [NodeID]]
    let outgoing: [NodeID: [Edge]]
    let incoming: [NodeID: [Edge]]
    let byKind: [NodeKind: [NodeID]]
    let byQualifier: [String: [Edge]]

    public init(graph: Graph) {
        self.graph = graph
        var byName: [String: Set<NodeID>] = [:]
        var byKind: [NodeKind: [NodeID]] = [:]
        for n in graph.nodesByID.values {
            for name in [n.name] + n.aliases where !name.isEmpty { byName[name, default: []].insert(n.id) }
            byKind[n.kind, default: []].append(n.id)
        }
        var outgoing: [NodeID: [Edge]] = [:], incoming: [NodeID: [Edge]] = [:], byQualifier: [String: [Edge]] = [:]
        for e in graph.edges {  // canonical order
            outgoing[e.source, default: []].append(e)
            incoming[e.target, default: []].append(e)
            byQualifier[e.kind.rawValue + "\u{0}" + e.qualifier, default: []].append(e)
        }
        self.byQualifier = byQualifier
        self.byName = byName.mapValues { $0.sorted() }
        self.byKind = byKind.mapValues { $0.sorted() }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// Reads JSON-LD files written by `JSONLDWriter`; a directory gives every `*.jsonld` under it.
    /// The graphs are merged (a run's `graph.jsonld` and its per-document files agree, so both may be given).
    public static func load(jsonld paths: [String]) throws -> MemoryGraphSource {
        var graph = Graph()
        for file in try files(paths) { graph.merge(try JSONLDReader.read(path: file)) }
        return MemoryGraphSource(graph: graph)
    }

    static func files(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw NewsGraphError(file: path, message: "no such file or directory")
            }
            if !isDir.boolValue {
                out.append(path)
                continue
            }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".jsonld") }.sorted()
            if found.isEmpty { throw NewsGraphError(file: path, message: "no *.jsonld files in this directory") }
            out += found.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return out
    }

    public func node(_ id: NodeID) throws -> Node? { graph.node(id) }

    public func name(_ id: NodeID) throws -> String? { graph.node(id)?.name }

    public func nodes(named name: String, kind: NodeKind?) throws -> [Node] {
        (byName[name] ?? []).compactMap { graph.node($0) }.filter { kind == nil || $0.kind == kind }
    }

    public func nodes(kind: NodeKind) throws -> [Node] { (byKind[kind] ?? []).compactMap { graph.node($0) } }

    public func names(kind: NodeKind?) throws -> [String] {
        var out = Set<String>()
        for n in graph.nodesByID.values where kind == nil || n.kind == kind {
            out.insert(n.name)
            out.formUnion(n.aliases)
        }
        return out.filter { !$0.isEmpty }.sorted()
    }

    public func edges(from source: NodeID, kind: EdgeKind?) throws -> [Edge] {
        (outgoing[source] ?? []).filter { kind == nil || $0.kind == kind }
    }

    public func edges(to target: NodeID, kind: EdgeKind?) throws -> [Edge] {
        (incoming[target] ?? []).filter { kind == nil || $0.kind == kind }
    }

    public func edges(kind: EdgeKind, qualifier: String) throws -> [Edge] {
        byQualifier[kind.rawValue + "\u{0}" + qualifier] ?? []
    }
}
