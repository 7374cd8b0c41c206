// NewsGraphAssembly: a laid-out page (and, later, its extracted mentions) in,
// one document's `Graph` out. Every node and edge gets its provenance here.
import NewsGraphCore
import NewsGraphLayout

/// Builds a document's graph: Article nodes with their author edges to the
/// byline and credit Persons.
///
/// Emits: Article (`article:DOC#N`, headline, document, index), Person per
/// byline name, `author` edges qualified by role.
public struct GraphAssembler {
    public init() {}

    public func assemble(_ page: Page) -> Graph {
        var graph = Graph()
        for article in page.articles {
            let id = NodeID(rawValue: "article:\(page.document)#\(article.index)")
            var props: [String: PropertyValue] = [
                "document": .string(page.document), "index": .int(article.index),
            ]
            var headline = ""
            if let h = article.headline {
                headline = page.text.string(h)
                props["headline"] = .string(headline)
            }
            if let s = article.subheadline { props["subheadline"] = .string(page.text.string(s)) }
            let anchor = article.headline ?? article.span
            graph.add(
                Node(
                    id: id, kind: .article, name: headline, properties: props,
                    provenance: [provenance(page, anchor, rule: "layout.article")]))
            for byline in article.authors {
                let person = NodeID(.person, byline.name)
                let p = provenance(page, byline.span, rule: byline.rule)
                let written = page.text.string(byline.span)
                graph.add(
                    Node(
                        id: person, kind: .person, name: byline.name,
                        aliases: written == byline.name ? [] : [written], provenance: [p]))
                graph.add(
                    Edge(
                        kind: .author, source: id, target: person, qualifier: byline.role.rawValue,
                        properties: ["role": .string(byline.role.rawValue)], provenance: [p]))
            }
        }
        return graph
    }

    func provenance(_ page: Page, _ span: TextSpan, rule: String) -> Provenance {
        Provenance(
            document: page.document, span: span, sourceSpan: page.offsets.source(span),
            text: page.text.string(span), rule: rule)
    }
}
