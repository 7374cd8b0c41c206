import NewsGraphCore

/// Splits a repaired page into its banner and articles.
///
/// Articles start where newspapers and web pages mark them: a lead line
/// (dateline and/or bracketed byline), a byline line under a title, or a web
/// page's publication facts under a title. The one or two short title lines just
/// above that mark are the headline and subheadline. Text before the first mark
/// is an article when it holds prose: one or two title-shaped lines above its
/// first paragraph are its headline, and a page opening with a sentence is a
/// brief without headline. A page of several articles whose first title block
/// stands alone at the top opens with a banner. A dateline after a lead that
/// opened its body starts a brief of its own, and a title followed only by a
/// caption and a photo credit is a photo article of its own.
struct ArticleSegmenter: Sendable {
    let classifier: LineClassifier

    /// An article's opening: its title lines and the lines (leads, bylines, facts) that mark it.
    /// Both are runs of neighbouring lines, so ranges: two lists per header were most of the
    /// segmenter's allocations.
    private struct Header {
        /// Positions in the nonblank-line list.
        var titles: Range<Int>
        var marks: ClosedRange<Int>
        var first: Int { titles.first ?? marks.lowerBound }
        var last: Int { marks.upperBound }
        /// The headline's and subheadline's positions.
        var headline: Int? { titles.first }
        var subheadline: Int? { titles.count > 1 ? titles.lowerBound + 1 : nil }
    }

