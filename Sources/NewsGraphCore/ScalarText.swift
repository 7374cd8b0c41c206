/// Text as an array of Unicode scalars, so that every stage indexes it in O(1)
/// by the scalar offsets that provenance records.
public struct ScalarText: Sendable, Equatable {
    public let scalars: [Unicode.Scalar]

    public init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }
    public init(_ string: String) { self.scalars = Array(string.unicodeScalars) }

    // Inlinable: other modules read the text scalar by scalar in their inner loops.
    @inlinable public var count: Int { scalars.count }
    @inlinable public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The offset where `word` first occurs wholly inside `span`, or nil.
    public func firstIndex(of word: [Unicode.Scalar], in span: TextSpan) -> Int? {
        guard !word.isEmpty, span.length >= word.count else { return nil }
        for i in span.start...(span.end - word.count) where scalars[i] == word[0] {
            if (1..<word.count).allSatisfy({ scalars[i + $0] == word[$0] }) { return i }
        }
        return nil
    }

    /// Whether `span` holds any of `words`, in one pass: a word is compared only where its first scalar stands.
    /// (Raw buffers: iterating the words as arrays would retain each one at every scalar; and a
    /// bit per first scalar, by its low six bits, passes over most scalars in one test.)
    public func containsAny(of words: [[Unicode.Scalar]], in span: TextSpan) -> Bool {
        guard span.start < span.end else { return false }
        let firsts = words.reduce(UInt64(0)) { $0 | ($1.first.map { 1 << UInt64($0.value & 63) } ?? 0) }
        return scalars.withUnsafeBufferPointer { s in
            words.withUnsafeBufferPointer { words in
                for i in span.start..<span.end where firsts & 1 << UInt64(s[i].value & 63) != 0 {
                    let c = s[i]
                    for k in 0..<words.count where words[k].first == c && i + words[k].count <= span.end {
                        var j = 1
                        while j < words[k].count, s[i + j] == words[k][j] { j += 1 }
                        if j == words[k].count { return true }
                    }
                }
                return false
            }
        }
    }

    public func string(_ span: TextSpan) -> String {
        string(span.start, span.end)
    }

    public func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { String(scalars: UnsafeBufferPointer<Unicode.Scalar>(rebasing: $0[start..<end])) }
    }

    public var string: String { string(0, scalars.count) }

    /// The text of `span`, which is `known` when that is what it holds: the same text is then
    /// shared instead of made again (a new string is allocated and checked as UTF-8).
    public func string(_ span: TextSpan, orKnown known: String) -> String {
        let same = span.start >= 0 && span.end <= scalars.count
            && known.unicodeScalars.elementsEqual(scalars[span.start..<span.end])
        return same ? known : string(span)
    }
}
