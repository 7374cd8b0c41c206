/// One text prepared for running programs over it: its lexicon hits, the
/// annotations of the phases so far, and which scalars those cover.
///
/// Hits and annotations are kept by tag, sorted by start and by end, so a
/// program step finds "hits of class c starting at p" by one binary search
/// in that class's slice, without allocating.
public struct MatchInput {
    public struct Span: Sendable, Hashable, BitwiseCopyable {
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

    /// Spans of every tag in two flat tables, one sorted by (tag, start), one by
    /// (tag, end); `offsets[t]..<offsets[t+1]` is tag t's slice in both. Immutable once made.
    struct TagTable {
        let byStart: RawTable<Span>
        let byEnd: RawTable<Span>
        let offsets: RawTable<Int32>
        /// Bit t % 64 of word t / 64: tag t has a span.
        let present: [UInt64]
        /// (Stored: read at every step, where `offsets.count - 1` reads through the table's object.)
        let tagCount: Int

        init() {
            self.init([], tagCount: 0)
        }

        /// `spans` sorted by end (as the automaton reports hits) sort in linear
        /// time: a counting sort by tag keeps their order, then each tag's slice
        /// is nearly sorted by start already (insertion sort).
        init(_ spans: [Span], tagCount: Int, sortedByEnd: Bool = false) {
            let ordered = sortedByEnd ? spans : spans.sorted { ($0.end, $0.start) < ($1.end, $1.start) }
            let offsets = RawTable<Int32>(repeating: 0, count: tagCount + 1)
            var present = [UInt64](repeating: 0, count: (tagCount + 63) / 64)
            var total = 0
            for s in ordered where s.tag >= 0 && Int(s.tag) < tagCount {
                offsets[Int(s.tag) + 1] += 1
                present[Int(s.tag) >> 6] |= 1 << UInt64(s.tag & 63)
                total += 1
            }
            for t in 0..<tagCount { offsets[t + 1] += offsets[t] }
            // Each tag's next free slot is its offset, which ends as the next tag's: shifted back after.
            byEnd = RawTable(count: total) { end in
                for s in ordered where s.tag >= 0 && Int(s.tag) < tagCount {
                    (end + Int(offsets[Int(s.tag)])).initialize(to: s)
                    offsets[Int(s.tag)] += 1
                }
            }
            for t in stride(from: tagCount, to: 0, by: -1) { offsets[t] = offsets[t - 1] }
            offsets[0] = 0
            let end = byEnd
            byStart = RawTable(count: total) { start in
                start.initialize(from: end.base, count: total)
                for t in 0..<tagCount where offsets[t + 1] - offsets[t] > 1 {
                    for i in Int(offsets[t] + 1)..<Int(offsets[t + 1]) {
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
            self.offsets = offsets
            self.present = present
            self.tagCount = tagCount
        }

        /// Tag `tag`'s spans starting (forward) or ending (backward) at `pos`, as indexes into `byStart`/`byEnd`.
        @inline(__always)
        func range(_ tag: Int, at pos: Int32, forward: Bool) -> Range<Int> {
            guard tag < tagCount else { return 0..<0 }
            var lo = Int(offsets[tag]), hi = Int(offsets[tag + 1])
            if lo == hi { return lo..<lo }
            let end = hi
            let spans = forward ? byStart : byEnd
            while lo < hi {
                let mid = (lo + hi) >> 1
                if (forward ? spans[mid].start : spans[mid].end) < pos { lo = mid + 1 } else { hi = mid }
            }
            var e = lo
            while e < end, (forward ? spans[e].start : spans[e].end) == pos { e += 1 }
            return lo..<e
        }

        /// Tag `tag`'s spans in order of start (valid while the table lives).
        func all(_ tag: Int) -> UnsafeBufferPointer<Span> {
            guard tag < tagCount else { return UnsafeBufferPointer(start: nil, count: 0) }
            return UnsafeBufferPointer(start: byStart.base + Int(offsets[tag]), count: Int(offsets[tag + 1] - offsets[tag]))
        }

        /// Word `word` of `present`, zero past the tags.
        func presentWord(_ word: Int) -> UInt64 { word < present.count ? present[word] : 0 }
    }

    public let text: [Unicode.Scalar]
    let charTests: CharTestTable
    /// The `charTests` class of each scalar.
    let scalarClass: RawTable<Int32>
    /// Lexicon hits, by class id.
    let hits: TagTable
    /// Per scalar, the exclusion slots (bit k: slot k) whose class has a hit covering it.
    let exclusionCoverage: RawTable<UInt64>
    /// Annotations, by kind id.
    var annotations = TagTable()
    /// `coveredBefore[i]`: how many scalars before `i` are covered by an annotation.
    var coveredBefore: RawTable<Int32>
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
        scalarClass = RawTable(count: text.count) { p in
            for (i, c) in text.enumerated() { (p + i).initialize(to: charTests.classOf(c)) }
        }
        let table = TagTable(hits, tagCount: classCount, sortedByEnd: true)
        self.hits = table
        let coverage = RawTable<UInt64>(repeating: 0, count: text.count)
        for (slot, cls) in exclusionClasses.enumerated() {
            for h in table.all(Int(cls)) {
                for i in Int(h.start)..<Int(h.end) { coverage[i] |= 1 << UInt64(slot) }
            }
        }
        exclusionCoverage = coverage
        coveredBefore = RawTable(repeating: 0, count: text.count + 1)
    }

    /// Sets the annotations later programs see (the output of the phases so far).
    public mutating func setAnnotations(_ spans: [Span], kindCount: Int) {
        annotations = TagTable(spans, tagCount: kindCount)
        kindsPresent = annotations.presentWord(0)
        let n = text.count
        coveredBefore = RawTable(count: n + 1) { covered in
            // Depth changes at each offset first, then the running count of covered scalars.
            covered.initialize(repeating: 0, count: n + 1)
            for a in spans {
                covered[Int(a.start)] += 1
                covered[Int(a.end)] -= 1
            }
            var depth: Int32 = 0, total: Int32 = 0
            for i in 0..<n {
                depth += covered[i]
                covered[i] = total
                if depth > 0 { total += 1 }
            }
            covered[n] = total
        }
    }

    @inline(__always)
    public func isFree(_ start: Int32, _ end: Int32) -> Bool {
        coveredBefore[Int(end)] == coveredBefore[Int(start)]
    }

    /// Appends the (start, end) of every hit of class `tag` that no annotation covers, in text order.
    public func appendFreeHits(of tag: Int32, to list: inout [(Int, Int)]) {
        withExtendedLifetime(hits) {
            for h in hits.all(Int(tag)) where isFree(h.start, h.end) { list.append((Int(h.start), Int(h.end))) }
        }
    }

    /// Appends the (start, end) of every annotation of kind `tag`, in text order.
    public func appendAnnotations(of tag: Int32, to list: inout [(Int, Int)]) {
        withExtendedLifetime(annotations) {
            for a in annotations.all(Int(tag)) { list.append((Int(a.start), Int(a.end))) }
        }
    }

    /// Whether the text has what a program needs at the least: a class for each of `classWords`
    /// bits, an annotation of one kind of each of `kindSets` (see `Program.requirements()`).
    @inline(__always)
    public func meets(_ m: Program.Requirements.Mask) -> Bool {
        for (word, bits) in m.classWords where hits.presentWord(word) & bits != bits { return false }
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
            var bits = kinds & kindsPresent
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
