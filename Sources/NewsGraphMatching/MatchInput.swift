/// One text prepared for running programs over it: its lexicon hits, the
/// annotations of the phases so far, and which scalars those cover.
///
/// Hits and annotations are kept by tag, sorted by start and by end, so a
/// program step finds "hits of class c starting at p" by one binary search
/// in that class's slice, without allocating.
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

    /// Spans of every tag in two flat arrays, one sorted by (tag, start), one by
    /// (tag, end); `offsets[t]..<offsets[t+1]` is tag t's slice in both.
    struct TagTable {
        var byStart: [Span] = []
        var byEnd: [Span] = []
        var offsets: [Int] = [0]

        init() {}

        /// `spans` sorted by end (as the automaton reports hits) sort in linear
        /// time: a counting sort by tag keeps their order, then each tag's slice
        /// is nearly sorted by start already (insertion sort).
        init(_ spans: [Span], tagCount: Int, sortedByEnd: Bool = false) {
            var offsets = [Int](repeating: 0, count: tagCount + 1)
            let ordered = sortedByEnd ? spans : spans.sorted { ($0.end, $0.start) < ($1.end, $1.start) }
            var end: [Span] = []
            var start: [Span] = []
            // Raw buffers: this runs over every lexicon hit of every document.
            offsets.withUnsafeMutableBufferPointer { offsets in
                ordered.withUnsafeBufferPointer { ordered in
                    for s in ordered where s.tag >= 0 && Int(s.tag) < tagCount { offsets[Int(s.tag) + 1] += 1 }
                    for t in 0..<tagCount { offsets[t + 1] += offsets[t] }
                    var fill = Array(offsets.dropLast())
                    // Every slot is written once by the counting sort: no zeroing first.
                    end = [Span](unsafeUninitializedCapacity: offsets[tagCount]) { end, count in
                        fill.withUnsafeMutableBufferPointer { fill in
                            for s in ordered where s.tag >= 0 && Int(s.tag) < tagCount {
                                (end.baseAddress! + fill[Int(s.tag)]).initialize(to: s)
                                fill[Int(s.tag)] += 1
                            }
                        }
                        count = offsets[tagCount]
                    }
                }
                start = end
                start.withUnsafeMutableBufferPointer { start in
                    for t in 0..<tagCount where offsets[t + 1] - offsets[t] > 1 {
                        for i in (offsets[t] + 1)..<offsets[t + 1] {
                            let x = start[i]
                            var j = i - 1
                            while j >= offsets[t], start[j].start > x.start || (start[j].start == x.start && start[j].end > x.end) {
                                start[j + 1] = start[j]
                                j -= 1
                            }
                            start[j + 1] = x
                        }
                    }
                }
            }
            self.offsets = offsets
            byEnd = end
            byStart = start
        }

        /// Tag `tag`'s spans starting (forward) or ending (backward) at `pos`, as indexes into `byStart`/`byEnd`.
        @inline(__always)
        func range(_ tag: Int, at pos: Int32, forward: Bool) -> Range<Int> {
            guard tag + 1 < offsets.count else { return 0..<0 }
            var lo = offsets[tag], hi = offsets[tag + 1]
            if lo == hi { return lo..<lo }
            let end = hi
            if forward {
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if byStart[mid].start < pos { lo = mid + 1 } else { hi = mid }
                }
                var e = lo
                while e < end, byStart[e].start == pos { e += 1 }
                return lo..<e
            }
            while lo < hi {
                let mid = (lo + hi) >> 1
                if byEnd[mid].end < pos { lo = mid + 1 } else { hi = mid }
            }
            var e = lo
            while e < end, byEnd[e].end == pos { e += 1 }
            return lo..<e
        }

        func all(_ tag: Int) -> ArraySlice<Span> {
            guard tag + 1 < offsets.count else { return [] }
            return byStart[offsets[tag]..<offsets[tag + 1]]
        }
    }

    public let text: [Unicode.Scalar]
    let charTests: CharTestTable
    /// The `charTests` class of each scalar.
    let scalarClass: [Int32]
    /// Lexicon hits, by class id.
    let hits: TagTable
    /// Per scalar, the exclusion slots (bit k: slot k) whose class has a hit covering it.
    let exclusionCoverage: [UInt64]
    /// Annotations, by kind id.
    var annotations = TagTable()
    /// `coveredBefore[i]`: how many scalars before `i` are covered by an annotation.
    var coveredBefore: [Int32]
    /// Bit c of word c / 64: class c has a hit (what `Requirements.Mask` is tested against).
    let classesPresent: [UInt64]
    /// Bit k: kind k has an annotation.
    var kindsPresent: UInt64 = 0

    /// - Parameters:
    ///   - hits: every lexicon hit, in order of end offset (as `AhoCorasick.scan` reports them).
    ///   - classCount: the number of lexicon classes (tags are below it).
    ///   - exclusionClasses: the lexicon class of each exclusion slot.
    public init(text: [Unicode.Scalar], charTests: [CharTest], hits: [Span], classCount: Int, exclusionClasses: [Int32]) {
        self.init(text: text, charTests: CharTestTable(charTests), hits: hits, classCount: classCount, exclusionClasses: exclusionClasses)
    }

    /// As above, with the tests already tabled (once per rule set, not per text).
    public init(text: [Unicode.Scalar], charTests: CharTestTable, hits: [Span], classCount: Int, exclusionClasses: [Int32]) {
        self.text = text
        self.charTests = charTests
        scalarClass = text.map(charTests.classOf)
        let table = TagTable(hits, tagCount: classCount, sortedByEnd: true)
        self.hits = table
        var coverage = [UInt64](repeating: 0, count: text.count)
        for (slot, cls) in exclusionClasses.enumerated() {
            for h in table.all(Int(cls)) {
                for i in Int(h.start)..<Int(h.end) { coverage[i] |= 1 << UInt64(slot) }
            }
        }
        exclusionCoverage = coverage
        coveredBefore = [Int32](repeating: 0, count: text.count + 1)
        classesPresent = Self.present(table, tagCount: classCount)
    }

    /// The tags of `table` with a span, as a bit set.
    static func present(_ table: TagTable, tagCount: Int) -> [UInt64] {
        (0..<(tagCount + 63) / 64).map { presentWord(table, tagCount: tagCount, word: $0) }
    }

    /// Word `word` of `present` (tags 64 × word ..< 64 × word + 64), without making the array:
    /// the annotations' kinds fit one word and are read again after every phase.
    static func presentWord(_ table: TagTable, tagCount: Int, word: Int) -> UInt64 {
        var bits: UInt64 = 0
        for t in (word * 64)..<min(word * 64 + 64, tagCount, table.offsets.count - 1) where table.offsets[t + 1] > table.offsets[t] {
            bits |= 1 << UInt64(t & 63)
        }
        return bits
    }

    /// Sets the annotations later programs see (the output of the phases so far).
    public mutating func setAnnotations(_ spans: [Span], kindCount: Int) {
        annotations = TagTable(spans, tagCount: kindCount)
        kindsPresent = Self.presentWord(annotations, tagCount: min(kindCount, 64), word: 0)
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

    /// Every hit of class `tag`, in text order.
    public func allHits(_ tag: Int32) -> ArraySlice<Span> { hits.all(Int(tag)) }

    /// Every annotation of `tag`, in text order.
    public func allAnnotations(_ tag: Int32) -> ArraySlice<Span> { annotations.all(Int(tag)) }

    /// Whether the text has what a program needs at the least: a class for each of `classWords`
    /// bits, an annotation of one kind of each of `kindSets` (see `Program.requirements()`).
    @inline(__always)
    public func meets(_ m: Program.Requirements.Mask) -> Bool {
        for (word, bits) in m.classWords where classesPresent[word] & bits != bits { return false }
        for kinds in m.kindSets where kindsPresent & kinds == 0 { return false }
        return true
    }

    /// Calls `next` with the offset after each way `step` (an atom, an assertion or `match`)
    /// can be taken at `pos`, reading forward or backward, until `next` returns true; whether it
    /// did. The runner steps with it, and a one-step context (`Program.oneStep`) is decided by it.
    @inline(__always) @discardableResult
    func forEachStep(_ step: Program.Instruction, at pos: Int32, forward: Bool, _ next: (Int32) -> Bool) -> Bool {
        switch step {
        case .match:
            return next(pos)
        case .char(let test):
            return charMatches(test, at: forward ? Int(pos) : Int(pos) - 1) && next(forward ? pos + 1 : pos - 1)
        case .lexicon(let cls):
            for k in hits.range(Int(cls), at: pos, forward: forward) {
                let h = forward ? hits.byStart[k] : hits.byEnd[k]
                if isFree(h.start, h.end), next(forward ? h.end : h.start) { return true }
            }
            return false
        case .annotation(let kinds):
            var bits = kinds
            while bits != 0 {
                let kind = bits.trailingZeroBitCount
                bits &= bits - 1
                for k in annotations.range(kind, at: pos, forward: forward) {
                    if next(forward ? annotations.byStart[k].end : annotations.byEnd[k].start) { return true }
                }
            }
            return false
        case .lineStart:
            return (pos == 0 || text[Int(pos) - 1] == "\n") && next(pos)
        case .lineEnd:
            return (Int(pos) == text.count || text[Int(pos)] == "\n") && next(pos)
        case .split, .jump:
            return false
        }
    }

    @inline(__always)
    func charMatches(_ test: Int32, at i: Int) -> Bool {
        guard i >= 0, i < text.count, coveredBefore[i + 1] == coveredBefore[i] else { return false }
        return charTests.accepts(test, class: scalarClass[i]) && exclusionCoverage[i] & charTests.excludedMasks[Int(test)] == 0
    }
}
