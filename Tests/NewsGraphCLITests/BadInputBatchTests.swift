import Foundation
import Testing

/// One batch holding every kind of bad input beside good documents: each bad one is
/// reported by name (and byte offset), every good one is written, and the exit status is 1.
@Suite struct BadInputBatchTests {
    /// 100 MB of valid text without a line break (built at test time, never committed).
    static func writeHugeLine(_ scratch: ScratchDirectory) throws -> String {
        let path = scratch.path("in/one-line.txt")
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let chunk = Data(String(repeating: "职工之家", count: 87_381).utf8)  // just under 1 MiB
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.close()
        return path
    }

    @Test func badInputsAreReportedAndGoodOnesWritten() throws {
        let scratch = try ScratchDirectory()
        let good1 = try scratch.write("in/good-one.txt", try SampleFiles.pageData())
        let good2 = try scratch.write("in/good-two.txt", "社区工会举办读书会\n\n本报讯（记者 严可为）近日，石景山区总工会主席葛文杰出席读书会。\n")
        let invalid = try scratch.write("in/invalid.txt", Data("新闻".utf8) + Data([0xFF, 0x41]))
        let empty = try scratch.write("in/empty.txt", Data())
        let binary = try scratch.write("in/binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        let huge = try Self.writeHugeLine(scratch)
        let missing = scratch.path("in/missing.txt")

        let out = scratch.path("out")
        let r = try CommandRunner.run(["extract", good1, invalid, empty, binary, huge, missing, good2, "--output", out])

        #expect(r.status == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        func message(for path: String) -> String? { lines.first { $0.contains(path + ":") || $0.contains(path + " (") } }
        #expect(message(for: invalid)?.contains("(byte 6): invalid UTF-8") == true, "\(r.stderr)")
        #expect(message(for: empty)?.contains("empty document") == true, "\(r.stderr)")
        #expect(message(for: binary)?.contains("(byte 8): binary file") == true, "\(r.stderr)")
        #expect(message(for: huge)?.contains("(byte 0): a line longer than") == true, "\(r.stderr)")
        #expect(message(for: missing)?.contains("no such file") == true, "\(r.stderr)")
        #expect(r.stderr.contains("5 failed"))

        let written = try scratch.files(in: "out")
        let expected = ["good-one", "good-two", "graph"].flatMap { n in ["dot", "graphml", "jsonld"].map { "\(n).\($0)" } }
        #expect(written == expected.sorted())
        let merged = try String(contentsOfFile: out + "/graph.jsonld", encoding: .utf8)
        #expect(merged.contains("person:韩立群") && merged.contains("person:葛文杰"))
    }

    @Test func aCleanBatchExitsZero() throws {
        let scratch = try ScratchDirectory()
        let r = try CommandRunner.run(["extract", SampleFiles.page.path, "--output", scratch.path("out")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("1 document(s)"))
    }
}
