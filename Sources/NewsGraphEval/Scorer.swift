import NewsGraphCore

/// Scores system documents against gold documents by the rules of annotation-guidelines §2–5.
///
/// Per document:
/// 1. **Entities** (Person, Title, Organization, Location), as document-level sets. A system entity
///    *hits* a gold entity when one of its names (name or alias) equals the gold name or a gold alias
///    (whitespace ignored: `黄 涛` = `黄涛`). Hits are turned into a one-to-one alignment by a maximum
///    bipartite matching. An aligned pair is a tp; a system entity that hits only gold entities already
///    taken is a *fragment* (reported, neither tp nor fp); one that hits nothing is an fp; an unaligned
///    gold entity is an fn.
/// 2. **Relations** are compared as sets of keys in which every entity is replaced by a gold entity.
///    The person of a `holds` triple goes through the Person alignment (fragments included, so a
///    fragmented person's correct relations still count); the other ends (organizations, locations,
///    attendees, authors) match any gold entity one of their names or aliases hits, the aligned one
///    preferred. An end no gold entity covers compares by text. Titles and roles compare as exact
///    strings; an empty organization only matches an empty organization. System items and gold keys
///    are paired one-to-one (maximum matching); a second item on a found key is a fragment.
/// 3. **Events** are aligned one-to-one: first by shared attendees, then by label overlap.
/// 4. **Articles** are aligned one-to-one: first by equal headline, then by shared authors.
///
/// Counts are summed over documents (micro-averaging).
public struct Scorer: Sendable {
    public struct Options: Sendable {
        /// Trigger nouns of gold event labels: the longest suffix of a gold label found in this list is
        /// its trigger noun (`安全生产知识竞赛` → `知识竞赛` or `竞赛`).
        public var triggerNouns: [String]
        /// Label overlap aligns two events only when one of them has no named attendees (the
        /// guidelines' reading: "for events without named attendees, when the labels overlap").
        /// `false` lets any pair left over after attendee alignment align by label.
        public var labelFallbackRequiresNoAttendees: Bool

        public init(
            triggerNouns: [String] = Options.defaultTriggerNouns, labelFallbackRequiresNoAttendees: Bool = true
        ) {
            self.triggerNouns = triggerNouns
            self.labelFallbackRequiresNoAttendees = labelFallbackRequiresNoAttendees
        }

        /// Event nouns of the guidelines (§2 "Event") and the dev corpus's labels. Generic words
        /// (`活动`, `会`) are left out on purpose: they would align unrelated events.
        public static let defaultTriggerNouns: [String] = [
            "联席会议", "常务会议", "座谈会", "评审会", "培训会", "培训班", "培训", "知识竞赛", "竞赛", "比赛",
            "大赛", "答题活动", "答题", "调研", "慰问", "视察", "考察", "走访", "检查", "会议", "大会", "全会",
            "论坛", "研讨会", "推进会", "部署会", "交流会", "表彰会", "报告会", "发布会", "见面会", "首发式",
            "开幕式", "闭幕式", "启动仪式", "仪式", "典礼", "义诊", "会见", "会谈", "通话", "审议", "记者会",
            "答记者问",
        ]
    }

    public var options: Options

    public init(options: Options = Options()) { self.options = options }

    /// Scores one document.
    public func score(gold: GoldDocument, system: SystemDocument) -> EvalReport {
        var s = DocumentScoring(gold: gold, system: system, options: options)
        s.run()
        return EvalReport(counts: s.counts, items: s.items, documents: [gold.doc])
    }

    /// Scores several documents, micro-averaged.
    public func score(_ documents: [(gold: GoldDocument, system: SystemDocument)]) -> EvalReport {
        documents.reduce(EvalReport()) { $0.merging(score(gold: $1.gold, system: $1.system)) }
    }

    /// Scores every gold document against its part of `graph` (nodes and edges whose provenance names
    /// the document `GoldDocument.documentName`).
    public func score(gold: [GoldDocument], graph: Graph) -> EvalReport {
        score(gold.map { ($0, SystemDocument(graph: graph, document: $0.documentName)) })
    }

    /// Names compare without whitespace (`黄 涛` is `黄涛`, §5).
    static func normalize(_ name: String) -> String { NodeID.normalizedKey(name) }

