import NewsGraphCore
import NewsGraphSerialization
import Synchronization

/// Every GraphML `<key>` of one file: fixed ones and one per node/edge property.
///
/// Node: `type`, `labels` (`:Person`, the node labels of Neo4j's
/// `apoc.import.graphml` with `readLabels`), `label`, `name`, `aliases` (joined
/// with `|`: Gephi takes no lists), each node property, then the first mention (`document`, `start`,
/// `end`, `sourceStart`, `sourceEnd`, `mention`, `rule`), `mentions` (their
/// number) and `provenance` (all of them, as compact JSON). Edge: `type`,
/// `label`, `interaction` (Cytoscape's edge type column), `qualifier`, each edge
/// property, the same provenance keys. A property whose name is taken by a
/// fixed key (an Article's `document`) is named `property.<name>`.
struct GraphMLKeys: Sendable {
    static let nodeHead: [(String, PropertyKey.ValueType)] = [
        ("type", .string), ("labels", .string), ("label", .string), ("name", .string), ("aliases", .string),
    ]
    static let edgeHead: [(String, PropertyKey.ValueType)] = [
        ("type", .string), ("label", .string), ("interaction", .string), ("qualifier", .string),
    ]
    static let provenanceTail: [(String, PropertyKey.ValueType)] = [
        ("document", .string), ("start", .int), ("end", .int), ("sourceStart", .int), ("sourceEnd", .int),
        ("mention", .string), ("rule", .string), ("mentions", .int), ("provenance", .string),
    ]

    /// The `<key>` elements, each on a line of its own, indented as libxml2 indents them.
    private(set) var declarations: [UInt8] = []
    /// The `<data>` opening tag (`tag(_:)`) of each node/edge property name. A graph uses a
    /// handful of names: a list searched in place costs less than hashing the name.
    private(set) var nodePropertyTags: [(name: String, tag: [UInt8])] = []
    private(set) var edgePropertyTags: [(name: String, tag: [UInt8])] = []

    func nodeTag(_ name: String) -> [UInt8]? { GraphMLKeys.tag(name, in: nodePropertyTags) }
    func edgeTag(_ name: String) -> [UInt8]? { GraphMLKeys.tag(name, in: edgePropertyTags) }

    static func tag(_ name: String, in tags: [(name: String, tag: [UInt8])]) -> [UInt8]? {
        // The name is mostly the very string the list was made from (a short one held in place,
        // or a literal): found so without comparing strings.
        for i in tags.indices where tags[i].name.isSameString(as: name) { return tags[i].tag }
        // Lengths first: comparing two different strings is the slow part.
        let length = name.utf8.count
        for t in tags where t.name.utf8.count == length && t.name == name { return t.tag }
        return nil
    }

    /// The keys of `header`'s property lists. Documents of one kind share them (every
    /// Article has a headline, an index, …), so the last few are kept: declaring them
    /// again for each small file was a large part of writing it.
    static func of(_ header: GraphHeader) -> GraphMLKeys {
        let (nodes, edges) = (header.nodeProperties, header.edgeProperties)
        // The latest documents' lists first: comparing them costs less than hashing them,
        // and pages alternate between a few (an article with a subheadline or none). (Compared
        // as they are: the pair as a list, the key of `all`, is made only when none matches.)
        let latest = recent.withLock { r in r.latest.first { $0.lists[0] == nodes && $0.lists[1] == edges }?.keys }
        if let latest { return latest }
        let lists = [nodes, edges]
        let known = recent.withLock { r -> GraphMLKeys? in
            guard let keys = r.all[lists] else { return nil }
            r.remember(lists, keys)
            return keys
        }
        if let known { return known }
        let keys = GraphMLKeys(header)
        recent.withLock {
            if $0.all.count >= 64 { $0.all.removeAll() }
            $0.all[lists] = keys
            $0.remember(lists, keys)
        }
        return keys
    }

    private struct Recent {
        /// The lists used last, the latest first.
        var latest: [(lists: [[PropertyKey]], keys: GraphMLKeys)] = []
        var all: [[[PropertyKey]]: GraphMLKeys] = [:]

        mutating func remember(_ lists: [[PropertyKey]], _ keys: GraphMLKeys) {
            latest.insert((lists, keys), at: 0)
            if latest.count > 4 { latest.removeLast() }
        }
    }

    private static let recent = Mutex(Recent())

    init(_ header: GraphHeader) {
        declarations = GraphMLKeys.fixed.nodeHead
        nodePropertyTags = add("n.", header.nodeProperties)
        declarations += GraphMLKeys.fixed.nodeTail + GraphMLKeys.fixed.edgeHead
        edgePropertyTags = add("e.", header.edgeProperties)
        declarations += GraphMLKeys.fixed.edgeTail
    }

    /// One key per property; a property whose name a fixed key takes gets `property.` before it.
    mutating func add(_ prefix: String, _ props: [PropertyKey]) -> [(name: String, tag: [UInt8])] {
        let reserved = prefix == "n." ? GraphMLKeys.reservedNode : GraphMLKeys.reservedEdge
        var tags: [(name: String, tag: [UInt8])] = []
        for p in props {
            let id = prefix + "p." + NMToken.encode(p.name)
            tags.append((p.name, GraphMLKeys.tag(id)))
            GraphMLKeys.declare(
                ["id": id, "for": prefix == "n." ? "node" : "edge",
                 "attr.name": reserved.contains(p.name) ? "property." + p.name : p.name, "attr.type": p.type.rawValue],
                into: &declarations)
        }
        return tags
    }

    /// The opening tag of a `<data>` for key `id`, on a new line, indented as libxml2 would.
    /// Key ids are NMTOKENs (`n.type`, `e.p.role`): nothing in them needs escaping.
    static func tag(_ id: String) -> [UInt8] { Array("\n      <data key=\"\(id)\">".utf8) }

    static let reservedNode = Set((nodeHead + provenanceTail).map(\.0))
    static let reservedEdge = Set((edgeHead + provenanceTail).map(\.0))

    /// The fixed keys' declarations, rendered once: they open every file.
    static let fixed: (nodeHead: [UInt8], nodeTail: [UInt8], edgeHead: [UInt8], edgeTail: [UInt8]) = {
        func render(_ domain: String, _ keys: [(String, PropertyKey.ValueType)]) -> [UInt8] {
            var out: [UInt8] = []
            for (name, type) in keys {
                declare(["id": String(domain.prefix(1)) + "." + name, "for": domain, "attr.name": name, "attr.type": type.rawValue], into: &out)
            }
            return out
        }
        return (render("node", nodeHead), render("node", provenanceTail), render("edge", edgeHead), render("edge", provenanceTail))
    }()

    /// yEd's graphics keys (`--graphml-flavor yed`).
    static let yFiles: [UInt8] = {
        var out: [UInt8] = []
        declare(["id": "n.graphics", "for": "node", "yfiles.type": "nodegraphics"], into: &out)
        declare(["id": "e.graphics", "for": "edge", "yfiles.type": "edgegraphics"], into: &out)
        return out
    }()

    /// `<key …/>` on a new line, with these attributes in this order.
    static func declare(_ attributes: KeyValuePairs<String, String>, into out: inout [UInt8]) {
        out.append(literal: "\n  <key")
        for (name, value) in attributes {
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: name.utf8)
            out.append(literal: "=\"")
            XMLText.appendEscapedAttribute(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }
        out.append(literal: "/>")
    }
}
