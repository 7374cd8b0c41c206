import Foundation
import Testing
@testable import NewsGraphIngest
import NewsGraphCore

@Suite struct IngestTests {
    @Test func bomAndCRLFAreRemovedAndOffsetsPointIntoTheFile() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("张良\r\n带队".utf8)
        let doc = try DocumentLoader.load(bytes: bytes, name: "d", origin: "d.txt")
        #expect(doc.text.string == "张良\n带队")
        // "带" is scalar 3 in the normalized text and scalar 4 in the file (after \r\n).
        #expect(doc.offsets.source(3) == 4)
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let bytes: [UInt8] = Array("新闻".utf8) + [0xFF, 0x41]
        #expect(throws: NewsGraphError(file: "bad.txt", byteOffset: 6, message: "invalid UTF-8 (1 bad byte(s) starting 0xFF)")) {
            try DocumentLoader.load(bytes: bytes, name: "bad", origin: "bad.txt")
        }
    }

    @Test func emptyAndBinaryFilesAreRejected() {
        #expect(throws: NewsGraphError.self) { try DocumentLoader.load(bytes: [], name: "e", origin: "e.txt") }
        #expect(throws: NewsGraphError.self) { try DocumentLoader.load(bytes: Array(" \n\r\n".utf8), name: "e", origin: "e.txt") }
        do {
            _ = try DocumentLoader.load(bytes: [0x41, 0x00, 0x42], name: "b", origin: "b.bin")
            Issue.record("binary accepted")
        } catch {
            #expect(error.byteOffset == 1)
            #expect(error.description.contains("binary"))
        }
    }

    @Test func aLineLongerThanTheLimitIsRejectedWithItsOffset() {
        let limit = TextDecoder.maxLineBytes
        let head = Array("标题\n".utf8)  // 7 bytes: the long line starts at byte 7
        let bytes = head + [UInt8](repeating: 0x41, count: limit + 1)
        do {
            _ = try DocumentLoader.load(bytes: bytes, name: "l", origin: "l.txt")
            Issue.record("a line of \(limit + 1) bytes accepted")
        } catch {
            #expect(error.byteOffset == 7)
            #expect(error.description.contains("no line break"))
        }
    }

    @Test func linesUpToTheLimitPassWhateverTheirLineEnd() throws {
        let limit = TextDecoder.maxLineBytes
        let line = [UInt8](repeating: 0x41, count: limit)
        for end: [UInt8] in [[0x0A], [0x0D], [0x0D, 0x0A]] {
            let doc = try DocumentLoader.load(bytes: line + end + line, name: "l", origin: "l.txt")
            #expect(doc.text.count == 2 * limit + 1)
        }
    }

    @Test func textIsNFC() throws {
        // "e" + combining acute → "é"; CJK passes through unchanged.
        let doc = DocumentLoader.load(string: "Cafe\u{301} 新闻", name: "n")
        #expect(doc.text.string == "Café 新闻")
        #expect(doc.offsets.source(5) == 6)  // the space after é
    }

    @Test func directoriesAreWalkedSortedAndNamesMadeUnique() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ng-ingest-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for f in ["b.txt", "a.txt", "sub/a.txt", "graph.txt", "skip.json", ".hidden.txt"] {
            try Data("新闻".utf8).write(to: dir.appendingPathComponent(f))
        }
        let (items, errors) = InputCollector.collect([dir.path, dir.path + "/missing.txt"])
        #expect(items.map(\.name) == ["a", "b", "graph-2", "a-2"])
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("missing.txt") == true)
    }
}
