import NewsGraphCore

/// Reads `holds` relations off the chains of annotations
/// `ORG? TITLE (、ORG? TITLE)* PERSON (、PERSON)*` (annotation-guidelines §3, §5).
///
/// Matches: organizations, locations, titles and persons written next to each
/// other or separated by `、` or `兼`. Emits: one relation per (person, atomic
/// title), the organization being the one written before that title in the
/// chain; government head posts go to a government body the document names, else
/// to none; state posts (`国家主席`) and river or forest chiefs (`县级河长`) to none;
/// a place before a title means no organization; the organization of one person
/// never carries over to the next
/// unless written once for a list (`院长甲、副院长乙`, `院长甲，副院长乙`).
public struct HoldsExtractor: Sendable {
    /// Title heads that are government posts (`市长`, `副县长` end with one).
    public var governmentPosts: [String]
    /// Organization name endings that make a body a government.
    public var governmentBodies: [String]
    /// Title beginnings that name the post's own body, the state (`国家主席`): such a post
    /// never goes to the body written before the list.
    public var statePostPrefixes: [String]
    /// Title endings of a head of state (`总统`, `副总统`), a post of no body either: not the
    /// party's written before it (`某某党主席、总统某某`).
    public var statePostSuffixes: [String]
    /// Posts of a body the title implies without writing it (`国务委员`: the 国务院's): held at that
    /// body where the document names it, else at none; never at the body written before the list
    /// (`中共中央书记处书记、国务委员某某`). A list, tried in order (a dictionary's order is not fixed).
    public var impliedBodies: [(post: String, body: String)]
    /// Title endings of the chiefs a territory names for a river, lake or forest (`县级总河长`,
    /// `镇级河长`, `林长`): posts of no body, so not the committee's written before the list.
    public var chiefPostSuffixes: [String]
    /// Posts whose own body is written inside them (`外交部长`, `教育局长`, `书记处书记`): after a party
    /// committee, a congress or a CPPCC they are not that body's (guidelines §5), unless the body
    /// inside is one of the committee's own departments (`组织部部长` at the 县委).
    public var ownBodyTitles: OwnBodyTitles

    public init(
        governmentPosts: [String] = ["省长", "市长", "县长", "区长", "州长", "盟长", "旗长", "乡长", "镇长", "行政长官"],
        governmentBodies: [String] = ["政府", "行政公署"],
        statePostPrefixes: [String] = ["国家"],
        statePostSuffixes: [String] = ["总统"],
        chiefPostSuffixes: [String] = ["河长", "湖长", "林长", "田长"],
        impliedBodies: [(post: String, body: String)] = [("国务委员", "国务院")],
        ownBodyTitles: OwnBodyTitles = OwnBodyTitles()
    ) {
        self.impliedBodies = impliedBodies
        self.governmentPosts = governmentPosts
        self.governmentBodies = governmentBodies
        self.statePostPrefixes = statePostPrefixes
        self.statePostSuffixes = statePostSuffixes
        self.chiefPostSuffixes = chiefPostSuffixes
        self.ownBodyTitles = ownBodyTitles
    }

