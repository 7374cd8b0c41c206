import NewsGraphCore

/// A few words looked for in spans of a text (`会上`, `此次`, …), made ready once: their scalars
/// side by side, and a bit per first scalar (by its low 12 bits) that turns most of a span's
/// scalars away in one test (`ScalarText.containsAny` makes a coarser one at every call).
struct WordList: Sendable {
    /// Word `k` is `scalars[starts[k]..<starts[k + 1]]`.
    private let scalars: [Unicode.Scalar]
    private let starts: [Int]
    private let firsts: [UInt64]

    init(_ words: [String]) {
        var scalars: [Unicode.Scalar] = []
        var starts = [0]
        var firsts = [UInt64](repeating: 0, count: 64)
        for w in words where !w.isEmpty {
            let first = w.unicodeScalars.first!.value & 4095
            firsts[Int(first >> 6)] |= 1 << UInt64(first & 63)
            scalars += w.unicodeScalars
            starts.append(scalars.count)
        }
        (self.scalars, self.starts, self.firsts) = (scalars, starts, firsts)
    }

    /// Whether one of the words is written wholly inside `span`.
    func occurs(in span: TextSpan, of text: ScalarText) -> Bool {
        guard span.start < span.end else { return false }
        return text.scalars.withUnsafeBufferPointer { s in
            scalars.withUnsafeBufferPointer { w in
                starts.withUnsafeBufferPointer { starts in
                    firsts.withUnsafeBufferPointer { firsts in
                        for i in span.start..<span.end {
                            let v = s[i].value & 4095
                            guard firsts[Int(v >> 6)] & 1 << UInt64(v & 63) != 0 else { continue }
                            for k in 0..<(starts.count - 1) where w[starts[k]] == s[i] && i + starts[k + 1] - starts[k] <= span.end {
                                var j = 1
                                while starts[k] + j < starts[k + 1], s[i + j] == w[starts[k] + j] { j += 1 }
                                if starts[k] + j == starts[k + 1] { return true }
                            }
                        }
                        return false
                    }
                }
            }
        }
    }
}
