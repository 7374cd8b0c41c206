import NewsGraphCore
import NewsGraphSerialization

/// Encodes a `GraphFragment` as one line of JSON (docs/fragments.md), ending in
/// `\n`. Keys, nodes, edges, properties and provenance come in a fixed order, so
/// equal fragments give identical bytes.
public enum FragmentWriter {
    public static func line(_ fragment: GraphFragment) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        func raw(_ s: String) { out.append(contentsOf: s.utf8) }
        func str(_ s: String) { JSONText.appendQuoted(s, to: &out) }
        raw("{\"fragment\":\(GraphFragment.version),\"seq\":\(fragment.seq),\"document\":")
        str(fragment.document)
        raw(",\"origin\":")
        str(fragment.origin)
        raw(",\"contentHash\":")
        str(fragment.contentHash)
        raw(",\"metadata\":{")
        for (i, key) in fragment.metadata.keys.sorted().enumerated() {
            if i > 0 { raw(",") }
            str(key)
            raw(":")
            str(fragment.metadata[key]!)
        }
        raw("},\"nodes\":[")
        for (i, node) in fragment.graph.nodes.enumerated() {
            if i > 0 { raw(",") }
            raw("{\"id\":")
            str(node.id.rawValue)
            raw(",\"kind\":")
            str(node.kind.rawValue)
            raw(",\"name\":")
            str(node.name)
            if !node.aliases.isEmpty {
                raw(",\"aliases\":")
                strings(node.aliases, &out)
            }
            properties(node.properties, &out)
            provenance(node.provenance, document: fragment.document, &out)
            raw("}")
        }
        raw("],\"edges\":[")
        for (i, edge) in fragment.graph.edges.enumerated() {
            if i > 0 { raw(",") }
            raw("{\"kind\":")
            str(edge.kind.rawValue)
            raw(",\"source\":")
            str(edge.source.rawValue)
            raw(",\"target\":")
            str(edge.target.rawValue)
            if !edge.qualifier.isEmpty {
                raw(",\"qualifier\":")
                str(edge.qualifier)
            }
            properties(edge.properties, &out)
            provenance(edge.provenance, document: fragment.document, &out)
            raw("}")
        }
        raw("]}\n")
        return out
    }

    static func strings(_ list: [String], _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, s) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(s, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func properties(_ properties: [String: PropertyValue], _ out: inout [UInt8]) {
        guard !properties.isEmpty else { return }
        out.append(literal: ",\"properties\":{")
        for (i, key) in properties.keys.sorted().enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch properties[key]! {
            case .string(let s): JSONText.appendQuoted(s, to: &out)
            case .int(let n): JSONText.appendDecimal(n, to: &out)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .double(let d): out.append(contentsOf: "{\"double\":\"\(d)\"}".utf8)
            case .strings(let l): strings(l, &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// `[start, end, sourceStart, sourceEnd, text, rule]`, and the document as a 7th item
    /// when it is not the fragment's.
    static func provenance(_ list: [Provenance], document: String, _ out: inout [UInt8]) {
        guard !list.isEmpty else { return }
        out.append(literal: ",\"provenance\":[")
        for (i, p) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            JSONText.appendDecimal(p.span.start, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendDecimal(p.span.end, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendDecimal(p.sourceSpan.start, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendDecimal(p.sourceSpan.end, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(p.text, to: &out)
            out.append(UInt8(ascii: ","))
            JSONText.appendQuoted(p.rule, to: &out)
            if p.document != document {
                out.append(UInt8(ascii: ","))
                JSONText.appendQuoted(p.document, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
    }
}
