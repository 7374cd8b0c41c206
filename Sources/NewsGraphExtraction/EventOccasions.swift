import NewsGraphCore

/// How an article's sentences divide into the occasions it reports (one event each).
extension EventExtractor {
    /// Triggers of a meeting between named persons: each counterpart is an occasion of its own.
    static let meetingTriggers: WordSet = ["会见", "会晤", "会谈", "通电话", "通话", "视频通话", "接见", "见面"]
    /// Dates that continue the occasion before them rather than start one.
    /// (`今天`: the day the news reports, the article's own occasion.)
    static let sameOccasionDates: WordSet = ["当天", "当日", "同日", "今天", "今日", "随后", "其间", "期间", "会后", "会前"]

    /// The day the date at `span` names, without the hour: `1月9日上午` → `1月9日`, `今天下午3时许` → `今天`.
    /// (Read off the scalars: a date is digits and CJK, one scalar a character.)
    static func day(at span: TextSpan, in text: ScalarText) -> String {
        var end = span.end
        while end > span.start, !dayEnds.contains(text[end - 1]) { end -= 1 }
        return text.string(span.start, end > span.start ? end : span.end)
    }

    static let dayEnds: [Unicode.Scalar] = ["年", "月", "日", "号", "天"]

    /// Splits an article's sentences into occasions, each named by its first event mention
    /// (annotation guidelines §5 Events): a sentence naming an event starts a new one when
    /// it gives a day of its own (`去年`, `1997年`; not `当天` or another hour of the same
    /// day) with someone named in it or a body holding it, when it is a meeting (`会见`, `通电话`) with
    /// someone the current occasion has not had, or when a body holds it after the current one
    /// ended (`会见结束后，…出席了某商会主办的交流会`). Sentences before the first event's go
    /// with it; a later sentence goes with the occasion of the day it names, or of the event it
    /// names again (`…参加会见`), else with the current one; sub-steps without their own day
    /// (`座谈会`, `参观`) fold in.
    func occasions(
        main: Mention, inBody: [Mention], sentences: [TextSpan], annotations: [Annotation], mentions: [Mention], text: ScalarText
    ) -> [(label: Mention, sentences: [TextSpan])] {
        guard let first = sentences.firstIndex(where: { $0.contains(main.span) }) else { return [(main, sentences)] }
        // A sentence's date: the last one before `before` (the event it names), else its first.
        let allDates = annotations.filter { $0.kind == "date" }
        func date(_ s: TextSpan, before: Int? = nil) -> Annotation? {
            let dates = allDates.filter { s.contains($0.span) }
            return before.flatMap { b in dates.last { $0.span.end <= b } } ?? dates.first
        }
        func day(_ s: TextSpan, before: Int? = nil) -> String? {
            date(s, before: before).map { EventExtractor.day(at: $0.span, in: text) }
                .flatMap { EventExtractor.sameOccasionDates.contains($0) ? nil : $0 }
        }
        let persons = mentions.filter { $0.kind == .person }
        var firstDay: String? = nil
        for s in sentences[...first] where firstDay == nil { firstDay = day(s) }
        var parts: [(label: Mention, day: String?, sentences: [TextSpan])] = [(main, firstDay, Array(sentences[...first]))]
        var current = 0
        var seen = WordSet(persons.filter { p in sentences[...first].contains { $0.contains(p.span) } }.map { $0.text })
        for s in sentences.dropFirst(first + 1) {
            let named = persons.filter { s.contains($0.span) }.map { $0.text }
            let label = inBody.first { s.contains($0.span) }
            let sentenceDay = day(s, before: label?.span.start)
            // `…参加会见`, `陪同会见`: someone joining the occasion named.
            func joins(_ l: Mention) -> Bool {
                annotations.contains { ($0.kind == "participant" || $0.kind == "accompanying") && $0.span.end == l.span.start }
            }
            // `3月22日，市政协召开专题协商会`: a body holding it names the occasion as well as a person.
            func heldBy(_ l: Mention) -> Bool {
                annotations.contains { $0.kind == "organizing" && s.contains($0.span) && $0.span.end <= l.span.start }
                    && mentions.contains { $0.kind == .organization && s.contains($0.span) && $0.span.end <= l.span.start }
            }
            if let label, !named.isEmpty || heldBy(label), !EventExtractor.isPlan(s, text) {
                let ownDay = sentenceDay.flatMap { d in parts.contains { $0.day == d } ? nil : d }
                let meeting = EventExtractor.meetingTriggers.contains(trigger(of: label.text)) && !joins(label) && named.contains { !seen.contains($0) }
                // `会见结束后，甲与乙出席了某商会主办的交流会`: after the occasion ended, another body's.
                let next = heldBy(label) && EventExtractor.endWords.occurs(in: TextSpan(s.start, label.span.start), of: text)
                // `当天下午，某办召开全市河湖长制工作推进会`: a meeting of its own name held at a time of its
                // own that day is an occasion of its own, not a visit's sub-step (`…一行…并召开座谈会`).
                let ownMeeting = heldBy(label) && date(s, before: label.span.start) != nil && label.text.count >= 6
                    && EventExtractor.isMeeting(label.text) && !parts.contains { $0.label.text == label.text }
                if ownDay != nil || meeting || next || ownMeeting {
                    // `王某介绍，早在1997年，…组织…`: who tells of a past occasion did not attend it.
                    let from = ownDay != nil ? date(s, before: label.span.start)!.span.start : s.start
                    if from > s.start { parts[current].sentences.append(TextSpan(s.start, from)) }
                    parts.append((label, ownDay ?? parts[current].day, [TextSpan(from, s.end)]))
                    current = parts.count - 1
                    seen = WordSet(named)
                    continue
                }
            }
            if let d = sentenceDay, let back = parts.firstIndex(where: { $0.day == d }) {
                current = back
            } else if let label, joins(label), let back = parts.firstIndex(where: { trigger(of: $0.label.text) == trigger(of: label.text) }) {
                // `…参加会见` after another occasion: joining the meeting reported before.
                current = back
            }
            parts[current].sentences.append(s)
            seen.formUnion(named)
        }
        return parts.map { ($0.label, $0.sentences) }
    }

    /// `还将组织`, `计划开展`: an occasion still to come is no event.
    static func isPlan(_ sentence: TextSpan, _ text: ScalarText) -> Bool {
        planWords.occurs(in: sentence, of: text)
    }

    static let planWords = WordSearch(["将于", "还将", "计划", "拟于", "即将"])

    /// `会见结束后`: what follows is after the occasion reported, not part of it.
    static let endWords = WordSearch(["结束后", "结束之后"])
}
