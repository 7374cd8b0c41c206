/// A DOT file as `DOTWriter` writes it, read back for rendering: default
/// attribute lines, nodes and edges with their attributes, in file order.
///
/// Reads the flat subset of DOT the writer uses (`digraph NAME { … }` with
/// `graph|node|edge [..]`, `ID [..]`, `ID -> ID [..]` and `ID = ID` statements,
/// and named subgraphs such as `clusteredDOT`'s, flattened; no edge chains). Pruning and focusing keep the attributes, so
/// the rendered picture looks like the whole graph's.
public struct DOTGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable {
        public var id: String
        public var attributes: [Attribute]
        public init(id: String, attributes: [Attribute]) {
            self.id = id
            self.attributes = attributes
        }
        public subscript(key: String) -> String? { attributes.first { $0.key == key }?.value }
        public var label: String { self["label"] ?? id }
        public var aliases: [String] { (self["aliases"] ?? "").split(separator: "|").map(String.init) }
        public var isArticle: Bool { self["class"] == "Article" }
    }

    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        public var attributes: [Attribute]
        public init(source: String, target: String, attributes: [Attribute]) {
            self.source = source
            self.target = target
            self.attributes = attributes
        }
    }

    public struct Attribute: Sendable, Equatable {
        public var key: String
        public var value: String
        public init(_ key: String, _ value: String) {
            self.key = key
            self.value = value
        }
    }

    public struct ParseError: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public var name: String
    /// `graph`, `node` and `edge` default lines, in order.
    public var defaults: [(kind: String, attributes: [Attribute])] = []
    public var nodes: [Node] = []
    public var edges: [Edge] = []

    public init(name: String, nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name
        self.nodes = nodes
        self.edges = edges
    }

    public static func == (a: DOTGraph, b: DOTGraph) -> Bool {
        a.name == b.name && a.nodes == b.nodes && a.edges == b.edges
            && a.defaults.map(\.kind) == b.defaults.map(\.kind) && a.defaults.map(\.attributes) == b.defaults.map(\.attributes)
    }

    // MARK: Reading

    enum Token: Equatable {
        case id(String)
        case punct(String)  // [ ] = , ; { } ->
    }

    static func tokens(_ text: String) throws -> [(Token, Int)] {
        var out: [(Token, Int)] = []
        let s = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        while i < s.count {
            let c = s[i]
            switch c {
            case "\n":
                line += 1
                i += 1
            case " ", "\t", "\r":
                i += 1
            case "[", "]", "=", ",", ";", "{", "}":
                out.append((.punct(String(c)), line))
                i += 1
            case "-" where i + 1 < s.count && s[i + 1] == ">":
                out.append((.punct("->"), line))
                i += 2
            case "/" where i + 1 < s.count && s[i + 1] == "/", "#":
                while i < s.count && s[i] != "\n" { i += 1 }
            case "\"":
                let start = line
                var v = String.UnicodeScalarView()
                i += 1
                while true {
                    guard i < s.count else { throw ParseError(line: start, message: "unterminated string") }
                    let d = s[i]
                    if d == "\"" { break }
                    if d == "\n" { line += 1 }
                    if d == "\\", i + 1 < s.count {
                        let e = s[i + 1]
                        switch e {
                        case "\"", "\\": v.append(e)
                        case "n": v.append("\n")
                        case "\n": line += 1  // line continuation
                        default:
                            v.append(d)
                            v.append(e)
                        }
                        i += 2
                        continue
                    }
                    v.append(d)
                    i += 1
                }
                i += 1
                out.append((.id(String(v)), start))
            default:
                guard c.properties.isAlphabetic || c == "_" || c == "." || c == "-" || ("0"..."9").contains(c) else {
                    throw ParseError(line: line, message: "unexpected character '\(c)'")
                }
                var v = String.UnicodeScalarView()
                while i < s.count,
                    s[i].properties.isAlphabetic || s[i] == "_" || s[i] == "." || ("0"..."9").contains(s[i])
                        || (s[i] == "-" && !(i + 1 < s.count && s[i + 1] == ">"))
                {
                    v.append(s[i])
                    i += 1
                }
                out.append((.id(String(v)), line))
            }
        }
        return out
    }

    /// Reads DOT text in the writer's subset.
    public static func parse(_ text: String) throws -> DOTGraph {
        let t = try tokens(text)
        var i = 0
        func peek() -> Token? { i < t.count ? t[i].0 : nil }
        func line() -> Int { i < t.count ? t[i].1 : (t.last?.1 ?? 1) }
        func fail(_ m: String) -> ParseError { ParseError(line: line(), message: m) }
        func id() throws -> String {
            guard case .id(let v)? = peek() else { throw fail("expected an id") }
            i += 1
            return v
        }
        func expect(_ p: String) throws {
            guard peek() == .punct(p) else { throw fail("expected '\(p)'") }
            i += 1
        }
        func attributes() throws -> [Attribute] {
            var out: [Attribute] = []
            while peek() == .punct("[") {
                i += 1
                while peek() != .punct("]") {
                    let k = try id()
                    try expect("=")
                    out.append(Attribute(k, try id()))
                    if peek() == .punct(",") || peek() == .punct(";") { i += 1 }
                }
                i += 1
            }
            return out
        }

        if peek() == .id("strict") { i += 1 }
        guard case .id(let kind)? = peek(), kind == "digraph" || kind == "graph" else { throw fail("expected 'digraph'") }
        i += 1
        var g = DOTGraph(name: "graph")
        if case .id(let n)? = peek() {
            g.name = n
            i += 1
        }
        try expect("{")
        var nesting = 0  // inside `subgraph NAME { … }`: flattened, its own attributes dropped
        while let tok = peek(), tok != .punct("}") || nesting > 0 {
            if tok == .punct(";") {
                i += 1
                continue
            }
            if tok == .punct("}") {
                nesting -= 1
                i += 1
                continue
            }
            if tok == .id("subgraph") {
                i += 1
                if case .id? = peek() { i += 1 }
                try expect("{")
                nesting += 1
                continue
            }
            if tok == .punct("{") { throw fail("anonymous subgraphs are not supported") }
            let first = try id()
            if ["graph", "node", "edge"].contains(first), peek() == .punct("[") {
                let list = try attributes()
                if nesting == 0 { g.defaults.append((first, list)) }
            } else if peek() == .punct("=") {
                i += 1
                let value = try id()
                if nesting == 0 { g.defaults.append(("graph", [Attribute(first, value)])) }
            } else if peek() == .punct("->") || peek() == .punct("--") {
                i += 1
                let target = try id()
                if peek() == .punct("->") { throw fail("edge chains are not supported") }
                g.edges.append(Edge(source: first, target: target, attributes: try attributes()))
            } else {
                g.nodes.append(Node(id: first, attributes: try attributes()))
            }
        }
        try expect("}")
        // Edge ends never declared as nodes become plain nodes, as in Graphviz.
        var known = Set(g.nodes.map(\.id))
        for e in g.edges {
            for end in [e.source, e.target] where !known.contains(end) {
                known.insert(end)
                g.nodes.append(Node(id: end, attributes: []))
            }
        }
        return g
    }

    // MARK: Pruning and focus

    /// In- plus out-degree of every node (parallel edges count each).
    public var degrees: [String: Int] {
        var d: [String: Int] = [:]
        for n in nodes { d[n.id] = 0 }
        for e in edges {
            d[e.source, default: 0] += 1
            d[e.target, default: 0] += 1
        }
        return d
    }

    /// The subgraph on `ids`: those nodes (in file order) and the edges between them.
    public func restricted(to ids: Set<String>) -> DOTGraph {
        var g = self
        g.nodes = nodes.filter { ids.contains($0.id) }
        g.edges = edges.filter { ids.contains($0.source) && ids.contains($0.target) }
        return g
    }

    /// The `maxNodes` nodes of highest degree (ties: earlier in the file) and the edges among them.
    public func pruned(maxNodes: Int) -> DOTGraph {
        guard nodes.count > maxNodes else { return self }
        let d = degrees
        let ranked = nodes.enumerated().sorted {
            let (a, b) = (d[$0.element.id] ?? 0, d[$1.element.id] ?? 0)
            return a != b ? a > b : $0.offset < $1.offset
        }
        return restricted(to: Set(ranked.prefix(max(0, maxNodes)).map(\.element.id)))
    }

    /// The nodes named `name`: label, an alias, or the id itself (`person:张明远`);
    /// people first when several kinds match.
    public func nodes(named name: String) -> [Node] {
        let hits = nodes.filter { $0.id == name || $0.label == name || $0.aliases.contains(name) }
        let people = hits.filter { $0["class"] == "Person" }
        return people.isEmpty ? hits : people
    }

    /// The `depth`-hop neighbourhood (edges in either direction) of the nodes named `name`; nil when none is.
    public func focused(on name: String, depth: Int) -> DOTGraph? {
        let start = nodes(named: name)
        guard !start.isEmpty else { return nil }
        var adjacent: [String: [String]] = [:]
        for e in edges {
            adjacent[e.source, default: []].append(e.target)
            adjacent[e.target, default: []].append(e.source)
        }
        var seen = Set(start.map(\.id))
        var frontier = start.map(\.id)
        for _ in 0..<max(0, depth) {
            var next: [String] = []
            for id in frontier {
                for n in adjacent[id] ?? [] where seen.insert(n).inserted { next.append(n) }
            }
            frontier = next
        }
        return restricted(to: seen)
    }

    // MARK: Writing

    /// The article each node is drawn in: an Article node in its own, any other
    /// node in the first article (file order) with an edge to or from it.
    public var articleOf: [String: String] {
        var out: [String: String] = [:]
        let order = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let articles = Set(nodes.filter(\.isArticle).map(\.id))
        for a in articles { out[a] = a }
        for e in edges {
            for (article, other) in [(e.source, e.target), (e.target, e.source)]
            where articles.contains(article) && !articles.contains(other) {
                if let current = out[other], (order[current] ?? 0) <= (order[article] ?? 0) { continue }
                out[other] = article
            }
        }
        return out
    }

    /// DOT text with one `subgraph "cluster_<article id>"` per article (labelled
    /// with the article's headline) holding that article's nodes; the other nodes
    /// and all edges follow.
    public func clusteredDOT() -> String {
        var out: [UInt8] = []
        func w(_ s: String) { out.append(contentsOf: s.utf8) }
        func q(_ s: String) { DOTText.appendQuoted(s, to: &out) }
        func attrs(_ list: [Attribute]) {
            guard !list.isEmpty else { return }
            w(" [")
            for (i, a) in list.enumerated() {
                if i > 0 { w(", ") }
                w(a.key)
                w("=")
                q(a.value)
            }
            w("]")
        }
        func node(_ n: Node, indent: String) {
            w(indent)
            q(n.id)
            attrs(n.attributes)
            w(";\n")
        }
        w("digraph ")
        q(name)
        w(" {\n")
        for d in defaults {
            w("  " + d.kind)
            attrs(d.attributes)
            w(";\n")
        }
        let home = articleOf
        var members: [String: [Node]] = [:]
        for n in nodes { if let a = home[n.id] { members[a, default: []].append(n) } }
        for a in nodes where a.isArticle {
            w("  subgraph ")
            q("cluster_" + a.id)
            w(" {\n    label=")
            q(a.label)
            w(";\n    style=\"rounded,dashed\";\n    color=\"#888888\";\n")
            for n in members[a.id] ?? [] { node(n, indent: "    ") }
            w("  }\n")
        }
        for n in nodes where home[n.id] == nil { node(n, indent: "  ") }
        for e in edges {
            w("  ")
            q(e.source)
            w(" -> ")
            q(e.target)
            attrs(e.attributes)
            w(";\n")
        }
        w("}\n")
        return String(decoding: out, as: UTF8.self)
    }
}
