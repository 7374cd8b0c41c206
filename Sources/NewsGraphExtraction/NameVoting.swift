import NewsGraphCore
import NewsGraphMatching

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
        let persons = mentions.filter { $0.kind == .person }
        guard !persons.isEmpty else { return mentions }
        let names = Array(Set(persons.map(\.text))).sorted()
        let automaton = AhoCorasick(keywords: names.map { [Unicode.Scalar](scalarsOf: $0) })
        let occurrences = automaton.matches(in: text.scalars)
        var count: [Int32: Int] = [:]
        for o in occurrences where !NameVoting.isTail(o, of: occurrences) { count[o.id, default: 0] += 1 }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })

        var result: [Mention] = []
        for m in mentions {
            guard m.kind == .person, let own = index[m.text] else {
                result.append(m)
                continue
            }
            // A foreign name's last part (`久卡诺维奇` in `米洛·久卡诺维奇`) never replaces the full name:
            // the full name is the more complete (resolution makes the part its alias).
            let rivals = occurrences.filter {
                $0.id != own && Int($0.start) < m.span.end && Int($0.end) > m.span.start
                    && count[$0.id, default: 0] > count[own, default: 0]
                    && !(Int($0.end) == m.span.end && Int($0.start) > m.span.start && NameVoting.isDot(text[Int($0.start) - 1]))
            }
            if let best = rivals.max(by: { count[$0.id, default: 0] < count[$1.id, default: 0] }) {
                let span = TextSpan(Int(best.start), Int(best.end))
                result.append(Mention(kind: .person, span: span, text: text.string(span), rule: m.rule + "+vote"))
            } else {
                result.append(m)
            }
        }
        // Every other occurrence of a confirmed name, where nothing else was read.
        var taken = result.map(\.span).sorted()
        for o in occurrences {
            let span = TextSpan(Int(o.start), Int(o.end))
            if NameVoting.overlapsAny(span, taken) { continue }
            result.append(Mention(kind: .person, span: span, text: names[Int(o.id)], rule: "person.known-name"))
        }
        // A foreign name's last part stands for the name later on (`温斯顿·彼得斯` … `彼得斯表示`);
        // resolution makes it the full name's alias.
        let lastParts = Set(result.filter { $0.kind == .person }.compactMap { NameVoting.lastPart(of: $0.text) }).subtracting(names).sorted()
        if !lastParts.isEmpty {
            taken = result.map(\.span).sorted()
            for o in AhoCorasick(keywords: lastParts.map { [Unicode.Scalar](scalarsOf: $0) }).matches(in: text.scalars) {
                let span = TextSpan(Int(o.start), Int(o.end))
                if NameVoting.overlapsAny(span, taken) || (o.start > 0 && NameVoting.isDot(text[Int(o.start) - 1])) { continue }
                result.append(Mention(kind: .person, span: span, text: lastParts[Int(o.id)], rule: "person.known-name"))
            }
        }
        var seen = Set<ResolvedKey>()
        return result.sorted { $0.span != $1.span ? $0.span < $1.span : $0.kind < $1.kind }
            .filter { seen.insert(ResolvedKey(kind: $0.kind, span: $0.span)).inserted }
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
    /// `occurrences` are in order of end offset, as the automaton reports them.
    static func isTail(_ o: AhoCorasick.Match, of occurrences: [AhoCorasick.Match]) -> Bool {
        var lo = 0, hi = occurrences.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if occurrences[mid].end < o.end { lo = mid + 1 } else { hi = mid }
        }
        while lo < occurrences.count, occurrences[lo].end == o.end {
            if occurrences[lo].start <= o.start - 2 { return true }
            lo += 1
        }
        return false
    }

    struct ResolvedKey: Hashable {
        var kind: NodeKind
        var span: TextSpan
    }

    /// Whether `span` overlaps one of `spans` (sorted by start): a binary search
    /// skips those starting at or after its end; the rest are checked.
    static func overlapsAny(_ span: TextSpan, _ spans: [TextSpan]) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if spans[mid].start < span.end { lo = mid + 1 } else { hi = mid }
        }
        return spans[..<lo].contains { $0.end > span.start }
    }
}
