import NewsGraphCore

/// A few words looked for in a text (`会上`, `此次`, a document's names), made ready once: their
/// scalars side by side, and a bit per first scalar (by its low 12 bits) that turns most of the
/// text's scalars away in one test. (Layout's `WordList` answers longest matches over patterns,
/// with a 64K table a list: too heavy for these.)
struct WordSearch: Sendable {
    /// Word `k` is `scalars[starts[k]..<starts[k + 1]]`; an empty word never occurs.
    private let scalars: [Unicode.Scalar]
    private let starts: [Int]
    private let firsts: [UInt64]

    init(_ words: [String]) { self.init(words.map { Array($0.unicodeScalars) }) }

    init(_ words: [[Unicode.Scalar]]) {
        var scalars: [Unicode.Scalar] = []
        var starts = [0]
        var firsts = [UInt64](repeating: 0, count: 64)
        for w in words {
            if let first = w.first?.value {
                firsts[Int(first & 4095) >> 6] |= 1 << UInt64(first & 63)
            }
            scalars += w
            starts.append(scalars.count)
        }
        (self.scalars, self.starts, self.firsts) = (scalars, starts, firsts)
    }

    /// Calls `body(word, start)` for each occurrence wholly inside `span`, by start and then in
    /// list order, until it returns true; whether it did.
    @inline(__always)
    private func forEachOccurrence(in span: TextSpan, of text: ScalarText, _ body: (Int, Int) -> Bool) -> Bool {
        guard span.start < span.end else { return false }
        return text.scalars.withUnsafeBufferPointer { s in
            scalars.withUnsafeBufferPointer { w in
                starts.withUnsafeBufferPointer { starts in
                    firsts.withUnsafeBufferPointer { firsts in
                        for i in span.start..<span.end {
                            let v = s[i].value & 4095
                            guard firsts[Int(v >> 6)] & 1 << UInt64(v & 63) != 0 else { continue }
                            for k in 0..<(starts.count - 1)
                            where starts[k] < starts[k + 1] && w[starts[k]] == s[i] && i + starts[k + 1] - starts[k] <= span.end {
                                var j = 1
                                while starts[k] + j < starts[k + 1], s[i + j] == w[starts[k] + j] { j += 1 }
                                if starts[k] + j == starts[k + 1], body(k, i) { return true }
                            }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// Whether one of the words is written wholly inside `span`.
    func occurs(in span: TextSpan, of text: ScalarText) -> Bool {
        forEachOccurrence(in: span, of: text) { _, _ in true }
    }

    /// The first occurrence in `span` (of words at one place, the first listed): its word and start.
    func first(in span: TextSpan, of text: ScalarText) -> (word: Int, start: Int)? {
        var found: (word: Int, start: Int)? = nil
        _ = forEachOccurrence(in: span, of: text) { k, i in
            found = (k, i)
            return true
        }
        return found
    }

    /// Whether one of the words is written right before `offset` (ends there).
    func ends(at offset: Int, of text: ScalarText) -> Bool {
        (0..<(starts.count - 1)).contains { k in
            let n = length(of: k)
            return n > 0 && offset >= n && (0..<n).allSatisfy { text[offset - n + $0] == scalars[starts[k] + $0] }
        }
    }

    /// Word `k`'s length in scalars.
    func length(of k: Int) -> Int { starts[k + 1] - starts[k] }

    /// Every occurrence in `text`, in order of end, the longest first (the order an Aho–Corasick
    /// scan reports them in): for the few names of one document, cheaper than building one.
    func occurrences(in text: ScalarText) -> [WordOccurrence] {
        var found: [WordOccurrence] = []
        _ = forEachOccurrence(in: TextSpan(0, text.count), of: text) { k, i in
            found.append(WordOccurrence(word: k, start: i, end: i + length(of: k)))
            return false
        }
        found.sort { $0.end != $1.end ? $0.end < $1.end : $0.start < $1.start }
        return found
    }
}
