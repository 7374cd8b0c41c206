import NewsGraphCore

/// Repairs lines broken by PDF/e-paper extraction (annotation-guidelines §1).
///
/// A prose line that does not end in sentence-final punctuation, followed
/// (perhaps after blank lines) by a prose line that does not start a paragraph,
/// is one paragraph cut in two, often mid-word (`九` / blank / `州通`): the line
/// break and blank lines between are removed. Headlines are kept apart: a short
/// line is not joined to another short unfinished line (a title block, a menu),
/// nor to a short line that heads the next dateline or byline, nor into the
/// paragraph below a title: one or two title-shaped lines (short, no sentence
/// punctuation, no comma, not opening with a date) at the top of the page above a
/// longer prose line, or a title-shaped line after finished text above a
/// paragraph that opens with a date (`3月5日，`), or, on a page written a
/// paragraph a line, above any longer paragraph (a bulletin's next story). The
/// repaired text keeps an offset map to the text it came from.
public struct LineJoiner: Sendable {
    let classifier: LineClassifier

    public init(lexicon: LayoutLexicon) {
        classifier = LineClassifier(lexicon: lexicon)
    }

    init(classifier: LineClassifier) {
        self.classifier = classifier
    }

    /// The repaired text, and its offsets mapped to the original file through `offsets`.
    public func repair(_ text: ScalarText, offsets: OffsetMap) -> (text: ScalarText, offsets: OffsetMap) {
        let (scalars, map, _, _) = repair(text.scalars)
        return (ScalarText(scalars), map.composed(with: offsets))
    }

    /// The repaired scalars, the map from them to `s`, their lines classified, and the names read
    /// on the lines (which the lines refer to by position). `title`: the title the document's
    /// metadata gives, if any, normalized as the text is.
    func repair(_ s: [Unicode.Scalar], title: [Unicode.Scalar]? = nil) -> (scalars: [Unicode.Scalar], map: OffsetMap, infos: [LineInfo], names: [Byline]) {
        let lines = TextLine.split(s)
        var names: [Byline] = []
        var infos = classifier.classify(s, lines, names: &names)
        if let title { LineJoiner.markKnownTitle(title, in: &infos, s) }
        let cuts = joins(infos)
        guard !cuts.isEmpty else { return (s, .identity(length: s.count), infos, names) }

        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var builder = OffsetMap.Builder(capacity: 2 * cuts.count + 1)
        // How far each cut moves the text after it: a repaired position less the original one.
        var shifts: [Int] = []
        shifts.reserveCapacity(cuts.count)
        var from = 0
        for cut in cuts {
            if cut.from > from {
                builder.append(derived: out.count, source: from)
                out.append(contentsOf: s[from..<cut.from])
            }
            // Latin words on both sides keep a space between them; ideographs and digits join directly.
            if cut.from > 0, cut.to < s.count, ScalarClass.isASCIILetter(s[cut.from - 1]),
                ScalarClass.isASCIILetter(s[cut.to])
            {
                builder.append(derived: out.count, source: cut.from)
                out.append(" ")
            }
            shifts.append(out.count - cut.to)
            from = cut.to
        }
        if from < s.count {
            builder.append(derived: out.count, source: from)
            out.append(contentsOf: s[from..<s.count])
        }
        let repaired = reclassified(out, &infos, &names, cuts, shifts)
        return (out, builder.finish(derivedLength: out.count, sourceLength: s.count), repaired, names)
    }

    /// The lines of the repaired text `out`, classified. Each is one line of the original or a
    /// run of them that cuts joined; a line no cut touched is the line it was, moved, and keeps
    /// its judgement, so only the joined ones are classified again, knowing the judgement of the
    /// line they start with (a lead's byline is not read twice). The lines are the original ones
    /// moved by `shifts` (a joined run from its first line's start to its last line's end): the
    /// repaired text is not split again. A joined line's names are added to `names`; those its
    /// lines had stay there, unused, as no line refers to them.
    private func reclassified(
        _ out: [Unicode.Scalar], _ infos: inout [LineInfo], _ names: inout [Byline], _ cuts: [(from: Int, to: Int)], _ shifts: [Int]
    ) -> [LineInfo] {
        var result: [LineInfo] = []
        result.reserveCapacity(infos.count)
        var first = 0  // the original line the next repaired line starts with
        var c = 0
        var shift = 0  // how far the cuts before `first` moved it
        while first < infos.count {
            var last = first
            let before = shift
            // A cut starting in `last` joins it to the line where the cut ends.
            while c < cuts.count, cuts[c].from <= infos[last].line.end {
                while infos[last].line.end < cuts[c].to { last += 1 }
                shift = shifts[c]
                c += 1
            }
            infos[first].move(by: before, names: &names)
            if last == first {
                result.append(infos[first])
            } else {
                let line = TextLine(
                    start: infos[first].line.start, end: infos[last].line.end + shift,
                    contentStart: infos[first].line.contentStart, contentEnd: infos[last].line.contentEnd + shift)
                result.append(classifier.classify(out, line, startingWith: infos[first], names: &names))
            }
            first = last + 1
        }
        return result
    }

