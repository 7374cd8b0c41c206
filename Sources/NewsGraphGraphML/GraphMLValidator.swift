import CLibXML2
import NewsGraphCore

/// Checks a GraphML file, without a schema, for what importers (NetworkX, Gephi,
/// Cytoscape, yEd) need: the XML parses (so no forbidden characters), the root is
/// `<graphml>` in the GraphML namespace, every `<key>` is declared once with a
/// known `attr.type`, node and edge ids are unique, every edge end is a declared
/// node, every `<data key>` names a declared key for its element, and its value
/// (and each `<default>`) parses as the key's type (`int`/`long`, `float`/`double`,
/// `boolean` as NetworkX reads them).
///
/// Read with libxml2's `xmlTextReader` (streaming: large files are fine), with
/// `XML_PARSE_NONET` and without entity substitution or DTD loading.
public enum GraphMLValidator {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static let types: Set<String> = ["boolean", "int", "long", "float", "double", "string"]
    static let domains: Set<String> = ["node", "edge", "graph", "all", "graphml", "hyperedge", "port", "endpoint"]

    /// Every problem of the file at `path`, in file order (end-of-file checks last); empty when it is fine.
    public static func validate(path: String) -> [Problem] {
        var state = State(file: path)
        guard let reader = xmlReaderForFile(path, nil, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)) else {
            return [Problem(file: path, line: 0, message: "cannot open or parse the file")]
        }
        defer { xmlFreeTextReader(reader) }
        let errors = ErrorBox()
        let box = Unmanaged.passRetained(errors)
        defer { box.release() }
        xmlTextReaderSetStructuredErrorHandler(
            reader,
            { userData, error in
                guard let userData, let error else { return }
                let e = error.pointee
                let text = e.message.map { String(cString: $0) } ?? "XML error"
                Unmanaged<ErrorBox>.fromOpaque(userData).takeUnretainedValue().items.append(
                    (Int(e.line), text.trimmingTrailingNewlines()))
            }, box.toOpaque())

