import NewsGraphCore
import NewsGraphEval

/// Builds a system graph for one document the way the extractor does, with a rule id per item.
struct GraphBuilder {
    var graph = Graph()
    let document: String

    init(document: String = "t1") { self.document = document }

    func provenance(_ text: String, _ rule: String) -> [Provenance] {
        [Provenance(document: document, span: TextSpan(0, text.unicodeScalars.count),
                    sourceSpan: TextSpan(0, text.unicodeScalars.count), text: text, rule: rule)]
    }

    @discardableResult
    mutating func entity(_ kind: NodeKind, _ name: String, aliases: [String] = [], id: String? = nil,
                         rule: String = "test.entity") -> NodeID {
        let nid = NodeID(kind, id ?? name)
        graph.add(Node(id: nid, kind: kind, name: name, aliases: aliases, provenance: provenance(name, rule)))
        return nid
    }

    mutating func holds(_ person: NodeID, _ title: String, _ org: NodeID, rule: String = "test.holds") {
        graph.add(Edge(kind: .holds, source: person, target: org, qualifier: title,
                       properties: ["title": .string(title)], provenance: provenance(title, rule)))
        let t = entity(.title, title)
        graph.add(Edge(kind: .hasTitle, source: person, target: t,
                       properties: ["organization": .string(graph.node(org)!.name)], provenance: provenance(title, rule)))
    }

    /// A title held with no organization: only a `hasTitle` edge with an empty `organization`.
    mutating func title(_ person: NodeID, _ title: String, rule: String = "test.title") {
        let t = entity(.title, title)
        graph.add(Edge(kind: .hasTitle, source: person, target: t,
                       properties: ["organization": .string("")], provenance: provenance(title, rule)))
    }

    @discardableResult
    mutating func event(_ label: String, trigger: String = "", date: String? = nil, key: String? = nil,
                        rule: String = "test.event") -> NodeID {
        let id = NodeID(.event, "\(document)#\(key ?? label)")
        var props: [String: PropertyValue] = ["trigger": .string(trigger)]
        if let date { props["date"] = .string(date) }
        graph.add(Node(id: id, kind: .event, name: label, properties: props, provenance: provenance(label, rule)))
        return id
    }

    mutating func edge(_ kind: EdgeKind, _ source: NodeID, _ target: NodeID, qualifier: String = "",
                       rule: String = "test.edge") {
        graph.add(Edge(kind: kind, source: source, target: target, qualifier: qualifier,
                       provenance: provenance(qualifier, rule)))
    }

    @discardableResult
    mutating func article(_ index: Int, headline: String?, rule: String = "test.article") -> NodeID {
        let id = NodeID(.article, "\(document)#\(index)")
        var props: [String: PropertyValue] = ["index": .int(index), "document": .string(document)]
        if let headline { props["headline"] = .string(headline) }
        graph.add(Node(id: id, kind: .article, name: headline ?? id.rawValue, properties: props,
                       provenance: provenance(headline ?? "", rule)))
        return id
    }

    var system: SystemDocument { SystemDocument(graph: graph, document: document) }
}

extension Graph {
    /// The graph an ideal extractor would build from a gold document (the conventions of
    /// `SystemDocument`), so that gold scored against itself must give 1.0.
    init(gold: GoldDocument, triggerNouns: [String] = Scorer.Options.defaultTriggerNouns) {
        var b = GraphBuilder(document: gold.documentName)
        var byName: [EntityType: [String: NodeID]] = [:]
        for type in EntityType.allCases {
            for e in gold.entities(type) {
                let id = b.entity(type.nodeKind, e.name, aliases: e.aliases, rule: "gold.entity")
                for n in e.names { byName[type, default: [:]][n] = byName[type]?[n] ?? id }
            }
        }
        func node(_ type: EntityType, _ name: String) -> NodeID {
            if let id = byName[type]?[name] { return id }
            let id = b.entity(type.nodeKind, name, rule: "gold.dangling")
            byName[type, default: [:]][name] = id
            return id
        }
        for h in gold.holds {
            let p = node(.person, h.person)
            if h.org.isEmpty { b.title(p, h.title, rule: "gold.title") } else { b.holds(p, h.title, node(.organization, h.org), rule: "gold.holds") }
        }
        for (i, e) in gold.events.enumerated() {
            let trigger = Scorer.triggerNoun(of: e.label, in: triggerNouns) ?? ""
            let id = b.event(e.label, trigger: trigger, date: e.date, key: String(i), rule: "gold.event")
            for a in e.attendees { b.edge(.attended, node(.person, a), id, qualifier: "participant", rule: "gold.attended") }
            for o in e.organizers { b.edge(.organized, node(.organization, o), id, rule: "gold.organized") }
            for l in e.locations { b.edge(.locatedIn, id, node(.location, l), rule: "gold.locatedIn") }
        }
        for (i, a) in gold.articles.enumerated() {
            let id = b.article(i + 1, headline: a.headline, rule: "gold.article")
            for au in a.authors { b.edge(.author, id, node(.person, au.person), qualifier: au.role, rule: "gold.author") }
        }
        self = b.graph
    }
}

extension GoldDocument {
    /// Event locations, organizers, attendees, holds ends and authors that are not listed as entities
    /// of their type (the gold file is then inconsistent with itself), as `Type:name`.
    var danglingNames: Set<String> {
        var known: [EntityType: Set<String>] = [:]
        for type in EntityType.allCases { known[type] = Set(entities(type).flatMap(\.names)) }
        var out = Set<String>()
        func check(_ type: EntityType, _ name: String) {
            if !name.isEmpty && !(known[type]!.contains(name)) { out.insert("\(type.rawValue):\(name)") }
        }
        for h in holds { check(.person, h.person); check(.title, h.title); check(.organization, h.org) }
        for e in events {
            e.attendees.forEach { check(.person, $0) }
            e.organizers.forEach { check(.organization, $0) }
            e.locations.forEach { check(.location, $0) }
        }
        for a in articles { a.authors.forEach { check(.person, $0.person) } }
        return out
    }
}