    public func extract(_ mentions: [Mention], text: ScalarText) -> [HoldsRelation] {
        var out: [HoldsRelation] = []
        var org: Mention? = nil
        var titles: [(title: Mention, org: Mention?)] = []
        var lastPersonTitles: [(title: Mention, org: Mention?)] = []
        var previous: Mention? = nil
        // Whether the chain's posts follow a person and 当选 or 现任.
        var postsOfTheOneBefore = false
        // The place written right before a chain's posts of no body (`苏州市副市长`): a government
        // post there is that place's government's, not another place's the document names.
        var place: Mention? = nil
        var placeBefore: [Int: String] = [:]
        let governments = mentions.filter { $0.kind == .organization && isGovernment($0.text) }
        // Each implied body's first mention, in the order of `impliedBodies`.
        let impliedNamed = impliedBodies.map { b in mentions.first { $0.kind == .organization && $0.text == b.body } }
        let school = HoldsExtractor.theSchool(mentions)

        for m in mentions where m.kind != .event {
            var gap = previous.map { HoldsExtractor.gap(text, $0.span.end, m.span.start) } ?? .other
            // `甲集团有限公司（以下简称“甲集团”）党委书记`: the titles after a body's definition are its.
            if gap == .other, let previous, previous.kind == .organization, m.kind == .title,
                HoldsExtractor.isDefinition(text.string(previous.span.end, m.span.start))
            {
                gap = .none
            }
            let afterPerson = previous?.kind == .person
            // `院长甲，副院长乙`: a list of persons goes on after a comma when the
            // next item is a title with no organization of its own.
            // `市委常委、副市长，市防指常务副指挥长甲`: posts of two bodies, the lists parted by a comma,
            // are one person's when a body opens the first, a title ends it and a body or a title opens
            // the second (not a post taken on, `担任现场总指挥，县某局副局长乙`).
            // Not the posts one was elected to or holds now (`甲当选商会会长，乙公司总经理丙`): those are
            // the person's before them (`currentPosts`).
            let postsGoOn = previous?.kind == .title && titles.first?.org != nil && !postsOfTheOneBefore
                && (m.kind == .organization || m.kind == .title)
            let connected = gap == .none || gap == .listComma || (gap == .comma && ((afterPerson && m.kind == .title) || postsGoOn))
            if !connected {
                org = nil
                place = nil
                titles = []
                lastPersonTitles = []
                postsOfTheOneBefore = afterPerson && HoldsExtractor.currentCues.ends(at: m.span.start, of: text)
            }
            switch m.kind {
            case .organization:
                org = m
                place = nil
            case .location:
                org = nil
                place = m
            case .title:
                if org == nil, let place { placeBefore[m.span.start] = place.text }
                if afterPerson {
                    // `院长甲、副院长乙`: the organization written once serves the list, but not a
                    // post that writes a body of its own (`政务司司长甲、财政司司长乙`).
                    titles = []
                    titles.append((m, ownBodyTitles.namesAnotherBody(m.text) ? nil : org))
                } else {
                    titles.append((m, org))
                }
            case .person:
                let own = titles.isEmpty && afterPerson && connected ? lastPersonTitles : titles
                for (title, titleOrg) in own {
                    out.append(
                        relation(
                            person: m, title: title, org: titleOrg, governments: governments, implied: impliedNamed, school: school,
                            writtenPlace: placeBefore[title.span.start]))
                }
                lastPersonTitles = own
                titles = []
                postsOfTheOneBefore = false
            default:
                break
            }
            previous = m
        }
        out = out.map { bodyOfTheClause($0, mentions: mentions, text: text) }
        let career = CareerPosts.posts(mentions, text: text).map { p in
            relation(person: p.person, title: p.title, org: p.org, governments: governments, implied: impliedNamed)
        }
        let current = currentPosts(mentions, text: text) + career
        if !current.isEmpty {
            let chained = Set(out.map(Placement.init))
            out += current.filter { !chained.contains(Placement($0)) }
        }
        return HoldsExtractor.withoutBodilessRepeats(out)
    }

