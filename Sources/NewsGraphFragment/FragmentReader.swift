import NewsGraphCore

/// Decodes one line `FragmentWriter` wrote; errors name the file and line.
public enum FragmentReader {
    public static func parse(_ line: ArraySlice<UInt8>, file: String, line number: Int) throws(NewsGraphError)
        -> GraphFragment
    {
        func fail(_ message: String) -> NewsGraphError {
            NewsGraphError(file: file, line: number, message: "fragment: \(message)")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line), file: file)
        } catch let e as NewsGraphError {
            throw NewsGraphError(file: file, line: number, column: e.column, message: "invalid JSON: \(e.message)")
        } catch {
            throw fail("\(error)")
        }
        guard value["fragment"]?.int == GraphFragment.version else { throw fail("not a version \(GraphFragment.version) fragment") }
        guard let seq = value["seq"]?.int, let document = value["document"]?.string,
            let origin = value["origin"]?.string, let hash = value["contentHash"]?.string
        else { throw fail("missing seq, document, origin or contentHash") }
        var metadata: [String: String] = [:]
        if case .object(let members)? = value["metadata"] {
            for (k, v) in members {
                guard let s = v.string else { throw fail("metadata \(k) is not a string") }
                metadata[k] = s
            }
        }
        var graph = Graph()
        guard case .array(let nodes)? = value["nodes"], case .array(let edges)? = value["edges"] else {
            throw fail("no nodes or edges list")
        }
        for n in nodes {
            guard let id = n["id"]?.string, let kindName = n["kind"]?.string, let kind = NodeKind(rawValue: kindName),
                let name = n["name"]?.string
            else { throw fail("node without id, kind or name") }
            graph.add(
                Node(
                    id: NodeID(rawValue: id), kind: kind, name: name, aliases: try strings(n["aliases"], fail),
                    properties: try properties(n["properties"], fail),
                    provenance: try provenance(n["provenance"], document: document, fail)))
        }
        for e in edges {
            guard let kindName = e["kind"]?.string, let kind = EdgeKind(rawValue: kindName),
                let source = e["source"]?.string, let target = e["target"]?.string
            else { throw fail("edge without kind, source or target") }
            graph.add(
                Edge(
                    kind: kind, source: NodeID(rawValue: source), target: NodeID(rawValue: target),
                    qualifier: e["qualifier"]?.string ?? "", properties: try properties(e["properties"], fail),
                    provenance: try provenance(e["provenance"], document: document, fail)))
        }
        return GraphFragment(seq: seq, document: document, origin: origin, contentHash: hash, metadata: metadata, graph: graph)
    }

    static func strings(_ value: JSONValue?, _ fail: (String) -> NewsGraphError) throws(NewsGraphError) -> [String] {
        guard let value else { return [] }
        guard case .array(let list) = value else { throw fail("expected a list of strings") }
        var out: [String] = []
        for item in list {
            guard let s = item.string else { throw fail("expected a string") }
            out.append(s)
        }
        return out
    }

    static func properties(_ value: JSONValue?, _ fail: (String) -> NewsGraphError) throws(NewsGraphError)
        -> [String: PropertyValue]
    {
        guard let value else { return [:] }
        guard case .object(let members) = value else { throw fail("properties is not an object") }
        var out: [String: PropertyValue] = [:]
        for (key, v) in members {
            switch v {
            case .string(let s): out[key] = .string(s)
            case .bool(let b): out[key] = .bool(b)
            case .number(let n):
                guard let i = Int(n) else { throw fail("property \(key): not an integer") }
                out[key] = .int(i)
            case .array: out[key] = .strings(try strings(v, fail))
            case .object:
                guard let text = v["double"]?.string, let d = Double(text) else { throw fail("property \(key): bad double") }
                out[key] = .double(d)
            case .null: throw fail("property \(key) is null")
            }
        }
        return out
    }

    static func provenance(_ value: JSONValue?, document: String, _ fail: (String) -> NewsGraphError)
        throws(NewsGraphError) -> [Provenance]
    {
        guard let value else { return [] }
        guard case .array(let list) = value else { throw fail("provenance is not a list") }
        var out: [Provenance] = []
        out.reserveCapacity(list.count)
        for item in list {
            guard case .array(let p) = item, p.count == 6 || p.count == 7, let s = p[0].int, let e = p[1].int,
                let ss = p[2].int, let se = p[3].int, let text = p[4].string, let rule = p[5].string, s <= e, ss <= se
            else { throw fail("bad provenance entry") }
            let doc = p.count == 7 ? (p[6].string ?? document) : document
            out.append(Provenance(document: doc, span: TextSpan(s, e), sourceSpan: TextSpan(ss, se), text: text, rule: rule))
        }
        return out
    }
}