    /// The gold trigger noun of a label: its longest suffix in `nouns`.
    public static func triggerNoun(of label: String, in nouns: [String]) -> String? {
        nouns.filter { !$0.isEmpty && label.hasSuffix($0) }.max { $0.count < $1.count }
    }
}

/// A relation end: a gold entity (by type and index) or, for what no gold entity covers, a text.
enum Ref: Hashable {
    case gold(EntityType, Int)
    case text(String)
    /// A system item with no gold counterpart (an unaligned event or article): never equal to a gold key.
    case system(NodeID)
}

struct DocumentScoring {
    let gold: GoldDocument
    let system: SystemDocument
    let options: Scorer.Options
    var counts: [EvalReport.Row: EvalReport.Counts] = [:]
    var items: [EvalReport.Item] = []
    /// System entity → the gold entity it is aligned to, fragments included.
    var alignment: [EntityType: [NodeID: Int]] = [:]
    /// System entity → every gold entity it hits by name or alias, best first.
    var hitsOf: [EntityType: [NodeID: [Int]]] = [:]
    var systemByID: [NodeID: SystemDocument.Entity] = [:]

    init(gold: GoldDocument, system: SystemDocument, options: Scorer.Options) {
        self.gold = gold
        self.system = system
        self.options = options
        for list in system.entities.values { for e in list { systemByID[e.id] = e } }
        for e in system.relationEnds { systemByID[e.id] = e }
    }

    var doc: String { gold.doc }

    mutating func run() {
        for type in EntityType.allCases { alignEntities(type) }
        scoreHolds()
        scoreEvents()
        scoreArticles()
    }

    mutating func add(_ row: EvalReport.Row, tp: Int = 0, fp: Int = 0, fn: Int = 0, fragments: Int = 0) {
        counts[row, default: .init()] =
            counts[row, default: .init()] + .init(tp: tp, fp: fp, fn: fn, fragments: fragments)
    }

    // MARK: Entities

    mutating func alignEntities(_ type: EntityType) {
        let row = EvalReport.Row(type)
        let goldList = gold.entities(type)
        let systemList = system.entities(type)
        let goldNames = goldList.map { Set($0.names.map(Scorer.normalize)) }
        // Hits of each system entity, best first: same canonical name, then system name = a gold
        // alias, then alias = alias; ties by gold file order.
        var hits: [[Int]] = []
        var best: [Int] = []
        for s in systemList {
            let name = Scorer.normalize(s.name)
            let names = Set(s.names.map(Scorer.normalize))
            var ranked: [(rank: Int, index: Int)] = []
            for (j, g) in goldList.enumerated() where !goldNames[j].isDisjoint(with: names) {
                let rank = Scorer.normalize(g.name) == name ? 0 : goldNames[j].contains(name) ? 1 : 2
                ranked.append((rank, j))
            }
            ranked.sort { ($0.rank, $0.index) < ($1.rank, $1.index) }
            hits.append(ranked.map(\.index))
            best.append(ranked.first?.rank ?? 3)
        }
        // Maximum matching (Kuhn's augmenting paths); system entities with the best hits go first so
        // that exact-name pairs are kept when there is a choice.
        let order = systemList.indices.sorted { (best[$0], $0) < (best[$1], $1) }
        let matchOfGold = BipartiteMatching.maximum(left: order, edges: hits, rightCount: goldList.count)
        var matchOfSystem: [Int: Int] = [:]
        for (j, s) in matchOfGold.enumerated() { if let s { matchOfSystem[s] = j } }

        var aligned: [NodeID: Int] = [:]
        for (i, s) in systemList.enumerated() { hitsOf[type, default: [:]][s.id] = hits[i] }
        for (i, s) in systemList.enumerated() {
            if let j = matchOfSystem[i] {
                aligned[s.id] = j
                add(row, tp: 1)
            } else if let j = hits[i].first {
                aligned[s.id] = j
                add(row, fragments: 1)
                items.append(.init(kind: .fragment, row: row, document: doc, text: describe(s), rule: s.rule,
                                   gold: goldList[j].name))
            } else {
                add(row, fp: 1)
                items.append(.init(kind: .falsePositive, row: row, document: doc, text: describe(s), rule: s.rule))
            }
        }
        for (j, g) in goldList.enumerated() where matchOfGold[j] == nil {
            add(row, fn: 1)
            items.append(.init(kind: .miss, row: row, document: doc, text: g.name))
        }
        alignment[type] = aligned
    }

