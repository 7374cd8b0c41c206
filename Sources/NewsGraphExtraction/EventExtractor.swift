import NewsGraphCore

/// Reads events off an article: one event per article, named by its first
/// event mention in the body (later mentions, `活动`, `会议`, `会上` fold into it),
/// with its attendees, organizers, places and date.
///
/// Matches, within the article's sentences that mention the event or carry an
/// attendance cue: persons (role from the first cue after them in the sentence:
/// `leader`, `participant`, `speaker`, `accompanying`; participant by default);
/// organizations written before an organizing verb (`举办`, `召开`, `开展`; in a
/// headline also before `赴`, `来`); places after `赴`, `到`, `在`, `走进`; the first
/// date of the article. Emits one `EventRecord` per article that names an event.
public struct EventExtractor: Sendable {
    /// Cue annotation kinds (from `Rules/zh/event.rules`) and the roles they give.
    public var roleKinds: [String: AttendanceRole] = [
        "leader": .leader, "participant": .participant, "speaker": .speaker, "accompanying": .accompanying,
    ]
    /// Trigger words, longest first, to name each event's trigger.
    public var triggers: [String]

    public init(triggers: [String]) {
        self.triggers = triggers.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// A region of the page: an article's span, its headline, and spans whose names are not attendees (bylines).
    public struct Region: Sendable {
        public var index: Int
        public var span: TextSpan
        public var headline: TextSpan?
        public var excluded: [TextSpan]

        public init(index: Int, span: TextSpan, headline: TextSpan?, excluded: [TextSpan]) {
            self.index = index
            self.span = span
            self.headline = headline
            self.excluded = excluded
        }
    }

    public func extract(annotations: [Annotation], mentions: [Mention], regions: [Region], text: ScalarText) -> [EventRecord] {
        let year = EventExtractor.documentYear(text)
        return regions.compactMap { region in
            extract(region, annotations: annotations.filter { region.span.contains($0.span) },
                    mentions: mentions.filter { region.span.contains($0.span) }, text: text, year: year)
        }
    }

    func extract(_ region: Region, annotations: [Annotation], mentions: [Mention], text: ScalarText, year: String?) -> EventRecord? {
        let events = mentions.filter { $0.kind == .event }
        let inBody = events.filter { e in region.headline.map { !$0.overlaps(e.span) } ?? true }
        guard let main = inBody.first ?? events.first else { return nil }

        let sentences = EventExtractor.sentences(of: region.span, in: text)
        let cues = annotations.filter { roleKinds[$0.kind] != nil }
        let eventSentences = sentences.filter { s in events.contains { s.contains($0.span) } || EventExtractor.refersBack(s, text) }
        let relevant = sentences.filter { s in eventSentences.contains(s) || cues.contains { s.contains($0.span) && $0.kind != "speaker" } }

        var attendees: [EventRecord.Attendee] = []
        var seen: Set<String> = []
        for sentence in relevant {
            let persons = mentions.filter { $0.kind == .person && sentence.contains($0.span) && !region.excluded.contains(where: $0.span.overlaps) }
            let sentenceCues = cues.filter { sentence.contains($0.span) }
            for p in persons where !seen.contains(p.text) {
                let cue = sentenceCues.first { $0.span.start >= p.span.end }
                let role = cue.flatMap { roleKinds[$0.kind] } ?? .participant
                // A speaker cue alone (`X表示`) makes no attendee outside the event's own sentences.
                if cue?.kind == "speaker" && !eventSentences.contains(sentence) && !sentenceCues.contains(where: { $0.kind != "speaker" }) { continue }
                seen.insert(p.text)
                attendees.append(.init(person: p, role: role, evidence: cue?.span ?? sentence, rule: cue.map { "event.attendee-\($0.kind)" } ?? "event.attendee-in-sentence"))
            }
        }

        // Organizers: organizations right before an organizing verb (a list counts whole).
        var organizers: [Mention] = []
        let orgs = mentions.filter { $0.kind == .organization }
        let headlineSentences = region.headline.map { [$0] } ?? []
        for sentence in eventSentences + headlineSentences {
            let verbs = annotations.filter { sentence.contains($0.span) && ($0.kind == "organizing" || (sentence == region.headline && $0.kind == "at")) }
            for v in verbs {
                let before = orgs.filter { sentence.contains($0.span) && $0.span.end <= v.span.start }
                guard let last = before.last else { continue }
                var list = [last]
                for o in before.dropLast().reversed() {
                    let gap = text.string(o.span.end, list[0].span.start)
                    guard gap == "、" || gap == "和" || gap == "与" else { break }
                    list.insert(o, at: 0)
                }
                // Between the organizer and its verb: nothing but a place, a time or `由`-style words.
                let gapText = text.string(last.span.end, v.span.start)
                if gapText.count <= 12 && !gapText.contains("，") { organizers += list }
            }
        }

        // Places: a location right after `赴`, `到`, `在`, `走进` in the event's sentences or headline.
        let places = mentions.filter { $0.kind == .location }
        var locations: [Mention] = []
        for at in annotations where at.kind == "at" && (eventSentences + headlineSentences).contains(where: { $0.contains(at.span) }) {
            if let place = places.first(where: { $0.span.start == at.span.end }) { locations.append(place) }
        }

        let date = annotations.first { a in a.kind == "date" && !(region.headline?.contains(a.span) ?? false) }
            .map { Mention(kind: .event, span: $0.span, text: text.string($0.span), rule: $0.rule) }
        return EventRecord(
            label: main, trigger: triggers.first { main.text.hasSuffix($0) } ?? "",
            date: date, isoDate: date.flatMap { EventExtractor.iso($0.text, year: year) },
            attendees: attendees, organizers: EventExtractor.unique(organizers), locations: EventExtractor.unique(locations),
            article: region.index)
    }

    static func unique(_ ms: [Mention]) -> [Mention] {
        var seen: Set<String> = []
        return ms.filter { seen.insert($0.text).inserted }
    }

    /// `活动`, `会议`, `会上`, `此次`: the sentence speaks of the article's event.
    static func refersBack(_ sentence: TextSpan, _ text: ScalarText) -> Bool {
        let s = text.string(sentence)
        return ["会上", "会议", "此次", "活动中", "调研中", "期间"].contains { s.contains($0) }
    }

    /// Sentences of a span: cut after `。！？；` and at line ends.
    static func sentences(of span: TextSpan, in text: ScalarText) -> [TextSpan] {
        var out: [TextSpan] = []
        var start = span.start
        for i in span.start..<span.end {
            let c = text[i]
            if c == "。" || c == "！" || c == "？" || c == "；" || c == "\n" {
                if i + 1 > start { out.append(TextSpan(start, i + 1)) }
                start = i + 1
            }
        }
        if start < span.end { out.append(TextSpan(start, span.end)) }
        return out
    }

    /// The first year (`2023年`, `2023-01-09`) the document writes, if any.
    static func documentYear(_ text: ScalarText) -> String? {
        let s = text.scalars
        var i = 0
        while i + 4 < s.count {
            if (s[i] == "1" && s[i + 1] == "9") || (s[i] == "2" && s[i + 1] == "0"),
                (i == 0 || !isDigit(s[i - 1])), (i..<(i + 4)).allSatisfy({ isDigit(s[$0]) }),
                s[i + 4] == "年" || s[i + 4] == "-"
            {
                return text.string(i, i + 4)
            }
            i += 1
        }
        return nil
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// `1月9日上午` with year 2023 → `2023-01-09`; a written year wins over the document's.
    static func iso(_ written: String, year: String?) -> String? {
        let digits = written.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
        let hasYear = written.contains("年")
        let parts: [String]
        if hasYear && digits.count >= 3 { parts = Array(digits.prefix(3)) } else if let year, !hasYear, digits.count >= 2, written.contains("月") {
            parts = [year] + digits.prefix(2)
        } else {
            return nil
        }
        guard parts[0].count == 4, let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(parts[0])-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
    }
}
