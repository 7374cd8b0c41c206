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

    /// A graph searches its first nodes and edges one by one and indexes them past
    /// `Graph.linearLimit`: merging, lookups and renames must give the same on both sides of it.
    @Test func mergingAndRenamingHoldPastTheLinearSearch() {
        var g = Graph()
        let n = Graph.linearLimit * 2
        let org = NodeID(.organization, "某局")
        let again = Provenance(document: "d", span: TextSpan(5, 7), sourceSpan: TextSpan(5, 7), text: "人", rule: "r")
        g.add(Node(id: org, kind: .organization, name: "某局"))
        for i in 0..<n {
            let person = NodeID(.person, "人\(i)")
            g.add(Node(id: person, kind: .person, name: "人\(i)", provenance: [p]))
            g.add(Edge(kind: .holds, source: person, target: org, qualifier: "科员"))
            // Each added again later, when the graph has grown: merged, not duplicated.
            if i >= 3 {
                let earlier = NodeID(.person, "人\(i - 3)")
                g.add(Node(id: earlier, kind: .person, name: "人\(i - 3)", provenance: [again]))
                g.add(Edge(kind: .holds, source: earlier, target: org, qualifier: "科员"))
            }
        }
        #expect(g.nodeCount == n + 1 && g.edgeCount == n)
        #expect(g.node(NodeID(.person, "人0"))?.provenance.count == 2)
        #expect(g.node(NodeID(.person, "人\(n - 2)"))?.provenance.count == 1)
        #expect(g.edge(Edge.Key(kind: .holds, source: NodeID(.person, "人\(n - 1)"), target: org, qualifier: "科员")) != nil)
        #expect(g.nodesByID.count == n + 1 && g.edgesByKey.count == n)
        let renamed = NodeID(.organization, "某某局")
        g.rename(org, to: renamed)
        #expect(g.node(org) == nil && g.node(renamed) != nil)
        #expect(g.edges.allSatisfy { $0.target == renamed } && g.edgeCount == n)
        #expect(g.edgeKeys(touching: renamed).count == n)
    }
}
