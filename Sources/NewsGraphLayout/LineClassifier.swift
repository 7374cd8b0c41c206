import NewsGraphCore

/// Decides what each line of a page is (`LineKind`), with the lexicon's words.
///
/// Checks are bounded: furniture words are only looked for in short lines
/// without a full stop, datelines in a line's first scalars, bylines in short
/// lines or brackets, so a 50 MB paragraph costs a few comparisons.
struct LineClassifier: Sendable {
    let lexicon: LayoutLexicon
    let datelines: DatelineParser
    let bylines: BylineParser

    /// Headlines are at most this long (web titles run longer than print ones).
    static let maxTitleLength = 48
    /// Furniture lines are at most this long.
    static let maxFurnitureLength = 80
    /// A byline on a line of its own is at most this long.
    static let maxBylineLineLength = 32
    /// How far back from a line's end a closing credit's bracket may open.
    static let maxCreditLength = 32
    /// How far into a line a reporter's speaker tag (`总台记者 某某：`) may end.
    static let maxSpeakerTagLength = 12

    init(lexicon: LayoutLexicon) {
        self.lexicon = lexicon
        datelines = DatelineParser(lexicon: lexicon)
        bylines = BylineParser(lexicon: lexicon)
    }

    /// The lines classified; the names read on them are added to `names`, the page's list.
    func classify(_ s: [Unicode.Scalar], _ lines: [TextLine], names: inout [Byline]) -> [LineInfo] {
        lines.map { classify(s, $0, names: &names) }
    }

    /// (Not inlined into the list's map: inlined there, each judgement was copied once more into
    /// the list.)
    @inline(never)
    func classify(_ s: [Unicode.Scalar], _ line: TextLine, names: inout [Byline]) -> LineInfo {
        classify(s, line, startingWith: nil, names: &names)
    }

