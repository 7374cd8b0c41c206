import Foundation
import NewsGraph
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization
import Testing

struct Boom: Error {}

@Suite struct AtomicWriteTests {
    func entries(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
    }

    @Test func aSinkWriterThatFailsLeavesNoTemporaryFileAndTheOldFileIntact() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/g.jsonld"
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: Boom.self) {
            try AtomicFile.write(to: path) { (sink: ByteSink) in
                var w = JSONLDWriter(sink: sink)
                try w.begin(GraphHeader(name: "g", graph: Fixture.graph()))
                for n in Fixture.graph().nodes { try w.write(n) }
                try sink.flush()  // bytes really reach the temporary file
                throw Boom()
            }
        }
        #expect(try entries(dir) == ["g.jsonld"])
        #expect(text(path) == "old")
    }

    @Test func aGraphMLWriterThatFailsLeavesNoTemporaryFile() throws {
        let dir = try temporaryDirectory()
        let path = dir + "/g.graphml"
        // A header that does not declare the event's properties: the writer refuses mid-file.
        #expect(throws: NewsGraphError.self) {
            try AtomicFile.write(to: path) { (sink: ByteSink) in
                var w = try GraphMLWriter(sink: sink)
                try w.begin(GraphHeader(name: "g", nodeProperties: [], edgeProperties: []))
                for n in Fixture.graph().nodes { try w.write(n) }
                try w.finish()
            }
        }
        #expect(try entries(dir) == [])
    }

    @Test func aMissingDirectoryFailsCleanly() throws {
        let dir = try temporaryDirectory()
        for format in OutputFormat.allCases {
            #expect(throws: NewsGraphError.self) {
                try GraphFileWriter.write(graph: Fixture.graph(), name: "g", formats: [format], directory: dir + "/missing")
            }
        }
        #expect(try entries(dir) == [])
    }

    @Test func aSuccessfulWriteLeavesOnlyTheFiles() throws {
        let dir = try temporaryDirectory()
        let paths = try GraphFileWriter.write(
            graph: Fixture.graph(), name: "seed-page", formats: OutputFormat.allCases, directory: dir)
        #expect(paths == OutputFormat.allCases.map { dir + "/seed-page." + $0.fileExtension })
        #expect(try entries(dir) == ["seed-page.dot", "seed-page.graphml", "seed-page.jsonld"])
    }

    @Test func aNameThatLooksPercentEncodedIsWrittenUnderThatName() throws {
        // libxml2's filename writer would percent-decode `%41` to `A`.
        let dir = try temporaryDirectory()
        try GraphFileWriter.write(graph: Fixture.graph(), name: "a%41 b", formats: [.graphml], directory: dir)
        #expect(try entries(dir) == ["a%41 b.graphml"])
    }
}
