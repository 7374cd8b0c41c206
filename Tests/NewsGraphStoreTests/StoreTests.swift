import Foundation
import NewsGraph
import NewsGraphStore
import Testing

@Suite struct StoreTests {
    func expectEqual(_ a: Graph, _ b: Graph, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.nodes == b.nodes, sourceLocation: sourceLocation)
        #expect(a.edges == b.edges, sourceLocation: sourceLocation)
    }

    @Test func roundTrip() throws {
        let store = try QueryFixture.store("roundtrip")
        let g = QueryFixture.graph()
        try store.write(graph: g, document: "doc1", contentHash: ContentHash.of("text"))
        expectEqual(try store.graph(), g)
        let c = try store.counts()
        #expect(c.nodes == g.nodeCount && c.edges == g.edgeCount && c.documents == 1)
        #expect(c.provenance == g.nodes.reduce(0) { $0 + $1.provenance.count } + g.edges.reduce(0) { $0 + $1.provenance.count })
        // Targeted reads.
        let zhang = try #require(try store.node(QueryFixture.zhang))
        #expect(zhang.name == "张良" && zhang.aliases == ["良哥"])
        #expect(try store.nodes(named: "市总工会", kind: .organization).map(\.id) == [QueryFixture.cityUnion])
        #expect(try store.edges(from: QueryFixture.zhang, kind: .attended).map(\.target) == [QueryFixture.meeting, QueryFixture.survey])
        #expect(try store.edges(kind: .holds, qualifier: "主席").map(\.source) == [QueryFixture.li])
        #expect(try store.provenance(node: QueryFixture.zhang) == g.node(QueryFixture.zhang)!.provenance)
    }

    @Test func walModeAndReopen() throws {
        let dir = try QueryFixture.temporaryDirectory("wal")
        do {
            let store = try GraphStore(path: dir + "/g.sqlite")
            try store.write(graph: QueryFixture.graph(), document: "doc1", contentHash: "h")
        }
        let again = try GraphStore(path: dir + "/g.sqlite")
        expectEqual(try again.graph(), QueryFixture.graph())
        #expect(FileManager.default.fileExists(atPath: dir + "/g.sqlite-wal"))
    }

    @Test func reExtractionIsIdempotent() throws {
        let store = try QueryFixture.store("idempotent")
        let g = QueryFixture.graph()
        let first = try store.write(graph: g, document: "doc1", contentHash: "aaaa")
        let counts = try store.counts()
        let second = try store.write(graph: g, document: "doc1", contentHash: "aaaa")
        #expect(try store.counts() == counts)
        expectEqual(try store.graph(), g)
        #expect(!first.replaced && first.contentChanged)
        #expect(second.replaced && !second.contentChanged && second.removedProvenance == counts.provenance)
        #expect(try store.documents().map(\.name) == ["doc1"])
    }

    @Test func documentsAccumulate() throws {
        let store = try QueryFixture.store("accumulate")
        let (a, b) = (QueryFixture.graph(), QueryFixture.second())
        try store.write(graph: a, document: "doc1", contentHash: "a")
        try store.write(graph: b, document: "doc2", contentHash: "b")
        expectEqual(try store.graph(), merged(a, b))
        #expect(try store.node(QueryFixture.zhang)?.aliases == ["张书记", "良哥"])
        let counts = try store.counts()
        // doc2 again, in either order of writes: nothing changes.
        try store.write(graph: b, document: "doc2", contentHash: "b")
        try store.write(graph: a, document: "doc1", contentHash: "a")
        #expect(try store.counts() == counts)
        expectEqual(try store.graph(), merged(a, b))
        #expect(try store.documents().map(\.extractedAt) == [4, 3])  // a run counter, not the clock
    }

    @Test func reExtractionDropsWhatTheDocumentNoLongerGives() throws {
        let store = try QueryFixture.store("replace")
        let a = QueryFixture.graph()
        try store.write(graph: a, document: "doc1", contentHash: "a")
        try store.write(graph: QueryFixture.second(), document: "doc2", contentHash: "b")
        let smaller = QueryFixture.second(withEvent: false)
        let summary = try store.write(graph: smaller, document: "doc2", contentHash: "b2")
        #expect(summary.contentChanged)
        expectEqual(try store.graph(), merged(a, smaller))
        #expect(try store.node(QueryFixture.visit) == nil)
        #expect(try store.node(QueryFixture.zhang) != nil)  // doc1 still has him
        try store.remove(document: "doc2")
        expectEqual(try store.graph(), a)
        #expect(try store.node(QueryFixture.zhang)?.aliases == ["良哥"])
        #expect(try store.node(QueryFixture.sun) == nil)
    }

    @Test func bulkInsertMatchesWrite() throws {
        let s1 = try QueryFixture.store("bulk1"), s2 = try QueryFixture.store("bulk2")
        for (g, d) in [(QueryFixture.graph(), "doc1"), (QueryFixture.second(), "doc2")] {
            try s1.bulkInsert(g, document: d, contentHash: "x")
            try s2.write(graph: g, document: d, contentHash: "x")
        }
        expectEqual(try s1.graph(), try s2.graph())
        #expect(try s1.counts() == s2.counts())
        let s3 = try QueryFixture.store("bulk3")
        try s3.bulkInsert([
            .init(graph: QueryFixture.graph(), document: "doc1", contentHash: "x"),
            .init(graph: QueryFixture.second(), document: "doc2", contentHash: "x"),
        ])
        expectEqual(try s3.graph(), try s2.graph())
        #expect(try s3.counts() == s2.counts())
    }

    @Test func propertiesKeepTheirTypes() throws {
        let store = try QueryFixture.store("props")
        let props: [String: PropertyValue] = [
            "s": .string("引号\"和\\反斜杠\n"), "i": .int(-42), "d": .double(1.0), "e": .double(1e-7),
            "inf": .double(.infinity), "b": .bool(true), "l": .strings(["甲", "乙"]),
        ]
        var g = Graph()
        g.add(Node(id: NodeID(.person, "甲"), kind: .person, name: "甲", properties: props, provenance: [QueryFixture.p(0, "甲")]))
        try store.write(graph: g, document: "doc1", contentHash: "h")
        #expect(try store.node(NodeID(.person, "甲"))?.properties == props)
    }

    @Test func contentHashIsFNV1a64() {
        #expect(ContentHash.of("") == "cbf29ce484222325")
        #expect(ContentHash.of("a") == "af63dc4c8601ec8c")
        #expect(ContentHash.of("北京") == ContentHash.of(scalars: Array("北京".unicodeScalars)))
    }
}
