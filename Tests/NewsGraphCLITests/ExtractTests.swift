import Foundation
import Testing

/// `newsgraph extract`: inputs (stdin, directories), formats, determinism, atomic writes.
@Suite struct ExtractTests {
    static let allFormats = ["dot", "graphml", "jsonld"]

    static func outputs(_ names: [String], _ formats: [String] = allFormats) -> [String] {
        names.flatMap { n in formats.map { "\(n).\($0)" } }.sorted()
    }

    @Test func readsStandardInputAsADocumentNamedStdin() throws {
        let scratch = try ScratchDirectory()
        let r = try CommandRunner.run(["extract", "-", "--output", scratch.path], stdin: try SampleFiles.pageData())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try scratch.files(in: ".") == Self.outputs(["graph", "stdin"]))
        let jsonld = try String(contentsOfFile: scratch.path("stdin.jsonld"), encoding: .utf8)
        #expect(jsonld.contains("\"document\": \"stdin\""))
        #expect(jsonld.contains("person:韩立群"))
    }

    @Test func walksDirectoriesRecursivelyForTextFilesOnly() throws {
        let scratch = try ScratchDirectory()
        let page = try SampleFiles.pageData()
        try scratch.write("in/a.txt", page)
        try scratch.write("in/sub/b.txt", page)
        try scratch.write("in/sub/deeper/c.text", page)
        try scratch.write("in/sub/notes.md", page)  // not a text extension: skipped
        try scratch.write("in/.hidden.txt", page)  // hidden: skipped
        let r = try CommandRunner.run(["extract", scratch.path("in"), "--output", scratch.path("out")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try scratch.files(in: "out") == Self.outputs(["a", "b", "c", "graph"]))
        #expect(r.stderr.contains("3 document(s)"))
    }

    @Test(arguments: [
        ("dot", ["dot"]),
        ("graphml", ["graphml"]),
        ("jsonld,dot", ["dot", "jsonld"]),
        ("graphml,jsonld,dot", ["dot", "graphml", "jsonld"]),
    ])
    func writesOnlyTheSelectedFormats(format: String, extensions: [String]) throws {
        let scratch = try ScratchDirectory()
        let r = try CommandRunner.run(["extract", SampleFiles.page.path, "--format", format, "--output", scratch.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try scratch.files(in: ".") == Self.outputs(["graph", "shunyi-weekly"], extensions))
    }

    @Test func twoRunsWriteByteIdenticalFiles() throws {
        let scratch = try ScratchDirectory()
        for run in ["one", "two"] {
            let r = try CommandRunner.run(["extract", "Samples", SampleFiles.page.path, "--output", scratch.path(run)])
            #expect(r.status == 0, "\(r.stderr)")
        }
        #expect(try SampleFiles.differences(scratch.path("one"), scratch.path("two")) == [])
        #expect(try scratch.files(in: "one").count == 9)  // shunyi-weekly, shunyi-weekly-2, graph
    }

    @Test func leavesNoTemporaryFilesAndReplacesOldOutputsWhole() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("out/shunyi-weekly.dot", "stale")
        let r = try CommandRunner.run(["extract", "Samples", "--output", scratch.path("out")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try scratch.files(in: "out") == Self.outputs(["graph", "shunyi-weekly"]))
        #expect(try SampleFiles.differences(SampleFiles.output.path, scratch.path("out")) == [])
    }

    @Test func aFileThatCannotBeReplacedLeavesNoTemporaryFileBehind() throws {
        let scratch = try ScratchDirectory()
        // A directory where the DOT file should go: the rename into place fails.
        try FileManager.default.createDirectory(atPath: scratch.path("out/shunyi-weekly.dot"), withIntermediateDirectories: true)
        let r = try CommandRunner.run(["extract", "Samples", "--output", scratch.path("out")])
        #expect(r.status == 1)
        #expect(r.stderr.contains("shunyi-weekly.dot"), "\(r.stderr)")
        let files = try scratch.files(in: "out")
        #expect(!files.contains { $0.hasPrefix(".") || $0.hasSuffix(".tmp") }, "\(files)")
        #expect(files.contains("graph.dot"))  // the run went on to the merged graph
    }
}