    /// Posts opening a clause with no body before them, whose body the sentence names all the same:
    /// - `深圳湾边检站召开部署会，站长甲要求…`: a head's post (站长, 局长, 院长 …; not one that writes
    ///   its own, `财政司司长`) is at the body that opens its sentence as its subject, when that
    ///   body's name ends in the post's kind (站);
    /// - `来到某某科技有限公司，董事长甲介绍`: a company's (or a cooperative's) post is at the company
    ///   named last before it in its sentence, or in the sentence before when the post opens its own
    ///   (`走进某公司的车间。总经理乙介绍`).
    func bodyOfTheClause(_ r: HoldsRelation, mentions: [Mention], text: ScalarText) -> HoldsRelation {
        let at = r.title.span.start
        guard r.organization == nil, r.rule == "holds.chain", at > 0 else { return r }
        let opensSentence = HoldsExtractor.sentenceEnds.contains(text[at - 1])
        guard opensSentence || text[at - 1] == "，" else { return r }
        let start = HoldsExtractor.sentenceStart(text, before: at)
        // Whether mention `k` is a body at the head of a person's posts (`公司董事长甲…，副董事长乙`,
        // `某法院党组书记、院长甲…，副院长乙`): those leave the next person's post with no body.
        func heads(_ k: Int) -> Bool {
            k + 1 < mentions.count && mentions[k + 1].kind == .title && mentions[k + 1].span.start == mentions[k].span.end
        }
        if HoldsExtractor.companyPosts.contains(r.title.text) {
            let from = opensSentence && start > 0 ? HoldsExtractor.sentenceStart(text, before: start - 1) : start
            guard let k = mentions.lastIndex(where: { m in
                m.kind == .organization && m.span.start >= from && m.span.end <= at
                    && HoldsExtractor.companyEndings.contains { m.text.hasUTF8Suffix($0) }
            }), !heads(k) else { return r }
            return HoldsRelation(person: r.person, title: r.title, organization: mentions[k], rule: "holds.clause-body")
        }
        let title = Array(r.title.text.unicodeScalars)
        guard !opensSentence, title.count >= 2, title.last == "长", !ownBodyTitles.namesAnotherBody(r.title.text) else { return r }
        // (Past what a bracket holds, a byline's names: `本报讯（记者 甲）9月8日，某局开展…，副局长乙…`.)
        guard let i = mentions.firstIndex(where: { m in
            m.kind != .event && m.span.start >= start && !HoldsExtractor.inBrackets(m.span.start, from: start, text)
        }), mentions[i].kind == .organization,
            mentions[i].span.end <= at, mentions[i].text.unicodeScalars.last == title[title.count - 2], !heads(i)
        else { return r }
        return HoldsRelation(person: r.person, title: r.title, organization: mentions[i], rule: "holds.clause-body")
    }