    /// `prefix`: a line classified before that starts where `line` does and whose scalars are
    /// those `line` starts with (a broken line that repair joined to the next); its names are in
    /// `names` too. (Inlined: with no prefix, as for most lines, the checks for one fold away.)
    @inline(__always)
    func classify(_ s: [Unicode.Scalar], _ line: TextLine, startingWith prefix: LineInfo?, names: inout [Byline]) -> LineInfo {
        if line.isBlank { return LineInfo(line: line, kind: .blank) }
        let a = line.contentStart, b = line.contentEnd
        var info = LineInfo(line: line, kind: .text)
        let last = s[b - 1]
        info.endsSentence = ScalarClass.endsSentence(last)
        info.opensWithFieldLabel = LineClassifier.labelColon(s, a, b, longest: LineClassifier.maxOpeningLabelLength) != nil

        var hasFullStop = false
        if line.length <= LineClassifier.maxFurnitureLength {
            hasFullStop = ScalarClass.holds(s, a, b, ScalarClass.fullStop)
            if !hasFullStop, let kind = furniture(s, a, b) {
                info.kind = kind
                if kind == .meta { info.bylines = metaBylines(s, a, b, into: &names) }
                return info
            }
        }

        // A lead: dateline, then perhaps a bracketed byline.
        if let dEnd = datelines.parse(s, a, b) {
            info.kind = .lead
            info.dateline = TextSpan(a, dEnd)
            var p = dEnd
            while p < b, ScalarClass.isHorizontalSpace(s[p]) { p += 1 }
            info.leadEnd = p
            if p < b, ScalarClass.isOpenBracket(s[p]), let close = closingBracket(s, p, b),
                let r = bracketBylines(s, p, close, dateline: info.dateline, prefix: prefix, names: &names)
            {
                info.bylines = r
                var q = close + 1
                while q < b, ScalarClass.isHorizontalSpace(s[q]) { q += 1 }
                info.leadEnd = q
            }
            return info
        }

        // A bracketed byline opening the line: alone, it is a byline line; with text after, a lead.
        if ScalarClass.isOpenBracket(s[a]), let close = closingBracket(s, a, b),
            let r = bracketBylines(s, a, close, dateline: nil, prefix: prefix, names: &names)
        {
            info.bylines = r
            if close + 1 == b {
                info.kind = BylineParser.isCredit(names[r]) ? .credit : .byline
                if info.kind == .byline { for j in r { names[j].rule = "layout.byline-line" } }
            } else {
                info.kind = .lead
                var q = close + 1
                while q < b, ScalarClass.isHorizontalSpace(s[q]) { q += 1 }
                info.leadEnd = q
            }
            return info
        }

        if line.length <= LineClassifier.maxBylineLineLength,
            let r = bylines.parse(s, a, b, mode: .line, rule: "layout.byline-line", creditRule: "layout.credit", into: &names)
        {
            info.kind = BylineParser.isCredit(names[r.names]) ? .credit : .byline
            info.bylines = r.names
            return info
        }

        if line.length <= LineClassifier.maxFurnitureLength, !hasFullStop, isMenu(s, a, b) {
            info.kind = .navigation
            return info
        }

        info.isTitleLike = line.length <= LineClassifier.maxTitleLength && !hasFullStop && !ScalarClass.isClauseMark(last)
        info.opensWithDate = opensWithDate(s, a, b)
        info.endsWithPageReference = last == "）" && LineClassifier.endsWithPageReference(s, a, b)
        info.endsWithColon = last == "：" || last == ":"
        info.opensWithDash = s[a] == "—"
        if info.isTitleLike {
            info.hasComma = ScalarClass.holds(s, a, b, "，") || ScalarClass.holds(s, a, b, ",")
            info.isField = isFieldLine(s, a, b)
            info.opensWithSloganWord = lexicon.sloganOpeners.longestMatch(s, at: a, end: b) != nil
            info.isParallel = isParallel(s, a, b)
            info.opensWithLabel = lexicon.transcriptLabels.longestMatch(s, at: a, end: b) != nil
            info.opensWithItemNumber = opensWithItemNumber(s, a, b)
        }
        // A caption closing with a credit after its full stop, without brackets: `图为义诊现场。 记者 张三 摄`.
        if last == "摄" {
            var open = b - 2
            let stop = max(a, b - LineClassifier.maxCreditLength)
            while open >= stop, s[open] != "。" { open -= 1 }
            var from = open + 1
            while from < b, ScalarClass.isHorizontalSpace(s[from]) { from += 1 }
            if open >= stop, open > a,
                let r = bylines.parse(s, from, b, mode: .line, rule: "layout.credit", creditRule: "layout.credit", into: &names)
            {
                if r.hasSuffixRole { info.bylines = r.names } else { names.removeSubrange(r.names) }
            }
        }
        // A paragraph closing with a credit: `…。（记者 张三 摄）`, or a caption in brackets closing
        // with one: `（图为庭审现场。本报记者 张三 摄）`; or a brief closing with its byline after
        // its last sentence: `…。（记者 张三 通讯员 李四）`.
        if ScalarClass.isCloseBracket(last) {
            var open = b - 2
            let stop = max(a, b - LineClassifier.maxCreditLength)
            while open >= stop, !ScalarClass.isOpenBracket(s[open]), s[open] != "。" { open -= 1 }
            let inCaption = open >= stop && s[open] == "。" && (a..<open).contains { ScalarClass.isOpenBracket(s[$0]) }
            if open >= stop, open > a, ScalarClass.isOpenBracket(s[open]) || inCaption,
                let r = bylines.parse(s, open + 1, b - 1, mode: .line, rule: "layout.credit", creditRule: "layout.credit", into: &names)
            {
                let closesBrief = r.hasRoleWord && ScalarClass.isOpenBracket(s[open]) && "。！？”".unicodeScalars.contains(s[open - 1])
                if r.hasSuffixRole || BylineParser.isCredit(names[r.names]) || closesBrief {
                    info.bylines = r.names
                } else {
                    names.removeSubrange(r.names)  // names, but no credit's: not this line's
                }
            }
        }
        if info.bylines.isEmpty { info.bylines = reporterSpeaking(s, a, b, names: &names) }
        return info
    }

