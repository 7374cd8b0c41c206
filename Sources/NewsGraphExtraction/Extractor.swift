import NewsGraphCore
import NewsGraphLayout
import NewsGraphRules

/// Runs the rules over a page and reads entities and relations off the result.
public struct Extractor: Sendable {
    public let engine: RuleEngine
    public let holds: HoldsExtractor
    public let voting: NameVoting
    public let events: EventExtractor

    public init(rules: RuleSet) {
        engine = RuleEngine(rules: rules)
        holds = HoldsExtractor()
        voting = NameVoting()
        let triggers = ["event-noun", "event-verb"].compactMap(rules.lexiconID).flatMap { rules.lexiconEntries[Int($0)].map(\.text) }
        events = EventExtractor(triggers: triggers)
    }

    public func extract(_ page: Page) -> Extraction {
        let regions = page.articles.map { a in
            EventExtractor.Region(
                index: a.index, span: a.span, headline: a.headline, dateline: a.dateline, excluded: a.authors.map(\.span) + [a.dateline].compactMap { $0 })
        }
        let contents = Extractor.contentsEntries(page.text, before: page.articles.first?.span.start ?? 0).map {
            EventExtractor.Region(index: 0, span: $0, headline: nil, excluded: [])
        }
        return extract(page.text, regions: contents + regions, year: page.year)
    }

    /// An e-paper's list of the headlines before its first article (`· 外交部长某某答中外记者问`):
    /// each entry may report an event of its own (with no article on this page).
    static func contentsEntries(_ text: ScalarText, before end: Int) -> [TextSpan] {
        var entries: [TextSpan] = []
        var start = 0
        for i in 0...end where i == end || text[i] == "\n" {
            var first = start
            while first < i, text[first] == " " || text[first] == "\u{3000}" { first += 1 }
            if i - first >= 6, text[first] == "·" || text[first] == "•" { entries.append(TextSpan(first, i)) }
            start = i + 1
        }
        return entries
    }

    /// Where names inside larger names are written, on one line each: the insides of title marks
    /// (`《走近中国空间站》`), and of short quotes that are a slogan's, a programme's or an honour's
    /// name (`“美丽四川”`, `“中国名茶之乡”`: no longer than `maxNameQuote`, no clause punctuation,
    /// unlike quoted speech). One pass over the text for both.
    public static func nameInteriors(_ text: ScalarText) -> (titles: [TextSpan], quotes: [TextSpan]) {
        var titles: [TextSpan] = []
        var quotes: [TextSpan] = []
        var open: Int? = nil
        var quote: Int? = nil
        text.scalars.withUnsafeBufferPointer { s in
            for i in 0..<s.count {
                // Most scalars are neither mark (U+300A, U+300B, U+201C, U+201D) nor a line end: two tests each.
                let v = s[i].value
                guard v &- 0x300A < 2 || v &- 0x201C < 2 || v == 0x0A else { continue }
                switch s[i] {
                case "《": open = i + 1
                case "》": if let o = open, i > o { titles.append(TextSpan(o, i)) }; open = nil
                case "“": quote = i + 1
                case "”":
                    if let q = quote, i > q, i - q <= maxNameQuote, !(q..<i).contains(where: { clausePunctuation.contains(s[$0]) }) {
                        quotes.append(TextSpan(q, i))
                    }
                    quote = nil
                case "\n": open = nil; quote = nil
                default: break
                }
            }
        }
        return (titles, quotes)
    }

    /// The longest quote read as a name rather than speech, and what speech has and names do not.
    static let maxNameQuote = 12
    static let clausePunctuation: Set<Unicode.Scalar> = ["，", "。", "！", "？", "；", "：", "、", ",", "."]

    static func isInside(_ span: TextSpan, _ interiors: [TextSpan]) -> Bool {
        interiors.contains { $0 != span && $0.contains(span) }
    }

    /// Whether a mention of `kind` at `span` is part of a larger name (guidelines §5), unless it is
    /// the whole of it (`《人民日报》`, `以下简称“经开区”`): any kind but an event inside title marks
    /// (the event reader weighs a name in title marks itself); a body or place inside a quoted name
    /// (a person there is still named: `“向某某同志学习”`).
    public static func isPartOfAName(_ kind: NodeKind, _ span: TextSpan, in interiors: (titles: [TextSpan], quotes: [TextSpan])) -> Bool {
        guard kind != .event else { return false }
        if isInside(span, interiors.titles) { return true }
        return (kind == .organization || kind == .location) && isInside(span, interiors.quotes)
    }

    /// Extraction over a bare text (rule examples): the whole text is one article.
    public func extract(_ text: ScalarText) -> Extraction {
        extract(text, regions: [EventExtractor.Region(index: 0, span: TextSpan(0, text.count), headline: nil, excluded: [])])
    }

    /// The longest opening of a short form's definition, `（以下简称“`.
    static let maxDefinitionOpening = 6

    /// `year`: the publication year known besides the text; else the first year the text writes.
    func extract(_ text: ScalarText, regions: [EventExtractor.Region], year: String? = nil) -> Extraction {
        let annotations = engine.annotate(text.scalars)
        let interiors = Extractor.nameInteriors(text)
        var mentions: [Mention] = []
        mentions.reserveCapacity(annotations.count)
        var aliases: [AliasDefinition] = []
        var lastNamed: Mention? = nil
        for a in annotations {
            guard let kind = a.entityKind else {
                // `X（以下简称“Y”）`: Y names what X names, X ending where the bracket opens (a body
                // not read, `某某资料库（以下简称“某库”）`, leaves Y to no place named before it).
                if a.kind == "alias", let full = lastNamed, a.span.start - full.span.end <= Extractor.maxDefinitionOpening {
                    aliases.append(AliasDefinition(full: full, alias: Mention(kind: full.kind, span: a.span, text: text.string(a.span), rule: a.rule)))
                }
                continue
            }
            if Extractor.isPartOfAName(kind, a.span, in: interiors) { continue }
            let m = Mention(kind: kind, span: a.span, text: text.string(a.span), rule: a.rule)
            mentions.append(m)
            if kind == .organization || kind == .location { lastNamed = m }
        }
        mentions = voting.apply(mentions, text: text)
        mentions = AliasUse.apply(aliases, to: mentions, text: text)
        return Extraction(
            mentions: mentions, holds: holds.extract(mentions, text: text), aliases: aliases,
            events: events.extract(annotations: annotations, mentions: mentions, regions: regions, text: text, year: year),
            annotations: annotations)
    }
}
