import Foundation
import NewsGraphCore

/// Reads a file `JSONLDWriter` wrote back into a `Graph`.
///
/// It reads the writer's shape, not JSON-LD in general: the `@graph` list of
/// node objects (typed by `JSONLDVocabulary.kind`), reified edges (`@type`
/// holding `ng:Relation`) and untyped plain statements, which it skips since
/// the reified edge holds the same facts. `JSONLDReader.read(path:)` of a
/// written graph gives a graph equal to it.
public enum JSONLDReader {
    public static func read(path: String) throws -> Graph {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NewsGraphError(file: path, message: "cannot read file")
        }
        return try read(bytes: [UInt8](data), file: path)
    }

    public static func read(bytes: [UInt8], file: String) throws -> Graph {
        let doc = try JSONParser.parse(bytes, file: file)
        guard case .array(let items)? = doc["@graph"] else {
            throw NewsGraphError(file: file, message: "no top-level \"@graph\" list")
        }
        var graph = Graph()
        for (n, item) in items.enumerated() {
            func fail(_ message: String) -> NewsGraphError {
                NewsGraphError(file: file, message: "@graph item \(n): \(message)")
            }
            guard case .object(let members) = item else { throw fail("not an object") }
            guard let iri = item["@id"]?.string else { throw fail("no @id") }
            let types: [String]
            switch item["@type"] {
            case nil: continue  // a plain schema.org statement; its reified edge carries it
            case .string(let t)?: types = [t]
            case .array(let list)?: types = list.compactMap(\.string)
            default: throw fail("invalid @type")
            }
            if types.contains(JSONLDVocabulary.relationType) {
                graph.add(try edge(members, fail: fail))
            } else {
                guard let kind = JSONLDVocabulary.kind(types: types) else {
                    throw fail("unknown @type \(types)")
                }
                graph.add(try node(iri: iri, kind: kind, members, fail: fail))
            }
        }
        return graph
    }

    static func node(
        iri: String, kind: NodeKind, _ members: [(key: String, value: JSONValue)],
        fail: (String) -> NewsGraphError
    ) throws -> Node {
        var node = Node(id: NodeID(rawValue: IRIText.decode(iri)), kind: kind, name: "")
        for (key, value) in members {
            switch key {
            case "@id", "@type": continue
            case "name":
                guard let s = value.string else { throw fail("name is not a string") }
                node.name = s
            case "alternateName":
                guard case .array(let list) = value else { throw fail("alternateName is not a list") }
                node.aliases = try list.map {
                    guard let s = $0.string else { throw fail("alias is not a string") }
                    return s
                }
            case "provenance": node.provenance = try provenance(value, fail: fail)
            default:
                guard let property = JSONLDVocabulary.nodeProperty(key) else { throw fail("unknown key \(key)") }
                node.properties[property] = try propertyValue(value, fail: fail)
            }
        }
        return node
    }

    static func edge(_ members: [(key: String, value: JSONValue)], fail: (String) -> NewsGraphError) throws -> Edge {
        let object = JSONValue.object(members)
        guard let type = object["edgeType"]?.string, let kind = EdgeKind(rawValue: type) else {
            throw fail("missing or unknown edgeType")
        }
        guard let source = object["source"]?.string, let target = object["target"]?.string else {
            throw fail("edge without source or target")
        }
        var edge = Edge(
            kind: kind, source: NodeID(rawValue: IRIText.decode(source)),
            target: NodeID(rawValue: IRIText.decode(target)))
        for (key, value) in members {
            switch key {
            case "@id", "@type", "edgeType", "source", "target": continue
            case "memberOf" where kind == .holds: continue  // the Role's organization: the target
            case "qualifier":
                guard let s = value.string else { throw fail("qualifier is not a string") }
                edge.qualifier = s
            case "provenance": edge.provenance = try provenance(value, fail: fail)
            default:
                guard let property = JSONLDVocabulary.edgeProperty(key, kind: kind) else {
                    throw fail("unknown key \(key)")
                }
                edge.properties[property] = try propertyValue(value, fail: fail)
            }
        }
        return edge
    }

    static func propertyValue(_ value: JSONValue, fail: (String) -> NewsGraphError) throws -> PropertyValue {
        switch value {
        case .string(let s): return .string(s)
        case .bool(let b): return .bool(b)
        case .number(let text):
            if let i = Int(text) { return .int(i) }
            guard let d = Double(text) else { throw fail("number out of range: \(text)") }
            return .double(d)
        case .array(let list):
            return .strings(
                try list.map {
                    guard let s = $0.string else { throw fail("list item is not a string") }
                    return s
                })
        case .object:
            guard let text = value["@value"]?.string else { throw fail("object value without @value") }
            if value["@type"]?.string == "xsd:double" {
                switch text {
                case "INF": return .double(.infinity)
                case "-INF": return .double(-.infinity)
                case "NaN": return .double(.nan)
                default: return .double(Double(text) ?? .nan)
                }
            }
            return .string(text)
        case .null: throw fail("null value")
        }
    }

    static func provenance(_ value: JSONValue, fail: (String) -> NewsGraphError) throws -> [Provenance] {
        guard case .array(let list) = value else { throw fail("provenance is not a list") }
        return try list.map { p in
            guard let document = p["document"]?.string, let start = p["start"]?.int, let end = p["end"]?.int,
                let sourceStart = p["sourceStart"]?.int, let sourceEnd = p["sourceEnd"]?.int,
                let text = p["text"]?.string, let rule = p["rule"]?.string, start <= end, sourceStart <= sourceEnd
            else { throw fail("incomplete provenance entry") }
            return Provenance(
                document: document, span: TextSpan(start, end), sourceSpan: TextSpan(sourceStart, sourceEnd),
                text: text, rule: rule)
        }
    }
}