    /// The ranges to remove: from the end of a broken line's words to the start of its continuation.
    ///
    /// Lines are named by position and read in place: a `LineInfo` is some 90 bytes, copied
    /// out of the list five times a line otherwise.
    func joins(_ infos: [LineInfo]) -> [(from: Int, to: Int)] {
        let nonblank = NonBlankLines.positions(in: infos)
        var cuts: [(from: Int, to: Int)] = []
        var joinedLength = 0
        var joinedIntoThis = false
        // Title lines seen so far at the top of the page, above any other line but furniture.
        var topTitles = 0
        var atTop = true
        let paragraphs = LineJoiner.isWrittenInParagraphs(infos, nonblank)
        for (k, line) in nonblank.enumerated() {
            let wasJoinedInto = joinedIntoThis
            joinedLength = joinedIntoThis ? joinedLength + infos[line].length : infos[line].length
            joinedIntoThis = false
            if atTop, infos[line].kind != .navigation, infos[line].kind != .meta {
                if infos[line].isTitleShaped, topTitles < LineJoiner.maxTopTitles {
                    topTitles += 1
                } else {
                    atTop = false
                }
            }
            guard k + 1 < nonblank.count else { break }
            let next = nonblank[k + 1]
            // A title line heads the paragraph below it: at the page's top above a longer line or a
            // notice's addressees; elsewhere where text starts afresh (after finished prose or a short
            // line that is none), above a paragraph opening with a date, closing with an index
            // entry's page, or longer on a page written a paragraph a line.
            let headsParagraph =
                !wasJoinedInto && infos[line].isTitleShaped && LineJoiner.isProse(infos[next])
                && ((atTop && (infos[next].length > infos[line].length || infos[next].endsWithColon))
                    || ((infos[next].opensWithDate || infos[next].endsWithPageReference || paragraphs && infos[next].length > infos[line].length)
                        && (k == 0 || LineJoiner.startsAfresh(after: infos[nonblank[k - 1]]))))
            // A very short line under another, neither joined, above a finished sentence: a block
            // of short lines (a leaders' page: `副县长` / `某某` / `县人民政府副县长、…。`), not a
            // paragraph cut.
            let inShortBlock =
                k > 0 && !wasJoinedInto && LineJoiner.isBlockLine(infos[line]) && LineJoiner.isBlockLine(infos[nonblank[k - 1]])
                && infos[next].endsSentence
            // A notice's field (`公示时间：…`) is a line of its own.
            if !headsParagraph, !inShortBlock, !infos[line].isField, shouldJoin(infos, line, length: joinedLength, next, following: nonblank[(k + 2)...]) {
                if cuts.isEmpty { cuts.reserveCapacity(nonblank.count - k) }  // at most one a line: room once
                cuts.append((infos[line].line.contentEnd, infos[next].line.contentStart))
                joinedIntoThis = true
            }
        }
        return cuts
    }

    /// Whether the page writes a paragraph a line (a transcript, a web page), not a column's width a
    /// line (an e-paper's PDF): most of its text lines are longer than a title block's. There a
    /// title-shaped line between finished prose and a longer paragraph heads that paragraph (a
    /// bulletin's stories: `…损害美国经济` / `美国某大学日前公布…`), with or without a date.
    static func isWrittenInParagraphs(_ infos: [LineInfo], _ nonblank: [Int]) -> Bool {
        var text = 0, long = 0
        for i in nonblank where infos[i].kind == .text || infos[i].kind == .lead {
            text += 1
            if infos[i].length > maxShortLine { long += 1 }
        }
        return text >= 3 && long * 2 > text
    }

