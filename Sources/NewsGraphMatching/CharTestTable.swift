/// Every character test's answer for every scalar, built once per rule set.
///
/// Scalars that every test treats alike form one class; a class's row holds one bit per
/// test. A text's scalars are classified once (a table lookup each, in the BMP), and a test
/// at a position is then one bit and one mask: no per-text memo to allocate and clear.
public struct CharTestTable: Sendable {
    /// The first scalar value of each interval of the scalar range, sorted; `intervalClass[k]`
    /// is the class of `lower[k]..<lower[k + 1]`.
    let lower: [UInt32]
    let intervalClass: [Int32]
    /// The class of every BMP scalar (where news text lives), so classifying is one load.
    let bmpClass: RawTable<UInt16>
    /// `words` bits-words per class: bit `t` is set when test `t`'s scalars include the class's.
    let rows: RawTable<UInt64>
    let words: Int
    /// Each test's exclusion slots as a bit set (see `CharTest.excludedMask`).
    let excludedMasks: RawTable<UInt64>

    public init(_ tests: [CharTest]) {
        var points: Set<UInt32> = [0]
        for t in tests {
            for r in t.ranges {
                points.insert(r.lowerBound)
                points.insert(r.upperBound &+ 1)
            }
            for v in t.excludedScalars {
                points.insert(v)
                points.insert(v &+ 1)
            }
        }
        let starts = points.filter { $0 <= 0x10FFFF }.sorted()
        let words = max(1, (tests.count + 63) / 64)
        var classOfRow: [[UInt64]: Int32] = [:]
        var rows: [UInt64] = []
        var lower: [UInt32] = []
        var intervalClass: [Int32] = []
        for v in starts {
            var row = [UInt64](repeating: 0, count: words)
            for (t, test) in tests.enumerated() where test.accepts(value: v) { row[t >> 6] |= 1 << UInt64(t & 63) }
            let cls: Int32
            if let known = classOfRow[row] {
                cls = known
            } else {
                cls = Int32(classOfRow.count)
                classOfRow[row] = cls
                rows += row
            }
            // Neighbouring intervals of one class are one interval.
            if intervalClass.last != cls {
                lower.append(v)
                intervalClass.append(cls)
            }
        }
        precondition(classOfRow.count <= Int(UInt16.max), "too many character classes")
        var bmp = [UInt16](repeating: 0, count: 0x10000)
        for (k, start) in lower.enumerated() where start < 0x10000 {
            let end = k + 1 < lower.count ? min(lower[k + 1], 0x10000) : 0x10000
            for v in Int(start)..<Int(end) { bmp[v] = UInt16(intervalClass[k]) }
        }
        bmpClass = RawTable(bmp)
        self.lower = lower
        self.intervalClass = intervalClass
        self.rows = RawTable(rows)
        self.words = words
        excludedMasks = RawTable(tests.map(\.excludedMask))
    }

    /// The class of a scalar.
    @inline(__always)
    func classOf(_ c: Unicode.Scalar) -> Int32 {
        let v = c.value
        if v < 0x10000 { return Int32(bmpClass[Int(v)]) }
        var lo = 0, hi = lower.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if lower[mid] <= v { lo = mid + 1 } else { hi = mid }
        }
        return intervalClass[lo - 1]
    }

    /// Whether test `test` accepts the scalars of class `cls` (its exclusions aside).
    @inline(__always)
    func accepts(_ test: Int32, class cls: Int32) -> Bool {
        rows[Int(cls) * words + Int(test) >> 6] >> UInt64(test & 63) & 1 != 0
    }
}
