import NewsGraphCore

/// Reads the names and roles of a byline or photo credit.
///
/// Bylines come as `（记者 陈悦 通讯员 于晴）`, `(记者韩立新)`, `（祝小雨 徐海燕）`,
/// `本报记者贺建国周文静`, `本报记者 黄 涛 周海鹏`, `本报记者 方远 摄`: role words
/// (from `byline-roles.txt`) switch the role of the names after them (or, for
/// `摄`, before them), bare names are authors, names written without spaces are
/// cut at surnames, and single characters padded with spaces make one name.
/// Anything that is neither a role word nor a name makes the text no byline.
///
/// A class: as a value (two copies of the word lists, its own and its splitter's, some
/// 900 bytes), it was copied onto the stack for every line it was asked about.
final class BylineParser: Sendable {
    let lexicon: LayoutLexicon
    let splitter: NameSplitter

    init(lexicon: LayoutLexicon) {
        self.lexicon = lexicon
        splitter = NameSplitter(lexicon: lexicon)
    }

    enum Mode {
        /// Inside the brackets after a dateline: bare names are the authors.
        case bracket
        /// A line of its own: a role word must say it is a byline.
        case line
    }

    /// The names read, as positions in the list they were added to (the page's: a list of
    /// their own was an allocation for every byline read, then copied into the page's).
    struct Result {
        var names: Range<Int>
        var hasRoleWord = false
        var hasSuffixRole = false
    }

    /// Every author of `bylines` was given the photographer role: a photo credit.
    static func isCredit(_ bylines: some Collection<Byline>) -> Bool {
        bylines.contains { $0.role != nil } && bylines.allSatisfy { $0.role == nil || $0.role == .photographer }
    }

    /// Bylines longer than this are prose, not a list of names.
    static let maxLength = 48
    /// A name whose surname is not listed is read whole only up to this many characters.
    static let maxUnlistedName = 4

