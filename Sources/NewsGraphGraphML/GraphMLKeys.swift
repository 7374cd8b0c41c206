import NewsGraphCore
import NewsGraphSerialization

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
struct GraphMLKeys {
    struct Key {
        var id: String
        var name: String
        var type: PropertyKey.ValueType
        var domain: String  // "node" or "edge"
    }

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

    private(set) var all: [Key] = []
    /// Key id of each node/edge property name.
    private(set) var nodeProperty: [String: String] = [:]
    private(set) var edgeProperty: [String: String] = [:]

    init(_ header: GraphHeader) {
        func add(_ domain: String, _ fixed: [(String, PropertyKey.ValueType)], _ props: [PropertyKey])
            -> [String: String]
        {
            let prefix = domain == "node" ? "n." : "e."
            let reserved = Set((fixed + GraphMLKeys.provenanceTail).map(\.0))
            var ids: [String: String] = [:]
            for (name, type) in fixed { all.append(Key(id: prefix + name, name: name, type: type, domain: domain)) }
            for p in props {
                let name = reserved.contains(p.name) ? "property." + p.name : p.name
                let id = prefix + "p." + NMToken.encode(p.name)
                ids[p.name] = id
                all.append(Key(id: id, name: name, type: p.type, domain: domain))
            }
            for (name, type) in GraphMLKeys.provenanceTail {
                all.append(Key(id: prefix + name, name: name, type: type, domain: domain))
            }
            return ids
        }
        nodeProperty = add("node", GraphMLKeys.nodeHead, header.nodeProperties)
        edgeProperty = add("edge", GraphMLKeys.edgeHead, header.edgeProperties)
    }
}
