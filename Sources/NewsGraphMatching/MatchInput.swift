/// One text prepared for running programs over it: its lexicon hits, the
/// annotations of the phases so far, and which scalars those cover.
public struct MatchInput {
    public struct Span: Sendable, Hashable {
        public var start: Int32
        public var end: Int32
        /// A lexicon class id, or an annotation kind id.
        public var tag: Int32

        public init(start: Int32, end: Int32, tag: Int32) {
            self.start = start
            self.end = end
            self.tag = tag
        }
    }

    public let text: [Unicode.Scalar]
    let charTests: [CharTest]
    /// Lexicon hits sorted by start, and the same sorted by end.
    let hitsByStart: [Span]
    let hitsByEnd: [Span]
    /// Per exclusion slot, whether each scalar is inside a hit of that slot's class.
    let exclusionCoverage: [[Bool]]
    var annotationsByStart: [Span] = []
    var annotationsByEnd: [Span] = []
    /// `coveredBefore[i]`: how many scalars before `i` are covered by an annotation.
    var coveredBefore: [Int32]

    /// - Parameters:
    ///   - hits: every lexicon hit (any order).
    ///   - exclusionClasses: the lexicon class of each exclusion slot.
    public init(text: [Unicode.Scalar], charTests: [CharTest], hits: [Span], exclusionClasses: [Int32]) {
        self.text = text
        self.charTests = charTests
        hitsByStart = hits.sorted { ($0.start, $0.tag, $0.end) < ($1.start, $1.tag, $1.end) }
        hitsByEnd = hits.sorted { ($0.end, $0.tag, $0.start) < ($1.end, $1.tag, $1.start) }
        exclusionCoverage = exclusionClasses.map { cls in
            var covered = [Bool](repeating: false, count: text.count)
            for h in hits where h.tag == cls {
                for i in Int(h.start)..<Int(h.end) { covered[i] = true }
            }
            return covered
        }
        coveredBefore = [Int32](repeating: 0, count: text.count + 1)
    }

    /// Sets the annotations later programs see (the output of the phases so far).
    public mutating func setAnnotations(_ spans: [Span]) {
        annotationsByStart = spans.sorted { ($0.start, $0.tag, $0.end) < ($1.start, $1.tag, $1.end) }
        annotationsByEnd = spans.sorted { ($0.end, $0.tag, $0.start) < ($1.end, $1.tag, $1.start) }
        var marks = [Int32](repeating: 0, count: text.count + 1)
        for a in spans {
            marks[Int(a.start)] += 1
            marks[Int(a.end)] -= 1
        }
        var depth: Int32 = 0, total: Int32 = 0
        for i in 0..<text.count {
            coveredBefore[i] = total
            depth += marks[i]
            if depth > 0 { total += 1 }
        }
        coveredBefore[text.count] = total
    }

    @inline(__always)
    public func isFree(_ start: Int32, _ end: Int32) -> Bool {
        coveredBefore[Int(end)] == coveredBefore[Int(start)]
    }

    /// Lexicon hits of class `tag` starting at `pos` (forward) or ending at it (backward).
    public func hits(_ tag: Int32, at pos: Int32, forward: Bool) -> [Span] {
        forward ? MatchInput.spans(hitsByStart, tag: tag, at: pos, byStart: true)
            : MatchInput.spans(hitsByEnd, tag: tag, at: pos, byStart: false)
    }

    func annotations(_ tags: [Int32], at pos: Int32, forward: Bool) -> [Span] {
        let list = forward ? annotationsByStart : annotationsByEnd
        return tags.flatMap { MatchInput.spans(list, tag: $0, at: pos, byStart: forward) }
    }

    /// Every hit of class `tag`, in text order.
    public func allHits(_ tag: Int32) -> [Span] { hitsByStart.filter { $0.tag == tag } }

    /// Every annotation of one of `tags`, in text order.
    public func allAnnotations(_ tags: [Int32]) -> [Span] { annotationsByStart.filter { tags.contains($0.tag) } }

    /// `byStart`: `list` is sorted by start and `pos` is a start; else both are ends.
    /// (A plain flag, not a key path: key-path reads went through the runtime on every probe.)
    static func spans(_ list: [Span], tag: Int32, at pos: Int32, byStart: Bool) -> [Span] {
        @inline(__always) func key(_ s: Span) -> Int32 { byStart ? s.start : s.end }
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if key(list[mid]) < pos { lo = mid + 1 } else { hi = mid }
        }
        var out: [Span] = []
        while lo < list.count, key(list[lo]) == pos {
            if list[lo].tag == tag { out.append(list[lo]) }
            lo += 1
        }
        return out
    }

    @inline(__always)
    func charMatches(_ test: Int32, at i: Int) -> Bool {
        guard i >= 0, i < text.count, coveredBefore[i + 1] == coveredBefore[i] else { return false }
        let t = charTests[Int(test)]
        guard t.accepts(text[i]) else { return false }
        for slot in t.excludedSlots where exclusionCoverage[Int(slot)][i] { return false }
        return true
    }
}
