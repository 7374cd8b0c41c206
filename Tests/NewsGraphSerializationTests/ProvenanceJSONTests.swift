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

    @Test func formatsWrittenTogetherAreTheFormatsWrittenAlone() throws {
        var graph = Fixture.graph()
        graph.add(
            Node(
                id: NodeID(.person, "赵六"), kind: .person, name: "赵六",
                provenance: [Fixture.p(300, "赵\r六&\u{FFFF}", "person.x"), Fixture.p(310, "", "")]))
        let together = try temporaryDirectory()
        try GraphFileWriter.write(graph: graph, name: "g", formats: [.jsonld, .graphml, .dot], directory: together)
        let alone = try temporaryDirectory()
        for format in OutputFormat.allCases {
            try GraphFileWriter.write(graph: graph, name: "g", format: format, to: alone + "/g." + format.fileExtension)
            let a = try Data(contentsOf: URL(fileURLWithPath: together + "/g." + format.fileExtension))
            let b = try Data(contentsOf: URL(fileURLWithPath: alone + "/g." + format.fileExtension))
            #expect(a == b, "\(format)")
        }
    }
}