    /// A transcript's reporter speaking on camera, `总台记者 某某：我现在就在…`: the name before the
    /// colon is the article's reporter. Only a role word of reporters and one or two names make
    /// such a tag (`记者：` opening an interview's question names nobody).
    private func reporterSpeaking(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, names: inout [Byline]) -> Range<Int> {
        let limit = min(b, a + LineClassifier.maxSpeakerTagLength)
        guard let colon = (a..<limit).first(where: { s[$0] == "：" || s[$0] == ":" }), colon - a >= 4 else { return 0..<0 }
        // Bracket mode: after the role word a name with a rare surname is read too (`记者 訾某某`).
        guard let r = bylines.parse(s, a, colon, mode: .bracket, rule: "layout.byline", creditRule: "layout.credit", into: &names)
        else { return 0..<0 }
        if r.hasRoleWord, r.names.count <= 2, names[r.names].allSatisfy({ $0.role == .reporter }) { return r.names }
        names.removeSubrange(r.names)
        return 0..<0
    }

    /// The bylines in the bracket `s[open...close]` of a lead (after `dateline`, or opening the line),
    /// as positions in `names`. A `prefix` that holds the bracket and read it in the same place (a
    /// lead after the same dateline, or a line opening with it) says what is there; else it is read.
    @inline(__always)
    private func bracketBylines(
        _ s: [Unicode.Scalar], _ open: Int, _ close: Int, dateline: TextSpan?, prefix: LineInfo?, names: inout [Byline]
    ) -> Range<Int>? {
        if let prefix, close < prefix.line.contentEnd, prefix.dateline == dateline,
            prefix.kind == .lead || (prefix.kind == .text && dateline == nil)
        {
            // A parse that succeeds gives names; a `.text` prefix read the bracket and found none.
            return prefix.bylines.isEmpty ? nil : prefix.bylines
        }
        // `【文化中国行】山西晋祠：…`: lenticular brackets hold a column's label far more often than
        // a byline, so they hold one only with a role word (`【记者 张三】`), as a line of its own does.
        let mode: BylineParser.Mode = s[open] == "【" ? .line : .bracket
        return bylines.parse(s, open + 1, close, mode: mode, rule: "layout.byline", creditRule: "layout.credit", into: &names)?.names
    }

    /// How far after its date a paragraph's opening comma may come (`5月21日至22日，`, `3月5日上午，`).
    static let maxDateOpening = 8

    /// The line opens with a date followed soon by a comma: `3月5日，`, `9日上午，`.
    private func opensWithDate(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard let date = lexicon.dates.longestMatch(s, at: a, end: b) else { return false }
        let limit = min(b, date.end + LineClassifier.maxDateOpening)
        var j = date.end
        while j < limit {
            let c = s[j]
            if c == "，" || c == "," { return true }
            guard ScalarClass.isIdeograph(c) || ScalarClass.isDigit(c) else { return false }
            j += 1
        }
        return false
    }

    /// `（2版）`, `（详见第3版）`, `（A3版）` closing the line: a bracket of at most
    /// `maxPageReference` scalars, ending in `版` after a numeral.
    static func endsWithPageReference(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard b - a >= 4, s[b - 2] == "版" else { return false }
        var open = b - 3
        while open > a, b - open <= maxPageReference, s[open] != "（" { open -= 1 }
        guard s[open] == "（" else { return false }
        return ((open + 1)..<(b - 2)).contains { LineClassifier.isNumeral(s[$0]) }
    }

    static func isNumeral(_ c: Unicode.Scalar) -> Bool { ScalarClass.isDigit(c) || "一二三四五六七八九十".unicodeScalars.contains(c) }

    static let maxPageReference = 8

    /// `四、`, `2．`, `12.` (not `1.5万`), `（三）`, `(2)`: at most two numerals, then the mark.
    private func opensWithItemNumber(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        let bracketed = a < b && (s[a] == "（" || s[a] == "(")
        var j = bracketed ? a + 1 : a
        let start = j
        while j < b, j - start < 2, LineClassifier.isNumeral(s[j]) { j += 1 }
        guard j > start, j < b, !LineClassifier.isNumeral(s[j]) else { return false }
        if bracketed { return s[j] == "）" || s[j] == ")" }
        let mark = s[j]
        return mark == "、" || mark == "．" || (mark == "." && !(j + 1 < b && ScalarClass.isDigit(s[j + 1])))
    }

