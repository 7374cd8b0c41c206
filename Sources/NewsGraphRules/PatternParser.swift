import NewsGraphCore

/// Parses the pattern language:
///
///     alternation := sequence ("|" sequence)*
///     sequence    := (atom quantifier*)*
///     atom        := @lexicon | <Kind|Kind> | name | "text" | ( alternation )
///                  | [name - @lexicon - "chars"] | ^ | $
///     quantifier  := ? | * | + | {n} | {n,} | {n,m}
struct PatternParser {
    let s: [Unicode.Scalar]
    let offset: Int
    /// The line's location; columns are computed from `offset` and the position in `s`.
    let line: SourceLocation
    var i = 0
    /// Open parentheses around the current position: bounded, so that `((((…` is a syntax error
    /// and not a stack overflow (found by the `rules` fuzz target).
    var depth = 0
    static let maxDepth = 32

    init(scalars: [Unicode.Scalar], offset: Int, line: SourceLocation) {
        self.s = scalars
        self.offset = offset
        self.line = line
    }

    func location(_ column0: Int) -> SourceLocation {
        SourceLocation(file: line.file, line: line.line, column: column0 + 1, text: line.text)
    }

    func error(_ message: String, at: Int? = nil) -> RuleDiagnostic {
        RuleDiagnostic(.syntax, location(offset + (at ?? i)), message)
    }

    mutating func parseAll() throws -> Pattern {
        let p = try alternation()
        skipSpace()
        if i < s.count { throw error("unexpected `\(Character(s[i]))`") }
        if case .sequence(let items) = p, items.isEmpty { throw error("empty pattern") }
        return p
    }

    mutating func skipSpace() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }

    mutating func alternation() throws -> Pattern {
        var branches = [try sequence()]
        skipSpace()
        while i < s.count, s[i] == "|" {
            i += 1
            branches.append(try sequence())
            skipSpace()
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func sequence() throws -> Pattern {
        var items: [Pattern] = []
        while true {
            skipSpace()
            guard i < s.count, s[i] != "|", s[i] != ")" else { break }
            var atom = try self.atom()
            while let q = try quantifier() { atom = .repetition(atom, min: q.0, max: q.1) }
            items.append(atom)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func quantifier() throws -> (Int, Int?)? {
        guard i < s.count else { return nil }
        switch s[i] {
        case "?": i += 1; return (0, 1)
        case "*": i += 1; return (0, nil)
        case "+": i += 1; return (1, nil)
        case "{":
            let start = i
            i += 1
            let lo = number()
            var hi: Int? = lo
            if i < s.count, s[i] == "," {
                i += 1
                hi = number()
            }
            guard let lo, i < s.count, s[i] == "}" else { throw error("expected {n}, {n,} or {n,m}", at: start) }
            i += 1
            if let hi, hi < lo { throw error("{\(lo),\(hi)}: the maximum is below the minimum", at: start) }
            return (lo, hi)
        default: return nil
        }
    }

    mutating func number() -> Int? {
        let start = i
        while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
        return i > start ? Int(String(scalars: s[start..<i])) : nil
    }

    mutating func identifier() -> String {
        let start = i
        while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) || s[i] == "-" || s[i] == "_" || s[i] == "." {
            // A `-` followed by a space is the exclusion operator, not part of a name.
            if s[i] == "-", i + 1 < s.count, s[i + 1] == " " { break }
            i += 1
        }
        return String(scalars: s[start..<i])
    }

    mutating func quoted() throws -> [Unicode.Scalar] {
        let start = i
        i += 1
        while i < s.count, s[i] != "\"" { i += 1 }
        guard i < s.count else { throw error("unterminated string", at: start) }
        defer { i += 1 }
        let text = Array(s[(start + 1)..<i])
        if text.isEmpty { throw error("empty string", at: start) }
        return text
    }

    mutating func atom() throws -> Pattern {
        let start = i
        let loc = location(offset + start)
        switch s[i] {
        case "@":
            i += 1
            let name = identifier()
            if name.isEmpty { throw error("expected a lexicon name after @", at: start) }
            return .lexicon(name, loc)
        case "<":
            i += 1
            var kinds: [String] = []
            repeat {
                if i < s.count, s[i] == "|" { i += 1 }
                let k = identifier()
                if k.isEmpty { throw error("expected an annotation kind", at: i) }
                kinds.append(k)
            } while i < s.count && s[i] == "|"
            guard i < s.count, s[i] == ">" else { throw error("expected `>`", at: start) }
            i += 1
            return .annotation(kinds, loc)
        case "\"":
            return .literal(try quoted(), loc)
        case "(":
            guard depth < PatternParser.maxDepth else { throw error("parentheses nested deeper than \(PatternParser.maxDepth)") }
            i += 1
            depth += 1
            let inner = try alternation()
            depth -= 1
            skipSpace()
            guard i < s.count, s[i] == ")" else { throw error("expected `)`", at: start) }
            i += 1
            return inner
        case "[":
            i += 1
            skipSpace()
            let name = identifier()
            if name.isEmpty { throw error("expected a character class name after [", at: i) }
            var lexicons: [String] = []
            var chars: [Unicode.Scalar] = []
            skipSpace()
            while i < s.count, s[i] == "-" {
                i += 1
                skipSpace()
                guard i < s.count else { break }
                if s[i] == "@" {
                    i += 1
                    lexicons.append(identifier())
                } else if s[i] == "\"" {
                    chars += try quoted()
                } else {
                    throw error("expected @lexicon or \"chars\" after `-`")
                }
                skipSpace()
            }
            guard i < s.count, s[i] == "]" else { throw error("expected `]`", at: start) }
            i += 1
            return .restricted(name, excludedLexicons: lexicons, excludedChars: chars, loc)
        case "^": i += 1; return .lineStart
        case "$": i += 1; return .lineEnd
        default:
            let name = identifier()
            if name.isEmpty { throw error("unexpected `\(Character(s[i]))`") }
            return .reference(name, loc)
        }
    }
}
