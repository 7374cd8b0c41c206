import NewsGraphCore
import NewsGraphMatching
import NewsGraphRules

/// Runs a compiled `RuleSet` over a text, phase by phase.
///
/// Matches: every rule of a phase, from each occurrence of its anchor.
/// Emits: the surviving annotations after the last phase, in text order.
/// An accepted match consumes the earlier annotations inside it; within a
/// phase, `OverlapPolicy` picks among overlapping candidates.
public struct RuleEngine: Sendable {
    public let rules: RuleSet
    public let policy: OverlapPolicy
    let flatRules: [EngineRule]
    let ruleIDs: [String]
    let kindRank: [Int32]
    let phaseRanges: [Range<Int>]
    /// The rules' automaton reporting each keyword's lexicon classes.
    let scanner: TaggedScanner
    let charTests: CharTestTable

    public init(rules: RuleSet, policy: OverlapPolicy = .priorityThenLongest) {
        self.rules = rules
        self.policy = policy
        var flat: [EngineRule] = []
        var ranges: [Range<Int>] = []
        for p in rules.phases {
            ranges.append(flat.count..<(flat.count + p.rules.count))
            flat += p.rules.map(EngineRule.init)
        }
        flatRules = flat
        ruleIDs = flat.map(\.id)
        kindRank = AnnotationForest.ranks(of: rules.kinds)
        phaseRanges = ranges
        // Only the classes a rule reads: a lexicon that only builds others (`@surname-single`
        // in `@surname`, that in `@any-surname`) would add a hit per keyword for nothing.
        let read = RuleEngine.classesRead(by: flat, exclusions: rules.exclusionClasses)
        scanner = TaggedScanner(rules.automaton, tags: rules.keywordClasses.map { $0.filter(read.contains) })
        charTests = CharTestTable(rules.charTests)
    }

    /// The lexicon classes some rule's programs or anchor, or a character test's exclusion, read.
    static func classesRead(by rules: [EngineRule], exclusions: [Int32]) -> Set<Int32> {
        var read = Set(exclusions)
        for rule in rules {
            if case .lexicon(let ids) = rule.anchor { read.formUnion(ids) }
            let programs = [rule.forward, rule.backward, rule.contextForward, rule.before, rule.after, rule.notBefore, rule.notAfter]
            for case let p? in programs {
                for case .lexicon(let cls) in p.instructions { read.insert(cls) }
            }
        }
        return read
    }

    /// What happened to each candidate, for `explain --why-not`.
    public struct CandidateTrace: Sendable, Hashable {
        public enum Fate: Sendable, Hashable {
            case accepted
            case lostTo(rule: String, span: TextSpan)
            case contextFailed(String)
            case patternFailed(String)
        }
        public var rule: String
        public var phase: String
        public var span: TextSpan
        public var fate: Fate
    }

    public func annotate(_ text: [Unicode.Scalar]) -> [Annotation] {
        var trace: [CandidateTrace]? = nil
        return run(text, trace: &trace, focus: nil)
    }

    /// Runs the rules and records the fate of every candidate and anchor touching `focus`.
    public func trace(_ text: [Unicode.Scalar], focus: TextSpan) -> ([Annotation], [CandidateTrace]) {
        var trace: [CandidateTrace]? = []
        let result = run(text, trace: &trace, focus: focus)
        return (result, trace ?? [])
    }

    func lexiconHits(_ text: [Unicode.Scalar]) -> [MatchInput.Span] { scanner.spans(in: text) }

    func run(_ text: [Unicode.Scalar], trace: inout [CandidateTrace]?, focus: TextSpan?) -> [Annotation] {
        var input = MatchInput(
            text: text, charTests: charTests, hits: lexiconHits(text), classCount: rules.lexiconNames.count,
            exclusionClasses: rules.exclusionClasses)
        var state = EngineRun(engine: self, trace: trace, focus: focus)
        var forest = AnnotationForest(kindRank: kindRank)
        for (phaseIndex, range) in phaseRanges.enumerated() {
            state.candidates.removeAll(keepingCapacity: true)
            let phase = rules.phases[phaseIndex].name
            for ruleIndex in range { state.run(ruleIndex, phase: phase, on: input) }
            let accepted = choose(state.candidates, phase: phase, trace: &state.trace, focus: focus)
            if accepted.isEmpty { continue }
            forest.add(accepted.map { c in (Int32(c.start), Int32(c.end), flatRules[c.ruleIndex].emit, Int32(c.ruleIndex)) })
            input.setAnnotations(forest.rootSpans, kindCount: rules.kinds.count)
        }
        trace = state.trace
        return forest.annotations(kinds: rules.kinds, ruleIDs: ruleIDs)
    }

    func beforeHolds(_ rule: EngineRule, _ start: Int, _ runner: inout ProgramRunner, _ input: MatchInput) -> Bool {
        if let p = rule.before, !runner.accepts(p, on: input, from: start, forward: false) { return false }
        if let p = rule.notBefore, runner.accepts(p, on: input, from: start, forward: false) { return false }
        return true
    }

    func afterHolds(_ rule: EngineRule, _ end: Int, _ runner: inout ProgramRunner, _ input: MatchInput) -> Bool {
        if let p = rule.after, !runner.accepts(p, on: input, from: end, forward: true) { return false }
        if let p = rule.notAfter, runner.accepts(p, on: input, from: end, forward: true) { return false }
        return true
    }

    func choose(_ candidates: [Candidate], phase: String, trace: inout [CandidateTrace]?, focus: TextSpan?) -> [Candidate] {
        // The order is total, so duplicates (one rule reaching one span from two anchors) end up side by side.
        let sorted = candidates.sorted(by: policy.order)
        var taken: [Candidate] = []  // kept sorted by start for the overlap test
        for (k, c) in sorted.enumerated() where k == 0 || sorted[k - 1] != c {
            let i = insertionIndex(taken, c.start)
            let overlapLeft = i > 0 && taken[i - 1].end > c.start
            let overlapRight = i < taken.count && taken[i].start < c.end
            let span = TextSpan(c.start, c.end)
            if overlapLeft || overlapRight {
                if let focus, span.overlaps(focus) {
                    let winner = overlapLeft ? taken[i - 1] : taken[i]
                    trace?.append(.init(rule: flatRules[c.ruleIndex].id, phase: phase, span: span, fate: .lostTo(rule: flatRules[winner.ruleIndex].id, span: TextSpan(winner.start, winner.end))))
                }
                continue
            }
            taken.insert(c, at: i)
            if let focus, span.overlaps(focus) {
                trace?.append(.init(rule: flatRules[c.ruleIndex].id, phase: phase, span: span, fate: .accepted))
            }
        }
        return taken
    }

    func insertionIndex(_ list: [Candidate], _ start: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if list[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
