// NewsGraphAssembly: a laid-out page, its extraction and its resolved names
// in, one document's `Graph` out. Every node and edge gets its provenance here.
import NewsGraphCore
import NewsGraphExtraction
import NewsGraphLayout
import NewsGraphResolution

/// Builds a document's graph.
///
/// Emits: Article nodes (`article:DOC#N`: headline, document, index) with
/// `author` edges to byline and credit Persons; a node per resolved entity
/// (aliases from resolution, provenance per mention); `holds` (Person →
/// Organization, per title) and `hasTitle` (Person → Title) edges; `partOf`
/// between places written as a chain; an Event per occasion an article reports
/// (`event:DOC#N`, then `event:DOC#N-2` …: label, date, startDate, trigger) with `attended` (role),
/// `organized` and `locatedIn` edges; `mentions` (Article → entity, count).
public struct GraphAssembler: Sendable {
    /// Rule id → `file:line`: provenance names a rule as `id@file:line` where it has a place.
    public var ruleSources: [String: String] {
        didSet { layoutRuleNames = GraphAssembler.layoutRules.map { ($0, ruleName($0)) } }
    }

    /// How provenance names the rules that the layout's articles and bylines cite, every page
    /// (`RuleNames` starts from these): looking them up for each page hashed their strings.
    private(set) var layoutRuleNames: [(rule: String, name: String)] = []
    static let layoutRules = ["layout.article", "layout.byline", "layout.byline-line", "layout.credit", "layout.byline-meta"]

    public init(ruleSources: [String: String] = [:]) {
        self.ruleSources = ruleSources
        layoutRuleNames = GraphAssembler.layoutRules.map { ($0, ruleName($0)) }
    }

    public func assemble(_ page: Page, _ extraction: Extraction, _ names: ResolvedNames) -> Graph {
        var graph = Graph()
        // An estimate: a mention or a byline is at most one node and one edge.
        let bylines = page.articles.reduce(0) { $0 + $1.authors.count }
        let mentions = extraction.mentions.count
        graph.reserveCapacity(
            nodes: page.articles.count + bylines + mentions, edges: bylines + mentions + 2 * extraction.holds.count)
        addArticles(page, into: &graph)
        var mentionCounts: [Edge.Key: (Int, [Provenance])] = [:]

        func node(_ m: Mention) -> NodeID {
            let name = names.name(of: m.kind, m.span) ?? m.text
            return NodeID(m.kind, name)
        }

        // A title is an entity only as a position someone holds (annotation-guidelines §2).
        let heldTitles = Set(extraction.holds.map(\.title.span))
        for m in extraction.mentions where m.kind != .event && (m.kind != .title || heldTitles.contains(m.span)) {
            let name = names.name(of: m.kind, m.span) ?? m.text
            let id = NodeID(m.kind, name)
            let p = provenance(page, m.span, rule: m.rule)
            let aliases = names.aliases[.init(m.kind, name)].map { Array($0) } ?? []
            graph.add(Node(id: id, kind: m.kind, name: name, aliases: aliases, provenance: [p]))
            if let article = article(of: m.span, in: page) {
                let key = Edge.Key(kind: .mentions, source: article, target: id, qualifier: "")
                let (n, ps) = mentionCounts[key] ?? (0, [])
                mentionCounts[key] = (n + 1, ps + [p])
            }
        }
        for (key, (count, ps)) in mentionCounts {
            graph.add(Edge(kind: .mentions, source: key.source, target: key.target, properties: ["count": .int(count)], provenance: ps))
        }

        for h in extraction.holds {
            let person = node(h.person)
            let title = h.title.text
            let span = TextSpan(min(h.person.span.start, h.title.span.start, h.organization?.span.start ?? .max), max(h.person.span.end, h.title.span.end))
            let p = provenance(page, span, rule: h.rule)
            let orgName = h.organization.map { names.name(of: .organization, $0.span) ?? $0.text } ?? ""
            if let o = h.organization {
                graph.add(Edge(kind: .holds, source: person, target: node(o), qualifier: title, properties: ["title": .string(title)], provenance: [p]))
            }
            graph.add(Edge(kind: .hasTitle, source: person, target: node(h.title), qualifier: orgName, properties: ["organization": .string(orgName)], provenance: [p]))
        }

        for event in extraction.events { addEvent(event, page, into: &graph, node: node) }

        // `西城区德胜街道`: places written one after the other form a chain; but a river or a lake
        // contains no division (`松花江吉林段`: the river's stretch at 吉林).
        let places = extraction.mentions.filter { $0.kind == .location }
        for (a, b) in zip(places, places.dropFirst()) where a.span.end == b.span.start && !EventExtractor.naturalFeatureRules.contains(a.rule) {
            let p = provenance(page, TextSpan(a.span.start, b.span.end), rule: "location.chain")
            graph.add(Edge(kind: .partOf, source: node(b), target: node(a), provenance: [p]))
        }
        return graph
    }