    /// Most ideographs a notice's field label has (`公示时间`, `举报电话`, `联系人`).
    static let maxLabelLength = 6

    /// Most ideographs a label opening any line has (`时间`, `主持人`), a field whatever follows it.
    static let maxOpeningLabelLength = 4

    /// Where the colon after a label of 2 to `longest` ideographs opening `s[a..<b]` is.
    static func labelColon(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, longest: Int) -> Int? {
        var j = a
        while j < min(b, a + longest), ScalarClass.isIdeograph(s[j]) { j += 1 }
        guard j - a >= 2, j < b, s[j] == "：" || s[j] == ":" else { return nil }
        return j
    }

    /// The line is a label of ideographs, a colon and a number, a date or a time (`举报电话：12380`,
    /// `公示时间：7月8日至7月14日`), or a transcript's label: a notice's field, never a column's cut
    /// (`记者：今年以来全市`).
    private func isFieldLine(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        // A transcript's label (`【同期】市民 某某`, `【现场】记者 某某`): who speaks next, a line of its own.
        if s[a] == "【", let close = (a + 1..<min(b, a + LineClassifier.maxLabelLength)).first(where: { s[$0] == "】" }), close > a + 1 {
            return true
        }
        guard let j = LineClassifier.labelColon(s, a, b, longest: LineClassifier.maxLabelLength + 1), j + 1 < b else { return false }
        return s[(j + 1)..<b].allSatisfy { c in
            ScalarClass.isDigit(c) || c.isASCII || "年月日号时分至到－—～ ".unicodeScalars.contains(c)
        }
    }

    /// `.navigation` or `.meta` when the line is page furniture.
    private func furniture(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> LineKind? {
        if lexicon.furniturePrefixes.longestMatch(s, at: a, end: b) != nil { return .navigation }
        // Meta and furniture words, bars and digits in one pass over the line's buffer: a meta word
        // anywhere makes the line `.meta`, else a furniture word, two bars or nothing but digits
        // `.navigation`. (A pass for each, indexing the array, was three reads of every scalar.)
        return s.withUnsafeBufferPointer { buffer -> LineKind? in
            var hasFurnitureWord = false
            var bars = 0
            var digitsOnly = true
            for i in a..<b {
                let c = buffer[i]
                if lexicon.furnitureOrMetaWords.mayStart(c) {
                    if lexicon.metaWords.longestMatch(s, at: i, end: b) != nil { return .meta }
                    if !hasFurnitureWord, lexicon.furnitureWords.longestMatch(s, at: i, end: b) != nil { hasFurnitureWord = true }
                }
                if c == "|" || c == "｜" { bars += 1 }
                // Once a line has shown a character that is no digit, its digits no longer matter.
                if digitsOnly, !(ScalarClass.isDigit(c) && c.value < 0x3000 || ScalarClass.isHorizontalSpace(c)) { digitsOnly = false }
            }
            return hasFurnitureWord || bars >= 2 || digitsOnly ? .navigation : nil
        }
    }

    /// A bar of menu words (`收藏 打印 推荐`): most of its space-separated words are menu words;
    /// dates among the others (`2021-12-02`) do not count against it.
    private func isMenu(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var words = 0, menu = 0
        forEachWord(s, a, b) { t0, t1 in
            words += 1
            if lexicon.menuWords.exactMatch(s, t0, t1) != nil { menu += 1 }
        }
        // Most short lines hold no menu word: the dates are read only for the few that do
        // (testing every scalar of every line for a date was a third of this check).
        guard menu >= 1 else { return false }
        var dates = 0
        forEachWord(s, a, b) { t0, t1 in
            if lexicon.menuWords.exactMatch(s, t0, t1) == nil, (t0..<t1).allSatisfy({ LineClassifier.isDateScalar(s[$0]) }) {
                dates += 1
            }
        }
        return menu * 2 >= words - dates
    }

    /// Phrases of ideographs set apart by spaces, at least two, the first two as long as each other
    /// and each of 3 to 12, any after them up to 20 (`守护平安路 温暖回家途`); no digits (`某园开园 新增学位360个`).
    private func isParallel(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        var count = 0, first = 0, second = 0
        var phrases = true
        forEachWord(s, a, b) { t0, t1 in
            if count == 0 { first = t1 - t0 } else if count == 1 { second = t1 - t0 }
            count += 1
            // (A third phrase may run longer: `物流畅通 产业兴旺 奋力谱写某市高质量发展新篇章`.)
            if !(3...(count <= 2 ? 12 : 20)).contains(t1 - t0) || !(t0..<t1).allSatisfy({ ScalarClass.isIdeograph(s[$0]) }) { phrases = false }
        }
        return phrases && count >= 2 && first == second
    }

    /// Calls `body` with the bounds of each space-separated word of `s[a..<b]`.
    @inline(__always)
    private func forEachWord(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, _ body: (Int, Int) -> Void) {
        ScalarClass.forEachToken(s, a, b, separatedBy: ScalarClass.isHorizontalSpace, body)
    }

    /// What a date written in a menu bar is made of: digits, 年月日 and `-/:`.
    private static func isDateScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isDigit(c) || c == "年" || c == "月" || c == "日" || c == "-" || c == "/" || c == ":"
    }

