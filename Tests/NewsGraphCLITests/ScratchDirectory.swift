import Foundation

/// A fresh directory under the system temp dir for one test, removed when the test lets go of it.
final class ScratchDirectory {
    let url: URL
    var path: String { url.path }

    init(_ label: String = #function) throws {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsgraph-cli-\(safe)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `bytes` to `relative`, creating the directories on the way.
    @discardableResult
    func write(_ relative: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, Data(text.utf8)) }

    /// The names of the files directly in `relative` (hidden ones included), sorted.
    /// The graph files of a directory: the run's bookkeeping (`run.json` with its
    /// timings, the `.newsgraph/` journal) is not output to compare.
    func files(in relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path(relative)).filter(SampleFiles.isGraphFile).sorted()
    }
}

/// The committed sample and its expected output.
enum SampleFiles {
    static let samples = CommandRunner.repository.appendingPathComponent("Samples")
    static let output = CommandRunner.repository.appendingPathComponent("Output")
    static let page = samples.appendingPathComponent("shunyi-weekly.txt")
    static let gold = CommandRunner.repository.appendingPathComponent("Tests/NewsGraphCLITests/Gold/shunyi-weekly.gold.json")

    static func pageData() throws -> Data { try Data(contentsOf: page) }

    static func isGraphFile(_ name: String) -> Bool { name != "run.json" && name != ".newsgraph" }

    /// Byte-compares every file of two directories; returns what differs (empty when equal).
    static func differences(_ expected: String, _ actual: String) throws -> [String] {
        let fm = FileManager.default
        let a = Set(try fm.contentsOfDirectory(atPath: expected).filter(isGraphFile))
        let b = Set(try fm.contentsOfDirectory(atPath: actual).filter(isGraphFile))
        var out = a.subtracting(b).sorted().map { "missing \($0)" } + b.subtracting(a).sorted().map { "extra \($0)" }
        for name in a.intersection(b).sorted() {
            let x = fm.contents(atPath: expected + "/" + name), y = fm.contents(atPath: actual + "/" + name)
            if x != y { out.append("differs \(name)") }
        }
        return out
    }
}
