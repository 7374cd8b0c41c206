import NewsGraphCore
import NewsGraphMatching
import NewsGraphRules

/// The working state of one `RuleEngine` run over one text: the matcher and
/// its buffers, and the candidates of the current phase. A value with mutating
/// methods, so the hot loop captures nothing and copies nothing. The prepared
/// input is handed to each call, not held: read from a stored property while
/// others were modified in place, it could be copied for a call that took it.
struct EngineRun {
    let engine: RuleEngine
    var runner = ProgramRunner.forCurrentThread()
    var starts: [Int] = []
    var ends: [Int] = []
    var contextStarts: [Int] = []
    var anchors: [(Int, Int)] = []
    var candidates: [Candidate] = []
    var trace: [RuleEngine.CandidateTrace]?
    let focus: TextSpan?

    init(engine: RuleEngine, trace: [RuleEngine.CandidateTrace]?, focus: TextSpan?) {
        self.engine = engine
        self.trace = trace
        self.focus = focus
    }

    /// Tries one rule from every occurrence of its anchor.
    mutating func run(_ ruleIndex: Int, phase: String, on input: MatchInput) {
        let rule = engine.flatRules[ruleIndex]
        // `explain --why-not` reports every anchor's fate, so it runs the rule regardless.
        if trace == nil, !input.meets(rule.requirements) { return }
        collectAnchors(rule.anchor, input)
        for (anchorStart, anchorEnd) in anchors {
            // Whether `before:` already holds at the only start (tested first: it rejects most anchors).
            var startChecked = false
            // Every possible start and end, farthest first.
            switch rule.anchorMode {
            case .inPattern:
                // A match that starts at its anchor: test `before:` first, which rejects most
                // anchors (a surname without a title before it) at the cost of one lookup.
                if rule.backward == nil, trace == nil {
                    guard engine.beforeHolds(rule, anchorStart, &runner, input) else { continue }
                    startChecked = true
                }
                runner.run(rule.forward!, on: input, from: anchorStart, forward: true, into: &ends)
                if ends.isEmpty { break }
                if let back = rule.backward {
                    // `after:` is one short run and rejects most ends: tested before the backward
                    // run it would make useless (`consider` tests it again on the ends that pass).
                    if trace == nil, rule.after != nil || rule.notAfter != nil {
                        var holds = false
                        for e in ends where engine.afterHolds(rule, e, &runner, input) {
                            holds = true
                            break
                        }
                        if !holds { continue }
                    }
                    runner.run(back, on: input, from: anchorStart, forward: false, into: &starts)
                } else {
                    starts.removeAll(keepingCapacity: true)
                    starts.append(anchorStart)
                }
            case .endsBefore:
                ends.removeAll(keepingCapacity: true)
                ends.append(anchorStart)
                runner.run(rule.backward!, on: input, from: anchorStart, forward: false, into: &starts)
            case .startsAfter:
                let from = rule.anchor == .everywhere ? anchorStart : anchorEnd
                if trace == nil {
                    guard engine.beforeHolds(rule, from, &runner, input) else { continue }
                    startChecked = true
                }
                starts.removeAll(keepingCapacity: true)
                starts.append(from)
                runner.run(rule.forward!, on: input, from: from, forward: true, into: &ends)
            case .startsAfterContext:
                // Every place the `before:` context ends starts a match of its own (a list's items).
                runner.run(rule.contextForward!, on: input, from: anchorStart, forward: true, into: &contextStarts)
                for from in contextStarts {
                    starts.removeAll(keepingCapacity: true)
                    starts.append(from)
                    runner.run(rule.forward!, on: input, from: from, forward: true, into: &ends)
                    if !ends.isEmpty { consider(rule, ruleIndex, phase, anchor: (anchorStart, anchorEnd), input) }
                }
                continue
            }
            consider(rule, ruleIndex, phase, anchor: (anchorStart, anchorEnd), input, startChecked: startChecked)
        }
    }

    /// Keeps the longest match whose start and end also satisfy the rule's context.
    mutating func consider(_ rule: EngineRule, _ ruleIndex: Int, _ phase: String, anchor: (Int, Int), _ input: MatchInput, startChecked: Bool = false) {
        guard !ends.isEmpty, !starts.isEmpty else {
            // Rules tried at every offset fail almost everywhere: not worth reporting.
            if rule.anchor != .everywhere {
                note(rule, phase, anchor, TextSpan(anchor.0, anchor.1), .patternFailed("the pattern does not match at this anchor"))
            }
            return
        }
        var end: Int? = nil
        for e in ends where engine.afterHolds(rule, e, &runner, input) {
            end = e
            break
        }
        guard let end else {
            note(rule, phase, anchor, TextSpan(starts[0], ends[0]), .contextFailed("`after:`/`not-after:` rejects every end"))
            return
        }
        var start: Int? = nil
        for s in starts where startChecked || engine.beforeHolds(rule, s, &runner, input) {
            start = s
            break
        }
        guard let start else {
            note(rule, phase, anchor, TextSpan(starts[0], end), .contextFailed("`before:`/`not-before:` rejects every start"))
            return
        }
        candidates.append(Candidate(start: start, end: end, ruleIndex: ruleIndex, priority: rule.priority))
    }

    /// Records a candidate's fate when it touches the span `explain --why-not` asks about.
    mutating func note(_ rule: EngineRule, _ phase: String, _ anchor: (Int, Int), _ span: TextSpan, _ fate: RuleEngine.CandidateTrace.Fate) {
        guard let focus, trace != nil else { return }
        let touches = anchor.0 <= focus.end && anchor.1 >= focus.start
        if touches || span.overlaps(focus) {
            trace?.append(.init(rule: rule.id, phase: phase, span: span, fate: fate))
        }
    }

    /// The (start, end) of each anchor occurrence where a rule may match.
    mutating func collectAnchors(_ anchor: CompiledRule.Anchor, _ input: MatchInput) {
        anchors.removeAll(keepingCapacity: true)
        switch anchor {
        case .lexicon(let ids):
            for id in ids { input.appendFreeHits(of: id, to: &anchors) }
        case .annotation(let kinds):
            for kind in kinds { input.appendAnnotations(of: kind, to: &anchors) }
        case .everywhere:
            for p in 0..<input.text.count { anchors.append((p, p + 1)) }
        }
    }
}