    /// `names`: the names read on the lines, which they refer to by position.
    func segment(_ s: [Unicode.Scalar], _ infos: [LineInfo], _ names: [Byline]) -> (banner: TextSpan?, articles: [ArticleLayout]) {
        let lines = NonBlankLines(infos)
        guard !lines.isEmpty else { return (nil, []) }

        // Article marks, grouped into headers.
        var headers: [Header] = []
        // The first line that is not furniture: a byline above it opens the page's first article.
        let firstContent = lines.firstIndex { $0.kind != .navigation && $0.kind != .meta } ?? lines.count
        for p in lines.indices {
            let kind = lines[p].kind
            let previousClaimed = headers.last?.last ?? -1
            let titleAbove = p > 0 && p - 1 > previousClaimed && lines[p - 1].kind == .text && lines[p - 1].mayBeHeadline
            let isMark: Bool
            switch kind {
            case .lead: isMark = true
            case .byline: isMark = titleAbove || p <= firstContent
            case .meta: isMark = titleAbove
            default: isMark = false
            }
            guard isMark else { continue }
            let maxTitles = kind == .meta ? 1 : 2
            var q = p - 1
            while q > previousClaimed, p - 1 - q < maxTitles, lines[q].kind == .text, lines[q].mayBeHeadline {
                q -= 1
            }
            var titles = (q + 1)..<p
            // A column's name above the headline (`城事速递` / `市区新增12处夜间共享停车点`): the page's, not the headline.
            if titles.count == 2, LineInfo.isColumnName(lines[titles.lowerBound], above: lines[titles.lowerBound + 1]) {
                titles = (titles.lowerBound + 1)..<p
            }
            // A mark right after another article's marks, with only furniture between, belongs to it;
            // a dateline after a lead that already opened the body starts a brief of its own.
            if titles.isEmpty, var h = headers.last,
                !(lines[p].dateline != nil && opensBody(lines[h.last])),
                lines[(h.last + 1)..<p].allSatisfy({ $0.kind == .navigation || $0.kind == .meta || $0.kind == .byline })
            {
                h.marks = h.marks.lowerBound...p
                headers[headers.count - 1] = h
                continue
            }
            if headers.isEmpty { headers.reserveCapacity(8) }  // a page has a few: room once, not a list grown from empty
            headers.append(Header(titles: titles, marks: p...p))
        }

        headers = splittingMarkedBriefs(s, lines, splittingPhotoArticles(lines, splittingBriefsAfterCredits(lines, headers)))
        headers = splittingIndexEntries(lines, splittingDatedBriefs(lines, headers))

        var articles: [ArticleLayout] = []
        if !headers.isEmpty { articles.reserveCapacity(headers.count + 1) }
        var banner: TextSpan?

        // Text before the first header: an article when it holds prose. One or two title lines
        // above its first paragraph are its headline; a page opening with a sentence is a brief.
        // (Positions counted, not a slice's indices: those went through the generic `Slice`.)
        let preambleEnd = headers.first?.first ?? lines.count
        let content = (0..<preambleEnd).filter { lines[$0].kind != .navigation && lines[$0].kind != .meta }
        if let first = content.first, let last = content.last,
            headers.isEmpty || content.contains(where: { isProse(lines[$0]) })
        {
            var titles: [Int] = []
            for c in content.prefix(2) {
                // (Below the headline, a field's label opens the notice's fields: `时间：…`.)
                guard lines[c].isTitleShaped, titles.isEmpty || !lines[c].opensWithFieldLabel else { break }
                titles.append(c)
            }
            // (A notice's or an agenda's fields may come first: `时间：…`, `地点：…`; a speech's or a
            // report's speaker and salutation: `某县人民政府县长　某某` / `各位代表：`.)
            let below = content.dropFirst(titles.count)
            let opensBody = below.first.map { isProse(lines[$0]) || lines[$0].opensWithFieldLabel } ?? false
            let opensSpeech = below.prefix(3).contains { LineJoiner.isSalutation(lines[$0]) }
            if !opensBody && !opensSpeech {
                titles = []
            }
            // Two title lines above the first paragraph of a page of several articles, or a slogan
            // above a headline: a banner and a headline.
            if titles.count == 2, !headers.isEmpty || lines[titles[0]].isBanner(above: lines[titles[1]]) {
                banner = lines[titles[0]].line.content
                titles.removeFirst()
            }
            let start = titles.first ?? first
            let bodyFirst = titles.last.flatMap { t in content.first { $0 > t } } ?? first
            let span = TextSpan(lines[start].line.contentStart, lines[last].line.contentEnd)
            var authors: [Byline] = []
            for j in start...last { ArticleSegmenter.collect(names[lines[j].bylines], into: &authors) }
            articles.append(
                ArticleLayout(
                    index: 1,
                    headline: titles.first.map { lines[$0].line.content },
                    subheadline: titles.count > 1 ? lines[titles[1]].line.content : nil,
                    authors: authors,
                    body: TextSpan(lines[bodyFirst].line.contentStart, lines[last].line.contentEnd), span: span))
        }

        // A banner: the top line of a page of several articles, alone above the first title block;
        // on a page of one, a slogan above the headline.
        if articles.isEmpty, headers.count >= 2 {
            if headers[0].titles.count == 2, headers[0].titles.lowerBound == 0 {
                banner = lines[0].line.content
                headers[0].titles = headers[0].titles.dropFirst()
            } else if content.count == 1, content[0] == 0, lines[0].mayBeHeadline {
                banner = lines[0].line.content
            }
        } else if articles.isEmpty, headers.count == 1, headers[0].titles.count == 2,
            case let top = headers[0].titles.lowerBound, top == firstContent, lines[top].isBanner(above: lines[top + 1])
        {
            banner = lines[top].line.content
            headers[0].titles = headers[0].titles.dropFirst()
        }

        for (h, header) in headers.enumerated() {
            let end = h + 1 < headers.count ? headers[h + 1].first : lines.count
            // The article ends at its last line that is not furniture.
            var last = end - 1
            while last > header.last, lines[last].kind == .navigation || lines[last].kind == .meta { last -= 1 }
            let start = lines[header.first].line.contentStart
            let stop = lines[last].line.contentEnd

            var authors: [Byline] = []
            var dateline: TextSpan?
            for m in header.marks {
                ArticleSegmenter.collect(names[lines[m].bylines], into: &authors)
                if dateline == nil { dateline = lines[m].dateline }
            }
            // Bylines and credits inside or closing the article.
            if header.last + 1 <= last {
                for j in (header.last + 1)...last { ArticleSegmenter.collect(names[lines[j].bylines], into: &authors) }
            }

            // The body: after the lead's dateline and byline, or from the first line after the marks.
            var bodyStart = stop
            let lastMark = lines[header.last]
            if lastMark.kind == .lead, let leadEnd = lastMark.leadEnd, leadEnd < lastMark.line.contentEnd {
                bodyStart = leadEnd
            } else if header.titles.isEmpty, lastMark.kind == .text {
                bodyStart = lastMark.line.contentStart  // a marked brief: its mark line is its text
            } else {
                var j = header.last + 1
                while j <= last, lines[j].kind == .navigation || lines[j].kind == .meta { j += 1 }
                if j <= last { bodyStart = lines[j].line.contentStart }
            }
            bodyStart = min(bodyStart, stop)

            articles.append(
                ArticleLayout(
                    index: articles.count + 1,
                    headline: header.headline.map { lines[$0].line.content },
                    subheadline: header.subheadline.map { lines[$0].line.content },
                    dateline: dateline,
                    authors: authors,
                    body: TextSpan(bodyStart, stop),
                    span: TextSpan(start, max(start, stop))))
        }
        return (banner, articles)
    }

