import Foundation
import NewsGraph
import NewsGraphJSONLD
import NewsGraphSerialization
import Testing

@Suite struct JSONLDRoundTripTests {
    @Test func graphToFileToGraphIsTheSameGraph() throws {
        var g = Fixture.graph()
        // Every property value type, and a start date that is not a full ISO date.
        g.add(
            Node(
                id: NodeID(.person, "测试"), kind: .person, name: "测试",
                properties: [
                    "score": .double(0.5), "big": .double(1e20), "whole": .double(2), "verified": .bool(true),
                    "tags": .strings(["甲", "乙|丙"]), "weird key": .string("v"), "name": .string("shadow"),
                ],
                provenance: [Fixture.p(300, "测试")]))
        g.add(
            Node(
                id: NodeID(rawValue: "event:other#1"), kind: .event, name: "会见",
                properties: ["date": .string("近日"), "startDate": .string("2024-03"), "trigger": .string("会见")],
                provenance: [Fixture.p(310, "会见")]))
        g.add(
            Edge(
                kind: .mentions, source: Fixture.article, target: NodeID(.person, "测试"), qualifier: "1",
                properties: ["count": .int(1), "note": .string("x")], provenance: [Fixture.p(300, "测试")]))

        let dir = try temporaryDirectory()
        let path = dir + "/g.jsonld"
        try GraphFileWriter.write(graph: g, name: "g", format: .jsonld, to: path)
        let back = try JSONLDReader.read(path: path)
        #expect(back.nodeCount == g.nodeCount)
        #expect(back.edgeCount == g.edgeCount)
        #expect(back.nodes == g.nodes)
        #expect(back.edges == g.edges)
        // Writing the read graph gives the same bytes.
        try GraphFileWriter.write(graph: back, name: "g", format: .jsonld, to: dir + "/h.jsonld")
        #expect(bytes(dir + "/h.jsonld") == bytes(path))
    }

    @Test func readerReportsWhereAFileIsBroken() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/bad.jsonld"
        try "{\n  \"@graph\": [\n    {\"@id\": \"x\" \"oops\"}\n  ]\n}\n".write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try JSONLDReader.read(path: path)
            Issue.record("expected an error")
        } catch let e as NewsGraphError {
            #expect(e.line == 3)
            #expect(e.file == path)
        }
        try "{\"@graph\": [{\"@id\": \"x\", \"@type\": \"Thing\"}]}".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: NewsGraphError.self) { try JSONLDReader.read(path: path) }
    }
}
