import NewsGraphCore

/// Merges documents' graphs into one graph for a run, deciding identity across
/// documents (graph-model.md, "Identity").
///
/// Organizations, places, titles, events and articles merge by id (name and
/// alias resolution already happened per document). A Person merges with a
/// same-name Person of the run when the two share an organization or a title;
/// otherwise it stays apart under an id that carries its context
/// (`person:王伟@某某区总工会`: its first organization, else its first title,
/// else its document). The first Person of a name keeps the plain id.
public struct CrossDocumentResolver: Sendable {
    /// Per person node of the run: the organizations and titles it is linked to.
    var contexts: [NodeID: Set<NodeID>] = [:]
    /// Person name key → the run's node ids with that name, in order of arrival.
    var byName: [String: [NodeID]] = [:]

    public init() {}

    /// Adds one document's graph to `run`, renaming its persons where identity says so.
    public mutating func add(_ document: Graph, to run: inout Graph) {
        var graph = document
        for person in document.nodes where person.kind == .person {
            let context = CrossDocumentResolver.context(of: person.id, in: document)
            let key = NodeID.normalizedKey(person.name)
            let known = byName[key] ?? []
            let target: NodeID
            if let same = known.first(where: { !(contexts[$0] ?? []).isDisjoint(with: context) }) {
                target = same
            } else if known.isEmpty {
                target = person.id
            } else {
                target = NodeID(rawValue: person.id.rawValue + "@" + qualifier(person, context: context, in: document))
            }
            if !known.contains(target) { byName[key, default: []].append(target) }
            contexts[target, default: []].formUnion(context)
            graph.rename(person.id, to: target)
        }
        run.merge(graph)
    }

    /// The organizations a person holds titles at, and the titles themselves.
    static func context(of person: NodeID, in graph: Graph) -> Set<NodeID> {
        Set(graph.edgeKeys(touching: person).filter { $0.source == person && ($0.kind == .holds || $0.kind == .hasTitle) }.map(\.target))
    }

    func qualifier(_ person: Node, context: Set<NodeID>, in graph: Graph) -> String {
        let orgs = context.filter { $0.rawValue.hasUTF8Prefix(NodeKind.organization.idPrefix + ":") }.sorted()
        let titles = context.subtracting(orgs).sorted()
        if let first = orgs.first ?? titles.first, let node = graph.node(first) { return NodeID.normalizedKey(node.name) }
        return person.provenance.first?.document ?? "unknown"
    }
}
