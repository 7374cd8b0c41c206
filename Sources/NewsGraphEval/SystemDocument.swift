import NewsGraphCore

/// What the extractor produced for one document, in the shape the scorer compares with a
/// `GoldDocument`. Derived from a `Graph` by the project's conventions:
///
/// - entities: Person/Title/Organization/Location nodes (`name`, `aliases`), but not the nodes
///   made only for an event's edge from a name inside a longer one (rule `event.in-name`);
/// - holds: `holds` edges Person → Organization (title = qualifier, else property `title`), plus
///   `hasTitle` edges Person → Title whose `organization` is empty or absent (a title held with no
///   organization); a `hasTitle` with an organization duplicates a `holds` edge and is ignored;
/// - events: Event nodes (`name` = label, properties `trigger`, `date`) with `attended`
///   (Person → Event, qualifier = role), `organized` (Organization → Event) and `locatedIn`
///   (Event → Location) edges;
/// - articles: Article nodes (properties `index`, `headline`) with `author` edges
///   (Article → Person, qualifier = role).
///
/// Each item keeps the rule id of its first provenance, to name the rule behind a false positive.
public struct SystemDocument: Sendable {
    public struct Entity: Sendable, Hashable {
        public var id: NodeID
        public var type: EntityType
        public var name: String
        public var aliases: [String]
        public var rule: String?
        public init(id: NodeID, type: EntityType, name: String, aliases: [String] = [], rule: String? = nil) {
            self.id = id
            self.type = type
            self.name = name
            self.aliases = aliases
            self.rule = rule
        }
        public var names: [String] { [name] + aliases }
    }

    public struct Holds: Sendable, Hashable {
        public var person: NodeID
        public var title: String
        /// `nil` for a title held with no organization.
        public var org: NodeID?
        public var rule: String?
        public init(person: NodeID, title: String, org: NodeID?, rule: String? = nil) {
            self.person = person
            self.title = title
            self.org = org
            self.rule = rule
        }
    }

    /// A link from an event to an entity (`attended`, `organized`, `locatedIn`), with its rule.
    public struct Link: Sendable, Hashable {
        public var entity: NodeID
        public var rule: String?
        public init(entity: NodeID, rule: String? = nil) {
            self.entity = entity
            self.rule = rule
        }
    }

    public struct Event: Sendable, Hashable {
        public var id: NodeID
        public var label: String
        public var trigger: String?
        public var date: String?
        public var attendees: [Link]
        public var organizers: [Link]
        public var locations: [Link]
        public var rule: String?
        public init(
            id: NodeID, label: String, trigger: String? = nil, date: String? = nil, attendees: [Link] = [],
            organizers: [Link] = [], locations: [Link] = [], rule: String? = nil
        ) {
            self.id = id
            self.label = label
            self.trigger = trigger
            self.date = date
            self.attendees = attendees
            self.organizers = organizers
            self.locations = locations
            self.rule = rule
        }
    }

    public struct Author: Sendable, Hashable {
        public var person: NodeID
        public var role: String
        public var rule: String?
        public init(person: NodeID, role: String, rule: String? = nil) {
            self.person = person
            self.role = role
            self.rule = rule
        }
    }

    public struct Article: Sendable, Hashable {
        public var id: NodeID
        /// Position in the document (property `index`); articles are listed in this order.
        public var index: Int
        public var headline: String?
        public var authors: [Author]
        public var rule: String?
        public init(id: NodeID, index: Int, headline: String?, authors: [Author] = [], rule: String? = nil) {
            self.id = id
            self.index = index
            self.headline = headline
            self.authors = authors
            self.rule = rule
        }
    }

    public var document: String
    /// Entities by type, each list sorted by node id.
    public var entities: [EntityType: [Entity]]
    /// Nodes that are only the end of an event's edge (rule `event.in-name`): named for the
    /// relations, not counted as entities.
    public var relationEnds: [Entity] = []
    public var holds: [Holds]
    public var events: [Event]
    public var articles: [Article]

    public init(
        document: String, entities: [EntityType: [Entity]] = [:], holds: [Holds] = [], events: [Event] = [],
        articles: [Article] = []
    ) {
        self.document = document
        self.entities = entities
        self.holds = holds
        self.events = events
        self.articles = articles
    }

    public func entities(_ type: EntityType) -> [Entity] { entities[type] ?? [] }

    /// The entity with this node id, of any type.
    public func entity(_ id: NodeID) -> Entity? {
        for list in entities.values { if let e = list.first(where: { $0.id == id }) { return e } }
        return nil
    }