    func describe(_ e: SystemDocument.Entity) -> String {
        e.aliases.isEmpty ? e.name : e.name + " (" + e.aliases.joined(separator: ", ") + ")"
    }

    /// A gold string's key: the gold entity of `type` it names (canonical name first, then aliases), else
    /// its text.
    func goldRef(_ text: String, _ type: EntityType) -> Ref {
        let n = Scorer.normalize(text)
        if n.isEmpty { return .text("") }
        let list = gold.entities(type)
        if let j = list.firstIndex(where: { Scorer.normalize($0.name) == n }) { return .gold(type, j) }
        if let j = list.firstIndex(where: { $0.aliases.contains { Scorer.normalize($0) == n } }) {
            return .gold(type, j)
        }
        return .text(n)
    }

    /// A system node's key: the gold entity it is aligned to, else the first of its names that a gold
    /// relation writes as unresolved text (`goldTexts`), else its name.
    func systemRef(_ id: NodeID, _ type: EntityType, goldTexts: Set<String>) -> Ref {
        if let j = alignment[type]?[id] { return .gold(type, j) }
        guard let e = systemByID[id] else { return .system(id) }
        for name in e.names where goldTexts.contains(Scorer.normalize(name)) { return .text(Scorer.normalize(name)) }
        return .text(Scorer.normalize(e.name))
    }

    /// Every key a system node may stand for in a relation, by name or alias: the gold entity it is
    /// aligned to, the other gold entities it hits, then its names that a gold relation writes as
    /// unresolved text; its own name when there is none of these.
    func systemRefs(_ id: NodeID, _ type: EntityType, goldTexts: Set<String>) -> [Ref] {
        var refs: [Ref] = []
        if let j = alignment[type]?[id] { refs.append(.gold(type, j)) }
        for j in hitsOf[type]?[id] ?? [] where !refs.contains(.gold(type, j)) { refs.append(.gold(type, j)) }
        guard let e = systemByID[id] else { return refs.isEmpty ? [.system(id)] : refs }
        for name in e.names.map(Scorer.normalize) where goldTexts.contains(name) && !refs.contains(.text(name)) {
            refs.append(.text(name))
        }
        return refs.isEmpty ? [.text(Scorer.normalize(e.name))] : refs
    }

    func name(_ id: NodeID) -> String { systemByID[id]?.name ?? id.rawValue }

    static func texts(_ refs: [Ref]) -> Set<String> {
        Set(refs.compactMap { if case .text(let t) = $0 { t } else { nil } })
    }

    /// Scores a relation as sets of keys. Each system item lists the keys it may stand for (an end
    /// matched by name or alias can hit several gold entities), preferred first. Items and gold keys
    /// are paired one-to-one by a maximum matching; an unpaired item with a gold key is a fragment (a
    /// second system item on a matched gold item), one without is an fp.
    mutating func scoreSet<Key: Hashable>(
        _ row: EvalReport.Row, gold goldItems: [(key: Key, text: String)],
        system systemItems: [(keys: [Key], text: String, rule: String?)]
    ) {
        var goldText: [Key: String] = [:]
        var goldOrder: [Key] = []
        for g in goldItems where goldText[g.key] == nil {
            goldText[g.key] = g.text
            goldOrder.append(g.key)
        }
        // One-to-one by maximum matching, as for entities; items in order, candidates preferred first.
        let index = Dictionary(uniqueKeysWithValues: goldOrder.enumerated().map { ($1, $0) })
        let edges = systemItems.map { $0.keys.compactMap { index[$0] } }
        let matchOfGold = BipartiteMatching.maximum(
            left: Array(systemItems.indices), edges: edges, rightCount: goldOrder.count)
        var matched = Set<Int>()
        var found = Set<Key>()
        for (j, i) in matchOfGold.enumerated() {
            if let i {
                matched.insert(i)
                found.insert(goldOrder[j])
            }
        }
        for (i, s) in systemItems.enumerated() {
            if matched.contains(i) {
                add(row, tp: 1)
            } else if let j = edges[i].first {
                add(row, fragments: 1)
                items.append(.init(kind: .fragment, row: row, document: doc, text: s.text, rule: s.rule,
                                   gold: goldText[goldOrder[j]]))
            } else {
                add(row, fp: 1)
                items.append(.init(kind: .falsePositive, row: row, document: doc, text: s.text, rule: s.rule))
            }
        }
        for key in goldOrder where !found.contains(key) {
            add(row, fn: 1)
            items.append(.init(kind: .miss, row: row, document: doc, text: goldText[key]!))
        }
    }