    /// Marks the first nonblank line when it is `title`, the document's own: a record's headline
    /// longer than a title is otherwise allowed to be (`…并视察澳门特别行政区`, 59 scalars) would be
    /// read as a paragraph cut in two and joined to the lead, one name running into the next.
    static func markKnownTitle(_ title: [Unicode.Scalar], in infos: inout [LineInfo], _ s: [Unicode.Scalar]) {
        guard let first = infos.firstIndex(where: { $0.kind != .blank }), infos[first].kind == .text else { return }
        let content = infos[first].line.content
        var wanted = title[...]
        while let l = wanted.last, l.properties.isWhitespace { wanted.removeLast() }
        while let f = wanted.first, f.properties.isWhitespace { wanted.removeFirst() }
        guard content.length == wanted.count, s[content.start..<content.end].elementsEqual(wanted) else { return }
        infos[first].isKnownTitle = true
        infos[first].isTitleLike = true
    }

    /// Whether `infos[line]` (`length` long with what joined into it) continues in `infos[next]`;
    /// `following` are the nonblank lines after `next`.
    private func shouldJoin(_ infos: [LineInfo], _ line: Int, length: Int, _ next: Int, following: ArraySlice<Int>) -> Bool {
        guard infos[line].kind == .text || infos[line].kind == .lead, infos[next].kind == .text else { return false }
        guard !infos[line].isKnownTitle else { return false }
        guard !infos[line].endsSentence, !infos[next].line.isIndented else { return false }
        let short = LineJoiner.maxShortLine
        // A title above its dashed subheadline (`——在某会议上的讲话`); a speaker's line above the
        // salutation (`某县人民政府县长　某某` / `各位代表：`; not a list's name above the next label:
        // `习近平` / `委员：`, a block line).
        if infos[line].isTitleLike, infos[next].opensWithDash
            || LineJoiner.isSalutation(infos[next]) && !LineJoiner.isBlockLine(infos[line])
        {
            return false
        }
        // Two short unfinished lines: a title block, a menu, a kicker and its headline (but not a
        // short paragraph line with a sentence ended inside it: `…活动。区委书记舒` / `建平，…`).
        if length <= short, infos[next].length <= short, !infos[next].endsSentence, infos[line].isTitleLike { return false }
        // `next` heads the next article: a dateline or byline follows it, perhaps after a subheadline.
        if infos[next].isTitleLike, let after = following.first {
            if LineJoiner.opensArticle(infos[after].kind) { return false }
            if infos[after].isTitleLike, following.count > 1, LineJoiner.opensArticle(infos[following[following.startIndex + 1]].kind) {
                return false
            }
        }
        return true
    }

    /// A salutation on a line of its own (`同志们：`, `各位代表：`, `尊敬的各位领导、各位来宾：`).
    static func isSalutation(_ info: LineInfo) -> Bool {
        info.endsWithColon && info.length <= maxSalutation
    }

    static let maxSalutation = 14

    /// A page opens with at most this many title lines (a banner, a headline) above its first paragraph.
    static let maxTopTitles = 2

    /// Whether the line after `info` starts afresh: after finished prose, a credit or a byline, or a
    /// short line that is no running text (`导读`, a briefing's issuer and date).
    static func startsAfresh(after info: LineInfo) -> Bool {
        closesParagraph(info) || info.kind == .text && info.isTitleLike && !isProse(info)
    }

    /// A line of running text: long, or finished by sentence punctuation.
    static func isProse(_ info: LineInfo) -> Bool {
        info.kind == .text && (!info.isTitleLike || info.endsSentence) && info.length > 8
    }

    /// A line after which a new paragraph or a new title starts: finished prose, a credit, a byline.
    static func closesParagraph(_ info: LineInfo) -> Bool {
        switch info.kind {
        case .credit, .byline, .navigation, .meta: return true
        case .lead, .text: return info.endsSentence
        case .blank: return true
        }
    }

    /// Two unfinished lines at most this long are a title block or a menu, not a broken paragraph.
    static let maxShortLine = 40
    /// A line of a block of short lines (a name, a post) is at most this long.
    static let maxBlockLine = 8

    /// A line of a block of short lines: unfinished text, a title's shape, at most `maxBlockLine` long.
    static func isBlockLine(_ info: LineInfo) -> Bool {
        info.kind == .text && info.isTitleLike && !info.endsSentence && info.length <= maxBlockLine
    }

    static func opensArticle(_ kind: LineKind) -> Bool {
        kind == .lead || kind == .byline || kind == .meta
    }
}