    /// The view of `graph` for one document.
    ///
    /// With `document` set (`seed-page`, or `seed-page.txt`: the extension is ignored), only nodes and
    /// edges with a provenance from that document are kept (an edge without provenance is kept when both
    /// its ends are). With `document == nil` the whole graph is taken as one document.
    public init(graph: Graph, document: String? = nil) {
        let wanted = document.map(GoldDocument.stem)
        self.document = wanted ?? "graph"
        func inDocument(_ provenance: [Provenance]) -> Bool {
            guard let wanted else { return true }
            return provenance.contains { GoldDocument.stem($0.document) == wanted }
        }
        var nodes: [NodeID: Node] = [:]
        for node in graph.nodes {
            var keep = inDocument(node.provenance)
            if !keep, let wanted, node.kind == .article, let d = node.properties["document"]?.text {
                keep = GoldDocument.stem(d) == wanted
            }
            if keep { nodes[node.id] = node }
        }
        let edges = graph.edges.filter { e in
            guard nodes[e.source] != nil, nodes[e.target] != nil else { return false }
            return e.provenance.isEmpty || inDocument(e.provenance)
        }
        func rule(_ p: [Provenance]) -> String? { p.first?.rule }

        // A node made only as the end of an event's edge, from a name written inside a longer
        // one (provenance rule `event.in-name`), is not an entity mention (guidelines §5).
        func isEntity(_ n: Node) -> Bool {
            n.provenance.contains { inDocument([$0]) && $0.rule != Provenance.inNameRule }
        }
        var entities: [EntityType: [Entity]] = [:]
        var relationEnds: [Entity] = []
        for type in EntityType.allCases {
            let all = nodes.values.filter { $0.kind == type.nodeKind }.sorted { $0.id < $1.id }.map {
                (isEntity($0), Entity(id: $0.id, type: type, name: $0.name, aliases: $0.aliases, rule: rule($0.provenance)))
            }
            entities[type] = all.filter(\.0).map(\.1)
            relationEnds += all.filter { !$0.0 }.map(\.1)
        }
        self.entities = entities
        self.relationEnds = relationEnds

        var holds: [Holds] = []
        var events: [NodeID: Event] = [:]
        for node in nodes.values where node.kind == .event {
            events[node.id] = Event(
                id: node.id, label: node.name, trigger: node.properties["trigger"]?.text,
                date: node.properties["date"]?.text, rule: rule(node.provenance))
        }
        var articles: [NodeID: Article] = [:]
        for node in nodes.values where node.kind == .article {
            var index = Int.max
            if case .int(let i)? = node.properties["index"] { index = i }
            else if let s = node.properties["index"]?.text, let i = Int(s) { index = i }
            let headline = node.properties["headline"]?.text
            articles[node.id] = Article(
                id: node.id, index: index, headline: (headline?.isEmpty ?? true) ? nil : headline,
                rule: rule(node.provenance))
        }
        for e in edges {
            let source = nodes[e.source]!, target = nodes[e.target]!
            switch e.kind {
            case .holds where source.kind == .person && target.kind == .organization:
                let title = e.qualifier.isEmpty ? (e.properties["title"]?.text ?? "") : e.qualifier
                holds.append(Holds(person: e.source, title: title, org: e.target, rule: rule(e.provenance)))
            case .hasTitle where source.kind == .person && target.kind == .title:
                if (e.properties["organization"]?.text ?? "").isEmpty {
                    holds.append(Holds(person: e.source, title: target.name, org: nil, rule: rule(e.provenance)))
                }
            case .attended where source.kind == .person && target.kind == .event:
                events[e.target]?.attendees.append(Link(entity: e.source, rule: rule(e.provenance)))
            case .organized where source.kind == .organization && target.kind == .event:
                events[e.target]?.organizers.append(Link(entity: e.source, rule: rule(e.provenance)))
            case .locatedIn where source.kind == .event && target.kind == .location:
                events[e.source]?.locations.append(Link(entity: e.target, rule: rule(e.provenance)))
            case .author where source.kind == .article && target.kind == .person:
                let role = e.qualifier.isEmpty ? (e.properties["role"]?.text ?? "") : e.qualifier
                articles[e.source]?.authors.append(Author(person: e.target, role: role, rule: rule(e.provenance)))
            default:
                break
            }
        }
        self.holds = holds
        self.events = events.values.sorted { $0.id < $1.id }
        self.articles = articles.values.sorted { ($0.index, $0.id.rawValue) < ($1.index, $1.id.rawValue) }
    }
}
