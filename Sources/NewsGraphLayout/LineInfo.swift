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
    /// The document's own title (a JSONL record's or a web page's `title`) as its first line: a
    /// headline whatever its length or shape, never joined to the paragraph below it.
    var isKnownTitle = false
    /// Opens like a news paragraph: a date and a comma (`3月5日，`, `5月21日至22日，`), never a title.
    var opensWithDate = false
    /// Holds a comma: a sentence's clauses, where a headline would join its parts with a space.
    var hasComma = false
    /// A title-like line that opens with a slogan's word (`学习贯彻…精神`, `奋力谱写…新篇章`).
    var opensWithSloganWord = false
    /// A title-like line of phrases set apart by spaces, the first two as long as each other
    /// (`守护平安出行 服务城市发展`): a slogan's shape, above a headline or below it.
    var isParallel = false
    /// A title-like line opening with a transcript's label (`【同期】某市民`): a caption, never a
    /// headline (nor joined to the next line, as a title is not).
    var opensWithLabel = false
    /// A title-like line opening with an item's number (`四、县委书记讲话`, `2．某某发言`, `（三）…`):
    /// an item of a list or a section's heading, never an article's headline.
    var opensWithItemNumber = false
    /// A short field of a notice: a label, a colon and a number or a date (`公示时间：7月8日至14日`).
    var isField = false
    /// Opens with a field's label and a colon, whatever follows (`时间：…`, `主持人：…`): under a
    /// notice's or an agenda's headline, its fields.
    var opensWithFieldLabel = false
    /// Opens with a dash: a subheadline (`——在某会议上的讲话（摘要）`).
    var opensWithDash = false
    /// Ends with a colon: a notice's addressees (`各乡镇人民政府，县政府各部门：`), a salutation.
    var endsWithColon = false
    /// Ends with the page an index entry continues on: `…。（2版）`, `（详见第3版）`, `（A3版）`.
    var endsWithPageReference = false
    /// The dateline of a lead line.
    var dateline: TextSpan?
    /// Where a lead's dateline and bracketed byline end: its body starts there.
    var leadEnd: Int?
    /// Names read on the line (a lead's bracketed byline, a byline line, a credit, a closing
    /// `（记者 X 摄）`, a `作者：X` in publication facts): where they are in the page's list of
    /// names. A range keeps the line a plain value: a list of its own was retained and released
    /// with every copy of the line, and every list of lines was destroyed line by line.
    var bylines: Range<Int> = 0..<0

    var length: Int { line.length }

    /// Moves the line, and its names in the page's list `names`, `delta` scalars further on:
    /// classifying reads nothing outside the line, so a line that repair left whole keeps its
    /// judgement where it lands.
    mutating func move(by delta: Int, names: inout [Byline]) {
        line.start += delta
        line.end += delta
        line.contentStart += delta
        line.contentEnd += delta
        dateline = dateline.map { TextSpan($0.start + delta, $0.end + delta) }
        leadEnd = leadEnd.map { $0 + delta }
        for j in bylines { names[j].span = TextSpan(names[j].span.start + delta, names[j].span.end + delta) }
    }
    /// Two title lines, this one above `next`: a slogan above the headline is the page's banner
    /// (`践行新思想 奋进新征程` over `某剧团新编京剧首演`); a slogan below it is its subheadline, and so is
    /// a line opening with a dash below a speech's title (`——在某会议上的讲话`).
    func isBanner(above next: LineInfo) -> Bool {
        !next.opensWithDash && (opensWithSloganWord || isParallel && !next.isParallel)
    }
    /// Short, no full stop, no transcript's label nor item's number, no speaker's finished clauses
    /// (`主持人：今天的发布会到此结束，谢谢大家！`, not `某某：大山深处的“点灯人”`): it may be a headline.
    var mayBeHeadline: Bool { isTitleLike && !opensWithLabel && !opensWithItemNumber && !(opensWithFieldLabel && hasComma && endsSentence) }
    /// A headline's shape: a short text line without sentence punctuation that does not open like a paragraph.
    /// Whether `line`, of four characters at most, names a page's column above a headline at least
    /// twice its length that is no subheadline (`——…`).
    static func isColumnName(_ line: LineInfo, above next: LineInfo) -> Bool {
        line.length <= 4 && next.length >= 2 * line.length + 4 && !next.opensWithDash && !line.isParallel
    }

    var isTitleShaped: Bool { kind == .text && (isKnownTitle || mayBeHeadline && !opensWithDate && !hasComma) }
}
