/// The declarations of one rule file, as written.
public struct RuleFile: Sendable {
    public var path: String
    public var lexicons: [LexiconDeclaration] = []
    public var classes: [CharClassDeclaration] = []
    public var defines: [DefineDeclaration] = []
    public var phases: [PhaseDeclaration] = []
    public var rules: [RuleDeclaration] = []

    public init(path: String) { self.path = path }
}

/// `lexicon NAME = file.txt "entry" … | strip "市" "县" | min 2 | minus other.txt`
public struct LexiconDeclaration: Sendable {
    public enum Source: Sendable, Hashable {
        case file(String)
        case entry(String)
        case lexicon(String)  // `@other`: every entry of another class
    }
    public enum Operation: Sendable, Hashable {
        case stripSuffixes([String])  // also keep the form without one of these suffixes
        case minLength(Int)
        case minus([Source])
    }
    public var name: String
    public var sources: [Source]
    public var operations: [Operation]
    public var location: SourceLocation
}

/// `class NAME = U+4E00..U+9FFF "、，"`
public struct CharClassDeclaration: Sendable {
    public var name: String
    public var ranges: [ClosedRange<UInt32>]
    public var location: SourceLocation
}

/// `define NAME = PATTERN`
public struct DefineDeclaration: Sendable {
    public var name: String
    public var pattern: Pattern
    public var location: SourceLocation
}

/// `phase ORDER NAME`: rules below it, to the next `phase`, run together.
public struct PhaseDeclaration: Sendable {
    public var order: Int
    public var name: String
    public var location: SourceLocation
}

/// `rule ID` and its indented `key: value` lines.
public struct RuleDeclaration: Sendable {
    public var id: String
    public var phase: String
    public var emit: String = ""
    public var priority: Int = 0
    public var pattern: Pattern = .sequence([])
    public var before: Pattern?
    public var after: Pattern?
    public var notBefore: Pattern?
    public var notAfter: Pattern?
    public var examples: [RuleExample] = []
    public var location: SourceLocation
    /// Each `key: value` line as written (for documentation).
    public var lines: [String: String] = [:]
}

/// `example: TEXT => Kind Name; holds P|T|O` (what must be found) or
/// `not: TEXT => Kind Name` (what must not be).
public struct RuleExample: Sendable, Hashable {
    public enum Expectation: Sendable, Hashable, CustomStringConvertible {
        case entity(kind: String, name: String)
        case holds(person: String, title: String, organization: String)

        public var description: String {
            switch self {
            case .entity(let k, let n): "\(k) \(n)"
            case .holds(let p, let t, let o): "holds \(p)|\(t)|\(o)"
            }
        }
    }
    public var text: String
    public var expectations: [Expectation]
    public var negative: Bool
    public var location: SourceLocation
}
