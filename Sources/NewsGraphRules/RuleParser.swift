import Foundation
import NewsGraphCore

/// Parses the text of one `.rules` file into declarations.
///
/// Line-based: `lexicon`, `class`, `define`, `phase` and `rule` start at column 1;
/// a rule's `key: value` lines are indented under it; `#` starts a comment
/// outside quotes. Every error carries file:line:col.
public struct RuleParser {
    let path: String

    public init(path: String) { self.path = path }

    public func parse(_ text: String) -> (RuleFile, [RuleDiagnostic]) {
        var file = RuleFile(path: path)
        var errors: [RuleDiagnostic] = []
        var currentPhase = ""
        var currentRule: RuleDeclaration?

        func closeRule() {
            if let r = currentRule { file.rules.append(r) }
            currentRule = nil
        }

        for (index, line) in RuleParser.lines(text).enumerated() {
            let lineText = String(scalars: line)
            let lineNo = index + 1
            let content = RuleParser.stripComment(line)
            if content.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let indented = content.first == " " || content.first == "\t"
            func loc(_ col: Int) -> SourceLocation { SourceLocation(file: path, line: lineNo, column: col + 1, text: lineText) }

            if indented {
                guard currentRule != nil else {
                    errors.append(RuleDiagnostic(.syntax, loc(0), "indented line outside a rule"))
                    continue
                }
                var i = 0
                while i < content.count, content[i] == " " || content[i] == "\t" { i += 1 }
                guard let colon = content[i...].firstIndex(of: ":") else {
                    errors.append(RuleDiagnostic(.syntax, loc(i), "expected `key: value`"))
                    continue
                }
                let key = String(scalars: content[i..<colon])
                var v = colon + 1
                while v < content.count, content[v] == " " { v += 1 }
                // Examples keep the whole line (their text may hold `#`).
                let valueScalars = key == "example" || key == "not" ? Array(line[min(v, line.count)...]) : Array(content[v...])
                if key != "example" && key != "not" {
                    currentRule!.lines[key] = String(scalars: valueScalars).trimmed
                }
                do {
                    try parseRuleKey(key, valueScalars, column: v, loc: loc, into: &currentRule!)
                } catch let e as RuleDiagnostic {
                    errors.append(e)
                } catch {}
                continue
            }

            closeRule()
            let words = RuleParser.words(content)
            guard let keyword = words.first else { continue }
            do {
                switch keyword.text {
                case "lexicon":
                    file.lexicons.append(try parseLexicon(content, loc: loc))
                case "class":
                    file.classes.append(try parseClass(content, loc: loc))
                case "define":
                    let (name, rhs, col) = try splitAssignment(content, loc: loc)
                    var parser = PatternParser(scalars: rhs, offset: col, line: loc(0))
                    let pattern = try parser.parseAll()
                    file.defines.append(DefineDeclaration(name: name, pattern: pattern, location: loc(0)))
                case "phase":
                    guard words.count == 3, let order = Int(words[1].text) else {
                        throw RuleDiagnostic(.syntax, loc(0), "expected `phase ORDER NAME`")
                    }
                    currentPhase = words[2].text
                    file.phases.append(PhaseDeclaration(order: order, name: currentPhase, location: loc(words[2].column)))
                case "rule":
                    guard words.count == 2 else { throw RuleDiagnostic(.syntax, loc(0), "expected `rule ID`") }
                    guard !currentPhase.isEmpty else {
                        throw RuleDiagnostic(.syntax, loc(0), "rule before any `phase` line")
                    }
                    currentRule = RuleDeclaration(id: words[1].text, phase: currentPhase, location: loc(words[1].column))
                default:
                    throw RuleDiagnostic(.syntax, loc(keyword.column), "unknown statement `\(keyword.text)` (expected lexicon, class, define, phase or rule)")
                }
            } catch let e as RuleDiagnostic {
                errors.append(e)
            } catch {}
        }
        closeRule()
        return (file, errors)
    }