    /// Whether `offset` stands inside a `（…）` opened at or after `start`.
    static func inBrackets(_ offset: Int, from start: Int, _ text: ScalarText) -> Bool {
        var depth = 0
        for p in start..<offset {
            if text[p] == "（" { depth += 1 } else if text[p] == "）", depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// A company's (or a cooperative's) posts, and the endings of their names.
    static let companyPosts: Set<String> = ["董事长", "副董事长", "总经理", "副总经理", "总裁", "经理", "厂长", "副厂长", "理事长", "副理事长"]
    static let companyEndings = ["公司", "集团", "厂", "合作社"]

    /// Where the sentence holding `offset` starts.
    static func sentenceStart(_ text: ScalarText, before offset: Int) -> Int {
        var start = offset
        while start > 0, !sentenceEnds.contains(text[start - 1]) { start -= 1 }
        return start
    }

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "\n"]

    /// `戴某，男，1972年3月生，现任省能源局局长，拟任…`: a biography names the person first and the
    /// posts after 现任, 当选 or 受聘为 (a chain `ORG? TITLE (、ORG? TITLE)*`), then those after 拟任
    /// (proposed); 曾任 (former) ones are a career's (`CareerPosts`). So does an appointment or an
    /// election, with the post after 为
    /// (`任命某某为市教育局局长`, `增补某某为县政协委员`, `选举甲为主委，乙、丙为副主委`), and a removal
    /// with the post after 的 (`免去某某的市财政局局长职务`: the post held until then, as annotators read it).
    func currentPosts(_ mentions: [Mention], text: ScalarText) -> [HoldsRelation] {
        var out: [HoldsRelation] = []
        // Where the next person is written, for each mention (found walking back once).
        var nextPerson = [Int](repeating: text.count, count: mentions.count)
        var following = text.count
        for i in mentions.indices.reversed() {
            nextPerson[i] = following
            if mentions[i].kind == .person { following = mentions[i].span.start }
        }
        // The body of the last post given after 为, and where its sentence ends: `选举甲为某会主委，
        // 乙、丙为副主委` gives 乙 and 丙 the posts of that body.
        var electedBody: (org: Mention, sentenceEnd: Int)? = nil
        for (i, person) in mentions.enumerated() where person.kind == .person {
            // 现任 or 当选 in the rest of the person's sentence, after the persons listed with it
            // (`甲、乙、丙当选为副主任`).
            // Each may have its own posts before it (`甲公司总经理乙、丙公司董事长丁当选副会长`).
            var last = i
            while mentions[last].span.end < text.count, text[mentions[last].span.end] == "、" {
                var next = last + 1
                var at = mentions[last].span.end + 1
                while next < mentions.count, mentions[next].span.start == at, mentions[next].kind == .organization || mentions[next].kind == .title {
                    at = mentions[next].span.end
                    next += 1
                }
                guard next < mentions.count, mentions[next].kind == .person, mentions[next].span.start == at else { break }
                last = next
            }
            let sentenceEnd = HoldsExtractor.sentenceEnd(text, from: mentions[last].span.end, before: nextPerson[last])
            var end: Int
            var sameBody: Mention? = nil
            var appointed = HoldsExtractor.isAppointed(person, text)
            // A leaders' page lists the posts of several bodies apart by commas (`县委常委，县人民政府副县长`).
            var listedBelow = false
            if let cue = HoldsExtractor.currentCues.first(in: TextSpan(mentions[last].span.end, sentenceEnd), of: text) {
                // `某某表示，祝贺您（阁下）当选…`: the one addressed was elected, not the person (我 or 他
                // may well be the person, in reported speech).
                if (person.span.end..<cue.start).contains(where: { HoldsExtractor.addressee.contains(text[$0]) }) { continue }
                end = cue.start + HoldsExtractor.currentCues.length(of: cue.word)
                // `甲当选村委会主任，乙、丙当选副主任`: an election's posts of no body are the body's before.
                if cue.word != 0 {  // not 现任, the first cue listed
                    appointed = true
                    if let body = electedBody, person.span.start < body.sentenceEnd { sameBody = body.org }
                    sameBody = sameBody ?? HoldsExtractor.electingBody(before: i, mentions, text)
                }
            } else if appointed, let post = HoldsExtractor.postAfter(i, mentions, text) ?? HoldsExtractor.postLeft(person, text) {
                end = post
                if let body = electedBody, person.span.start < body.sentenceEnd { sameBody = body.org }
            } else if let row = HoldsExtractor.rowPosts(person, text) {
                end = row
            } else if person.rule == HoldsExtractor.nameAbovePostsRule, person.span.end < text.count, text[person.span.end] == "\n" {
                end = person.span.end + 1
                listedBelow = true
            } else {
                continue
            }
            /// The chain of posts written from `start` on; where it ends.
            func posts(from start: Int) -> Int {
                var org: Mention? = nil
                var end = start
                for m in mentions[(i + 1)...] where m.span.start >= end {
                    // (`受聘为某大学某学院（以下简称“某院”）名誉院长`: a definition between the body and its post.)
                    let defined = org != nil && m.kind == .title && HoldsExtractor.isDefinition(text.string(end, m.span.start))
                    let gap = HoldsExtractor.gap(text, end, m.span.start)
                    guard gap == .none || gap == .listComma || defined || listedBelow && gap == .comma else { break }
                    if m.kind == .organization {
                        org = m
                        if appointed { electedBody = (m, HoldsExtractor.sentenceEnd(text, from: m.span.end)) }
                    } else if m.kind == .title {
                        out.append(relation(person: person, title: m, org: org ?? sameBody, governments: []))
                    } else {
                        break
                    }
                    end = m.span.end
                }
                return end
            }
            end = posts(from: end)
            // `现任某镇镇长，拟任某局局长`: the proposed posts of a notice before appointment are the
            // person's too, as annotators read them (a post written `局长人选` says it is proposed);
            // so are those held besides (`某某任市林业局副局长，兼任市林科所所长`).
            if end < sentenceEnd, let further = HoldsExtractor.furtherCues.first(in: TextSpan(end, sentenceEnd), of: text),
                HoldsExtractor.gap(text, end, further.start) == .comma
            {
                _ = posts(from: further.start + HoldsExtractor.furtherCues.length(of: further.word))
            }
        }
        return out
    }

    /// `全国人大常委会副委员长甲…。委员长乙和副委员长甲出席`: a post written again with no body is the
    /// post the page gave the person with one, not a second post of no body.
    static func withoutBodilessRepeats(_ relations: [HoldsRelation]) -> [HoldsRelation] {
        guard relations.contains(where: { $0.organization == nil }) else { return relations }
        let withBody = Set(relations.filter { $0.organization != nil }.map { [$0.person.text, $0.title.text] })
        return relations.filter { $0.organization != nil || !withBody.contains([$0.person.text, $0.title.text]) }
    }

    /// Where the sentence (or clause after `；`, or line) going on at `from` ends, at `limit` at the latest.
    static func sentenceEnd(_ text: ScalarText, from: Int, before limit: Int? = nil) -> Int {
        let limit = limit ?? text.count
        var end = from
        while end < limit, text[end] != "。", text[end] != "；", text[end] != "\n" { end += 1 }
        return end
    }

    /// Where a relation's person and title are written.
    struct Placement: Hashable {
        var person: Int
        var title: Int
        init(_ r: HoldsRelation) { (person, title) = (r.person.span.start, r.title.span.start) }
    }

    /// 现任 (now holds) in a biography, 当选 (is elected) in an election's report (`某某当选村民委员会主任`,
    /// `当选为市律师协会会长`; of cues at one place, the first listed is taken).
    static let currentCues = WordSearch(["现任", "当选为", "当选", "受聘为", "被聘为", "受聘担任"])
    static let furtherCues = WordSearch(["拟任", "拟提名为", "拟推荐为", "兼任"])
    /// The second-person pronouns: a cue after one was said of someone else.
    static let addressee: Set<Unicode.Scalar> = ["您", "你", "阁"]

    /// The rules of persons named by a personnel decision or an election's result, before 为 and
    /// the post (`Rules/zh/person.rules`).
    static let appointmentRules: Set<String> = ["person.appointment", "person.before-post", "person.listed-appointment"]

    /// The rule of a leaders' page's name, alone on its line above the line of its posts.
    static let nameAbovePostsRule = "person.alone-under-post"

    /// The verbs of a personnel decision written right before the person it names (`增补某·某为委员`,
    /// where a ·-name's own rule found the person).
    static let appointmentVerbs = WordSearch(["任命", "提名", "聘任", "推选", "增补", "选举"])

    /// Whether `person` is named by a personnel decision or an election's result: by the rules that
    /// read those, right after one of their verbs, or opening a notice's line before 任 or 为
    /// (`某·某任…局长；`, where a ·-name's own rule found the person).
    static func isAppointed(_ person: Mention, _ text: ScalarText) -> Bool {
        appointmentRules.contains(person.rule) || appointmentVerbs.ends(at: person.span.start, of: text)
            || opensLine(person, text) && person.span.end < text.count && (text[person.span.end] == "任" || text[person.span.end] == "为")
    }

    static func opensLine(_ m: Mention, _ text: ScalarText) -> Bool {
        m.span.start == 0 || text[m.span.start - 1] == "\n"
    }

    /// The body whose leaders an election's result lists after a colon: `选举产生了某协会新一届领导
    /// 班子：甲当选会长，乙当选副会长`, `…某校友会第一届理事会和领导班子：…`.
    static func electingBody(before i: Int, _ mentions: [Mention], _ text: ScalarText) -> Mention? {
        let start = mentions[i].span.start
        guard let org = mentions[..<i].last(where: { $0.kind == .organization }), org.span.end < start,
            start - org.span.end <= 40
        else { return nil }
        let between = text.string(org.span.end, start)
        guard !between.unicodeScalars.contains("\n"), between.unicodeScalars.contains("："),
            electedGroups.contains(where: { between.contains($0) })
        else { return nil }
        return org
    }

    /// What an election fills, written right after its body (`某协会新一届领导班子`).
    static let electedGroups = ["届", "新一任", "领导班子"]

    /// Where the post left starts in a removal, after the person and 的 (`免去某某的…职务`).
    static func postLeft(_ person: Mention, _ text: ScalarText) -> Int? {
        guard person.span.end < text.count, text[person.span.end] == "的", removalVerbs.ends(at: person.span.start, of: text) else { return nil }
        return person.span.end + 1
    }

    static let removalVerbs = WordSearch(["免去", "免除"])

    /// Where the post starts after `mentions[i]` (a person) and 为, past the other persons listed
    /// with it (`选举甲为主委，乙、丙为副主委`: 乙's post is written after 丙).
    static func postAfter(_ i: Int, _ mentions: [Mention], _ text: ScalarText) -> Int? {
        var end = mentions[i].span.end
        var j = i + 1
        while end < text.count, text[end] == "、", j < mentions.count, mentions[j].kind == .person, mentions[j].span.start == end + 1 {
            end = mentions[j].span.end
            j += 1
        }
        // (`某某任市教育局副局长；`: a notice's line of appointment.)
        return end < text.count && (text[end] == "为" || text[end] == "任") ? end + 1 : nil
    }

    /// Where the posts start in a list's row that opens with the person, then (optionally) a
    /// parenthesis of sex or ethnic group, then spaces: `某某（女）　某县税务局办税服务厅主任`.
    static func rowPosts(_ person: Mention, _ text: ScalarText) -> Int? {
        guard opensLine(person, text) else { return nil }
        var at = person.span.end
        if at < text.count, text[at] == "（" || text[at] == "(" {
            let limit = min(text.count, at + 12)
            while at < limit, text[at] != "）" && text[at] != ")" { at += 1 }
            guard at < limit else { return nil }
            at += 1
        }
        let padded = at
        while at < text.count, text[at] == " " || text[at] == "　" { at += 1 }
        return at > padded ? at : nil
    }

    /// A school's head posts: written with no body, they are the school's the article names
    /// (`校长某某作…讲话` in a school's news), as `市长` is the city government's.
    static let schoolHeadPosts: WordSet = ["校长", "副校长", "常务副校长", "执行校长"]
    static let schoolEndings = ["学校", "大学", "学院", "中学", "小学"]

    /// The one school the text names (by its kind's ending), if it names exactly one.
    static func theSchool(_ mentions: [Mention]) -> Mention? {
        // (The ending first: counting characters is the slower test.)
        let schools = mentions.filter { m in m.kind == .organization && schoolEndings.contains(where: m.text.hasUTF8Suffix) && m.text.count >= 4 }
        guard let school = schools.first else { return nil }
        return schools.allSatisfy { $0.text == school.text } ? school : nil
    }

    func relation(
        person: Mention, title: Mention, org: Mention?, governments: [Mention], implied: [Mention?] = [], school: Mention? = nil,
        writtenPlace: String? = nil
    ) -> HoldsRelation {
        if org == nil, let school, HoldsExtractor.schoolHeadPosts.contains(title.text) {
            return HoldsRelation(person: person, title: title, organization: school, rule: "holds.school-head")
        }
        // `中共中央总书记、国家主席某某`: not 中共中央's post.
        if statePostPrefixes.contains(where: { title.text.hasUTF8Prefix($0) })
            || statePostSuffixes.contains(where: { title.text.hasUTF8Suffix($0) })
        {
            return HoldsRelation(person: person, title: title, organization: nil, rule: "holds.state-post")
        }
        if chiefPostSuffixes.contains(where: { title.text.hasUTF8Suffix($0) }) {
            return HoldsRelation(person: person, title: title, organization: nil, rule: "holds.chief-post")
        }
        if let k = impliedBodies.firstIndex(where: { title.text.hasUTF8Suffix($0.post) }) {
            return HoldsRelation(person: person, title: title, organization: k < implied.count ? implied[k] : nil, rule: "holds.implied-body")
        }
        if let org, ownBodyTitles.isPolitical(org.text), ownBodyTitles.namesAnotherBody(title.text) {
            return HoldsRelation(person: person, title: title, organization: nil, rule: "holds.own-body")
        }
        guard let post = governmentPosts.first(where: { title.text.hasUTF8Suffix($0) }) else {
            return HoldsRelation(person: person, title: title, organization: org, rule: "holds.chain")
        }
        if let org, isGovernment(org.text) {
            return HoldsRelation(person: person, title: title, organization: org, rule: "holds.chain")
        }
        // `市长` belongs to a `…市政府`/`…市人民政府` the document names; after a party committee
        // of a named place (`四川省委副书记、省长`) or the place itself (`苏州市副市长`), not to another
        // named place's (`市政府` may be its).
        // A head named by its division's character (`市长`, `盟长`) is that level's government's.
        let levels = HoldsExtractor.postLevels[post] ?? [String(post.prefix(1))]
        let place = org.flatMap { HoldsExtractor.place(of: $0.text) } ?? writtenPlace
        let body = governments.first { g in
            (place == nil || HoldsExtractor.place(of: g.text) == nil || g.text.hasUTF8Prefix(place!))
                && levels.contains { level in
                    governmentBodies.contains { g.text.hasUTF8Suffix(level + $0) || g.text.hasUTF8Suffix(level + "人民" + $0) }
                }
        }
        return HoldsRelation(person: person, title: title, organization: body, rule: "holds.government-post")
    }

    /// The levels of the government posts not named by their division's character: a special
    /// administrative region's head is its government's (`香港特区政府`, `澳门特别行政区政府`).
    static let postLevels: [String: [String]] = ["行政长官": ["特区", "特别行政区"]]

    /// The place a body's name opens with, through its division's suffix (`四川省委` → 四川省,
    /// `中共赣州市委` → 赣州市); nil when the name opens with the suffix (`市委`).
    static func place(of name: String) -> String? {
        let scalars = Array((name.hasUTF8Prefix("中共") ? String(name.unicodeScalars.dropFirst(2)) : name).unicodeScalars)
        guard let end = scalars.indices.dropFirst().first(where: { divisionSuffixes.contains(scalars[$0]) }) else { return nil }
        return String(String.UnicodeScalarView(scalars[...end]))
    }

    static let divisionSuffixes: Set<Unicode.Scalar> = ["省", "市", "县", "区", "州", "旗"]

    /// Whether `gap` is a short form's definition (`（以下简称“甲集团”）`, `（下称“甲集团”）`) or its end after the short form.
    static func isDefinition(_ gap: String) -> Bool {
        ["”）", "\"）", "\")", "”)"].contains(gap)
            || (gap.hasPrefix("（") && gap.hasSuffix("）") && (gap.contains("简称") || gap.contains("下称")) && gap.count <= 24)
    }

    func isGovernment(_ name: String) -> Bool { governmentBodies.contains { name.hasUTF8Suffix($0) } }

    /// What stands between two mentions (spaces aside): nothing, `、` (or `兼`), `，`, or anything else.
    enum Gap { case none, listComma, comma, other }

    static func gap(_ text: ScalarText, _ from: Int, _ to: Int) -> Gap {
        var found: Unicode.Scalar? = nil
        var i = from
        while i < to {
            let c = text[i]
            i += 1
            if c == " " || c == "\u{3000}" || c == "\t" { continue }
            if found != nil { return .other }
            found = c
        }
        switch found {
        case nil: return .none
        case "、", "兼": return .listComma  // `国务委员兼外交部长`: two titles of one person
        case "，", ",": return .comma
        default: return .other
        }
    }
}
