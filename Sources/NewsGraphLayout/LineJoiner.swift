import NewsGraphCore

/// Repairs lines broken by PDF/e-paper extraction (annotation-guidelines §1).
///
/// A prose line that does not end in sentence-final punctuation, followed
/// (perhaps after blank lines) by a prose line that does not start a paragraph,
/// is one paragraph cut in two, often mid-word (`九` / blank / `州通`): the line
/// break and blank lines between are removed. Headlines are kept apart: a short
/// line is not joined to another short unfinished line (a title block, a menu),
/// nor to a short line that heads the next dateline or byline. The repaired
/// text keeps an offset map to the text it came from.
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
        let (scalars, map) = repair(text.scalars)
        return (ScalarText(scalars), map.composed(with: offsets))
    }

    /// The repaired scalars and the map from them to `s`.
    func repair(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], OffsetMap) {
        let lines = TextLine.split(s)
        let infos = classifier.classify(s, lines)
        let cuts = joins(infos)
        guard !cuts.isEmpty else { return (s, .identity(length: s.count)) }

        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var builder = OffsetMap.Builder()
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
            from = cut.to
        }
        if from < s.count {
            builder.append(derived: out.count, source: from)
            out.append(contentsOf: s[from..<s.count])
        }
        return (out, builder.finish(derivedLength: out.count, sourceLength: s.count))
    }

    /// The ranges to remove: from the end of a broken line's words to the start of its continuation.
    func joins(_ infos: [LineInfo]) -> [(from: Int, to: Int)] {
        let nonblank = infos.indices.filter { infos[$0].kind != .blank }
        var cuts: [(from: Int, to: Int)] = []
        var joinedLength = 0
        var joinedIntoThis = false
        for (k, li) in nonblank.enumerated() {
            let line = infos[li]
            joinedLength = joinedIntoThis ? joinedLength + line.length : line.length
            joinedIntoThis = false
            guard k + 1 < nonblank.count else { break }
            let next = infos[nonblank[k + 1]]
            let after = k + 2 < nonblank.count ? infos[nonblank[k + 2]] : nil
            let afterThat = k + 3 < nonblank.count ? infos[nonblank[k + 3]] : nil
            if shouldJoin(line, length: joinedLength, next, after, afterThat) {
                cuts.append((line.line.contentEnd, next.line.contentStart))
                joinedIntoThis = true
            }
        }
        return cuts
    }

    private func shouldJoin(_ line: LineInfo, length: Int, _ next: LineInfo, _ after: LineInfo?, _ afterThat: LineInfo?)
        -> Bool
    {
        guard line.kind == .text || line.kind == .lead, next.kind == .text else { return false }
        guard !line.endsSentence, !next.line.isIndented else { return false }
        let short = LineJoiner.maxShortLine
        // Two short unfinished lines: a title block, a menu, a kicker and its headline.
        if length <= short, next.length <= short, !next.endsSentence { return false }
        // `next` heads the next article: a dateline or byline follows it, perhaps after a subheadline.
        if next.isTitleLike, let after {
            if LineJoiner.opensArticle(after.kind) { return false }
            if after.isTitleLike, let afterThat, LineJoiner.opensArticle(afterThat.kind) { return false }
        }
        return true
    }

    /// Two unfinished lines at most this long are a title block or a menu, not a broken paragraph.
    static let maxShortLine = 40

    static func opensArticle(_ kind: LineKind) -> Bool {
        kind == .lead || kind == .byline || kind == .meta
    }
}