    /// `作者：张三` (or `文/张三　图/李四`) inside publication facts, added to `names`; where they are in it.
    private func metaBylines(_ s: [Unicode.Scalar], _ a: Int, _ b: Int, into names: inout [Byline]) -> Range<Int> {
        let start = names.count
        var i = a
        while i < b {
            if let m = lexicon.roles.longestMatch(s, at: i, end: b), m.end < b, LineClassifier.fieldMarks.contains(s[m.end]),
                i == a || !ScalarClass.isIdeograph(s[i - 1])
            {
                var p = m.end + 1
                while p < b, ScalarClass.isHorizontalSpace(s[p]) { p += 1 }
                let q = LineClassifier.metaFieldEnd(s, p, b)
                if q > p,
                    let r = bylines.parse(s, p, q, mode: .bracket, rule: "layout.byline-meta", creditRule: "layout.credit", into: &names)
                {
                    // `作者：记者 甲 通讯员 乙` gives its own roles; a bare name takes the field's.
                    for j in r.names where names[j].role == .author { names[j].role = lexicon.roleWords[m.value].role }
                }
                i = max(q, i + 1)
                continue
            }
            i += 1
        }
        return start..<names.count
    }

    /// What follows a field's name before its value.
    static let fieldMarks: Set<Unicode.Scalar> = [":", "：", "/", "／"]

    /// Where a publication field's value that starts at `p` ends: at two spaces, an ideographic
    /// space or `|`, or before the next `名称：` field (`作者：记者 甲 通讯员 乙  发布时间：…`).
    static func metaFieldEnd(_ s: [Unicode.Scalar], _ p: Int, _ b: Int) -> Int {
        var q = p
        var lastSpace: Int? = nil
        while q < b {
            let c = s[q]
            if c == "|" || c == "｜" || c == "\u{3000}" || c == "\t" { break }
            if c == " " {
                if q + 1 < b, s[q + 1] == " " { break }
                lastSpace = q
            }
            if c == ":" || c == "：" { return lastSpace ?? q }
            q += 1
        }
        return q
    }

    /// The bracket closing the one opened at `open`, on the same line and near it.
    private func closingBracket(_ s: [Unicode.Scalar], _ open: Int, _ end: Int) -> Int? {
        let limit = min(end, open + BylineParser.maxLength + 2)
        var j = open + 1
        while j < limit {
            if ScalarClass.isCloseBracket(s[j]) { return j }
            if ScalarClass.isOpenBracket(s[j]) { return nil }
            j += 1
        }
        return nil
    }
}
