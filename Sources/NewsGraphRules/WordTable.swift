/// Lexicon words numbered in order of first insertion, found by open addressing on a
/// multiplicative hash of their `WordKey`. A `Dictionary` runs SipHash, seeded anew, on every
/// lookup: with 60,000 entries looked up per compile, the seeding alone was 8% of its time.
struct WordTable {
    private(set) var words: [WordKey] = []
    /// Index into `words` + 1 per slot (0: empty); a power of two, at most half full.
    private var slots: [Int32]

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
    }

    init(_ words: some Sequence<String>) {
        self.init()
        for w in words { insert(WordKey(w)) }
    }

    var count: Int { words.count }

    /// The word's number, or nil when it was never inserted.
    func number(of key: WordKey) -> Int? {
        let s = slot(of: key)
        return slots[s] == 0 ? nil : Int(slots[s] - 1)
    }

    func contains(_ word: String) -> Bool { number(of: WordKey(word)) != nil }

    /// The word's number: its old one, or the next when it is new (`inserted`).
    @discardableResult
    mutating func insert(_ key: WordKey) -> (number: Int, inserted: Bool) {
        let s = slot(of: key)
        if slots[s] != 0 { return (Int(slots[s] - 1), false) }
        words.append(key)
        slots[s] = Int32(words.count)
        if words.count * 2 > slots.count { grow() }
        return (words.count - 1, true)
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func slot(of key: WordKey) -> Int {
        let mask = slots.count - 1
        var s = WordTable.home(of: key, mask: mask)
        while slots[s] != 0, words[Int(slots[s] - 1)] != key { s = (s + 1) & mask }
        return s
    }

    private static func home(of key: WordKey, mask: Int) -> Int {
        var h = key.head &* 0x9E37_79B9_7F4A_7C15 ^ key.tail &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(truncatingIfNeeded: key.count)
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (i, key) in words.enumerated() {
            var s = WordTable.home(of: key, mask: mask)
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = Int32(i + 1)
        }
    }
}
