import Foundation
import NewsGraph
import NewsGraphDOT
import NewsGraphSerialization
import Testing

/// Reading DOT back, pruning, focusing and clustering by article (`DOTGraph`).
@Suite struct DOTGraphTests {
    /// Two articles; 张良 (alias 张书记) in both, 李明 only in the second;
    /// a chain 张良 → 北京市总工会 → 北京市 → 中国 for the hop counts.
    static let text = """
        digraph "hand" {
          graph [charset="UTF-8", fontname="Noto Sans CJK SC"];
          node [fontname="Noto Sans CJK SC", style="filled"];
          "article:a#0" [label="第一篇", class="Article"];
          "article:a#1" [label="第二篇", class="Article"];
          "person:张良" [label="张良", class="Person", aliases="张书记|老张"];
          "person:李明" [label="李明", class="Person"];
          "org:北京市总工会" [label="北京市总工会", class="Organization"];
          "loc:北京市" [label="北京市", class="Location"];
          "loc:中国" [label="中国", class="Location"];
          "title:张良" [label="张良", class="Title"];
          "article:a#0" -> "person:张良" [label="mentions"];
          "article:a#1" -> "person:张良" [label="mentions"];
          "article:a#1" -> "person:李明" [label="mentions"];
          "person:张良" -> "org:北京市总工会" [label="主席", id="h1"];
          "person:张良" -> "org:北京市总工会" [label="书记", id="h2"];
          "org:北京市总工会" -> "loc:北京市" [label="locatedIn"];
          "loc:北京市" -> "loc:中国" [label="partOf"];
          "person:李明" -> "org:北京市总工会" [label="a \\"quoted\\" \\\\ text\\nline"];
        }

        """

    static func graph() throws -> DOTGraph { try DOTGraph.parse(text) }

    @Test func parsesNodesEdgesAttributesAndEscapes() throws {
        let g = try Self.graph()
        #expect(g.name == "hand")
        #expect(g.nodes.count == 8)
        #expect(g.edges.count == 8)
        #expect(g.defaults.map(\.kind) == ["graph", "node"])
        #expect(g.nodes[2].aliases == ["张书记", "老张"])
        #expect(g.edges.last?.attributes.first?.value == "a \"quoted\" \\ text\nline")
    }

    @Test func readsTheWritersOutput() throws {
        let dot = try String(contentsOfFile: Interop.repoRoot + "/Output/graph.dot", encoding: .utf8)
        let g = try DOTGraph.parse(dot)
        #expect(g.nodes.count == dot.split(separator: "\n").filter { $0.contains("class=") }.count)
        #expect(g.edges.count == dot.split(separator: "\n").filter { $0.contains(" -> ") }.count)
        // Written again with clusters, it reads back to the same nodes and edges.
        let again = try DOTGraph.parse(g.clusteredDOT())
        #expect(Set(again.nodes.map(\.id)) == Set(g.nodes.map(\.id)))
        #expect(again.edges == g.edges)
    }

    @Test func writerEmitsAliasesForFocus() throws {
        let dir = try temporaryDirectory("dot-aliases")
        try GraphFileWriter.write(graph: Fixture.graph(), name: "seed-page", format: .dot, to: dir + "/g.dot")
        let g = try DOTGraph.parse(try String(contentsOfFile: dir + "/g.dot", encoding: .utf8))
        #expect(g.nodes.first { $0.id == "person:张良" }?.aliases == ["张书记"])
        #expect(g.nodes(named: "张书记").map(\.id) == ["person:张良"])
    }

    @Test func pruningKeepsTheHighestDegreeNodes() throws {
        let g = try Self.graph().pruned(maxNodes: 3)
        // Degrees: 张良 4, 北京市总工会 4, then 2 for article:a#1, 李明 and 北京市 (article:a#1 first in the file).
        #expect(g.nodes.map(\.id) == ["article:a#1", "person:张良", "org:北京市总工会"])
        #expect(g.edges.count == 3)  // a#1→张良, 张良→总工会 ×2
        #expect(try Self.graph().pruned(maxNodes: 100) == Self.graph())
    }

    @Test func focusByNameAliasAndIdWithDepth() throws {
        let g = try Self.graph()
        let one = try #require(g.focused(on: "张良", depth: 1))
        // A Person wins over the Title also labelled 张良.
        #expect(Set(one.nodes.map(\.id)) == ["person:张良", "article:a#0", "article:a#1", "org:北京市总工会"])
        let two = try #require(g.focused(on: "张书记", depth: 2))
        #expect(Set(two.nodes.map(\.id)) == Set(one.nodes.map(\.id)).union(["person:李明", "loc:北京市"]))
        let zero = try #require(g.focused(on: "title:张良", depth: 0))
        #expect(zero.nodes.map(\.id) == ["title:张良"])
        #expect(g.focused(on: "无此人", depth: 1) == nil)
    }

    @Test func oneClusterPerArticle() throws {
        let g = try Self.graph()
        #expect(g.articleOf["person:张良"] == "article:a#0")
        #expect(g.articleOf["person:李明"] == "article:a#1")
        #expect(g.articleOf["org:北京市总工会"] == nil)
        let dot = g.clusteredDOT()
        #expect(dot.contains("subgraph \"cluster_article:a#0\" {\n    label=\"第一篇\";"))
        #expect(dot.contains("subgraph \"cluster_article:a#1\" {"))
        #expect(dot.components(separatedBy: "subgraph ").count - 1 == 2)
    }

    @Test func subgraphsAndBadSyntaxAreReportedWithALine() {
        #expect(throws: DOTGraph.ParseError(line: 2, message: "edge chains are not supported")) {
            try DOTGraph.parse("digraph g {\n a -> b -> c\n}")
        }
        let flat = try? DOTGraph.parse("digraph g {\n subgraph \"cluster_x\" { label=\"X\"; a; }\n a -> b\n}")
        #expect(flat?.nodes.map(\.id) == ["a", "b"])
        #expect(flat?.defaults.isEmpty == true)
        #expect(throws: DOTGraph.ParseError.self) { try DOTGraph.parse("digraph g {\n \"a -> b\n}") }
    }

    @Test(.enabled(if: Interop.enabled(tools: ["dot"]), "skipped: graphviz dot not found (CI=true makes this a failure)"))
    func clusteredFocusRendersAsSVG() throws {
        guard Interop.require(tools: ["dot"]) else { return }
        let dot = try #require(GraphRenderer.locateDot())
        let dir = try temporaryDirectory("render-lib")
        try Self.text.write(toFile: dir + "/hand.dot", atomically: true, encoding: .utf8)
        try GraphRenderer(format: .svg, focus: "老张", depth: 1, dot: dot).render(dir + "/hand.dot", to: dir + "/hand.svg")
        let svg = try String(contentsOfFile: dir + "/hand.svg", encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("cluster_article:a#0"))
        #expect(!svg.contains("中国"))
    }
}
