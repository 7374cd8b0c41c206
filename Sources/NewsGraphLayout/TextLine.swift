import NewsGraphCore

/// One line of a page's text, as offsets: where it is and where its words are.
///
/// Layout decides by lines (a headline, a dateline, a menu bar), and the padding
/// around a line's words (e-paper indentation, trailing spaces) must not count.
struct TextLine: Sendable, Hashable {
    /// The first scalar of the line.
    var start: Int
    /// The line feed ending it, or the text's end.
    var end: Int
    /// The line without leading and trailing spaces: `contentStart..<contentEnd`.
    var contentStart: Int
    var contentEnd: Int

    var isBlank: Bool { contentStart == contentEnd }
    var isIndented: Bool { contentStart > start && !isBlank }
    var length: Int { contentEnd - contentStart }
    var content: TextSpan { TextSpan(contentStart, contentEnd) }

    /// The lines of `s`, split at line feeds (the normalized text has no CR).
    static func split(_ text: [Unicode.Scalar]) -> [TextLine] {
        text.withUnsafeBufferPointer { split($0) }
    }

    private static func split(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> [TextLine] {
        var lines: [TextLine] = []
        // Sized once: grown from empty, the list was reallocated some seven times a page.
        lines.reserveCapacity(lineFeeds(s) + 1)
        var start = 0
        let n = s.count
        while start <= n {
            let end = lineEnd(s, from: start)
            var cs = start
            while cs < end, ScalarClass.isHorizontalSpace(s[cs]) { cs += 1 }
            var ce = end
            while ce > cs, ScalarClass.isHorizontalSpace(s[ce - 1]) { ce -= 1 }
            lines.append(TextLine(start: start, end: end, contentStart: cs, contentEnd: ce))
            if end == n { break }
            start = end + 1
        }
        return lines
    }

    /// How many line feeds `s` holds, eight scalars compared at once.
    private static func lineFeeds(_ s: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        guard let base = s.baseAddress else { return 0 }
        let n = s.count
        var p = 0
        var counts = SIMD8<UInt32>()
        let lf = SIMD8<UInt32>(repeating: 0x0A)
        while n - p >= 8 {
            let v = UnsafeRawPointer(base + p).loadUnaligned(as: SIMD8<UInt32>.self)
            counts &+= SIMD8<UInt32>(repeating: 1).replacing(with: 0, where: v .!= lf)
            p += 8
        }
        var count = Int(counts.wrappedSum())
        while p < n {
            if s[p] == "\n" { count += 1 }
            p += 1
        }
        return count
    }

    /// The next line feed from `start`, or the end: eight scalars compared at once where no
    /// line feed is among them (most of a paragraph), then one by one.
    private static func lineEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let n = s.count
        guard let base = s.baseAddress else { return n }
        var p = start
        let lf = SIMD8<UInt32>(repeating: 0x0A)
        while n - p >= 8 {
            let v = UnsafeRawPointer(base + p).loadUnaligned(as: SIMD8<UInt32>.self)
            if any(v .== lf) { break }
            p += 8
        }
        while p < n, s[p] != "\n" { p += 1 }
        return p
    }
}