    func parseRuleKey(
        _ key: String, _ value: [Unicode.Scalar], column: Int, loc: (Int) -> SourceLocation, into rule: inout RuleDeclaration
    ) throws {
        func pattern() throws -> Pattern {
            var parser = PatternParser(scalars: value, offset: column, line: loc(0))
            return try parser.parseAll()
        }
        switch key {
        case "emit": rule.emit = String(scalars: value).trimmed
        case "priority":
            guard let p = Int(String(scalars: value).trimmed) else {
                throw RuleDiagnostic(.syntax, loc(column), "priority must be an integer")
            }
            rule.priority = p
        case "pattern": rule.pattern = try pattern()
        case "before": rule.before = try pattern()
        case "after": rule.after = try pattern()
        case "not-before": rule.notBefore = try pattern()
        case "not-after": rule.notAfter = try pattern()
        case "example", "not": rule.examples.append(try parseExample(value, negative: key == "not", column: column, loc: loc))
        default:
            throw RuleDiagnostic(.unknownKey, loc(column - key.count - 2), "unknown key `\(key)` (expected emit, priority, pattern, before, after, not-before, not-after, example, not)")
        }
    }

    func parseExample(_ value: [Unicode.Scalar], negative: Bool, column: Int, loc: (Int) -> SourceLocation) throws -> RuleExample {
        let s = String(scalars: value)
        guard let arrow = s.range(of: "=>") else {
            throw RuleDiagnostic(.badExample, loc(column), "expected `TEXT => Kind Name; …`")
        }
        // `\n` in an example's text is a line break (a rule reading `^`, `$` or a newline class).
        let text = String(s[..<arrow.lowerBound]).trimmed.replacingOccurrences(of: "\\n", with: "\n")
        var expectations: [RuleExample.Expectation] = []
        for item in s[arrow.upperBound...].split(separator: ";") {
            let parts = item.split(separator: " ", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2 else { throw RuleDiagnostic(.badExample, loc(column), "expected `Kind Name` in `\(String(item).trimmed)`") }
            if parts[0] == "holds" {
                let triple = parts[1].split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
                guard triple.count == 3 else { throw RuleDiagnostic(.badExample, loc(column), "expected `holds PERSON|TITLE|ORG`") }
                expectations.append(.holds(person: triple[0], title: triple[1], organization: triple[2]))
            } else {
                expectations.append(.entity(kind: parts[0], name: parts[1]))
            }
        }
        guard !text.isEmpty else { throw RuleDiagnostic(.badExample, loc(column), "example without text") }
        return RuleExample(text: text, expectations: expectations, negative: negative, location: loc(column))
    }

    func splitAssignment(_ content: [Unicode.Scalar], loc: (Int) -> SourceLocation) throws -> (String, [Unicode.Scalar], Int) {
        let words = RuleParser.words(content)
        guard words.count >= 3, words[2].text == "=" else {
            throw RuleDiagnostic(.syntax, loc(0), "expected `\(words.first?.text ?? "") NAME = …`")
        }
        guard RuleParser.isIdentifier(words[1].text) else {
            throw RuleDiagnostic(.syntax, loc(words[1].column), "`\(words[1].text)` is not a name (letters, digits, - and _)")
        }
        var eq = words[2].column + 1
        while eq < content.count, content[eq] == " " || content[eq] == "\t" { eq += 1 }
        return (words[1].text, Array(content[eq...]), eq)
    }

    func parseLexicon(_ content: [Unicode.Scalar], loc: (Int) -> SourceLocation) throws -> LexiconDeclaration {
        let (name, rhs, offset) = try splitAssignment(content, loc: loc)
        var sources: [LexiconDeclaration.Source] = []
        var ops: [LexiconDeclaration.Operation] = []
        var stage: [[Token]] = [[]]
        for t in try RuleParser.tokens(rhs, offset: offset, loc: loc) {
            if t.text == "|" && !t.quoted { stage.append([]) } else { stage[stage.count - 1].append(t) }
        }
        func source(_ t: Token) throws -> LexiconDeclaration.Source {
            if t.quoted { return .entry(t.text) }
            if t.text.hasPrefix("@") { return .lexicon(String(t.text.dropFirst())) }
            guard t.text.hasSuffix(".txt") else {
                throw RuleDiagnostic(.syntax, loc(t.column), "expected a file.txt, an @lexicon or a \"quoted entry\"")
            }
            return .file(t.text)
        }
        sources = try stage[0].map(source)
        for op in stage.dropFirst() {
            guard let head = op.first else { throw RuleDiagnostic(.syntax, loc(offset), "empty operation after `|`") }
            let args = Array(op.dropFirst())
            switch head.text {
            case "strip": ops.append(.stripSuffixes(args.map(\.text)))
            case "min":
                guard args.count == 1, let n = Int(args[0].text) else { throw RuleDiagnostic(.syntax, loc(head.column), "expected `min N`") }
                ops.append(.minLength(n))
            case "minus": ops.append(.minus(try args.map(source)))
            default: throw RuleDiagnostic(.syntax, loc(head.column), "unknown operation `\(head.text)` (expected strip, min or minus)")
            }
        }
        guard !sources.isEmpty else { throw RuleDiagnostic(.syntax, loc(offset), "a lexicon needs at least one source") }
        return LexiconDeclaration(name: name, sources: sources, operations: ops, location: loc(offset))
    }

    func parseClass(_ content: [Unicode.Scalar], loc: (Int) -> SourceLocation) throws -> CharClassDeclaration {
        let (name, rhs, offset) = try splitAssignment(content, loc: loc)
        var ranges: [ClosedRange<UInt32>] = []
        for t in try RuleParser.tokens(rhs, offset: offset, loc: loc) {
            if t.quoted {
                ranges += t.text.unicodeScalars.map { $0.value...$0.value }
                continue
            }
            let bounds = t.text.components(separatedBy: "..")
            let values = bounds.map { b -> UInt32? in
                guard b.hasPrefix("U+") else { return nil }
                return UInt32(b.dropFirst(2), radix: 16)
            }
            guard (1...2).contains(values.count), values.allSatisfy({ $0 != nil }), values.first!! <= values.last!! else {
                throw RuleDiagnostic(.syntax, loc(t.column), "expected U+XXXX, U+XXXX..U+YYYY or \"chars\"")
            }
            ranges.append(values.first!!...values.last!!)
        }
        guard !ranges.isEmpty else { throw RuleDiagnostic(.syntax, loc(offset), "empty character class") }
        return CharClassDeclaration(name: name, ranges: ranges, location: loc(offset))
    }

    // MARK: - Lexical helpers

    struct Token {
        var text: String
        var column: Int
        var quoted: Bool
    }

    /// Whitespace-separated words with their 0-based columns (no quote handling).
    static func words(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < s.count {
            while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
            let start = i
            while i < s.count, s[i] != " " && s[i] != "\t" { i += 1 }
            if i > start { out.append(Token(text: String(scalars: s[start..<i]), column: start, quoted: false)) }
        }
        return out
    }

    /// Words and "quoted strings", with columns.
    static func tokens(_ s: [Unicode.Scalar], offset: Int, loc: (Int) -> SourceLocation) throws -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < s.count {
            if s[i] == " " || s[i] == "\t" { i += 1; continue }
            let start = i
            if s[i] == "\"" {
                i += 1
                while i < s.count, s[i] != "\"" { i += 1 }
                guard i < s.count else { throw RuleDiagnostic(.syntax, loc(offset + start), "unterminated string") }
                out.append(Token(text: String(scalars: s[(start + 1)..<i]), column: offset + start, quoted: true))
                i += 1
            } else {
                while i < s.count, s[i] != " " && s[i] != "\t" { i += 1 }
                out.append(Token(text: String(scalars: s[start..<i]), column: offset + start, quoted: false))
            }
        }
        return out
    }

    /// The lines of `text` as scalars, without their `\n` or `\r\n`. By scalars: splitting
    /// the `String` sees `\r\n` as one character that is not `\n`, so a rule file saved with
    /// CRLF line ends was read as one line.
    static func lines(_ text: String) -> [[Unicode.Scalar]] {
        let scalars = Array(text.unicodeScalars)
        var out: [[Unicode.Scalar]] = []
        var start = 0
        while start <= scalars.count {
            var end = start
            while end < scalars.count, scalars[end] != "\n" { end += 1 }
            let contentEnd = end > start && scalars[end - 1] == "\r" ? end - 1 : end
            out.append(Array(scalars[start..<contentEnd]))
            start = end + 1
        }
        return out
    }

    static func stripComment(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var inQuote = false
        for (i, c) in line.enumerated() {
            if c == "\"" { inQuote.toggle() }
            if c == "#" && !inQuote { return Array(line[..<i]) }
        }
        return line
    }

    static func isIdentifier(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}

extension String {
    var trimmed: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