    /// The byline in `s[start..<end]`, its names added to `list`; nil, and `list` as it was, when there is none.
    func parse(
        _ s: [Unicode.Scalar], _ start: Int, _ end: Int, mode: Mode, rule: String, creditRule: String, into list: inout [Byline]
    ) -> Result? {
        guard end > start, end - start <= BylineParser.maxLength else { return nil }
        if mode == .line, !mayHoldRoleWord(s, start, end) { return nil }
        let first = list.count
        // Words between separators, and the names cut from a word, in stack memory (at most one
        // a scalar each): a list of them was an allocation for every byline or name read.
        let result = withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: 2 * (end - start)) { room in
            var count = 0
            ScalarClass.forEachToken(s, start, end, separatedBy: ScalarClass.isBylineSeparator) { t0, t1 in
                room.initializeElement(at: count, to: t0..<t1)
                count += 1
            }
            return parse(
                s, tokens: UnsafeBufferPointer(rebasing: room[..<count]), names: UnsafeMutableBufferPointer(rebasing: room[(end - start)...]),
                mode: mode, rule: rule, creditRule: creditRule, into: &list)
        }
        if result == nil { list.removeSubrange(first...) }
        return result
    }

    /// The bylines of `s` read from its words `tokens`, added to `list` (a failed parse leaves
    /// what it added to the caller to remove); `names` is room for the names cut from a word.
    private func parse(
        _ s: [Unicode.Scalar], tokens: UnsafeBufferPointer<Range<Int>>, names: UnsafeMutableBufferPointer<Range<Int>>, mode: Mode,
        rule: String, creditRule: String, into list: inout [Byline]
    ) -> Result? {
        guard !tokens.isEmpty else { return nil }
        // A credit closed by its suffix role (`本报记者 谯 亮 摄`) says its words are names.
        let lastToken = tokens[tokens.count - 1]
        let closedBySuffix =
            tokens.count > 1
            && lexicon.roles.exactMatch(s, lastToken.lowerBound, lastToken.upperBound).map {
                lexicon.roleWords[$0].isSuffix
            } ?? false

        let first = list.count
        var result = Result(names: first..<first)
        var current: LayoutLexicon.RoleWord?  // nil: no role word yet
        // Names go straight into the list; those from `pending` on wait for their role (the
        // role word after them, or the end). Lists of names in between cost more than the parse.
        var pending = first

        func read(_ name: String, _ span: TextSpan) {
            if list.isEmpty { list.reserveCapacity(8) }  // a page's names: room once, not grown name by name
            list.append(Byline(name: name, span: span, role: nil, rule: rule))
        }

        // Gives the pending names a role: no role word yet means bare names, the authors.
        func flush(_ word: LayoutLexicon.RoleWord?) {
            let role: AuthorRole? = word == nil ? .author : word!.role
            for j in pending..<list.count { list[j].role = role }
            pending = list.count
        }

        // After a role word in brackets, or in a credit, a name need not start with a listed
        // surname: rare surnames (谯, 訾) and names without surname (娜仁花, 巴特尔) are written there.
        func acceptsUnlisted() -> Bool { (mode == .bracket && current != nil) || closedBySuffix }

        var k = 0
        while k < tokens.count {
            var t = tokens[k]
            // A whole role word.
            if let r = lexicon.roles.exactMatch(s, t.lowerBound, t.upperBound) {
                let word = lexicon.roleWords[r]
                if word.isSuffix {
                    guard pending < list.count else { return nil }
                    flush(word.keepsEarlierRole ? current ?? word : word)
                    result.hasSuffixRole = true
                } else {
                    flush(current)
                    current = word
                    result.hasRoleWord = true
                }
                k += 1
                continue
            }
            if let word = outletRole(s, t) {
                flush(current)
                current = word
                result.hasRoleWord = true
                k += 1
                continue
            }
            // A role word glued to the names after it (`记者韩立新`), multi-character roles only.
            if let m = lexicon.roles.longestMatch(s, at: t.lowerBound, end: t.upperBound),
                m.end - t.lowerBound >= 2, t.upperBound - m.end >= 2, !lexicon.roleWords[m.value].isSuffix
            {
                flush(current)
                current = lexicon.roleWords[m.value]
                result.hasRoleWord = true
                t = m.end..<t.upperBound
            }
            // A suffix role glued to the last name (`方远摄`).
            var gluedSuffix: LayoutLexicon.RoleWord?
            if k == tokens.count - 1, t.count >= 3 {
                for cut in max(t.lowerBound + 2, t.upperBound - 2)..<t.upperBound {
                    if let r = lexicon.roles.exactMatch(s, cut, t.upperBound), lexicon.roleWords[r].isSuffix {
                        gluedSuffix = lexicon.roleWords[r]
                        t = t.lowerBound..<cut
                        break
                    }
                }
            }
            guard isNameText(s, t) else { return nil }
            // A compound surname padded from its one-character given name (`司徒 亮`): one name.
            if t.count == 2, k + 1 < tokens.count, tokens[k + 1].count == 1, isNameText(s, tokens[k + 1]),
                lexicon.roles.exactMatch(s, tokens[k + 1].lowerBound, tokens[k + 1].upperBound) == nil,
                splitter.surname(s, at: t.lowerBound, end: t.upperBound)?.length == 2
            {
                read(String(String.UnicodeScalarView([s[t.lowerBound], s[t.lowerBound + 1], s[tokens[k + 1].lowerBound]])),
                    TextSpan(t.lowerBound, tokens[k + 1].upperBound))
                k += 2
                continue
            }
            if t.count == 1 {
                // Characters padded with spaces (`黄 涛`): the run of one-character words is one name.
                var last = k
                while last + 1 < tokens.count, tokens[last + 1].count == 1, isNameText(s, tokens[last + 1]),
                    lexicon.roles.exactMatch(s, tokens[last + 1].lowerBound, tokens[last + 1].upperBound) == nil
                {
                    last += 1
                }
                let count = last - k + 1
                guard count >= 2, count <= 4 else { return nil }
                guard acceptsUnlisted() || splitter.startsWithSurname(s, t.lowerBound, t.upperBound) else { return nil }
                var name = String.UnicodeScalarView()
                for j in k...last { name.append(s[tokens[j].lowerBound]) }
                read(String(name), TextSpan(t.lowerBound, tokens[last].upperBound))
                k = last + 1
                continue
            }
            if t.contains(where: { ScalarClass.isNameDot(s[$0]) }) {
                // Only after a role word: a bracket of its own with a `·` is far more often a
                // section label (`【在希望的田野上·三夏时节】`) than a foreign author's name.
                guard t.count <= 16, acceptsUnlisted() else { return nil }
                read(text(s, t), TextSpan(t.lowerBound, t.upperBound))
            } else if let count = splitter.split(s, t.lowerBound, t.upperBound, into: names) {
                for p in names[..<count] { read(text(s, p), TextSpan(p.lowerBound, p.upperBound)) }
            } else {
                // One name of two to four characters with an unlisted surname, or none.
                guard acceptsUnlisted(), t.count >= 2, t.count <= BylineParser.maxUnlistedName else { return nil }
                read(text(s, t), TextSpan(t.lowerBound, t.upperBound))
            }
            if let suffix = gluedSuffix {
                flush(suffix)
                result.hasSuffixRole = true
            }
            k += 1
        }
        flush(current)
        result.names = first..<list.count
        guard !result.names.isEmpty else { return nil }
        if mode == .line, !result.hasRoleWord, !result.hasSuffixRole { return nil }
        if BylineParser.isCredit(list[result.names]) {
            for j in result.names where list[j].role != nil { list[j].rule = creditRule }
        }
        return result
    }

    /// Whether a word of `s[start..<end]` starts with a role word, or its last word ends with
    /// one: a byline on a line of its own needs one, and most short lines (a paragraph's last
    /// piece) have none. Says so before any token list or name is built.
    private func mayHoldRoleWord(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var i = start, lastEnd = start
        while i < end {
            while i < end, ScalarClass.isBylineSeparator(s[i]) { i += 1 }
            guard i < end else { break }
            if lexicon.roles.longestMatch(s, at: i, end: end) != nil { return true }
            let wordStart = i
            while i < end, !ScalarClass.isBylineSeparator(s[i]) { i += 1 }
            if lastEnd == start, outletRole(s, wordStart..<i) != nil { return true }
            lastEnd = i
        }
        return lexicon.roles.matchEnding(s, max(start, lastEnd - 2), lastEnd) != nil
    }

    /// The role of an outlet's own reporter written as one word (`株洲日报记者`, `新华社记者`): a
    /// role word after an outlet's name (one `datelines.txt` lists, or a name with an outlet's suffix).
    private func outletRole(_ s: [Unicode.Scalar], _ t: Range<Int>) -> LayoutLexicon.RoleWord? {
        // An outlet's name and a role are a short word; a line of prose is one long one.
        guard t.count >= 4, t.count <= 12, let m = lexicon.roles.matchEnding(s, t.lowerBound + 2, t.upperBound) else { return nil }
        let word = lexicon.roleWords[m.value]
        guard !word.isSuffix, word.role != nil,
            lexicon.outlets.exactMatch(s, t.lowerBound, m.start) != nil
                || lexicon.outletSuffixes.matchEnding(s, t.lowerBound + 1, m.start) != nil
        else { return nil }
        return word
    }

    private func isNameText(_ s: [Unicode.Scalar], _ t: Range<Int>) -> Bool {
        guard !t.isEmpty else { return false }
        for j in t where !(ScalarClass.isIdeograph(s[j]) || ScalarClass.isNameDot(s[j])) { return false }
        return !ScalarClass.isNameDot(s[t.lowerBound])
    }

    /// Encoded straight to UTF-8: appending a slice of scalars to a String took the generic
    /// path (an array of code points, then transcoding), a third of reading a byline.
    private func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        ScalarText(s).string(r.lowerBound, r.upperBound)
    }
}
