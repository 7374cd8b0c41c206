import NewsGraphCore
import NewsGraphEval
import Testing

/// Hand-made gold and system graphs, one scoring rule per test (annotation-guidelines §2–5).
/// All names are invented.
@Suite struct ScorerTests {
    typealias E = GoldDocument.Entity
    let scorer = Scorer()

    func counts(_ r: EvalReport, _ row: EvalReport.Row) -> [Int] {
        let c = r[row]
        return [c.tp, c.fp, c.fn, c.fragments]
    }

    @Test func aliasHitCountsAsAHit() {
        let gold = GoldDocument(doc: "t1.txt", entities: [
            .organization: [E(name: "青溪市总工会", aliases: ["市总工会"])],
            .person: [E(name: "甄一鸣")],
        ])
        var b = GraphBuilder()
        b.entity(.organization, "市总工会")
        b.entity(.person, "甄一鸣")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .organization) == [1, 0, 0, 0])
        #expect(counts(r, .person) == [1, 0, 0, 0])
        #expect(r[.organization].f1 == 1)
    }

    @Test func aSecondSystemEntityOnAMatchedGoldEntityIsAFragment() {
        let gold = GoldDocument(doc: "t1.txt", entities: [
            .organization: [E(name: "青溪市总工会", aliases: ["市总工会"])]
        ])
        var b = GraphBuilder()
        b.entity(.organization, "青溪市总工会", rule: "org.full")
        b.entity(.organization, "市总工会", rule: "org.short")
        b.entity(.organization, "白沙镇文化站", rule: "org.station")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .organization) == [1, 1, 0, 1])  // fragment: neither hit nor fp
        #expect(r[.organization].precision == 0.5)
        let fragment = r.fragments.first
        #expect(fragment?.text == "市总工会")
        #expect(fragment?.gold == "青溪市总工会")
        #expect(fragment?.rule == "org.short")  // the exact name is the one kept as the hit
        #expect(r.falsePositives.map(\.rule) == ["org.station"])
    }

    @Test func matchingIsOneToOneAndMaximum() {
        // Both system entities hit gold 柯川 by their name; only the first also hits 柯小川 (by alias).
        // A greedy pass in id order gives 柯川 to the first and leaves the second a fragment; the
        // maximum matching moves the first to 柯小川 and finds two hits.
        let gold = GoldDocument(doc: "t1.txt", entities: [
            .person: [E(name: "柯川"), E(name: "柯小川")]
        ])
        var b = GraphBuilder()
        b.entity(.person, "柯川", aliases: ["柯小川"], id: "a")
        b.entity(.person, "柯川", id: "b")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .person) == [2, 0, 0, 0])
        #expect(r.items.isEmpty)
    }

    @Test func spacedNameIsThePerson() {
        let gold = GoldDocument(
            doc: "t1.txt", articles: [.init(headline: "白沙镇举办技能比武", authors: [.init(person: "骆青禾", role: "记者")])],
            entities: [.person: [E(name: "骆青禾", aliases: ["骆 青禾"])]])
        var b = GraphBuilder()
        let p = b.entity(.person, "骆 青禾")  // the id drops the space; the name keeps it
        let a = b.article(1, headline: "白沙镇举办技能比武")
        b.edge(.author, a, p, qualifier: "记者")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .person) == [1, 0, 0, 0])
        #expect(counts(r, .author) == [1, 0, 0, 0])

        // Also when the gold lists only the unspaced form.
        let plain = GoldDocument(doc: "t1.txt", entities: [.person: [E(name: "骆青禾")]])
        #expect(counts(scorer.score(gold: plain, system: b.system), .person) == [1, 0, 0, 0])
    }

    @Test func holdsOrgMatchesByAliasOfTheGoldOrganization() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [
                .person: [E(name: "苏明远"), E(name: "甄一鸣")],
                .organization: [E(name: "青溪市总工会", aliases: ["市总工会"])],
            ],
            holds: [
                .init(person: "苏明远", title: "主席", org: "青溪市总工会"),
                .init(person: "甄一鸣", title: "副主席", org: "市总工会"),  // gold written with the alias
            ])
        var b = GraphBuilder()
        let su = b.entity(.person, "苏明远"), zhen = b.entity(.person, "甄一鸣")
        let short = b.entity(.organization, "市总工会")
        b.holds(su, "主席", short)
        let full = b.entity(.organization, "青溪市总工会")
        b.holds(zhen, "副主席", full)
        b.holds(zhen, "主任", full, rule: "holds.wrong-title")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .holds) == [2, 1, 0, 0])
        #expect(r.falsePositives.first { $0.row == .holds }?.rule == "holds.wrong-title")
        #expect(r.falsePositives.first { $0.row == .holds }?.text == "(甄一鸣, 主任, 青溪市总工会)")
    }

    @Test func emptyOrgOnlyMatchesEmptyOrg() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [
                .person: [E(name: "柯小川"), E(name: "骆青禾")],
                .organization: [E(name: "白沙镇政府")],
                .location: [E(name: "白沙镇")],
            ],
            holds: [
                .init(person: "柯小川", title: "副镇长", org: ""),
                .init(person: "骆青禾", title: "镇长", org: "白沙镇政府"),
            ])
        var b = GraphBuilder()
        let ke = b.entity(.person, "柯小川"), luo = b.entity(.person, "骆青禾")
        b.title(ke, "副镇长")  // hasTitle, organization "": matches the empty org
        b.title(luo, "镇长", rule: "title.no-org")  // empty org where the gold names one: miss + fp
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .holds) == [1, 1, 1, 0])
        #expect(r.misses.first { $0.row == .holds }?.text == "(骆青禾, 镇长, 白沙镇政府)")
        #expect(r.falsePositives.first { $0.row == .holds }?.rule == "title.no-org")

        // An organization where the gold has none is wrong too; a hasTitle with an organization is
        // the twin of a holds edge and is not counted again.
        var c = GraphBuilder()
        let ke2 = c.entity(.person, "柯小川"), luo2 = c.entity(.person, "骆青禾")
        c.holds(ke2, "副镇长", c.entity(.organization, "白沙镇政府"))
        c.holds(luo2, "镇长", c.entity(.organization, "白沙镇政府"))
        let r2 = scorer.score(gold: gold, system: c.system)
        #expect(counts(r2, .holds) == [1, 1, 1, 0])
    }

    /// Two gold events; the system event whose label equals the second one shares an attendee with
    /// the first, so it aligns with the first.
    @Test func eventsAlignByAttendeeBeforeLabel() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [.person: [E(name: "甄一鸣"), E(name: "苏明远")]],
            events: [
                .init(label: "白沙镇职工技能竞赛", attendees: ["甄一鸣"]),
                .init(label: "青溪市职工座谈会", attendees: ["苏明远"]),
            ])
        var b = GraphBuilder()
        let zhen = b.entity(.person, "甄一鸣"), su = b.entity(.person, "苏明远")
        let e1 = b.event("青溪市职工座谈会", trigger: "座谈会", key: "1")
        b.edge(.attended, zhen, e1, qualifier: "participant")
        let e2 = b.event("座谈会", trigger: "座谈会", key: "2")
        b.edge(.attended, su, e2, qualifier: "participant")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .event) == [2, 0, 0, 0])
        // If e1 had aligned by label, 甄一鸣's attendance would be on the wrong event.
        #expect(counts(r, .attended) == [2, 0, 0, 0])
    }

    @Test func eventsWithoutAttendeesAlignByLabel() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [
                .organization: [E(name: "青溪市总工会", aliases: ["市总工会"])],
                .location: [E(name: "白沙镇")],
            ],
            events: [
                .init(label: "安全生产知识竞赛", locations: ["白沙镇"], organizers: ["青溪市总工会"]),
                .init(label: "劳动争议调解员培训会", organizers: ["青溪市总工会"]),
                .init(label: "职工书画展"),
            ])
        var b = GraphBuilder()
        let org = b.entity(.organization, "市总工会")
        let loc = b.entity(.location, "白沙镇")
        // The system's trigger `竞赛` is inside the gold label.
        let contest = b.event("知识竞赛活动", trigger: "竞赛", key: "1")
        b.edge(.organized, org, contest)
        b.edge(.locatedIn, contest, loc)
        // The gold label's trigger noun `培训会` is inside the system label.
        let training = b.event("调解员业务培训会", trigger: "", key: "2")
        b.edge(.organized, org, training)
        // No overlap with anything left.
        let other = b.event("义诊", trigger: "义诊", key: "3", rule: "event.clinic")
        b.edge(.locatedIn, other, loc, rule: "event.clinic.place")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .event) == [2, 1, 1, 0])
        #expect(r.misses.first { $0.row == .event }?.text == "职工书画展")
        #expect(r.falsePositives.first { $0.row == .event }?.rule == "event.clinic")
        #expect(counts(r, .organized) == [2, 0, 0, 0])  // organizer by alias, over aligned events
        #expect(counts(r, .locatedIn) == [1, 1, 0, 0])
        #expect(r.falsePositives.first { $0.row == .locatedIn }?.rule == "event.clinic.place")
    }

    /// Organizations and locations in relations match by any name or alias, not only through the
    /// one-to-one entity alignment: a node that wrongly merged two organizations is aligned to one of
    /// them, yet its `organized` edge still counts for the other.
    @Test func relationEndsMatchByAnyNameOrAlias() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [
                .person: [E(name: "甄一鸣")],
                .organization: [E(name: "青溪市总工会"), E(name: "白沙镇总工会", aliases: ["镇总工会"])],
            ],
            events: [.init(label: "职工技能竞赛", organizers: ["镇总工会"], attendees: ["甄一鸣"])])
        var b = GraphBuilder()
        let org = b.entity(.organization, "青溪市总工会", aliases: ["白沙镇总工会"])
        let e = b.event("职工技能竞赛", trigger: "竞赛")
        b.edge(.attended, b.entity(.person, "甄一鸣"), e)
        b.edge(.organized, org, e)
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .organization) == [1, 0, 1, 0])
        #expect(counts(r, .organized) == [1, 0, 0, 0])
    }

    @Test func labelFallbackNeedsAnEventWithoutAttendeesUnlessConfigured() {
        let gold = GoldDocument(
            doc: "t1.txt", entities: [.person: [E(name: "甄一鸣"), E(name: "苏明远")]],
            events: [.init(label: "青溪市职工座谈会", attendees: ["甄一鸣"])])
        var b = GraphBuilder()
        let e = b.event("职工座谈会", trigger: "座谈会")
        b.edge(.attended, b.entity(.person, "苏明远"), e)
        b.entity(.person, "甄一鸣")
        #expect(counts(scorer.score(gold: gold, system: b.system), .event) == [0, 1, 1, 0])
        let loose = Scorer(options: .init(labelFallbackRequiresNoAttendees: false))
        #expect(counts(loose.score(gold: gold, system: b.system), .event) == [1, 0, 0, 0])
    }

    @Test func headlinesAreScoredPerArticle() {
        let gold = GoldDocument(
            doc: "t1.txt",
            articles: [
                .init(headline: "青溪市总工会走访慰问一线职工", authors: [.init(person: "甄一鸣", role: "记者")]),
                .init(headline: "白沙镇举办安全生产知识竞赛", authors: [.init(person: "苏明远", role: "记者")]),
                .init(headline: nil, authors: [.init(person: "柯小川", role: "作者")]),
            ],
            entities: [.person: [E(name: "甄一鸣"), E(name: "苏明远"), E(name: "柯小川")]])
        var b = GraphBuilder()
        let zhen = b.entity(.person, "甄一鸣"), su = b.entity(.person, "苏明远"), ke = b.entity(.person, "柯小川")
        let a1 = b.article(1, headline: "青溪市总工会走访慰问一线职工")
        b.edge(.author, a1, zhen, qualifier: "记者")
        let a2 = b.article(2, headline: "白沙镇举办安全生产", rule: "layout.headline")  // cut short
        b.edge(.author, a2, su, qualifier: "记者")
        let a3 = b.article(3, headline: "网友留言", rule: "layout.headline.brief")  // the gold has none
        b.edge(.author, a3, ke, qualifier: "作者")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .headline) == [1, 2, 1, 0])
        #expect(r.misses.first { $0.row == .headline }?.text == "白沙镇举办安全生产知识竞赛")
        #expect(Set(r.falsePositives.filter { $0.row == .headline }.compactMap(\.rule))
                == ["layout.headline", "layout.headline.brief"])
        // Articles align by authors when headlines differ, so the authors are all right.
        #expect(counts(r, .author) == [3, 0, 0, 0])
    }

    @Test func wrongAuthorRoleIsAMissAndAFalsePositive() {
        let gold = GoldDocument(
            doc: "t1.txt",
            articles: [.init(headline: "白沙镇举办技能比武", authors: [
                .init(person: "甄一鸣", role: "记者"), .init(person: "苏明远", role: "摄影"),
            ])],
            entities: [.person: [E(name: "甄一鸣"), E(name: "苏明远")]])
        var b = GraphBuilder()
        let a = b.article(1, headline: "白沙镇举办技能比武")
        b.edge(.author, a, b.entity(.person, "甄一鸣"), qualifier: "记者")
        b.edge(.author, a, b.entity(.person, "苏明远"), qualifier: "通讯员", rule: "layout.byline")
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .author) == [1, 1, 1, 0])
        #expect(r.misses.first { $0.row == .author }?.text == "(白沙镇举办技能比武, 苏明远, 摄影)")
        let fp = r.falsePositives.first { $0.row == .author }
        #expect(fp?.text == "(白沙镇举办技能比武, 苏明远, 通讯员)")
        #expect(fp?.rule == "layout.byline")
    }

    @Test func fragmentedPersonKeepsItsRelations() {
        let gold = GoldDocument(
            doc: "t1.txt",
            entities: [.person: [E(name: "欧阳青禾", aliases: ["青禾"])], .organization: [E(name: "白沙镇政府")]],
            holds: [.init(person: "欧阳青禾", title: "镇长", org: "白沙镇政府")])
        var b = GraphBuilder()
        b.entity(.person, "欧阳青禾")
        let short = b.entity(.person, "青禾")
        b.holds(short, "镇长", b.entity(.organization, "白沙镇政府"))
        let r = scorer.score(gold: gold, system: b.system)
        #expect(counts(r, .person) == [1, 0, 0, 1])
        #expect(counts(r, .holds) == [1, 0, 0, 0])
    }

    @Test func scoresAreMicroAveragedOverDocuments() {
        let g1 = GoldDocument(doc: "t1.txt", entities: [.person: [E(name: "甄一鸣"), E(name: "苏明远")]])
        let g2 = GoldDocument(doc: "t2.txt", entities: [.person: [E(name: "柯小川")]])
        var b = GraphBuilder(document: "t1")
        b.entity(.person, "甄一鸣")
        var c = GraphBuilder(document: "t2")
        c.entity(.person, "柯小川")
        c.entity(.person, "骆青禾")
        var merged = b.graph
        merged.merge(c.graph)
        let r = scorer.score(gold: [g1, g2], graph: merged)
        #expect(counts(r, .person) == [2, 1, 1, 0])
        #expect(r.documents == ["t1.txt", "t2.txt"])
        #expect(r.misses.map(\.document) == ["t1.txt"])
        #expect(r.falsePositives.map(\.document) == ["t2.txt"])
    }

    @Test func emptyRowsScoreOne() {
        let r = scorer.score(gold: GoldDocument(doc: "t1.txt"), system: GraphBuilder().system)
        for row in EvalReport.Row.allCases { #expect(r[row].f1 == 1) }
    }
}
