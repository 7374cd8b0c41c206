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
    let flatRules: [CompiledRule]
    let phaseRanges: [Range<Int>]

    public init(rules: RuleSet, policy: OverlapPolicy = .priorityThenLongest) {
        self.rules = rules
        self.policy = policy
        var flat: [CompiledRule] = []
        var ranges: [Range<Int>] = []
        for p in rules.phases {
            ranges.append(flat.count..<(flat.count + p.rules.count))
            flat += p.rules
        }
        flatRules = flat
        phaseRanges = ranges
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

    func lexiconHits(_ text: [Unicode.Scalar]) -> [MatchInput.Span] {
        var hits: [MatchInput.Span] = []
        let classes = rules.keywordClasses
        rules.automaton.scan(text) { m in
            for c in classes[Int(m.id)] { hits.append(MatchInput.Span(start: m.start, end: m.end, tag: c)) }
        }
        return hits
    }

    func run(_ text: [Unicode.Scalar], trace: inout [CandidateTrace]?, focus: TextSpan?) -> [Annotation] {
        var input = MatchInput(
            text: text, charTests: rules.charTests, hits: lexiconHits(text), exclusionClasses: rules.exclusionClasses)
        var runner = ProgramRunner()
        var alive: [Annotation] = []
        for (phaseIndex, range) in phaseRanges.enumerated() {
            var candidates: [Candidate] = []
            for ruleIndex in range {
                let rule = flatRules[ruleIndex]
                let phase = rules.phases[phaseIndex].name
                for (anchorStart, anchorEnd) in anchors(rule.anchor, input) {
                    let touches = focus.map { anchorStart <= $0.end && anchorEnd >= $0.start } ?? false
                    func note(_ span: TextSpan, _ fate: CandidateTrace.Fate) {
                        if touches || (focus.map { span.overlaps($0) } ?? false) {
                            trace?.append(.init(rule: rule.id, phase: phase, span: span, fate: fate))
                        }
                    }
                    // Every possible start and end, farthest first.
                    let starts: [Int], ends: [Int]
                    switch rule.anchorMode {
                    case .inPattern:
                        ends = runner.run(rule.forward!, on: input, from: anchorStart, forward: true)
                        starts = rule.backward.map { runner.run($0, on: input, from: anchorStart, forward: false) } ?? [anchorStart]
                    case .endsBefore:
                        ends = [anchorStart]
                        starts = runner.run(rule.backward!, on: input, from: anchorStart, forward: false)
                    case .startsAfter:
                        starts = [rule.anchor == .everywhere ? anchorStart : anchorEnd]
                        ends = runner.run(rule.forward!, on: input, from: starts[0], forward: true)
                    }
                    guard !ends.isEmpty, !starts.isEmpty else {
                        // Rules tried at every offset fail almost everywhere: not worth reporting.
                        if rule.anchor != .everywhere { note(TextSpan(anchorStart, anchorEnd), .patternFailed("the pattern does not match at this anchor")) }
                        continue
                    }
                    // The longest match whose ends also satisfy the rule's context.
                    guard let end = ends.first(where: { afterHolds(rule, $0, &runner, input) }) else {
                        note(TextSpan(starts[0], ends[0]), .contextFailed("`after:`/`not-after:` rejects every end"))
                        continue
                    }
                    guard let start = starts.first(where: { beforeHolds(rule, $0, &runner, input) }) else {
                        note(TextSpan(starts[0], end), .contextFailed("`before:`/`not-before:` rejects every start"))
                        continue
                    }
                    candidates.append(Candidate(start: start, end: end, ruleIndex: ruleIndex, priority: rule.priority))
                }
            }
            let accepted = choose(candidates, phase: rules.phases[phaseIndex].name, trace: &trace, focus: focus)
            if accepted.isEmpty { continue }
            alive = merge(alive, accepted.map { c in
                Annotation(kind: rules.kinds[Int(flatRules[c.ruleIndex].emit)], span: TextSpan(c.start, c.end), rule: flatRules[c.ruleIndex].id)
            })
            input.setAnnotations(alive.map {
                MatchInput.Span(start: Int32($0.span.start), end: Int32($0.span.end), tag: rules.kindID($0.kind) ?? -1)
            })
        }
        return alive
    }

    /// Start offsets (and anchor ends) where a rule may match.
    func anchors(_ anchor: CompiledRule.Anchor, _ input: MatchInput) -> [(Int, Int)] {
        switch anchor {
        case .lexicon(let id):
            return input.allHits(id).filter { input.isFree($0.start, $0.end) }.map { (Int($0.start), Int($0.end)) }
        case .annotation(let kinds):
            return input.allAnnotations(kinds).map { (Int($0.start), Int($0.end)) }
        case .everywhere:
            return (0..<input.text.count).map { ($0, $0 + 1) }
        }
    }

    func beforeHolds(_ rule: CompiledRule, _ start: Int, _ runner: inout ProgramRunner, _ input: MatchInput) -> Bool {
        if let p = rule.before, !runner.accepts(p, on: input, from: start, forward: false) { return false }
        if let p = rule.notBefore, runner.accepts(p, on: input, from: start, forward: false) { return false }
        return true
    }

    func afterHolds(_ rule: CompiledRule, _ end: Int, _ runner: inout ProgramRunner, _ input: MatchInput) -> Bool {
        if let p = rule.after, !runner.accepts(p, on: input, from: end, forward: true) { return false }
        if let p = rule.notAfter, runner.accepts(p, on: input, from: end, forward: true) { return false }
        return true
    }

    func choose(_ candidates: [Candidate], phase: String, trace: inout [CandidateTrace]?, focus: TextSpan?) -> [Candidate] {
        let sorted = Set(candidates).sorted(by: policy.order)
        var taken: [Candidate] = []  // kept sorted by start for the overlap test
        for c in sorted {
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

    /// Adds a phase's annotations; each consumes the earlier ones inside it.
    /// Both lists are sorted by start, so each new annotation looks only at the
    /// alive ones starting inside it.
    func merge(_ alive: [Annotation], _ new: [Annotation]) -> [Annotation] {
        var consumed = [Bool](repeating: false, count: alive.count)
        var result = new
        for k in result.indices {
            let n = result[k].span
            var lo = 0, hi = alive.count
            while lo < hi {
                let mid = (lo + hi) >> 1
                if alive[mid].span.start < n.start { lo = mid + 1 } else { hi = mid }
            }
            while lo < alive.count, alive[lo].span.start < n.end {
                if !consumed[lo], n.contains(alive[lo].span) {
                    consumed[lo] = true
                    result[k].children.append(alive[lo])
                }
                lo += 1
            }
        }
        var out = result
        for (i, a) in alive.enumerated() where !consumed[i] { out.append(a) }
        return out.sorted { $0.span != $1.span ? $0.span < $1.span : $0.kind < $1.kind }
    }
}
