/// Surnames by frequency rank (1 = most common), one or two ideographs each.
///
/// Layout asks at nearly every scalar of a byline or a short line whether a
/// surname starts there; a dictionary keyed by scalars (or by a fresh two-scalar
/// array) hashed each time, so single surnames sit in a table indexed by the
/// scalar and a compound one is looked up only after its first scalar.
struct SurnameTable: Sendable {
    /// Rank of the single surname at each BMP scalar; 0 for none.
    private var single = [Int32](repeating: 0, count: 0x10000)
    private var singleAstral: [UInt32: Int] = [:]
    /// Compound surnames keyed by their two scalars, and which scalars start one.
    private var compound: [UInt64: Int] = [:]
    private var startsCompound = [Bool](repeating: false, count: 0x10000)
    private(set) var count = 0

    init() {}

    /// Adds a surname of one or two scalars; the first rank given to a surname stays.
    mutating func add(_ scalars: [Unicode.Scalar], rank: Int) {
        guard lookup(scalars, at: 0, end: scalars.count)?.length != scalars.count else { return }
        count += 1
        if scalars.count == 1 {
            let v = scalars[0].value
            if v < 0x10000 { single[Int(v)] = Int32(rank) } else { singleAstral[v] = rank }
        } else if scalars.count == 2 {
            compound[Self.key(scalars[0], scalars[1])] = rank
            if scalars[0].value < 0x10000 { startsCompound[Int(scalars[0].value)] = true }
        }
    }

    /// The longest surname starting at `s[i]` before `end`: its length and rank.
    @inline(__always)
    func lookup(_ s: [Unicode.Scalar], at i: Int, end: Int) -> (length: Int, rank: Int)? {
        guard i < end else { return nil }
        let v = s[i].value
        if i + 1 < end, v >= 0x10000 || startsCompound[Int(v)], let r = compound[Self.key(s[i], s[i + 1])] { return (2, r) }
        if v < 0x10000 {
            let r = single[Int(v)]
            return r == 0 ? nil : (1, Int(r))
        }
        return singleAstral[v].map { (1, $0) }
    }

    private static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }
}
