import Foundation

/// Where things are, relative to this checkout.
public enum Paths {
    /// The main package's root (`Benchmarks/..`).
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().standardizedFileURL.path

    public static var rulesDirectory: String {
        env("NEWSGRAPH_RULES") ?? root + "/Rules"
    }

    /// The xwlb corpus: `$NEWSGRAPH_XWLB`, else `../shared/corpus/volume/xwlb.jsonl.gz` beside the checkout.
    public static var xwlb: String {
        env("NEWSGRAPH_XWLB") ?? URL(fileURLWithPath: root + "/../shared/corpus/volume/xwlb.jsonl.gz").standardizedFileURL.path
    }

    static func env(_ name: String) -> String? {
        guard let v = ProcessInfo.processInfo.environment[name], !v.isEmpty else { return nil }
        return v
    }
}

public struct CorpusDocument: Sendable {
    public var id: String
    public var text: String
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case missing(String)
    case unreadable(String)
    public var description: String {
        switch self {
        case .missing(let p): "corpus not found: \(p)"
        case .unreadable(let p): "cannot read corpus: \(p)"
        }
    }
}

/// JSONL corpora (`{"id": …, "text": …}` per line), plain or gzip (read through `gzip -dc`).
public enum JSONLCorpus {
    /// Calls `body` for each document, streaming: memory stays flat in the file's size.
    /// `limitBytes` stops after the documents whose text reaches that many UTF-8 bytes.
    public static func forEach(path: String, limitBytes: Int = .max, _ body: (CorpusDocument) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw CorpusError.missing(path) }
        var process: Process? = nil
        let handle: FileHandle
        if path.hasSuffix(".gz") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "exec gzip -dc \"$0\"", path]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            process = p
            handle = pipe.fileHandleForReading
        } else {
            guard let h = FileHandle(forReadingAtPath: path) else { throw CorpusError.unreadable(path) }
            handle = h
        }
        defer {
            if let process {
                if process.isRunning { process.terminate() }
                process.waitUntilExit()
            }
        }
        var pending: [UInt8] = []
        var total = 0
        func emit(_ line: ArraySlice<UInt8>) throws -> Bool {
            guard !line.isEmpty else { return true }
            let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            guard let text = obj?["text"] as? String else { return true }
            let id = obj?["id"] as? String ?? "doc"
            try body(CorpusDocument(id: id, text: text))
            total += text.utf8.count
            return total < limitBytes
        }
        reading: while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                if try !emit(pending[start..<nl]) { break reading }
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        if total < limitBytes { _ = try emit(pending[...]) }
    }

    public static func load(path: String, limitBytes: Int = .max) throws -> [CorpusDocument] {
        var docs: [CorpusDocument] = []
        try forEach(path: path, limitBytes: limitBytes) { docs.append($0) }
        return docs
    }

    /// One JSONL line, the way Python's `json.dumps(ensure_ascii=False)` would write it.
    public static func line(_ doc: CorpusDocument) -> String {
        "{\"id\": \(quote(doc.id)), \"text\": \(quote(doc.text))}\n"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 8)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// The sum of the documents' UTF-8 text sizes, in bytes.
public func textBytes(_ docs: [CorpusDocument]) -> Int { docs.reduce(0) { $0 + $1.text.utf8.count } }