    func addEvent(_ event: EventRecord, _ page: Page, into graph: inout Graph, node: (Mention) -> NodeID) {
        // The article's first event keeps the article's id; later ones add their number.
        let id = NodeID(rawValue: "event:\(page.document)#\(event.article)" + (event.occurrence > 1 ? "-\(event.occurrence)" : ""))
        var props: [String: PropertyValue] = ["trigger": .string(event.trigger)]
        if let d = event.date { props["date"] = .string(d.text) }
        if let iso = event.isoDate { props["startDate"] = .string(iso) }
        graph.add(Node(id: id, kind: .event, name: event.label.text, properties: props, provenance: [provenance(page, event.label.span, rule: event.label.rule)]))
        if let article = page.articles.first(where: { $0.index == event.article }) {
            graph.add(Edge(kind: .mentions, source: articleID(page, article), target: id, properties: ["count": .int(1)], provenance: [provenance(page, event.label.span, rule: event.label.rule)]))
        }
        for a in event.attendees {
            graph.add(
                Edge(
                    kind: .attended, source: node(a.person), target: id, qualifier: a.role.rawValue,
                    properties: ["role": .string(a.role.rawValue)], provenance: [provenance(page, a.evidence, rule: a.rule)]))
        }
        // An organizer or place may be written only inside a longer name (`峪口镇总工会` → 峪口镇):
        // it still gets its node, so that no edge points at nothing; rule `event.in-name` says
        // the node stands for a relation's end, not for a mention of its own (no entity: §5).
        func ensured(_ m: Mention) -> NodeID {
            let n = node(m)
            if graph.node(n) == nil {
                graph.add(Node(id: n, kind: m.kind, name: m.text, provenance: [provenance(page, m.span, rule: Provenance.inNameRule)]))
            }
            return n
        }
        for o in event.organizers {
            graph.add(Edge(kind: .organized, source: ensured(o), target: id, provenance: [provenance(page, o.span, rule: "event.organizer")]))
        }
        for l in event.locations {
            graph.add(Edge(kind: .locatedIn, source: id, target: ensured(l), provenance: [provenance(page, l.span, rule: "event.location")]))
        }
    }

    func addArticles(_ page: Page, into graph: inout Graph) {
        var ruleNames = RuleNames(self)
        let idPrefix = articleIDPrefix(page)
        for article in page.articles {
            let id = NodeID(rawValue: idPrefix + String(article.index))
            // The provenance quotes the headline where there is one (each text is built once).
            let cited = provenance(page, article.headline ?? article.span, ruleName: ruleNames.name("layout.article"))
            let headline = article.headline == nil ? "" : cited.text
            let template = article.headline == nil ? PropertyTemplate.article : PropertyTemplate.headlinedArticle
            var props = template.properties
            props.values[template.positions[0]] = .string(page.document)
            props.values[template.positions[1]] = .int(article.index)
            if article.headline != nil { props.values[template.positions[2]] = .string(headline) }
            if let s = article.subheadline { props["subheadline"] = .string(page.text.string(s)) }
            graph.add(Node(id: id, kind: .article, name: headline, properties: props, provenance: [cited]))
            for byline in article.authors {
                let person = NodeID(.person, byline.name)
                // The mention is mostly the name as read: that string is shared, not made again.
                let p = provenance(page, byline.span, ruleName: ruleNames.name(byline.rule), text: byline.name)
                let written = p.text
                let cites = [p]  // one list for the Person and its author edge (copied on write)
                graph.add(
                    Node(id: person, kind: .person, name: byline.name, aliases: written == byline.name ? [] : [written], provenance: cites))
                guard let role = byline.role else { continue }  // an editor: a Person, no author
                graph.add(
                    Edge(
                        kind: .author, source: id, target: person, qualifier: role.rawValue,
                        properties: GraphAssembler.authorProperties(role), provenance: cites))
            }
        }
    }

