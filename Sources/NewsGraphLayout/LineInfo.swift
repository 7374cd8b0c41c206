import NewsGraphCore

/// A classified line: its kind and the facts about it that repair and segmentation use.
///
/// Computed once per line so that both decisions read the same judgement.
struct LineInfo: Sendable {
    var line: TextLine
    var kind: LineKind
    /// Ends in punctuation after which a break never cuts a word (`。！？”」）…`).
    var endsSentence = false
    /// Short, no full stop, not ending mid-clause: it could be a headline.
    var isTitleLike = false
    /// Opens like a news paragraph: a date and a comma (`3月5日，`, `5月21日至22日，`), never a title.
    var opensWithDate = false
    /// Holds a comma: a sentence's clauses, where a headline would join its parts with a space.
    var hasComma = false
    /// The dateline of a lead line.
    var dateline: TextSpan?
    /// Where a lead's dateline and bracketed byline end: its body starts there.
    var leadEnd: Int?
    /// Names read on the line: a lead's bracketed byline, a byline line, a credit,
    /// a closing `（记者 X 摄）`, a `作者：X` in publication facts.
    var bylines: [Byline] = []

    var length: Int { line.length }

    /// Moves the line `delta` scalars further on: classifying reads nothing outside the line,
    /// so a line that repair left whole keeps its judgement where it lands. (In place: a moved
    /// copy shared its bylines with the original, and changing their spans copied the list.)
    mutating func move(by delta: Int) {
        line.start += delta
        line.end += delta
        line.contentStart += delta
        line.contentEnd += delta
        dateline = dateline.map { TextSpan($0.start + delta, $0.end + delta) }
        leadEnd = leadEnd.map { $0 + delta }
        for j in bylines.indices { bylines[j].span = TextSpan(bylines[j].span.start + delta, bylines[j].span.end + delta) }
    }
    /// A headline's shape: a short text line without sentence punctuation that does not open like a paragraph.
    var isTitleShaped: Bool { kind == .text && isTitleLike && !opensWithDate && !hasComma }
}