    /// Collapses system items with the same keys and the same text (the same claim made twice by the
    /// graph) to one.
    static func unique<Key: Hashable>(_ list: [(keys: [Key], text: String, rule: String?)])
        -> [(keys: [Key], text: String, rule: String?)]
    {
        var seen: [[Key]: Set<String>] = [:]
        return list.filter { seen[$0.keys, default: []].insert($0.text).inserted }
    }

    // MARK: holds

    struct HoldsKey: Hashable {
        let person: Ref
        let title: String
        let org: Ref
    }

    mutating func scoreHolds() {
        let goldItems = gold.holds.map { h in
            (key: HoldsKey(
                person: goldRef(h.person, .person), title: h.title,
                org: h.org.isEmpty ? .text("") : goldRef(h.org, .organization)),
             text: "(\(h.person), \(h.title), \(h.org))")
        }
        let personTexts = Self.texts(goldItems.map(\.key.person))
        let orgTexts = Self.texts(goldItems.map(\.key.org)).subtracting([""])
        // The person through the Person alignment; the organization by name or alias.
        let systemItems = system.holds.map { h in
            let person = systemRef(h.person, .person, goldTexts: personTexts)
            let orgs = h.org.map { systemRefs($0, .organization, goldTexts: orgTexts) } ?? [.text("")]
            return (keys: orgs.map { HoldsKey(person: person, title: h.title, org: $0) },
                    text: "(\(name(h.person)), \(h.title), \(h.org.map(name) ?? ""))", rule: h.rule)
        }
        scoreSet(.holds, gold: goldItems, system: Self.unique(systemItems))
    }

    // MARK: Events

    struct PairKey: Hashable {
        let a: Ref
        let b: Ref
    }

