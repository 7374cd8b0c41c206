/// What an input file holds, from its name: plain text, an HTML page, or JSONL
/// (one document a line); any of them gzipped (`.gz`).
public enum InputKind: String, Sendable, Hashable {
    case text
    case html
    case jsonl

    /// The kind of `path` by its extension under any `.gz`; nil for names a directory walk skips.
    public static func of(path: String) -> InputKind? {
        var name = path.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        switch name[name.index(after: dot)...] {
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }

    /// The name without `.gz` and the kind's extension (`a.jsonl.gz` → `a`).
    public static func stem(of fileName: String) -> String {
        var name = fileName
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name.isEmpty ? fileName : name
    }
}