    /// A lead whose body text starts on its own line (`本报讯（记者 X）3月1日，…`).
    private func opensBody(_ info: LineInfo) -> Bool {
        info.kind == .lead && (info.leadEnd ?? info.line.contentEnd) < info.line.contentEnd
    }

    /// Photo news inside another article's text: a title line after finished text, then only a
    /// caption and a photo credit up to the next article. It is an article of its own, so its
    /// credit does not attach to the article above.
    private func splittingPhotoArticles(_ lines: NonBlankLines, _ headers: [Header]) -> [Header] {
        var out: [Header] = []
        if !headers.isEmpty { out.reserveCapacity(headers.count * 2) }
        for (h, header) in headers.enumerated() {
            out.append(header)
            let end = h + 1 < headers.count ? headers[h + 1].first : lines.count
            var last = end - 1
            while last > header.last, lines[last].kind == .navigation || lines[last].kind == .meta { last -= 1 }
            // The photo article's lines: a title, then at most a few captions and credits, the last a credit.
            // The first line that may hold the photo's title: after the article's first paragraph.
            let earliest = opensBody(lines[header.last]) ? header.last + 1 : header.last + 2
            guard last > earliest, lines[last].kind == .credit else { continue }
            var p = last
            while p > earliest, last - p < ArticleSegmenter.maxPhotoLines,
                lines[p].kind == .credit || (lines[p].kind == .text && !lines[p].isTitleShaped)
            {
                p -= 1
            }
            // `p` is the candidate title: below it, at least one line; above it, finished text.
            guard p >= earliest, p < last, lines[p].isTitleShaped, LineJoiner.closesParagraph(lines[p - 1])
            else { continue }
            // The article above keeps the text up to the title.
            out.append(Header(titles: p..<(p + 1), marks: p...p))
        }
        return out
    }

    /// A brief without lead inside another article's text: a photo credit closes the article
    /// above (`通讯员 某某 摄`), then a title line and a paragraph opening with a date (`7月5日，…`).
    /// Before the first header too: a page of photo news (title, caption, credit, again and
    /// again) has no other mark.
    private func splittingBriefsAfterCredits(_ lines: NonBlankLines, _ headers: [Header]) -> [Header] {
        var out: [Header] = []
        out.reserveCapacity(headers.count + 1)
        func split(from start: Int, to end: Int) {
            var p = max(start, 1)
            while p + 1 < end {
                if lines[p - 1].kind == .credit, lines[p].isTitleShaped, lines[p + 1].kind == .text, lines[p + 1].opensWithDate {
                    out.append(Header(titles: p..<(p + 1), marks: p...p))
                }
                p += 1
            }
        }
        split(from: 1, to: headers.first?.first ?? lines.count)
        for (h, header) in headers.enumerated() {
            out.append(header)
            split(from: header.last + 2, to: h + 1 < headers.count ? headers[h + 1].first : lines.count)
        }
        return out
    }

    /// A page of briefs each opening with a mark (`■ 9月5日，…。（记者 某某）`): every marked
    /// paragraph is an article of its own, without headline, when the page has two or more.
    private func splittingMarkedBriefs(_ s: [Unicode.Scalar], _ lines: NonBlankLines, _ headers: [Header]) -> [Header] {
        let marked = lines.indices.filter { p in
            ArticleSegmenter.briefMarks.contains(s[lines[p].line.contentStart]) && isProse(lines[p])
        }
        guard marked.count >= 2 else { return headers }
        var out = headers
        for p in marked where !headers.contains(where: { ($0.first...$0.last).contains(p) }) {
            out.append(Header(titles: p..<p, marks: p...p))
        }
        return out.sorted { $0.first < $1.first }
    }

