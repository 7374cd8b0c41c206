import Foundation
import NewsGraph
import NewsGraphDOT
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization
import Testing

@Suite struct DeterminismTests {
    @Test(arguments: OutputFormat.allCases)
    func sameGraphInAnotherInsertionOrderGivesIdenticalBytes(format: OutputFormat) throws {
        let a = Fixture.graph(), b = Fixture.graphReversed()
        #expect(a.nodes == b.nodes)
        #expect(a.edges == b.edges)
        let dir = try temporaryDirectory()
        let pa = dir + "/a." + format.fileExtension, pb = dir + "/b." + format.fileExtension
        try GraphFileWriter.write(graph: a, name: "g", format: format, to: pa)
        try GraphFileWriter.write(graph: b, name: "g", format: format, to: pb)
        let x = bytes(pa), y = bytes(pb)
        #expect(!x.isEmpty)
        #expect(x == y)
        // And again: no state leaks between runs.
        try GraphFileWriter.write(graph: b, name: "g", format: format, to: pb)
        #expect(bytes(pb) == x)
    }

    @Test func parallelHoldsEdgesKeepDistinctIdsInEveryFormat() throws {
        let g = Fixture.graph()
        let holds = g.edges.filter { $0.kind == .holds }
        #expect(holds.count == 2)
        #expect(Set(holds.map(\.id)).count == 2)
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: g, name: "g", formats: OutputFormat.allCases, directory: dir)
        let jsonld = text(dir + "/g.jsonld"), graphml = text(dir + "/g.graphml"), dot = text(dir + "/g.dot")
        for e in holds {
            #expect(jsonld.contains("{\"@id\": \"edge:\(IRIText.encode(e.id))\", \"@type\": [\"OrganizationRole\", \"ng:Relation\"]"))
            #expect(graphml.contains("<edge id=\"\(NMToken.encode(e.id))\""))
            #expect(dot.contains("id=\(DOTText.quoted(e.id))"))
        }
    }

    @Test func emptyGraphIsWellFormedInEveryFormat() throws {
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: Graph(), name: "empty", formats: OutputFormat.allCases, directory: dir)
        #expect(text(dir + "/empty.jsonld").hasSuffix("\"@graph\": []\n}\n"))
        #expect(try JSONLDReader.read(path: dir + "/empty.jsonld").nodeCount == 0)
        #expect(text(dir + "/empty.dot").hasSuffix("}\n"))
        #expect(text(dir + "/empty.graphml").hasSuffix("\n  <graph id=\"empty\" edgedefault=\"directed\"/>\n</graphml>\n"))
    }
}

@Suite struct HeaderTests {
    @Test func mixedPropertyTypesWidenWhateverTheOrder() {
        var g = Graph()
        let p = Fixture.p(0, "x")
        for i in 0..<50 {
            let v: PropertyValue = i == 7 ? .string("seven") : (i == 9 ? .double(0.5) : .int(i))
            g.add(Node(id: NodeID(.person, "p\(i)"), kind: .person, name: "p\(i)", properties: ["k": v, "n": i == 3 ? .double(1) : .int(i)], provenance: [p]))
        }
        let h = GraphHeader(name: "g", graph: g)
        #expect(h.nodeProperties.map(\.name) == ["k", "n"])
        #expect(h.nodeProperties.map(\.type) == [.string, .double])
    }
}