    mutating func scoreEvents() {
        let goldEvents = gold.events
        let sysEvents = system.events
        let goldAttendees = goldEvents.map { Set($0.attendees.map { goldRef($0, .person) }) }
        let personTexts = Self.texts(goldAttendees.flatMap { $0 })
        let sysAttendees = sysEvents.map { e in
            Set(e.attendees.flatMap { systemRefs($0.entity, .person, goldTexts: personTexts) })
        }

        var goldOf: [Int: Int] = [:]  // system event → gold event
        var systemOf: [Int: Int] = [:]  // gold event → system event
        func assign(_ candidates: [(score: Int, gold: Int, system: Int)]) {
            for c in candidates.sorted(by: { ($1.score, $0.gold, $0.system) < ($0.score, $1.gold, $1.system) })
            where goldOf[c.system] == nil && systemOf[c.gold] == nil {
                goldOf[c.system] = c.gold
                systemOf[c.gold] = c.system
            }
        }
        // 1. Shared attendees: most shared first.
        var byAttendee: [(score: Int, gold: Int, system: Int)] = []
        for (i, _) in sysEvents.enumerated() {
            for (j, _) in goldEvents.enumerated() {
                let shared = sysAttendees[i].intersection(goldAttendees[j]).count
                if shared > 0 { byAttendee.append((shared, j, i)) }
            }
        }
        assign(byAttendee)
        // 2. Label overlap among what is left.
        var byLabel: [(score: Int, gold: Int, system: Int)] = []
        for (i, s) in sysEvents.enumerated() where goldOf[i] == nil {
            for (j, g) in goldEvents.enumerated() where systemOf[j] == nil {
                if options.labelFallbackRequiresNoAttendees && !g.attendees.isEmpty && !s.attendees.isEmpty {
                    continue
                }
                let score = labelOverlap(system: s, gold: g)
                if score > 0 { byLabel.append((score, j, i)) }
            }
        }
        assign(byLabel)

        for (i, s) in sysEvents.enumerated() {
            if goldOf[i] != nil {
                add(.event, tp: 1)
            } else {
                add(.event, fp: 1)
                items.append(.init(kind: .falsePositive, row: .event, document: doc, text: s.label, rule: s.rule))
            }
        }
        for (j, g) in goldEvents.enumerated() where systemOf[j] == nil {
            add(.event, fn: 1)
            items.append(.init(kind: .miss, row: .event, document: doc, text: g.label))
        }

        // Relations over aligned events; an unaligned event's relations cannot match.
        let goldEventRef = goldEvents.indices.map { Ref.text("event#\($0)") }
        let sysEventRef = sysEvents.indices.map { i in goldOf[i].map { goldEventRef[$0] } ?? .system(sysEvents[i].id) }

        // attended
        var goldAttended: [(key: PairKey, text: String)] = []
        for (j, g) in goldEvents.enumerated() {
            for a in g.attendees {
                goldAttended.append((PairKey(a: goldRef(a, .person), b: goldEventRef[j]), "(\(a), \(g.label))"))
            }
        }
        var sysAttended: [(keys: [PairKey], text: String, rule: String?)] = []
        for (i, s) in sysEvents.enumerated() {
            for a in s.attendees {
                sysAttended.append((
                    systemRefs(a.entity, .person, goldTexts: personTexts).map { PairKey(a: $0, b: sysEventRef[i]) },
                    "(\(name(a.entity)), \(s.label))", a.rule ?? s.rule))
            }
        }
        scoreSet(.attended, gold: goldAttended, system: Self.unique(sysAttended))

        // organized
        var goldOrganized: [(key: PairKey, text: String)] = []
        for (j, g) in goldEvents.enumerated() {
            for o in g.organizers {
                goldOrganized.append((PairKey(a: goldRef(o, .organization), b: goldEventRef[j]), "(\(o), \(g.label))"))
            }
        }
        let orgTexts = Self.texts(goldOrganized.map(\.key.a))
        var sysOrganized: [(keys: [PairKey], text: String, rule: String?)] = []
        for (i, s) in sysEvents.enumerated() {
            for o in s.organizers {
                sysOrganized.append((
                    systemRefs(o.entity, .organization, goldTexts: orgTexts).map { PairKey(a: $0, b: sysEventRef[i]) },
                    "(\(name(o.entity)), \(s.label))", o.rule ?? s.rule))
            }
        }
        scoreSet(.organized, gold: goldOrganized, system: Self.unique(sysOrganized))

        // locatedIn
        var goldLocated: [(key: PairKey, text: String)] = []
        for (j, g) in goldEvents.enumerated() {
            for l in g.locations {
                goldLocated.append((PairKey(a: goldEventRef[j], b: goldRef(l, .location)), "(\(g.label), \(l))"))
            }
        }
        let locTexts = Self.texts(goldLocated.map(\.key.b))
        var sysLocated: [(keys: [PairKey], text: String, rule: String?)] = []
        for (i, s) in sysEvents.enumerated() {
            for l in s.locations {
                sysLocated.append((
                    systemRefs(l.entity, .location, goldTexts: locTexts).map { PairKey(a: sysEventRef[i], b: $0) },
                    "(\(s.label), \(name(l.entity)))", l.rule ?? s.rule))
            }
        }
        scoreSet(.locatedIn, gold: goldLocated, system: Self.unique(sysLocated))
    }

    /// How strongly two event labels overlap: 3 equal, 2 one contains the other, 1 one contains the
    /// other's trigger noun (the system event's `trigger`; the gold label's longest suffix in the
    /// trigger list), 0 none.
    func labelOverlap(system s: SystemDocument.Event, gold g: GoldDocument.Event) -> Int {
        let sl = Scorer.normalize(s.label), gl = Scorer.normalize(g.label)
        if sl.isEmpty || gl.isEmpty { return 0 }
        if sl == gl { return 3 }
        if sl.contains(gl) || gl.contains(sl) { return 2 }
        if let t = s.trigger.map(Scorer.normalize), !t.isEmpty, gl.contains(t) { return 1 }
        if let t = Scorer.triggerNoun(of: gl, in: options.triggerNouns), sl.contains(t) { return 1 }
        return 0
    }

    // MARK: Articles