    /// An author edge's properties (`role`): one dictionary per role, shared by every edge
    /// (copied on write), where one made and hashed for each edge cost more than the edge's id.
    static func authorProperties(_ role: AuthorRole) -> [String: PropertyValue] {
        switch role {
        case .reporter: roleProperties[0]
        case .correspondent: roleProperties[1]
        case .photographer: roleProperties[2]
        case .author: roleProperties[3]
        }
    }
    private static let roleProperties: [[String: PropertyValue]] =
        [AuthorRole.reporter, .correspondent, .photographer, .author].map { ["role": .string($0.rawValue)] }

    func articleID(_ page: Page, _ article: ArticleLayout) -> NodeID {
        NodeID(rawValue: articleIDPrefix(page) + String(article.index))
    }

    /// `article:DOC#`, the ids of a page's articles before their number: made once for all of
    /// them (interpolating each whole id cost more than the rest of its node).
    func articleIDPrefix(_ page: Page) -> String { "article:" + page.document + "#" }

    func article(of span: TextSpan, in page: Page) -> NodeID? {
        page.articles.first { $0.span.contains(span) }.map { articleID(page, $0) }
    }

    func provenance(_ page: Page, _ span: TextSpan, rule: String) -> Provenance {
        provenance(page, span, ruleName: ruleName(rule))
    }

    func provenance(_ page: Page, _ span: TextSpan, ruleName: String) -> Provenance {
        Provenance(
            document: page.document, span: span, sourceSpan: page.offsets.source(span),
            text: page.text.string(span), rule: ruleName)
    }

    /// The same, its text `known` when the span holds just that.
    func provenance(_ page: Page, _ span: TextSpan, ruleName: String, text known: String) -> Provenance {
        Provenance(
            document: page.document, span: span, sourceSpan: page.offsets.source(span),
            text: page.text.string(span, orKnown: known), rule: ruleName)
    }

    /// How provenance names `rule`: `id@file:line` where the rule has a place in the rule files.
    func ruleName(_ rule: String) -> String {
        // `person.after-title+vote` names the rule it came from. (The bytes are searched in
        // place: the String's generic UTF-8 view search cost more than the rest of this.)
        let id = rule.withUTF8Bytes { bytes in
            bytes.firstIndex(of: UInt8(ascii: "+")).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self) }
        } ?? rule
        return ruleSources[id].map { rule + "@" + $0 } ?? rule
    }

    /// A node's property keys, hashed once: a node's properties are a copy of `properties` with
    /// the values put in by position (a dictionary's copy keeps its positions), where making
    /// the table and hashing every key for each article cost as much as the rest of its node.
    struct PropertyTemplate {
        /// The keys, with placeholder values, and room for one more (`subheadline`).
        let properties: [String: PropertyValue]
        /// Where each key is, in the order given.
        let positions: [Dictionary<String, PropertyValue>.Index]

        init(_ keys: [String]) {
            var properties = [String: PropertyValue](minimumCapacity: keys.count + 1)
            for k in keys { properties[k] = .int(0) }
            self.properties = properties
            positions = keys.map { properties.index(forKey: $0)! }
        }

        static let article = PropertyTemplate(["document", "index"])
        static let headlinedArticle = PropertyTemplate(["document", "index", "headline"])
    }

    /// `ruleName` remembered for the few rules a page's articles and bylines cite, the layout's
    /// known from the start (the same literal strings, mostly compared without reading them):
    /// looking each one up hashed its string.
    struct RuleNames {
        let assembler: GraphAssembler
        private var known: [(rule: String, name: String)]

        init(_ assembler: GraphAssembler) {
            self.assembler = assembler
            known = assembler.layoutRuleNames
        }

        mutating func name(_ rule: String) -> String {
            let length = rule.utf8.count  // lengths first: comparing two different strings is the slow part
            for k in known where k.rule.utf8.count == length && k.rule == rule { return k.name }
            let name = assembler.ruleName(rule)
            known.append((rule, name))
            return name
        }
    }
}
