/// A shell-style glob for `--include`/`--exclude`: `*` (any run of characters
/// but `/`), `**` (any run, `/` included; `**/` also matches nothing), `?` (one
/// character but `/`), `[abc]`, `[a-z]`, `[!a]`. A pattern without `/` is matched
/// against the file name, one with `/` against the path relative to the
/// directory given on the command line.
public struct GlobPattern: Sendable, Hashable {
    public let text: String
    let pattern: [Character]

    public init(_ text: String) {
        self.text = text
        pattern = Array(text)
    }

    /// Whether the file at `relativePath` (relative to the walked directory) matches.
    public func matches(relativePath: String) -> Bool {
        if pattern.contains("/") {
            let p = relativePath.hasPrefix("./") ? String(relativePath.dropFirst(2)) : relativePath
            return GlobPattern.match(pattern[...], Array(p)[...])
        }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        return GlobPattern.match(pattern[...], Array(name)[...])
    }

    static func match(_ p: ArraySlice<Character>, _ s: ArraySlice<Character>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            if p.dropFirst().first == "*" {
                var rest = p.dropFirst(2)
                if rest.first == "/" {
                    // `**/x`: x here, or after any number of directories.
                    rest = rest.dropFirst()
                    if match(rest, s) { return true }
                    var i = s.startIndex
                    while i < s.endIndex {
                        if s[i] == "/", match(rest, s[(i + 1)...]) { return true }
                        i += 1
                    }
                    return false
                }
                var i = s.startIndex
                while true {
                    if match(rest, s[i...]) { return true }
                    if i == s.endIndex { return false }
                    i += 1
                }
            }
            var i = s.startIndex
            while true {
                if match(p.dropFirst(), s[i...]) { return true }
                if i == s.endIndex || s[i] == "/" { return false }
                i += 1
            }
        case "?":
            guard let f = s.first, f != "/" else { return false }
            return match(p.dropFirst(), s.dropFirst())
        case "[":
            guard let f = s.first, f != "/", let close = p.dropFirst(2).firstIndex(of: "]") else {
                return s.first == "[" && match(p.dropFirst(), s.dropFirst())
            }
            var set = p[(p.startIndex + 1)..<close]
            let negate = set.first == "!" || set.first == "^"
            if negate { set = set.dropFirst() }
            var hit = false
            var i = set.startIndex
            while i < set.endIndex {
                if i + 2 < set.endIndex, set[i + 1] == "-" {
                    if set[i] <= f && f <= set[i + 2] { hit = true }
                    i += 3
                } else {
                    if set[i] == f { hit = true }
                    i += 1
                }
            }
            return hit != negate && match(p[(close + 1)...], s.dropFirst())
        default:
            guard s.first == c else { return false }
            return match(p.dropFirst(), s.dropFirst())
        }
    }
}
