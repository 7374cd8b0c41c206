import Foundation

/// Runs the built `newsgraph` binary, makes scratch directories and invented documents.
enum BatchTestSupport {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? repository.appendingPathComponent(".build/debug")
        return products.appendingPathComponent("newsgraph")
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// `newsgraph ARGUMENTS`, or `EXECUTABLE ARGUMENTS` (a shell that sets limits, say).
    static func process(_ arguments: [String], directory: URL = repository, executable: URL? = nil) -> Process {
        let p = Process()
        p.executableURL = executable ?? binary
        p.arguments = arguments
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NEWSGRAPH_RULES"] = repository.appendingPathComponent("Rules").path
        p.environment = env
        return p
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: Data? = nil, directory: URL = repository, executable: URL? = nil) throws -> Output {
        let p = process(arguments, directory: directory, executable: executable)
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        // Read both pipes while writing stdin, so that a large output cannot block the child.
        nonisolated(unsafe) var o = Data(), e = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { o = out.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { e = err.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        group.wait()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: o, stderr: String(decoding: e, as: UTF8.self))
    }

    static func scratch(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ng-batch-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every regular file under `dir` (relative path → bytes), leaving out `.newsgraph/`.
    static func files(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let base = dir.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return out }
        while let rel = walker.nextObject() as? String {
            if rel.hasPrefix(".newsgraph") { continue }
            var isDir: ObjCBool = false
            let path = base + "/" + rel
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out[rel] = FileManager.default.contents(atPath: path)
            }
        }
        return out
    }

    /// `run.json` without what legitimately differs between two runs: timings, and how much was reused.
    static func stableReport(_ data: Data?) -> String {
        guard let data, let text = String(data: data, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").filter { !$0.contains("\"timings\"") }.map { line in
            line.replacingOccurrences(of: #""extracted": \d+, "skipped": \d+, "#, with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }

    /// Invented news items: varied people, bodies, titles and events, so that
    /// identity across documents (namesakes, shared titles) has work to do.
    static func documents(_ count: Int, seed: Int = 0) -> [(id: String, text: String)] {
        let surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]
        let given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"]
        let places = ["北京市", "上海市", "天津市", "重庆市", "河北省", "山西省", "浙江省", "江苏省"]
        let bodies = ["总工会", "妇联", "团委", "科协", "人民医院", "教育局", "文化和旅游局"]
        let titles = ["党组书记", "主席", "副主席", "局长", "院长", "副局长"]
        let events = ["座谈会", "工作会议", "推进会", "表彰大会", "培训班"]
        return (0..<count).map { i in
            let k = i + seed
            let person = surnames[k % surnames.count] + given[(k / 3) % given.count]
            let other = surnames[(k / 7) % surnames.count] + given[(k / 2 + 5) % given.count]
            let org = places[(k / 5) % places.count] + bodies[k % bodies.count]
            let title = titles[(k / 11) % titles.count]
            let event = events[k % events.count]
            let text = """
                \(org)召开\(event)
                本报讯（记者 \(other)）\(1 + k % 12)月\(1 + k % 28)日上午，\(org)\(title)\(person)主持召开\(event)，\
                研究部署下一阶段重点工作。\(org)副主席\(other)出席会议并讲话。
                会议指出，要坚持问题导向，抓好各项任务落实。第\(k)期。
                """
            return (String(format: "doc-%05d", k), text)
        }
    }

    static func jsonl(_ docs: [(id: String, text: String)], date: (Int) -> String? = { _ in nil }) -> Data {
        var out = ""
        for (i, d) in docs.enumerated() {
            var object: [String: String] = ["id": d.id, "text": d.text]
            if let dt = date(i) { object["date"] = dt }
            let json = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            out += String(decoding: json, as: UTF8.self) + "\n"
        }
        return Data(out.utf8)
    }
}
