/// Reads the dateline that opens an article's lead line (`本报讯`, `新华社北京1月9日电`).
///
/// A dateline is an outlet, an optional place and date, and an ending word
/// (`讯`, `电`), all from `datelines.txt`. The shape is checked rather than a list
/// of every outlet: `<name><suffix><place><date><ending>` covers sites and
/// agencies no list names (`江南网吴江9月20日讯`).
///
/// A class, as `BylineParser` is: as a value, its copy of the word lists was copied onto the
/// stack for every line it was asked about.
final class DatelineParser: Sendable {
    let lexicon: LayoutLexicon

    init(lexicon: LayoutLexicon) { self.lexicon = lexicon }
    /// Datelines are short: no outlet, place and date run past this many scalars.
    static let maxLength = 40

    /// The end of the dateline starting at `start` in `s[start..<end]`, or nil when the line opens otherwise.
    func parse(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int? {
        let limit = min(end, start + DatelineParser.maxLength)
        var k = start
        while k < limit {
            let c = s[k]
            if let ending = lexicon.datelineEndings.longestMatch(s, at: k, end: end),
                isValid(s, prefix: start, k, after: ending.end, end)
            {
                return ending.end
            }
            // The part before the ending holds words, digits and spaces only.
            guard ScalarClass.isIdeograph(c) || ScalarClass.isDigit(c) || ScalarClass.isASCIIAlphanumeric(c)
                || ScalarClass.isHorizontalSpace(c) || ScalarClass.isNameDot(c)
            else { return nil }
            k += 1
        }
        return nil
    }

    private func isValid(_ s: [Unicode.Scalar], prefix p0: Int, _ k: Int, after e: Int, _ end: Int) -> Bool {
        // What follows must not glue the ending into a word (本报电视台): a space, a bracket, punctuation.
        let separated: Bool = {
            guard e < end else { return true }
            let c = s[e]
            return !(ScalarClass.isIdeograph(c) || ScalarClass.isDigit(c) || ScalarClass.isASCIIAlphanumeric(c))
        }()
        if p0 == k { return separated }  // a bare `讯` opening the lead
        let dated = lexicon.dates.matchEnding(s, p0, k)
        if let own = lexicon.selfOutlets.longestMatch(s, at: p0, end: k) {
            if own.end == k { return separated }
            if dated != nil { return true }
        }
        if lexicon.outlets.longestMatch(s, at: p0, end: k) != nil { return separated || dated != nil }
        if let date = dated, date.start > p0 + 1,
            lexicon.outletSuffixes.firstOccurrence(s, p0 + 1, date.start) != nil
        {
            return true
        }
        // An outlet named by its suffix alone before its byline (`某县融媒体中心讯（记者 甲）`).
        if e < end, s[e] == "（" || s[e] == "(", lexicon.outletSuffixes.matchEnding(s, p0 + 1, k) != nil { return true }
        return isLocalBrief(s, p0, k, after: e, end)
    }

    /// A local paper's brief: a short place name, `讯` and the byline's bracket (`岳阳讯（记者 甲）`),
    /// not a word ending in 讯 (`民生资讯（第3期）`).
    private func isLocalBrief(_ s: [Unicode.Scalar], _ p0: Int, _ k: Int, after e: Int, _ end: Int) -> Bool {
        guard e == k + 1, s[k] == "讯", k - p0 >= 2, k - p0 <= 4, e < end, s[e] == "（" || s[e] == "(",
            !"资通快简喜短电音视传审闻".unicodeScalars.contains(s[k - 1])
        else { return false }
        return (p0..<k).allSatisfy { ScalarClass.isIdeograph(s[$0]) }
    }
}
