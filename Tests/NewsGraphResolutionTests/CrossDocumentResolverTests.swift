import Testing
import NewsGraphCore
@testable import NewsGraphResolution

@Suite struct CrossDocumentResolverTests {
    func document(_ name: String, person: String, org: String?, title: String?) -> Graph {
        var g = Graph()
        let p = Provenance(document: name, span: TextSpan(0, 2), sourceSpan: TextSpan(0, 2), text: person, rule: "t")
        let pid = NodeID(.person, person)
        g.add(Node(id: pid, kind: .person, name: person, provenance: [p]))
        if let org {
            let oid = NodeID(.organization, org)
            g.add(Node(id: oid, kind: .organization, name: org, provenance: [p]))
            g.add(Edge(kind: .holds, source: pid, target: oid, qualifier: title ?? "", provenance: [p]))
        }
        if let title {
            let tid = NodeID(.title, title)
            g.add(Node(id: tid, kind: .title, name: title, provenance: [p]))
            g.add(Edge(kind: .hasTitle, source: pid, target: tid, qualifier: org ?? "", provenance: [p]))
        }
        return g
    }

    @Test func samePersonSharingAnOrganizationMerges() {
        var run = Graph()
        var resolver = CrossDocumentResolver()
        resolver.add(document("a", person: "王伟", org: "柳河县总工会", title: "主席"), to: &run)
        resolver.add(document("b", person: "王伟", org: "柳河县总工会", title: "党组书记"), to: &run)
        #expect(run.nodes.filter { $0.kind == .person }.map(\.id.rawValue) == ["person:王伟"])
        #expect(run.node(NodeID(.person, "王伟"))?.provenance.count == 2)
    }

    @Test func samePersonSharingATitleMerges() {
        var run = Graph()
        var resolver = CrossDocumentResolver()
        resolver.add(document("a", person: "王伟", org: nil, title: "县长"), to: &run)
        resolver.add(document("b", person: "王伟", org: nil, title: "县长"), to: &run)
        #expect(run.nodes.filter { $0.kind == .person }.count == 1)
    }

    @Test func namesakesWithNothingInCommonStayApartWithTheirContextInTheID() {
        var run = Graph()
        var resolver = CrossDocumentResolver()
        resolver.add(document("a", person: "王伟", org: "柳河县总工会", title: "主席"), to: &run)
        resolver.add(document("b", person: "王伟", org: "青山区人民医院", title: "院长"), to: &run)
        resolver.add(document("c", person: "王伟", org: nil, title: nil), to: &run)
        let ids = run.nodes.filter { $0.kind == .person }.map(\.id.rawValue).sorted()
        #expect(ids == ["person:王伟", "person:王伟@c", "person:王伟@青山区人民医院"])
        // The holds edge moved with its person.
        #expect(run.edges.contains { $0.kind == .holds && $0.source.rawValue == "person:王伟@青山区人民医院" })
    }

    @Test func aLaterDocumentJoinsTheNamesakeItSharesContextWith() {
        var run = Graph()
        var resolver = CrossDocumentResolver()
        resolver.add(document("a", person: "王伟", org: "甲公司", title: "经理"), to: &run)
        resolver.add(document("b", person: "王伟", org: "乙医院", title: "院长"), to: &run)
        resolver.add(document("c", person: "王伟", org: "乙医院", title: "党委书记"), to: &run)
        let node = run.node(NodeID(rawValue: "person:王伟@乙医院"))
        #expect(node?.provenance.map(\.document) == ["b", "c"])
    }
}
