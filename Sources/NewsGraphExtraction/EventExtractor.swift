import NewsGraphCore

/// Reads events off an article: one event per occasion (`occasions`: the first event
/// mention in the body names the first; a later one with a day of its own or a new
/// meeting starts another; other mentions, `活动`, `会议`, `会上` fold into the current one),
/// each with its attendees, organizers, places and date.
///
/// Matches, within the occasion's sentences that mention the event or carry an
/// attendance cue: persons (role from the first cue after them in the sentence:
/// `leader`, `participant`, `speaker`, `accompanying`; participant by default);
/// organizations written before an organizing verb (`举办`, `召开`, `开展`; in a
/// headline also before `赴`, `来`) but not a body after `在` (a venue), or first
/// in the event's own name (`江北区总工会走访慰问`); places after `赴`, `到`, `在`, `走进`, or
/// before an organizing verb, else the place in the organizer's name; the occasion's
/// first date. Emits an `EventRecord` per occasion of each article that names an event.
public struct EventExtractor: Sendable {
    /// Cue annotation kinds (from `Rules/zh/event.rules`) and the roles they give.
    public let roleKinds: [String: AttendanceRole] = [
        "leader": .leader, "participant": .participant, "speaker": .speaker, "accompanying": .accompanying,
    ]
    /// `roleKinds`, looked up without hashing.
    let roles: KindTable<AttendanceRole>
    /// The annotation kinds read here: `readKinds` and the cues' (persons and titles come as
    /// mentions). The rest, most of a text's annotations, would be passed over again by every
    /// filter of every occasion.
    let read: KindTable<Bool>
    /// Trigger words, to name each event's trigger (the longest one its label ends with), by
    /// their last scalar, longest first: a label's last scalar picks the few to compare (a set
    /// of scalar arrays cost an array and a hash for every suffix length of every label).
    let triggersByLast: [Unicode.Scalar: [[Unicode.Scalar]]]

    public init(triggers: [String]) {
        var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for t in Set(triggers) {
            let scalars = [Unicode.Scalar](scalarsOf: t)
            if let last = scalars.last { byLast[last, default: []].append(scalars) }
        }
        // Longest first; equal lengths are equal words or never both suffixes of one label.
        triggersByLast = byLast.mapValues { $0.sorted { $0.count > $1.count } }
        roles = KindTable(roleKinds)
        read = KindTable(Dictionary(uniqueKeysWithValues: EventExtractor.readKinds.union(roleKinds.keys).map { ($0, true) }))
    }

    func trigger(of label: String) -> String {
        let scalars = [Unicode.Scalar](scalarsOf: label)
        guard let last = scalars.last, let candidates = triggersByLast[last] else { return "" }
        for t in candidates where t.count <= scalars.count && scalars[(scalars.count - t.count)...].elementsEqual(t) {
            return String(scalars: t)
        }
        return ""
    }

    /// A region of the page: an article's span, its headline, and spans whose names are not attendees (bylines).
    public struct Region: Sendable {
        public var index: Int
        public var span: TextSpan
        public var headline: TextSpan?
        /// `新华社兰州6月8日电`: where the report is filed from.
        public var dateline: TextSpan?
        public var excluded: [TextSpan]

        public init(index: Int, span: TextSpan, headline: TextSpan?, dateline: TextSpan? = nil, excluded: [TextSpan]) {
            self.index = index
            self.span = span
            self.headline = headline
            self.dateline = dateline
            self.excluded = excluded
        }
    }

    /// `year`: the document's publication year when the input gives one (JSONL `date`); it wins
    /// over the first year the text writes, which may be a year the article looks back to.
    public func extract(
        annotations: [Annotation], mentions: [Mention], regions: [Region], text: ScalarText, year: String? = nil
    ) -> [EventRecord] {
        let year = year ?? EventExtractor.documentYear(text)
        let records = regions.flatMap { region -> [EventRecord] in
            let inRegion = mentions.filter { region.span.contains($0.span) }
            // A region that names no event has none: its annotations need not be read.
            guard inRegion.contains(where: { $0.kind == .event }) else { return [] }
            return extract(
                region, annotations: annotations.filter { region.span.contains($0.span) && read.contains($0.kind) }, mentions: inRegion,
                text: text, year: year)
        }
        // Numbered within their article, across regions (contents entries share article 0).
        var seen: [Int: Int] = [:]
        return records.map { r in
            var r = r
            seen[r.article, default: 0] += 1
            r.occurrence = seen[r.article]!
            return r
        }
    }

