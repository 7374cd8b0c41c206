import NewsGraphCore

/// Where a few words (a document's names) occur in a text.
struct WordOccurrence {
    /// The word's index in the list searched for.
    var word: Int
    var start: Int
    var end: Int

    var span: TextSpan { TextSpan(start, end) }

    /// Every occurrence of `words` (distinct; an empty one never occurs) in `text`, in order of end, the
    /// longest first (the order an Aho–Corasick scan reports them in). For the few words of one
    /// document a direct scan is cheaper than building an automaton: a bit per first scalar
    /// (by its low 12 bits) turns most of the text away in one test.
    static func all(_ words: [[Unicode.Scalar]], in text: ScalarText) -> [WordOccurrence] {
        var firsts = [UInt64](repeating: 0, count: 64)
        for w in words {
            guard let first = w.first else { continue }
            let v = first.value & 4095
            firsts[Int(v >> 6)] |= 1 << UInt64(v & 63)
        }
        var found: [WordOccurrence] = []
        text.scalars.withUnsafeBufferPointer { s in
            firsts.withUnsafeBufferPointer { firsts in
                for i in 0..<s.count {
                    let v = s[i].value & 4095
                    guard firsts[Int(v >> 6)] & 1 << UInt64(v & 63) != 0 else { continue }
                    for (k, w) in words.enumerated() where w.first == s[i] && i + w.count <= s.count {
                        var j = 1
                        while j < w.count, s[i + j] == w[j] { j += 1 }
                        if j == w.count { found.append(WordOccurrence(word: k, start: i, end: i + w.count)) }
                    }
                }
            }
        }
        found.sort { $0.end != $1.end ? $0.end < $1.end : $0.start < $1.start }
        return found
    }
}
