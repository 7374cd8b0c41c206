#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import NewsGraphCore
import NewsGraphSerialization

/// The run manifest: `OUT/.newsgraph/journal.jsonl`, one JSON line per document
/// whose outputs are complete, appended in input order as the run goes.
///
/// A line is appended (one `write`) only after the document's files were renamed
/// into place, so after any kill, `kill -9` included, every line names a
/// document whose files are whole; a torn last line is ignored. The file is
/// fsync'ed at most every half second and at the end (a power loss costs at most
/// the last half second's documents, which the next run redoes). Later lines
/// win; a skipped document is not written again, so the file grows only by the
/// documents a run extracted. The whole journal is held in memory while a run
/// goes (about 150 bytes a document).
///
/// A document is unchanged, and skipped, when the journal has its name with the
/// same input hash (its bytes, or its JSONL line) and the same configuration
/// hash (rules, formats, decoding options) and `OUT/NAME.jsonld` exists.
public final class RunJournal {
    public struct Entry: Sendable, Equatable {
        public var name: String
        /// FNV-1a 64 of the input bytes.
        public var input: String
        /// `BatchConfiguration.hash`: rules version and output options.
        public var config: String
        /// `ContentHash` of the normalized text (for the store).
        public var text: String

        public init(name: String, input: String, config: String, text: String) {
            self.name = name
            self.input = input
            self.config = config
            self.text = text
        }

        var line: [UInt8] {
            var out: [UInt8] = Array("{\"name\":".utf8)
            JSONText.appendQuoted(name, to: &out)
            out += Array(",\"input\":\"\(input)\",\"config\":\"\(config)\",\"text\":\"\(text)\"}\n".utf8)
            return out
        }
    }

    public let directory: String
    public var path: String { directory + "/journal.jsonl" }
    /// What earlier runs recorded, by document name.
    public private(set) var previous: [String: Entry] = [:]
    var fd: Int32 = -1
    var lastSync = Date.distantPast

    /// Opens (creating) `OUT/.newsgraph/` and reads what earlier runs recorded.
    public init(outputDirectory: String) throws {
        directory = (outputDirectory as NSString).appendingPathComponent(".newsgraph")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if let data = FileManager.default.contents(atPath: path) {
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let value = try? JSONParser.parse(Array(line), file: path),
                    let name = value["name"]?.string, let input = value["input"]?.string,
                    let config = value["config"]?.string, let text = value["text"]?.string
                else { continue }  // a line torn by a kill
                previous[name] = Entry(name: name, input: input, config: config, text: text)
            }
        }
        fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw NewsGraphError(file: path, message: "cannot open: \(String(cString: strerror(errno)))") }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The recorded entry for a document that is unchanged (same name, input and configuration).
    public func unchanged(name: String, input: String, config: String) -> Entry? {
        guard let e = previous[name], e.input == input, e.config == config else { return nil }
        return e
    }

    /// Appends `entry` (its document's files are complete).
    public func append(_ entry: Entry) throws {
        let line = entry.line
        let n = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard n == line.count else {
            let reason = n < 0 ? String(cString: strerror(errno)) : "short write"
            throw NewsGraphError(file: path, message: "cannot append to the journal: \(reason)")
        }
        if Date().timeIntervalSince(lastSync) > 0.5 {
            fsync(fd)
            lastSync = Date()
        }
    }

    /// Flushes the journal to disk (the end of a run).
    public func finish() {
        fsync(fd)
    }
}
