import NewsGraphMatching

/// A pattern with every name resolved to an id.
indirect enum Resolved {
    case lexicon(Int32)
    case annotation([Int32])
    case char(Int32)
    case lineStart, lineEnd
    case sequence([Resolved])
    case alternation([Resolved])
    case repetition(Resolved, Int, Int?)

    var canMatchEmpty: Bool {
        switch self {
        case .lexicon, .annotation, .char: false
        case .lineStart, .lineEnd: true
        case .sequence(let items): items.allSatisfy(\.canMatchEmpty)
        case .alternation(let items): items.contains(where: \.canMatchEmpty)
        case .repetition(let inner, let lo, _): lo == 0 || inner.canMatchEmpty
        }
    }

    var topLevel: [Resolved] {
        if case .sequence(let s) = self { return s }
        return [self]
    }

    /// The anchor this element gives when it must match exactly one hit or
    /// annotation (an alternation of lexicon atoms anchors on all their classes).
    var anchor: CompiledRule.Anchor? {
        switch self {
        case .lexicon(let id): return .lexicon([id])
        case .annotation(let kinds): return .annotation(kinds)
        case .alternation(let branches):
            var ids: [Int32] = []
            for b in branches {
                guard case .lexicon(let id) = b else { return nil }
                ids.append(id)
            }
            return .lexicon(ids)
        default: return nil
        }
    }

    /// Top-level elements with nested sequences inlined and `x+` written `x x*`,
    /// so that a mandatory first occurrence can serve as an anchor.
    var anchorable: [Resolved] {
        var out: [Resolved] = []
        for item in topLevel {
            switch item {
            case .sequence: out += item.anchorable
            case .repetition(let inner, let lo, let hi) where lo >= 1:
                out += Resolved.sequence([inner]).anchorable
                out.append(.repetition(inner, lo - 1, hi.map { $0 - 1 }))
            default: out.append(item)
            }
        }
        return out
    }

    /// The same pattern read right to left, for running backward.
    var reversed: Resolved {
        switch self {
        case .sequence(let items): .sequence(items.reversed().map(\.reversed))
        case .alternation(let items): .alternation(items.map(\.reversed))
        case .repetition(let inner, let lo, let hi): .repetition(inner.reversed, lo, hi)
        default: self
        }
    }
}

/// Thompson's construction from `Resolved` patterns to `Program`s.
enum ProgramBuilder {
    struct TooComplex: Error, CustomStringConvertible {
        let description: String
    }

    /// Most instructions a program may have.
    static let maxInstructions = 4096

    static func program(_ p: Resolved) throws -> Program {
        var insts: [Program.Instruction] = []
        try emit(p, into: &insts)
        insts.append(.match)
        guard insts.count < maxInstructions else { throw tooLarge(insts.count) }
        return Program(instructions: insts)
    }

    static func tooLarge(_ count: Int) -> TooComplex {
        TooComplex(description: "pattern compiles to \(count)+ instructions (limit \(maxInstructions))")
    }

    /// Chooses where candidates come from: the first top-level element of the
    /// pattern that must match one lexicon hit or annotation (the part before it
    /// runs backward); else the first element of `after:` (the pattern runs
    /// backward from it); else the last element of `before:`; else every offset.
    ///
    /// Else the first element of `before:`: the context runs forward from it
    /// and the match starts where the context ends.
    static func anchored(_ p: Resolved, before: Resolved?, after: Resolved?)
        throws -> (CompiledRule.Anchor, CompiledRule.AnchorMode, forward: Program?, backward: Program?, context: Program?)
    {
        let items = p.anchorable
        for (i, item) in items.enumerated() {
            guard let anchor = item.anchor else { continue }
            let forward = try program(.sequence(Array(items[i...])))
            let backward = i == 0 ? nil : try program(Resolved.sequence(Array(items[..<i])).reversed)
            return (anchor, .inPattern, forward, backward, nil)
        }
        if let anchor = after?.anchorable.first?.anchor {
            return (anchor, .endsBefore, nil, try program(p.reversed), nil)
        }
        if let anchor = before?.topLevel.last?.anchor {
            return (anchor, .startsAfter, try program(p), nil, nil)
        }
        if let before, let anchor = before.anchorable.first?.anchor {
            return (anchor, .startsAfterContext, try program(p), nil, try program(before))
        }
        return (.everywhere, .startsAfter, try program(p), nil, nil)
    }

    static func emit(_ p: Resolved, into insts: inout [Program.Instruction]) throws {
        // Checked on the way, not at the end: nested repetitions (`((a{64}){64}){64}`, or defines
        // repeating each other) multiply, and would exhaust memory before the end is reached.
        guard insts.count < maxInstructions else { throw tooLarge(insts.count) }
        switch p {
        case .lexicon(let id): insts.append(.lexicon(id))
        case .annotation(let kinds): insts.append(.annotation(kinds.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }))
        case .char(let t): insts.append(.char(t))
        case .lineStart: insts.append(.lineStart)
        case .lineEnd: insts.append(.lineEnd)
        case .sequence(let items):
            for item in items { try emit(item, into: &insts) }
        case .alternation(let items):
            // split L1, next; L1: a; jump end; next: split L2, … ; last branch falls through.
            var jumps: [Int] = []
            for (k, item) in items.enumerated() {
                if k == items.count - 1 {
                    try emit(item, into: &insts)
                } else {
                    let split = insts.count
                    insts.append(.split(0, 0))
                    try emit(item, into: &insts)
                    jumps.append(insts.count)
                    insts.append(.jump(0))
                    insts[split] = .split(Int32(split + 1), Int32(insts.count))
                }
            }
            for j in jumps { insts[j] = .jump(Int32(insts.count)) }
        case .repetition(let inner, let lo, let hi):
            if let hi, hi > RuleCompiler.maxRepetition || lo > RuleCompiler.maxRepetition {
                throw TooComplex(description: "repetition {\(lo),\(hi)} exceeds \(RuleCompiler.maxRepetition)")
            }
            for _ in 0..<lo { try emit(inner, into: &insts) }
            if let hi {
                // Each optional copy: split body, end.
                var splits: [Int] = []
                for _ in lo..<hi {
                    splits.append(insts.count)
                    insts.append(.split(0, 0))
                    try emit(inner, into: &insts)
                }
                for s in splits { insts[s] = .split(Int32(s + 1), Int32(insts.count)) }
            } else {
                let loop = insts.count
                insts.append(.split(0, 0))
                try emit(inner, into: &insts)
                insts.append(.jump(Int32(loop)))
                insts[loop] = .split(Int32(loop + 1), Int32(insts.count))
            }
        }
    }
}