    /// The article's events: one per occasion (`occasions`), each over its own sentences.
    func extract(_ region: Region, annotations: [Annotation], mentions: [Mention], text: ScalarText, year: String?) -> [EventRecord] {
        let events = mentions.filter { $0.kind == .event }
        let inBody = events.filter { e in region.headline.map { !$0.overlaps(e.span) } ?? true }
        guard let main = inBody.first ?? events.first else { return [] }
        let sentences = EventExtractor.sentences(of: region.span, in: text)
        let parts = occasions(main: main, inBody: inBody, sentences: sentences, annotations: annotations, mentions: mentions, text: text)
        return parts.enumerated().map { k, part in
            let inPart = { (span: TextSpan) in
                EventExtractor.anyContains(part.sentences, span) || (k == 0 && region.headline?.contains(span) == true)
            }
            return record(
                k == 0 ? region : Region(index: region.index, span: region.span, headline: nil, excluded: region.excluded),
                main: part.label, sentences: part.sentences,
                annotations: annotations.filter { inPart($0.span) }, mentions: mentions.filter { inPart($0.span) }, text: text, year: year)
        }
    }

    /// The persons of the event's sentences and of the sentences with an attendance cue, each with
    /// the role of the first cue after them (`leader`, `participant`, `speaker`, `accompanying`).
    /// `meeting`: the event is a meeting or a ceremony (`…工作会议`, `…开工仪式`), where what a speaker
    /// does (`讲话`, `部署`, `汇报`) is done at it, wherever the article writes it.
    func attendees(
        _ region: Region, sentences: [TextSpan], eventSentences: [TextSpan], annotations: [Annotation], mentions: [Mention],
        text: ScalarText, meeting: Bool
    ) -> [EventRecord.Attendee] {
        let cues = annotations.filter { roles.contains($0.kind) }
        // A speaker (`该院院长X介绍`) attends when the paragraph that names the event goes on with
        // them; a quote in a paragraph of its own (`X表示`) is no attendance.
        func sameParagraph(_ s: TextSpan) -> Bool {
            guard let e = eventSentences.last(where: { $0.start < s.start }) else { return false }
            return !(e.end - 1..<s.start).contains { text[$0] == "\n" }
        }
        // A sentence going on with the event's paragraph tells what was done there (`在血压检测点，某科主任
        // 医师某某为居民测量血压`), unless it tells who was elected or honoured (§5: not attendance).
        // So does one at its scene (`在活动现场，某某…`), wherever written.
        func going(_ s: TextSpan) -> Bool {
            (sameParagraph(s) || EventExtractor.sceneWords.occurs(in: s, of: text)) && !EventExtractor.notPresent.occurs(in: s, of: text)
        }
        // The speaker cues that are acts of the meeting, read once.
        let acts: Set<TextSpan> =
            meeting ? Set(cues.filter { $0.kind == "speaker" && EventExtractor.isMeetingAct($0.span, text) }.map { $0.span }) : []
        let relevant = sentences.filter { s in
            eventSentences.contains(s) || going(s)
                || cues.contains { c in s.contains(c.span) && (c.kind != "speaker" || sameParagraph(s) || acts.contains(c.span)) }
        }

        var attendees: [EventRecord.Attendee] = []
        var seen = WordSet()
        // Someone a meeting appoints (`增补某某为委员`) is its decision's object, not an attendee.
        let candidates = mentions.filter {
            $0.kind == .person && !HoldsExtractor.isAppointed($0, text) && !region.excluded.contains(where: $0.span.overlaps)
        }
        for sentence in relevant {
            let persons = candidates.filter { sentence.contains($0.span) }
            let sentenceCues = cues.filter { sentence.contains($0.span) }
            for p in persons where !seen.contains(p.text) {
                let cue = sentenceCues.first { $0.span.start >= p.span.end }
                let role = cue.flatMap { roles[$0.kind] } ?? .participant
                // A speaker cue alone (`X表示`) makes no attendee outside the event's own paragraph,
                // unless it is something done at the meeting (`X对新学年工作进行了部署`).
                if cue?.kind == "speaker" && !eventSentences.contains(sentence) && !sentenceCues.contains(where: { $0.kind != "speaker" })
                    && !sameParagraph(sentence) && !acts.contains(cue!.span)
                {
                    continue
                }
                // `某某当选为会长`: the one elected is the election's object, not one who attended (§5).
                if cue == nil && p.span.end + 2 <= sentence.end && text[p.span.end] == "当" && text[p.span.end + 1] == "选" { continue }
                // `据公司工会主席某某介绍`: a source cited for what the text reports, not a participant.
                if cue?.kind == "speaker" && EventExtractor.citedAsSource(p.span, in: sentence, text) { continue }
                seen.insert(p.text)
                attendees.append(.init(person: p, role: role, evidence: cue?.span ?? sentence, rule: cue.map { "event.attendee-" + $0.kind } ?? "event.attendee-in-sentence"))
            }
        }
        return attendees
    }

