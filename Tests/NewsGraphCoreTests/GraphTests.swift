import Testing
@testable import NewsGraphCore

@Suite struct GraphTests {
    let p = Provenance(document: "d", span: TextSpan(0, 2), sourceSpan: TextSpan(0, 2), text: "区总工会", rule: "r")

    @Test func addingTheSameNodeTwiceMergesAliasesAndKeepsTheLongerName() {
        var g = Graph()
        let id = NodeID(.organization, "x")
        g.add(Node(id: id, kind: .organization, name: "区总工会", provenance: [p]))
        g.add(Node(id: id, kind: .organization, name: "大兴区总工会", provenance: [p]))
        #expect(g.nodeCount == 1)
        #expect(g.node(id)?.name == "大兴区总工会")
        #expect(g.node(id)?.aliases == ["区总工会"])
        #expect(g.node(id)?.provenance.count == 1)
    }

    @Test func parallelEdgesDifferByQualifier() {
        var g = Graph()
        let a = NodeID(.person, "张良"), b = NodeID(.organization, "北京市总工会")
        g.add(Edge(kind: .holds, source: a, target: b, qualifier: "党组书记"))
        g.add(Edge(kind: .holds, source: a, target: b, qualifier: "副主席"))
        g.add(Edge(kind: .holds, source: a, target: b, qualifier: "副主席"))
        #expect(g.edgeCount == 2)
        #expect(Set(g.edges.map(\.id)).count == 2)
    }

    @Test func idsIgnoreSpacesInsideNames() {
        #expect(NodeID(.person, "黄 宏") == NodeID(.person, "黄宏"))
        #expect(NodeID(.person, "黄宏").rawValue == "person:黄宏")
    }

    @Test func renameMovesEdges() {
        var g = Graph()
        let a = NodeID(.organization, "区总工会"), b = NodeID(.organization, "大兴区总工会")
        let p = NodeID(.person, "李达")
        g.add(Node(id: a, kind: .organization, name: "区总工会"))
        g.add(Node(id: b, kind: .organization, name: "大兴区总工会"))
        g.add(Node(id: p, kind: .person, name: "李达"))
        g.add(Edge(kind: .holds, source: p, target: a, qualifier: "主席"))
        g.rename(a, to: b)
        #expect(g.node(a) == nil)
        #expect(g.node(b)?.aliases == ["区总工会"])
        #expect(g.edges.map(\.target) == [b])
    }
}
