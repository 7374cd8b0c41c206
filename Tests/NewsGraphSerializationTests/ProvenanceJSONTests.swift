import Foundation
import NewsGraph
import NewsGraphSerialization
import Testing

/// Provenance rendered once and shared must print exactly what each writer prints alone.
@Suite struct ProvenanceJSONTests {
    static let lists: [[Provenance]] = [
        [],
        [Fixture.p(10, "张良")],
        [Fixture.p(10, "张\u{1}良", "person.name"), Fixture.p(40, "A&B <C> \"Q\" \\ \r\n", "rule\"x"), Fixture.p(90, "", "", doc: "")],
        [Fixture.p(5, "北京市总工会", "person.name"), Fixture.p(7, "\u{FFFE}（）", "person.name", doc: "other")],
        [Fixture.p(1, "again", "person.name")],
        // Canonically equivalent documents, different bytes: each renders its own.
        [Fixture.p(2, "x", doc: "caf\u{E9}"), Fixture.p(3, "y", doc: "cafe\u{301}")],
    ]

    @Test func listsAreTheCompactAndTheSpacedJSON() {
        let rendered = ProvenanceJSON()
        for list in Self.lists { rendered.append(list) }
        for (k, list) in Self.lists.enumerated() {
            var compact: [UInt8] = [], spaced: [UInt8] = []
            JSONText.appendProvenance(list, compact: true, to: &compact)
            JSONText.appendProvenance(list, compact: false, to: &spaced)
            #expect(Array(rendered.list(k).json) == compact)
            let out = ByteBuffer()
            rendered.list(k).appendSpaced(to: out)
            #expect(Array(out.bytes) == spaced)
            #expect(rendered.list(k).entryCount == list.count)
        }
        // Plain: nothing escaped in JSON, nothing markup treats apart (`&`, `<`, `>`, EF).
        #expect(rendered.list(1).isPlain && rendered.list(4).isPlain)
        #expect(!rendered.list(2).isPlain && !rendered.list(3).isPlain)
    }

    @Test func aRepeatedListIsTheListItRepeats() {
        let rendered = ProvenanceJSON()
        for list in Self.lists { rendered.append(list) }
        rendered.repeatList(2)
        rendered.repeatList(0)
        rendered.append(Self.lists[1])
        for (k, original) in [(Self.lists.count, 2), (Self.lists.count + 1, 0), (Self.lists.count + 2, 1)] {
            let (a, b) = (rendered.list(k), rendered.list(original))
            #expect(Array(a.json) == Array(b.json) && a.entryCount == b.entryCount && a.isPlain == b.isPlain)
            for e in 0..<a.entryCount {
                for v in JSONText.provenanceKeys.indices { #expect(Array(a.value(e, v)) == Array(b.value(e, v))) }
            }
        }
        #expect(rendered.count == Self.lists.count + 3)
    }

    /// A byline's Person and its author edge share one provenance list, an article's headline is
    /// its name and a property: what is rendered or escaped once for both prints as each alone.
    @Test func sharedListsAndHeadlinesPrintAsWrittenAlone() throws {
        var graph = Graph()
        let cites = [Fixture.p(20, "赵\r六&", "layout.byline"), Fixture.p(30, "赵六", "person.x")]
        let headline = "A&B <会议> \"召开\""
        graph.add(
            Node(
                id: Fixture.article, kind: .article, name: headline,
                properties: ["document": .string(Fixture.doc), "index": .int(0), "headline": .string(headline)],
                provenance: [Fixture.p(0, headline, "layout.article")]))
        graph.add(Node(id: NodeID(.person, "赵六"), kind: .person, name: "赵六", provenance: cites))
        graph.add(
            Edge(
                kind: .author, source: Fixture.article, target: NodeID(.person, "赵六"), qualifier: "reporter",
                properties: ["role": .string("reporter")], provenance: cites))
        let together = try writtenTogetherAndAlone(graph)
        // The headline property holds what the name does, escaped for each format.
        let graphML = try String(contentsOfFile: together + "/g.graphml", encoding: .utf8)
        for key in ["n.label", "n.name", "n.p.headline"] {
            #expect(graphML.contains("<data key=\"\(key)\">A&amp;B &lt;会议&gt; \"召开\"</data>"), "\(key)")
        }
        let jsonLD = try String(contentsOfFile: together + "/g.jsonld", encoding: .utf8)
        for term in ["name", "headline"] { #expect(jsonLD.contains("\"\(term)\": \"A&B <会议> \\\"召开\\\"\""), "\(term)") }
    }

    @Test func formatsWrittenTogetherAreTheFormatsWrittenAlone() throws {
        var graph = Fixture.graph()
        graph.add(
            Node(
                id: NodeID(.person, "赵六"), kind: .person, name: "赵六",
                provenance: [Fixture.p(300, "赵\r六&\u{FFFF}", "person.x"), Fixture.p(310, "", "")]))
        _ = try writtenTogetherAndAlone(graph)
    }

    /// Writes `graph` in every format at once and in each alone, expects the same bytes of both,
    /// and returns the folder of the first.
    func writtenTogetherAndAlone(_ graph: Graph) throws -> String {
        let together = try temporaryDirectory()
        try GraphFileWriter.write(graph: graph, name: "g", formats: [.jsonld, .graphml, .dot], directory: together)
        let alone = try temporaryDirectory()
        for format in OutputFormat.allCases {
            try GraphFileWriter.write(graph: graph, name: "g", format: format, to: alone + "/g." + format.fileExtension)
            let a = try Data(contentsOf: URL(fileURLWithPath: together + "/g." + format.fileExtension))
            let b = try Data(contentsOf: URL(fileURLWithPath: alone + "/g." + format.fileExtension))
            #expect(a == b, "\(format)")
        }
        return together
    }
}
