import NewsGraphMatching

/// A compiled, checked rule set: lexicon classes in one automaton, and phases
/// of rules compiled to NFA programs.
public struct RuleSet: Sendable {
    /// Lexicon class names by id (literals used in patterns are classes too, named `"…"`).
    public var lexiconNames: [String]
    /// Entries of each class, with where each was read (for lint).
    public var lexiconEntries: [[LexiconEntry]]
    /// Every entry of every class; keyword id → the classes it belongs to.
    public var automaton: AhoCorasick
    public var keywordClasses: [[Int32]]
    public var charTests: [CharTest]
    /// The lexicon class of each exclusion slot used by `charTests`.
    public var exclusionClasses: [Int32]
    /// Annotation kind names by id; kinds that are `NodeKind` raw values become entities.
    public var kinds: [String]
    public var phases: [CompiledPhase]
    /// Names declared but never used (for lint).
    public var unusedNames: [(name: String, location: SourceLocation)]
    /// Rule id → `file:line` relative to the rules directory (`zh/person.rules:24`), for provenance.
    public var ruleSources: [String: String] = [:]

    public var rules: [CompiledRule] { phases.flatMap(\.rules) }

    public func kindID(_ name: String) -> Int32? { kinds.firstIndex(of: name).map(Int32.init) }
    public func lexiconID(_ name: String) -> Int32? { lexiconNames.firstIndex(of: name).map(Int32.init) }
}

public struct LexiconEntry: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation
}

public struct CompiledPhase: Sendable {
    public var order: Int
    public var name: String
    public var rules: [CompiledRule]
}

/// One rule, ready to run.
public struct CompiledRule: Sendable {
    public var id: String
    /// `file:line` of the rule, for provenance.
    public var location: SourceLocation
    public var emit: Int32
    public var priority: Int
    /// Where candidate matches are anchored: hits of a lexicon class, annotations, or every offset.
    public var anchor: Anchor
    /// How an anchor occurrence places the match.
    public var anchorMode: AnchorMode
    /// Run forward: the pattern from the anchor on (`.inPattern`), or the whole pattern (`.startsAfter`).
    public var forward: Program?
    /// Run backward: the part before the anchor (`.inPattern`), or the whole pattern (`.endsBefore`).
    public var backward: Program?
    /// Run forward from the anchor to find starts (`.startsAfterContext`): the `before:` context.
    public var contextForward: Program?
    public var before: Program?
    public var after: Program?
    public var notBefore: Program?
    public var notAfter: Program?
    public var examples: [RuleExample]
    public var declaration: RuleDeclaration

    public enum Anchor: Sendable, Hashable {
        /// A hit of any of these lexicon classes.
        case lexicon([Int32])
        case annotation([Int32])
        case everywhere
    }

    public enum AnchorMode: Sendable, Hashable {
        /// The anchor is an element of the pattern: forward from its start, the rest backward.
        case inPattern
        /// The anchor opens `after:`: the match ends where it starts.
        case endsBefore
        /// The anchor closes `before:`: the match starts where it ends.
        case startsAfter
        /// The anchor opens `before:`: the context runs forward from it, and the
        /// match starts wherever the context ends.
        case startsAfterContext
    }
}
