import NewsGraphCore

/// A biography's or an obituary's career: the posts listed after 历任, 曾任 or 先后任 are held by the
/// person named last before the cue in its paragraph (`某某，男，1971年生。曾任甲镇党委书记，2016年9月
/// 任县某局党组书记、局长`; `某某同志1938年出生…。他历任甲县委副书记、县长，乙地委副书记…等职`).
///
/// The list reads as chains `ORG? TITLE (、ORG? TITLE)*` parted by commas, where a date and 任 (took
/// the post) may open the next chain; it ends at the end of its sentence, at 等职, or at anything else.
/// Each title's body is the one written before it in its chain, as in `HoldsExtractor`'s chains.
struct CareerPosts {
    static let cues = WordSearch(["历任", "曾任", "先后任", "先后担任", "曾担任"])
    /// What takes the next post after a comma and a date (`，2016年9月任…`, `，后调任…`).
    static let tookPost = WordSearch(["任", "调任", "升任", "转任", "改任", "兼任", "担任", "出任"])

    struct Post {
        var person: Mention
        var title: Mention
        var org: Mention?
    }

    static func posts(_ mentions: [Mention], text: ScalarText) -> [Post] {
        var out: [Post] = []
        var from = 0
        while let cue = cues.first(in: TextSpan(from, text.count), of: text) {
            let cueEnd = cue.start + cues.length(of: cue.word)
            from = cueEnd
            var paragraphStart = cue.start
            while paragraphStart > 0, text[paragraphStart - 1] != "\n" { paragraphStart -= 1 }
            guard let person = mentions.last(where: { $0.kind == .person && $0.span.start >= paragraphStart && $0.span.end <= cue.start }),
                let first = mentions.firstIndex(where: { $0.span.start >= cueEnd })
            else { continue }
            var end = cueEnd
            var org: Mention? = nil
            list: for m in mentions[first...] where m.kind != .event {
                let gap = HoldsExtractor.gap(text, end, m.span.start)
                if gap != .none, gap != .listComma {
                    guard opensNextPost(text, end, m.span.start) else { break }
                    org = nil
                }
                switch m.kind {
                case .organization: org = m
                case .location: org = nil
                case .title: out.append(Post(person: person, title: m, org: org))
                case .person: break list  // another person: the list is over
                default: break
                }
                end = m.span.end
            }
        }
        return out
    }

    /// Whether `text[from..<to]` parts two chains of a career list: a comma, then perhaps a date and
    /// a verb of taking the post (`，`, `，2016年9月任`, `，1985年起任`).
    static func opensNextPost(_ text: ScalarText, _ from: Int, _ to: Int) -> Bool {
        guard from < to, text[from] == "，" || text[from] == "," else { return false }
        var i = from + 1
        while i < to, isDatePart(text[i]) { i += 1 }
        if i == to { return true }
        guard let verb = tookPost.first(in: TextSpan(i, to), of: text) else { return false }
        return verb.start == i && verb.start + tookPost.length(of: verb.word) == to
    }

    static func isDatePart(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ["年", "月", "日", "起", "后", "底", "初"].contains(c)
    }
}
