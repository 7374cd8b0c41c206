/// A list of lexicon patterns with a first-scalar index, for fast lookups in long text.
///
/// Layout checks every short line against dozens of words; the index lets a scan
/// skip, with one table read, every position where no word can start.
struct WordList: Sendable {
    private(set) var patterns: [ScalarPattern] = []
    /// For each pattern, the lexicon value it carries (an index into a side table).
    private(set) var values: [Int] = []
    /// The first scalars of the patterns; a pattern opening with digits marks every digit
    /// (`ScalarClass.isDigit`, all in the BMP), so a scan tests one table entry a scalar.
    private var startsBMP: [Bool] = Array(repeating: false, count: 0x10000)
    private var startsAstral: Set<UInt32> = []
    private var digitsMarked = false

    init() {}

    var isEmpty: Bool { patterns.isEmpty }

    mutating func add(_ pattern: ScalarPattern, value: Int = 0) {
        guard let first = pattern.first else { return }
        patterns.append(pattern)
        values.append(value)
        switch first {
        case .digits:
            guard !digitsMarked else { break }
            digitsMarked = true
            for v in 0..<UInt32(0x10000) where ScalarClass.isDigit(Unicode.Scalar(v) ?? " ") { startsBMP[Int(v)] = true }
        case .scalar(let c):
            if c.value < 0x10000 { startsBMP[Int(c.value)] = true } else { startsAstral.insert(c.value) }
        }
    }

    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x10000 ? startsBMP[Int(v)] : startsAstral.contains(v)
    }

    /// The longest entry matching at `i`: its end and value. The first-scalar check is
    /// inlined into the callers' scans (a dateline is looked for at every scalar of a
    /// line's start, and most start no word); the patterns are tried out of line.
    @inline(__always)
    func longestMatch(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (end: Int, value: Int)? {
        guard i < end, mayStart(s[i]) else { return nil }
        return longestMatch(startingAt: i, s, end: end)
    }

    @inline(never)
    private func longestMatch(startingAt i: Int, _ s: [Unicode.Scalar], end: Int) -> (end: Int, value: Int)? {
        var best: (end: Int, value: Int)?
        for k in patterns.indices {
            if let e = patterns[k].match(s, at: i, end: end), e > (best?.end ?? i) { best = (e, values[k]) }
        }
        return best
    }

    /// The value of an entry that matches exactly `s[start..<end]`.
    func exactMatch(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard start < end, mayStart(s[start]) else { return nil }
        for k in patterns.indices where patterns[k].match(s, at: start, end: end) == end { return values[k] }
        return nil
    }

    /// The first position in `start..<end` where an entry matches, with its end and value.
    func firstOccurrence(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (start: Int, end: Int, value: Int)? {
        var i = start
        while i < end {
            if mayStart(s[i]), let m = longestMatch(startingAt: i, s, end: end) { return (i, m.end, m.value) }
            i += 1
        }
        return nil
    }

    /// An entry that ends exactly at `end`, starting at or after `start`: its start and value.
    func matchEnding(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (start: Int, value: Int)? {
        var i = start
        while i < end {
            if mayStart(s[i]) {
                for k in patterns.indices where patterns[k].match(s, at: i, end: end) == end { return (i, values[k]) }
            }
            i += 1
        }
        return nil
    }
}
