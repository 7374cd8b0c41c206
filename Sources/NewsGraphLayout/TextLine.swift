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
        var start = 0
        let n = s.count
        while start <= n {
            var end = start
            while end < n, s[end] != "\n" { end += 1 }
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
}
