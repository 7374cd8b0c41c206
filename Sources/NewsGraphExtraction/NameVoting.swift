import NewsGraphCore

/// Settles person names document-wide, after the rules.
///
/// A name the rules read in one place with too much or too little around it
/// (`张明远仔` where the text lost a character, `向陈` where 向 is a preposition)
/// is replaced by the overlapping name the document writes more often
/// (`张明远`, `陈和生`); then every other free occurrence of a confirmed name
/// becomes a mention too (`known-name`), so that provenance lists them all.
public struct NameVoting: Sendable {
    public init() {}

    static func isDot(_ c: Unicode.Scalar) -> Bool { c == "·" || c == "•" || c == "・" }

    public func apply(_ mentions: [Mention], text: ScalarText) -> [Mention] {
        // The distinct names, and the name of each person mention (by index).
        // (A document has a few names: a search by UTF-8 bytes costs less than hashing each;
        // the text is NFC, as ingest makes it, so equal names are equal bytes.)
        var names: [String] = []
        var nameOf = [Int](repeating: -1, count: mentions.count)
        for (i, m) in mentions.enumerated() where m.kind == .person {
            let bytes = m.text.utf8.count
            if let id = names.firstIndex(where: { $0.utf8.count == bytes && $0.hasUTF8Prefix(m.text) }) {
                nameOf[i] = id
            } else {
                nameOf[i] = names.count
                names.append(m.text)
            }
        }
        guard !names.isEmpty else { return mentions }
        let scalars = names.map { [Unicode.Scalar](scalarsOf: $0) }
        let longest = scalars.reduce(0) { max($0, $1.count) }
        let occurrences = WordSearch(scalars).occurrences(in: text)
        var count = [Int](repeating: 0, count: names.count)
        for o in occurrences where !NameVoting.isTail(o, of: occurrences) { count[o.word] += 1 }

        var result: [Mention] = []
        result.reserveCapacity(mentions.count + occurrences.count)
        for (i, m) in mentions.enumerated() {
            let own = nameOf[i]
            guard own >= 0 else {
                result.append(m)
                continue
            }
            // A foreign name's last part (`久卡诺维奇` in `米洛·久卡诺维奇`) never replaces the full name:
            // the full name is the more complete (resolution makes the part its alias).
            // (Occurrences overlapping the name end after its start and before its end plus the longest name.)
            var best: WordOccurrence? = nil
            var k = NameVoting.firstEnding(after: m.span.start, occurrences)
            while k < occurrences.count, occurrences[k].end < m.span.end + longest {
                let o = occurrences[k]
                k += 1
                guard o.word != own, o.start < m.span.end, count[o.word] > count[own],
                    !(o.end == m.span.end && o.start > m.span.start && NameVoting.isDot(text[o.start - 1]))
                else { continue }
                if best.map({ count[o.word] > count[$0.word] }) ?? true { best = o }
            }
            if let best {
                result.append(Mention(kind: .person, span: best.span, text: text.string(best.span), rule: m.rule + "+vote"))
            } else {
                result.append(m)
            }
        }
        // Every other occurrence of a confirmed name, where nothing else was read, or only a shorter
        // place inside it (`濮阳振华致辞`: a compound surname that is also a city's name).
        var taken = SortedSpans(result.map { $0.span })
        // (Most occurrences are the names already read: those are set aside without a scan.)
        let notPlaces = SortedSpans(result.filter { $0.kind != .location }.map { $0.span })
        var placesInNames = Set<Int>()
        for o in occurrences {
            if taken.overlapsAny(o.span) {
                guard !notPlaces.overlapsAny(o.span), let inside = result.placesOnlyInside(o.span) else { continue }
                placesInNames.formUnion(inside)
            }
            result.append(Mention(kind: .person, span: o.span, text: names[o.word], rule: "person.known-name"))
        }
        if !placesInNames.isEmpty {
            result = result.indices.filter { !placesInNames.contains($0) }.map { result[$0] }
        }
        // A foreign name's last part stands for the name later on (`温斯顿·彼得斯` … `彼得斯表示`);
        // resolution makes it the full name's alias.
        let lastParts = Set(result.filter { $0.kind == .person }.compactMap { NameVoting.lastPart(of: $0.text) }).subtracting(names).sorted()
        if !lastParts.isEmpty {
            taken = SortedSpans(result.map { $0.span })
            for o in WordSearch(lastParts).occurrences(in: text) {
                if taken.overlapsAny(o.span) || (o.start > 0 && NameVoting.isDot(text[o.start - 1])) { continue }
                result.append(Mention(kind: .person, span: o.span, text: lastParts[o.word], rule: "person.known-name"))
            }
        }
        // One mention of a kind per span (equal ones are side by side once sorted).
        var unique: [Mention] = []
        unique.reserveCapacity(result.count)
        for m in result.sorted(by: { $0.span != $1.span ? $0.span < $1.span : $0.kind < $1.kind }) {
            if let last = unique.last, last.span == m.span, last.kind == m.kind { continue }
            unique.append(m)
        }
        return unique
    }

    /// The part after a foreign name's last dot, when it has two characters or more.
    static func lastPart(of name: String) -> String? {
        guard let dot = name.unicodeScalars.lastIndex(where: isDot) else { return nil }
        let part = String(name.unicodeScalars[name.unicodeScalars.index(after: dot)...])
        return part.unicodeScalars.count >= 2 ? part : nil
    }

    /// Whether `o` is the last part of a longer name's occurrence ending where it ends and
    /// starting two or more characters earlier: `维拉` inside `查克维拉` is no occurrence of
    /// 维拉 (a one-character head, as in `和陈明`, is more likely a word before the name).
    /// `occurrences` are in order of end offset.
    static func isTail(_ o: WordOccurrence, of occurrences: [WordOccurrence]) -> Bool {
        var k = firstEnding(after: o.end - 1, occurrences)
        while k < occurrences.count, occurrences[k].end == o.end {
            if occurrences[k].start <= o.start - 2 { return true }
            k += 1
        }
        return false
    }

    /// The index of the first of `occurrences` (in order of end) that ends after `offset`.
    static func firstEnding(after offset: Int, _ occurrences: [WordOccurrence]) -> Int {
        var lo = 0, hi = occurrences.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if occurrences[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