    /// One event: `main` names it; its attendees, organizers, places and date come from `sentences`.
    func record(
        _ region: Region, main: Mention, sentences: [TextSpan], annotations: [Annotation], mentions: [Mention], text: ScalarText,
        year: String?
    ) -> EventRecord {
        let events = mentions.filter { $0.kind == .event }
        let mainTrigger = trigger(of: main.text)
        var eventSentences: [TextSpan] = []
        var previous: TextSpan? = nil  // the last sentence before, not a line break alone
        for s in sentences {
            if events.contains(where: { s.contains($0.span) }) || EventExtractor.refersBack(s, text)
                || previous.map({ EventExtractor.listsThoseWhoCame(s, after: $0, text) }) == true
            {
                eventSentences.append(s)
            }
            if s.length > 1 || text[s.start] != "\n" { previous = s }
        }
        let meeting = EventExtractor.isMeeting(main.text)
        let attendees = self.attendees(
            region, sentences: sentences, eventSentences: eventSentences, annotations: annotations, mentions: mentions, text: text, meeting: meeting)

        // Organizers: organizations right before an organizing verb, in the sentences
        // naming the event and in the headline (a list before the verb counts whole).
        let named = sentences.filter { s in events.contains { s.contains($0.span) } } + (region.headline.map { [$0] } ?? [])
        let orgs = mentions.filter { $0.kind == .organization }
        let places = mentions.filter { $0.kind == .location }
        var organizers: [Mention] = []
        var locations: [Mention] = []
        var venueNamed = false  // `在临空产业园开展`: the text says where, though not as a place
        var venue: Mention? = nil  // the body after `在`, when the place is one
        var labelBody: Annotation? = nil  // the organizer's full name, written only in the event's
        let bodiesAndPlaces = orgs + places
        for sentence in named {
            let verbs = annotations.filter { sentence.contains($0.span) && ($0.kind == "organizing" || (sentence == region.headline && $0.kind == "at")) }
            // `X与Y、Z签约仪式`: the bodies written right before the event's name hold it.
            let labels = events.filter { sentence.contains($0.span) }.map { TextSpan($0.span.start, $0.span.start) }
            for v in verbs.map({ $0.span }) + labels {
                var candidates = bodiesAndPlaces.filter { sentence.contains($0.span) && $0.span.end <= v.start }.sorted { $0.span < $1.span }
                guard var last = candidates.last else { continue }
                var gapEnd = v.start
                var gap = text.string(last.span.end, gapEnd)
                // Before an event's name: written right against it.
                if v.isEmpty && !gap.isEmpty { continue }
                // `（X，）在西河路小学举行`, `X在临空产业园开展`, `到某县人民医院开展`: a body or a place after
                // `在` (or where a visit goes) is where it happens, not who holds it (but `在国新办举行的
                // 发布会` is that body's): the subject, if any, comes before.
                // Of a chain or list of places (`在岳阳楼区洞庭街道金鹗社区开展`, `在甲镇、乙镇开展`), the
                // first is the one after `在`.
                var chainStart = last.span.start
                if last.kind == .location {
                    for p in candidates.dropLast().reversed() where p.kind == .location {
                        let listed = p.span.end == chainStart - 1 && "、和及".unicodeScalars.contains(text[chainStart - 1])
                        guard p.span.end == chainStart || listed else { break }
                        chainStart = p.span.start
                    }
                }
                let at = chainStart - 1
                let relative = v.end < region.span.end && text[v.end] == "的"
                // `互助会开展的《…保障活动》`: a clause about a programme or document, not this event.
                if relative && !v.isEmpty && v.end + 1 < region.span.end && text[v.end + 1] == "《" { continue }
                // (`在五一广场联合举办`: a word saying how may stand before the verb.)
                if at >= 0, text[at] == "在" || text[at] == "于" || text[at] == "到" || text[at] == "赴",
                    gap.isEmpty || EventExtractor.verbManners.contains(gap), !relative
                {
                    if last.kind == .organization {
                        venueNamed = true
                        venue = last
                    }
                    candidates.removeAll { $0.span.start >= chainStart }
                    guard let subject = candidates.last else { continue }
                    last = subject
                    gapEnd = at
                    gap = text.string(last.span.end, gapEnd)
                    if gap == "，" || gap == "," { gap = "" }
                }
                // `X联合Y、Z有关负责人开展`: the people of Y and Z take part; X leads.
                let gapSpan = TextSpan(last.span.end, max(gapEnd, last.span.end))
                let peopleOf = EventExtractor.peopleWords.occurs(in: gapSpan, of: text)
                guard peopleOf || EventExtractor.isSubjectGap(gap) else { continue }
                candidates.removeLast()
                var list = [last]
                var leads: [Mention] = []
                for o in candidates.reversed() {
                    // (`X（以下简称“Y”）、Z主办`: a definition after a body of the list.)
                    let between = EventExtractor.withoutDefinition(text.string(o.span.end, list[0].span.start))
                    guard EventExtractor.listJoiners.contains(between) else { break }
                    if between == "联合" || between == "会同" { leads.append(o) }
                    list.insert(o, at: 0)
                }
                if peopleOf { list = leads }
                // `到甲公司、乙所等单位开展`: the bodies a visit goes to, listed, are where it happens.
                if let first = list.first, first.span.start > 0, text[first.span.start - 1] == "到" || text[first.span.start - 1] == "赴",
                    gap.hasUTF8Prefix("等")
                {
                    venueNamed = true
                    continue
                }
                // A place doing something is where it happens, never an organizer; but a place
                // before a title is the holder's (`甲国外长某某举行会谈`), and a place after 围绕 is
                // what the clause is about (`围绕湘江流域生态保护开展研讨`).
                organizers += list.filter { $0.kind == .organization }
                let topic = list.first.map { $0.span.start >= 2 && EventExtractor.topicWords.contains(text.string($0.span.start - 2, $0.span.start)) } ?? false
                if !topic, !mentions.contains(where: { ($0.kind == .person || $0.kind == .title) && gapSpan.contains($0.span) }) {
                    locations += list.filter { $0.kind == .location }
                }
            }
        }
        // `江北区总工会走访慰问`: the article's event named with its body first (in the headline or
        // as the event the record is named by); that body holds it, when the article also names
        // it on its own (a name only inside an event's name is no entity: guidelines §5).
        for e in annotations where e.kind == "Event" && (e.span == main.span || region.headline?.contains(e.span) == true) {
            guard let body = e.children.first, body.kind == "Organization", body.span.start == e.span.start else { continue }
            let name = text.string(body.span)
            if orgs.contains(where: { $0.text == name }) {
                organizers.append(Mention(kind: .organization, span: body.span, text: name, rule: body.rule))
            } else if let short = orgs.first(where: { $0.text.count >= 2 && name.hasUTF8Suffix($0.text) }) {
                // Named on its own only in a short form (`中共某市委党校…开班典礼`, `市委党校常务副校长`; `公司董事长`): that body,
                // and the place its full name writes.
                organizers.append(short)
                if short.text.count >= 3 { labelBody = body }
            }
        }
        // Else the body of whoever leads the visit (`市总工会主席王某带队`, `市政协副主席陈某率…`):
        // the organization written right before the leader's titles, as a body (`最高人民法院立案庭`
        // → 最高人民法院), not `该镇党委`. A chair (`主持`) runs a meeting, and holds nothing; nor
        // does a delegation's body hold a meeting between persons (`会见`).
        if organizers.isEmpty, !EventExtractor.meetingTriggers.contains(mainTrigger) {
            let titles = mentions.filter { $0.kind == .title }
            for a in attendees where a.role == .leader && text.string(a.evidence) != "主持" {
                guard let org = orgs.last(where: { $0.span.end <= a.person.span.start }),
                    !(org.text.unicodeScalars.first.map(EventExtractor.ownReferences.contains) ?? false),
                    org.span.start == 0 || !EventExtractor.ownReferences.contains(text[org.span.start - 1]),
                    EventExtractor.onlyTitles(between: org.span.end, and: a.person.span.start, titles, text)
                else { continue }
                let annotation = annotations.first { $0.kind == "Organization" && $0.span == org.span }
                if let body = annotation?.children.first(where: { $0.kind == "Organization" && $0.span.start == org.span.start }) {
                    organizers.append(Mention(kind: .organization, span: body.span, text: text.string(body.span), rule: body.rule))
                } else {
                    organizers.append(org)
                }
            }
        }
        // Places: a location right after `赴`, `到`, `在`, `走进` in the event's sentences or headline.
        let headlineSentences = region.headline.map { [$0] } ?? []
        // Of a chain (`南岸区南坪街道`) the last, most specific place; then the places listed after it
        // (`先后来到孝南区、汉川市`).
        func endOfChain(_ p: Mention) -> Mention {
            var p = p
            while let next = places.first(where: { $0.span.start == p.span.end && EventExtractor.divisionRules.contains($0.rule) }) { p = next }
            return p
        }
        // Where the event's sentences, the headline, or an attendee (`王某一行先后来到…`) go; and
        // what a visit names right after its verb (`视察昆都仑区、青山区`).
        let attending = WordSet(attendees.map { $0.person.text })
        let persons = mentions.filter { $0.kind == .person && attending.contains($0.text) }
        let attendeeSentences = sentences.filter { s in persons.contains { s.contains($0.span) } }
        let namingSentences = eventSentences + headlineSentences
        // `某某表示，欢迎更多企业到甲国考察`: what a speaker says or wishes, after the speaker's verb.
        func reported(_ sentence: TextSpan, _ span: TextSpan) -> Bool {
            annotations.contains { a in
                a.kind == "speaker" && sentence.contains(a.span) && a.span.end < span.start && "，：,:".unicodeScalars.contains(text[a.span.end])
            } || EventExtractor.wishWords.occurs(in: TextSpan(sentence.start, span.start), of: text)
        }
        let goes = annotations.filter { a in
            // (Not in someone's words, `“公司送我到中国培训”`, nor in a plan, `将对中国进行访问`: an
            // occasion still to come is no event, §5.)
            guard a.kind == "at", !EventExtractor.isQuoted(a.span.start, text),
                !sentences.contains(where: { $0.contains(a.span) && (EventExtractor.isPlan($0, text) || reported($0, a.span)) })
            else { return false }
            if namingSentences.contains(where: { $0.contains(a.span) }) { return true }
            // Only a move (`来到`, `赴`), not `项目在宜城发展`, in a sentence that is the attendee's alone.
            return !EventExtractor.isStay(a.span, text) && attendeeSentences.contains { $0.contains(a.span) }
        }.map { $0.span }
            + events.filter { EventExtractor.visitVerbs.contains($0.text) }.map { $0.span }
        // After `在`, a place is where the event is only when the event or its verb follows
        // (`在北京会见`, `在京举行`), not `项目在宜城发展`.
        let happenings = events.map { $0.span.start } + annotations.filter { $0.kind == "organizing" }.map { $0.span.start }
        /// The longest place starting at `at`: a venue (`阜阳市奥体中心体育馆`), not the city its name opens with.
        func longestPlace(at: Int) -> Mention? {
            places.filter({ $0.span.start == at }).max(by: { $0.span.length < $1.span.length })
        }
        /// The places right after these cues (moves, `在`), with the places listed after them.
        func placesAfter(_ cues: [TextSpan]) -> [Mention] {
            var found: [Mention] = []
            for cue in cues {
                let at = cue.end < text.count && text[cue.end] == "了" ? cue.end + 1 : cue.end  // `来到了红安`
                guard let first = longestPlace(at: at) else { continue }
                var place = endOfChain(first)
                if cue.length == 1 && text[cue.start] == "在" {
                    // The rest of the clause, up to ten characters (`在北京八一大楼以视频方式检查…`).
                    // With whom comes first in a meeting (`在北京同甲国外长某某举行会谈`): the whole clause.
                    let reach = place.span.end < text.count && "同与和".unicodeScalars.contains(text[place.span.end]) ? 40 : 10
                    var stop = place.span.end
                    while stop < min(text.count, place.span.end + reach), !"，。；,;\n".unicodeScalars.contains(text[stop]) { stop += 1 }
                    let happens = happenings.contains { $0 >= place.span.end && $0 < stop }
                        || EventExtractor.happeningWords.occurs(in: TextSpan(place.span.end, stop), of: text)
                    if !happens { continue }
                }
                found.append(place)
                while place.span.end < text.count, "、和及".unicodeScalars.contains(text[place.span.end]),
                    let next = places.first(where: { $0.span.start == place.span.end + 1 })
                {
                    place = endOfChain(next)
                    found.append(place)
                }
            }
            return found
        }
        locations += placesAfter(goes)
        // `在赣州市，王某来到…`: a sentence opening with a county or larger where an attendee then goes
        // (a town, a village or a venue there is a stop of the visit, not where it is).
        for a in annotations where a.kind == "at" && a.span.length == 1 && text[a.span.start] == "在" {
            guard sentences.contains(where: { $0.start == a.span.start }),
                let place = longestPlace(at: a.span.end),
                EventExtractor.countyOrLargerRules.contains(place.rule)
            else { continue }
            if place.span.end + 1 < text.count, text[place.span.end] == "，", persons.contains(where: { $0.span.start == place.span.end + 1 }) {
                locations.append(place)
            }
        }
        if locations.isEmpty {
            // `委员们先后来到甲路、乙路`: where the group goes, when nothing else says where.
            let groupSentences = sentences.filter { EventExtractor.groupWords.occurs(in: $0, of: text) }
            locations = placesAfter(
                annotations.filter { a in
                    a.kind == "at" && !EventExtractor.isStay(a.span, text) && groupSentences.contains { $0.contains(a.span) }
                }.map { $0.span })
        }
        locations = EventExtractor.mostSpecific(locations, places: places, annotations: annotations, text: text)
        // Else where the organizer is: the last place written in its name (`东坝镇总工会` → 东坝镇).
        // (`苏州工业园区（以下简称“园区”）总工会`: the place before the definition.)
        if locations.isEmpty, !venueNamed, let organizer = organizers.first,
            let org = labelBody ?? EventExtractor.organization(at: organizer.span, in: annotations),
            let place = org.children.last(where: { $0.kind == "Location" })
                ?? annotations.last(where: { $0.kind == "Location" && EventExtractor.isDefinition(text, from: $0.span.end, to: org.span.start) })
        {
            locations.append(Mention(kind: .location, span: place.span, text: text.string(place.span), rule: place.rule))
        }
        // `在玉潭街道敬老院开展`: a venue that is a body, named with its town or street.
        if locations.isEmpty, let venue = venue, let org = EventExtractor.organization(at: venue.span, in: annotations),
            let place = org.children.last(where: { $0.kind == "Location" && EventExtractor.townRules.contains($0.rule) })
        {
            locations.append(Mention(kind: .location, span: place.span, text: text.string(place.span), rule: place.rule))
        }
        // Else where the report is filed from (`新华社兰州6月8日电`).
        if locations.isEmpty, !venueNamed, let dateline = region.dateline, let place = places.first(where: { dateline.contains($0.span) }) {
            locations.append(place)
        }

        let date = annotations.first { a in a.kind == "date" && !(region.headline?.contains(a.span) ?? false) }
            .map { Mention(kind: .event, span: $0.span, text: text.string($0.span), rule: $0.rule) }
        return EventRecord(
            label: main, trigger: mainTrigger,
            date: date, isoDate: date.flatMap { EventExtractor.iso($0.text, year: year) },
            attendees: attendees, organizers: EventExtractor.unique(organizers), locations: EventExtractor.unique(locations),
            article: region.index)
    }
}