    mutating func scoreArticles() {
        let goldArticles = gold.articles
        let sysArticles = system.articles
        let goldAuthors = goldArticles.map { Set($0.authors.map { goldRef($0.person, .person) }) }
        let personTexts = Self.texts(goldAuthors.flatMap { $0 })
        let sysAuthors = sysArticles.map { a in
            Set(a.authors.flatMap { systemRefs($0.person, .person, goldTexts: personTexts) })
        }
        let headline: (String?) -> String? = { $0.map(Scorer.normalize).flatMap { $0.isEmpty ? nil : $0 } }

        var goldOf: [Int: Int] = [:]
        var systemOf: [Int: Int] = [:]
        // 1. Equal headlines, in document order.
        for (j, g) in goldArticles.enumerated() {
            guard let gh = headline(g.headline) else { continue }
            if let i = sysArticles.indices.first(where: { goldOf[$0] == nil && headline(sysArticles[$0].headline) == gh }) {
                goldOf[i] = j
                systemOf[j] = i
            }
        }
        // 2. Shared authors, most first.
        var candidates: [(score: Int, gold: Int, system: Int)] = []
        for i in sysArticles.indices where goldOf[i] == nil {
            for j in goldArticles.indices where systemOf[j] == nil {
                let shared = sysAuthors[i].intersection(goldAuthors[j]).count
                if shared > 0 { candidates.append((shared, j, i)) }
            }
        }
        for c in candidates.sorted(by: { ($1.score, $0.gold, $0.system) < ($0.score, $1.gold, $1.system) })
        where goldOf[c.system] == nil && systemOf[c.gold] == nil {
            goldOf[c.system] = c.gold
            systemOf[c.gold] = c.system
        }

        // Headline: a gold headline is found when its aligned system article has the same headline.
        for (j, g) in goldArticles.enumerated() {
            guard let gh = headline(g.headline) else { continue }
            if let i = systemOf[j], headline(sysArticles[i].headline) == gh {
                add(.headline, tp: 1)
            } else {
                add(.headline, fn: 1)
                items.append(.init(kind: .miss, row: .headline, document: doc, text: g.headline!))
            }
        }
        for (i, s) in sysArticles.enumerated() {
            guard let sh = headline(s.headline) else { continue }
            if let j = goldOf[i], headline(goldArticles[j].headline) == sh { continue }
            add(.headline, fp: 1)
            items.append(.init(kind: .falsePositive, row: .headline, document: doc, text: s.headline!, rule: s.rule))
        }

        // Author: (article, person, role).
        struct AuthorKey: Hashable {
            let article: Ref
            let person: Ref
            let role: String
        }
        let goldArticleRef = goldArticles.indices.map { Ref.text("article#\($0)") }
        func articleName(_ j: Int) -> String { goldArticles[j].headline ?? "article \(j + 1)" }
        var goldItems: [(key: AuthorKey, text: String)] = []
        for (j, g) in goldArticles.enumerated() {
            for a in g.authors {
                goldItems.append((AuthorKey(article: goldArticleRef[j], person: goldRef(a.person, .person), role: a.role),
                                  "(\(articleName(j)), \(a.person), \(a.role))"))
            }
        }
        var sysItems: [(keys: [AuthorKey], text: String, rule: String?)] = []
        for (i, s) in sysArticles.enumerated() {
            let ref = goldOf[i].map { goldArticleRef[$0] } ?? .system(s.id)
            let title = s.headline ?? "article \(s.index == Int.max ? i + 1 : s.index)"
            for a in s.authors {
                sysItems.append((
                    systemRefs(a.person, .person, goldTexts: personTexts).map {
                        AuthorKey(article: ref, person: $0, role: a.role)
                    },
                    "(\(title), \(name(a.person)), \(a.role))", a.rule ?? s.rule))
            }
        }
        scoreSet(.author, gold: goldItems, system: Self.unique(sysItems))
    }
}

/// Maximum bipartite matching by augmenting paths (Kuhn). Deterministic: left vertices are tried in
/// the given order, each one's edges in list order.
enum BipartiteMatching {
    /// `edges[l]` lists the right vertices of left vertex `l`; returns, per right vertex, its left match.
    static func maximum(left order: [Int], edges: [[Int]], rightCount: Int) -> [Int?] {
        var matchOfRight = [Int?](repeating: nil, count: rightCount)
        func augment(_ l: Int, _ visited: inout [Bool]) -> Bool {
            for r in edges[l] where !visited[r] {
                visited[r] = true
                if matchOfRight[r] == nil || augment(matchOfRight[r]!, &visited) {
                    matchOfRight[r] = l
                    return true
                }
            }
            return false
        }
        for l in order {
            var visited = [Bool](repeating: false, count: rightCount)
            _ = augment(l, &visited)
        }
        return matchOfRight
    }
}