    /// A page of briefs without leads (a work briefing, a column of short news): title lines each
    /// above a paragraph opening with a date (`6月14日上午，…`), two or more, on a page with no other
    /// mark. Each is an article; the lines above the first (a briefing's name, issue and issuer)
    /// are none. (Two or more: one is an article's headline, read as the page's first article is.)
    private func splittingDatedBriefs(_ lines: NonBlankLines, _ headers: [Header]) -> [Header] {
        guard headers.isEmpty, lines.count > 2 else { return headers }
        let titles = (0..<(lines.count - 1)).filter { p in
            lines[p].isTitleShaped && lines[p + 1].opensWithDate && isProse(lines[p + 1])
                && (p == 0 || LineJoiner.startsAfresh(after: lines[p - 1]))
        }
        guard titles.count >= 2 else { return headers }
        return titles.map { Header(titles: $0..<($0 + 1), marks: $0...$0) }
    }

    /// A front page's index of the other stories (导读): a title line above a short
    /// paragraph that ends with the page the story is on (`…。（2版）`). Each is an article.
    private func splittingIndexEntries(_ lines: NonBlankLines, _ headers: [Header]) -> [Header] {
        var out = headers
        for p in 0..<max(0, lines.count - 1)
        where lines[p].isTitleShaped && lines[p + 1].endsWithPageReference
            && !headers.contains(where: { ($0.first...$0.last).contains(p) })
        {
            out.append(Header(titles: p..<(p + 1), marks: p...p))
        }
        return out.count == headers.count ? headers : out.sorted { $0.first < $1.first }
    }

    /// The marks that open a brief on a page of briefs.
    static let briefMarks: Set<Unicode.Scalar> = ["■", "□", "●", "◆", "◇", "▲", "★", "☆", "▶", "◎"]

    /// A photo article holds its title and at most this many caption and credit lines.
    static let maxPhotoLines = 3

    /// A line of running text, not a title or a menu.
    private func isProse(_ info: LineInfo) -> Bool {
        (info.kind == .text || info.kind == .lead) && (!info.isTitleLike || info.endsSentence)
            && info.length > 8
    }

    /// Adds a line's names to an article's `authors`, each name and role once; a name given again
    /// bare (`作者:甲 乙` closing a web page whose byline said `通讯员 甲 记者 乙`) keeps the role it
    /// was given. (Kept unique as they come: a list of all, then one of those kept, were two lists
    /// an article.)
    private static func collect(_ bylines: ArraySlice<Byline>, into authors: inout [Byline]) {
        if bylines.isEmpty { return }
        // Room for the first line's names: most articles have one byline line.
        if authors.isEmpty { authors.reserveCapacity(bylines.count) }
        // An article has a few names: scanning them costs less than building and hashing a key for each.
        // Roles are compared before names: two CJK names that differ are compared the slow way
        // (canonical equivalence), and most names of an article have roles of their own.
        for b in bylines {
            if authors.contains(where: { ($0.role == b.role || b.role == .author && $0.role != nil) && $0.name == b.name }) { continue }
            if b.role != nil, let i = authors.firstIndex(where: { $0.role == .author && $0.name == b.name }) {
                authors[i] = b
                continue
            }
            authors.append(b)
        }
    }
}

/// A page's nonblank lines, read in place in the list of all its lines: a list of their own
/// copied every `LineInfo`, and every other line of a page with PDF line breaks is blank.
struct NonBlankLines: RandomAccessCollection {
    let infos: [LineInfo]
    /// Where each nonblank line is in `infos`.
    let positions: [Int]

    init(_ infos: [LineInfo]) {
        self.infos = infos
        positions = NonBlankLines.positions(in: infos)
    }

    /// Where the nonblank lines of `infos` are, in a list sized once (a filter grows its
    /// result from empty, reallocating it several times a page).
    static func positions(in infos: [LineInfo]) -> [Int] {
        var positions: [Int] = []
        positions.reserveCapacity(infos.count)
        for i in infos.indices where infos[i].kind != .blank { positions.append(i) }
        return positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }

    subscript(p: Int) -> LineInfo {
        _read { yield infos[positions[p]] }
    }
}
