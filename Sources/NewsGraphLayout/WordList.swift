/// A list of lexicon patterns with a first-scalar index, for fast lookups in long text.
///
/// Layout checks every short line against dozens of words; the index lets a scan
/// skip, with one table read, every position where no word can start.
struct WordList: Sendable {
    private(set) var patterns: [ScalarPattern] = []
    /// For each pattern, the lexicon value it carries (an index into a side table).
    private(set) var values: [Int] = []
    /// The patterns that may start with a scalar, in list order (a tie between equally long
    /// matches goes to the earlier entry), one list per first scalar: a scan tries only the
    /// entries that can match where it stands. Trying every entry at each candidate was most of
    /// the furniture check (`发`, `上`, `第` open words of the lists and are common in prose).
    /// A pattern opening with digits is in the list of every digit (`ScalarClass.isDigit`, all
    /// in the BMP), so a scan tests one table entry a scalar.
    private var buckets: [[Int]] = []
    /// 1 + the bucket of a BMP scalar, 0 where no entry starts.
    private var bucketOfBMP: [UInt16] = Array(repeating: 0, count: 0x10000)
    private var bucketOfAstral: [UInt32: Int] = [:]

    init() {}

    var isEmpty: Bool { patterns.isEmpty }

    /// The BMP scalars `ScalarClass.isDigit` accepts.
    private static let digitScalars: [UInt32] = (0..<UInt32(0x10000)).filter { ScalarClass.isDigit(Unicode.Scalar($0) ?? " ") }

    mutating func add(_ pattern: ScalarPattern, value: Int = 0) {
        guard let first = pattern.first else { return }
        let k = patterns.count
        patterns.append(pattern)
        values.append(value)
        switch first {
        case .digits:
            for v in WordList.digitScalars { add(k, startingWith: v) }
        case .scalar(let c):
            add(k, startingWith: c.value)
        }
    }

    /// Lists pattern `k` under first scalar `v` (patterns are added in order, so lists stay in it).
    private mutating func add(_ k: Int, startingWith v: UInt32) {
        if let b = bucket(v) {
            buckets[b].append(k)
            return
        }
        buckets.append([k])
        if v < 0x10000 { bucketOfBMP[Int(v)] = UInt16(buckets.count) } else { bucketOfAstral[v] = buckets.count - 1 }
    }

    /// The bucket of the patterns that may start with `v`, nil when none does.
    @inline(__always)
    private func bucket(_ v: UInt32) -> Int? {
        if v < 0x10000 {
            let b = Int(bucketOfBMP[Int(v)])
            return b == 0 ? nil : b - 1
        }
        return bucketOfAstral[v]
    }

    /// Whether an entry may start with `c` (one table read).
    @inline(__always)
    func mayStart(_ c: Unicode.Scalar) -> Bool { bucket(c.value) != nil }

    /// The longest entry matching at `i`: its end and value. The first-scalar check is
    /// inlined into the callers' scans (a dateline is looked for at every scalar of a
    /// line's start, and most start no word); the patterns are tried out of line.
    @inline(__always)
    func longestMatch(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (end: Int, value: Int)? {
        guard i < end, let b = bucket(s[i].value) else { return nil }
        return longestMatch(startingAt: i, s, end: end, bucket: b)
    }

    @inline(never)
    private func longestMatch(startingAt i: Int, _ s: [Unicode.Scalar], end: Int, bucket b: Int) -> (end: Int, value: Int)? {
        var best: (end: Int, value: Int)?
        for k in buckets[b] {
            if let e = patterns[k].match(s, at: i, end: end), e > (best?.end ?? i) { best = (e, values[k]) }
        }
        return best
    }

    /// The value of an entry that matches exactly `s[start..<end]`.
    func exactMatch(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        guard start < end, let b = bucket(s[start].value) else { return nil }
        for k in buckets[b] where patterns[k].match(s, at: start, end: end) == end { return values[k] }
        return nil
    }

    /// The first position in `start..<end` where an entry matches, with its end and value.
    func firstOccurrence(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (start: Int, end: Int, value: Int)? {
        var i = start
        while i < end {
            if let b = bucket(s[i].value), let m = longestMatch(startingAt: i, s, end: end, bucket: b) { return (i, m.end, m.value) }
            i += 1
        }
        return nil
    }

    /// An entry that ends exactly at `end`, starting at or after `start`: its start and value.
    func matchEnding(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> (start: Int, value: Int)? {
        var i = start
        while i < end {
            if let b = bucket(s[i].value) {
                for k in buckets[b] where patterns[k].match(s, at: i, end: end) == end { return (i, values[k]) }
            }
            i += 1
        }
        return nil
    }
}