        var stack: [String] = []
        var rc = xmlTextReaderRead(reader)
        while rc == 1 {
            let line = lineNumber(reader)
            switch xmlTextReaderNodeType(reader) {
            case 1:  // element
                let name = string(xmlTextReaderConstLocalName(reader)) ?? ""
                let ns = string(xmlTextReaderConstNamespaceUri(reader)) ?? ""
                if stack.isEmpty {
                    if name != "graphml" {
                        state.problem(line, "the root element is <\(name)>, not <graphml>")
                    } else if ns != GraphMLWriter.namespace {
                        state.problem(
                            line,
                            "<graphml> is not in the GraphML namespace \(GraphMLWriter.namespace) (NetworkX finds no graph)")
                    }
                }
                if ns == GraphMLWriter.namespace || ns.isEmpty {
                    state.element(name, parent: stack.last, line: line) { attribute(reader, $0) } text: {
                        guard let p = xmlTextReaderReadString(reader) else { return "" }
                        defer { newsgraph_xml_free(p) }
                        return String(cString: p)
                    }
                }
                if xmlTextReaderIsEmptyElement(reader) != 1 { stack.append(ns == GraphMLWriter.namespace || ns.isEmpty ? name : "") }
            case 15:  // end element
                _ = stack.popLast()
            default:
                break
            }
            rc = xmlTextReaderRead(reader)
        }
        if rc == 0 { _ = state.finish() }
        var problems = state.problems
        for (line, message) in errors.items { problems.append(Problem(file: path, line: line, message: message)) }
        if rc < 0 && errors.items.isEmpty {
            problems.append(Problem(file: path, line: Int(xmlTextReaderGetParserLineNumber(reader)), message: "not well-formed XML"))
        }
        return problems.sorted { $0.line < $1.line }
    }

    final class ErrorBox {
        var items: [(Int, String)] = []
    }

    /// The line of the current node's start tag; the parser's own line number
    /// (`xmlTextReaderGetParserLineNumber`) runs ahead of the reader by its buffer.
    static func lineNumber(_ reader: xmlTextReaderPtr) -> Int {
        if let node = xmlTextReaderCurrentNode(reader) {
            let n = xmlGetLineNo(node)
            if n > 0 { return Int(n) }
        }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        p.map { String(cString: $0) }
    }

    static func attribute(_ reader: xmlTextReaderPtr, _ name: String) -> String? {
        guard let p = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { newsgraph_xml_free(p) }
        return String(cString: p)
    }

    /// Whether `text` parses as a value of GraphML type `type`, as NetworkX reads it.
    public static func parses(_ text: String, as type: String) -> Bool {
        let t = text.trimmingWhitespace()
        switch type {
        case "int", "long": return Int64(t) != nil
        case "float", "double": return Double(t) != nil
        case "boolean": return ["true", "false", "1", "0"].contains(t.lowercased())
        default: return true
        }
    }

    struct Key {
        var type: String
        var domain: String
        var line: Int
    }

    struct PendingData {
        var key: String
        var value: String?
        var owner: String
        var line: Int
    }

    struct State {
        let file: String
        var problems: [Problem] = []
        var keys: [String: Key] = [:]
        var nodes: [String: Int] = [:]
        var edges: [String: Int] = [:]
        var ends: [(edge: String, end: String, node: String, line: Int)] = []
        /// `<data>` met before its key: checked at the end.
        var pending: [PendingData] = []
        var currentKey: String?

        init(file: String) { self.file = file }

        mutating func problem(_ line: Int, _ message: String) {
            problems.append(Problem(file: file, line: line, message: message))
        }

        mutating func element(
            _ name: String, parent: String?, line: Int, attribute: (String) -> String?, text: () -> String
        ) {
            switch name {
            case "key":
                guard let id = attribute("id") else { return problem(line, "<key> without an id") }
                let domain = attribute("for") ?? "all"
                if !GraphMLValidator.domains.contains(domain) { problem(line, "key '\(id)': unknown for=\"\(domain)\"") }
                let type = attribute("attr.type") ?? "string"
                if !GraphMLValidator.types.contains(type) {
                    problem(line, "key '\(id)': unknown attr.type \"\(type)\" (expected boolean, int, long, float, double or string)")
                }
                if let first = keys[id] {
                    problem(line, "key '\(id)' declared again (first at line \(first.line))")
                } else {
                    keys[id] = Key(type: type, domain: domain, line: line)
                }
                currentKey = id
            case "default":
                if parent == "key", let id = currentKey, let key = keys[id] {
                    let value = text()
                    if !GraphMLValidator.parses(value, as: key.type) {
                        problem(line, "key '\(id)': default \"\(value)\" is not a valid \(key.type)")
                    }
                }
            case "node":
                guard let id = attribute("id") else { return problem(line, "<node> without an id") }
                if let first = nodes[id] {
                    problem(line, "node id '\(id)' used again (first at line \(first))")
                } else {
                    nodes[id] = line
                }
            case "edge":
                let id = attribute("id")
                if let id {
                    if let first = edges[id] {
                        problem(line, "edge id '\(id)' used again (first at line \(first))")
                    } else {
                        edges[id] = line
                    }
                }
                for end in ["source", "target"] {
                    if let node = attribute(end) {
                        ends.append((id ?? "(no id)", end, node, line))
                    } else {
                        problem(line, "edge '\(id ?? "(no id)")' without a \(end)")
                    }
                }
            case "data":
                guard let key = attribute("key") else { return problem(line, "<data> without a key") }
                let owner = parent ?? ""
                if let k = keys[key] {
                    check(PendingData(key: key, value: k.type == "string" ? nil : text(), owner: owner, line: line), k)
                } else {
                    pending.append(PendingData(key: key, value: text(), owner: owner, line: line))
                }
            default:
                break
            }
        }

        mutating func check(_ d: PendingData, _ k: Key) {
            if k.domain != "all", !d.owner.isEmpty, k.domain != d.owner {
                problem(d.line, "<data key=\"\(d.key)\"> on a <\(d.owner)>, but the key is declared for=\"\(k.domain)\"")
            }
            if let value = d.value, !value.isEmpty, !GraphMLValidator.parses(value, as: k.type) {
                problem(d.line, "<data key=\"\(d.key)\">: \"\(value.prefix(60))\" is not a valid \(k.type)")
            }
        }

        mutating func finish() -> [Problem] {
            for d in pending {
                if let k = keys[d.key] {
                    check(d, k)
                } else {
                    problem(d.line, "<data key=\"\(d.key)\">: no <key id=\"\(d.key)\"> is declared")
                }
            }
            for e in ends where nodes[e.node] == nil {
                problem(e.line, "edge '\(e.edge)': \(e.end) '\(e.node)' is not a declared node")
            }
            return problems
        }
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" || s.last == "\r" { s = s.dropLast() }
        return String(s)
    }

    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
