import Foundation
import Testing

/// The real binary over generated documents: determinism across --jobs,
/// incremental runs, kill -9 and --resume, fragments and merge, unsafe ids.
@Suite(.serialized) struct BatchRunTests {
    typealias T = BatchTestSupport

    /// Writes `count` documents: most as text files in a tree, the rest as a gzipped JSONL file.
    static func corpus(_ dir: URL, count: Int) throws {
        let docs = T.documents(count)
        let files = docs.prefix(count / 2)
        for (i, d) in files.enumerated() {
            let sub = dir.appendingPathComponent("text/\(i % 3)")
            try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
            try Data(d.text.utf8).write(to: sub.appendingPathComponent(d.id + ".txt"))
        }
        let lines = Array(docs.dropFirst(count / 2))
        try T.jsonl(lines, date: { $0 % 2 == 0 ? "2024-03-0\(1 + $0 % 9)" : nil }).write(to: dir.appendingPathComponent("feed.jsonl"))
        try T.run(["--help"])  // nothing; keeps the first process start out of timings
    }

    @Test func jobsOneAndTwoGiveByteIdenticalOutputs() throws {
        let dir = try T.scratch("jobs")
        try Self.corpus(dir.appendingPathComponent("in"), count: 60)
        var results: [[String: Data]] = []
        for jobs in ["1", "2"] {
            let out = dir.appendingPathComponent("out\(jobs)")
            let r = try T.run(["extract", "in", "--output", out.path, "--jobs", jobs, "--quiet"], directory: dir)
            #expect(r.status == 0, "\(r.stderr)")
            var files = T.files(out)
            #expect(files.count == 61 * 3 + 1)
            files["run.json"] = Data(T.stableReport(files["run.json"]).utf8)
            results.append(files)
        }
        #expect(results[0] == results[1])
        #expect(results[0]["graph.jsonld"]!.count > 10_000)
    }

    @Test func unchangedDocumentsAreSkippedAndChangedOnesRedone() throws {
        let dir = try T.scratch("skip")
        try Self.corpus(dir.appendingPathComponent("in"), count: 20)
        let out = dir.appendingPathComponent("out")
        let args = ["extract", "in", "--output", out.path, "--format", "jsonld", "--quiet"]
        #expect(try T.run(args, directory: dir).status == 0)
        let first = T.files(out)
        #expect(String(decoding: first["run.json"]!, as: UTF8.self).contains("\"extracted\": 20, \"skipped\": 0"))

        let second = try T.run(args, directory: dir)
        #expect(second.stderr.contains("0 extracted, 20 unchanged"))
        var again = T.files(out)
        #expect(String(decoding: again["run.json"]!, as: UTF8.self).contains("\"extracted\": 0, \"skipped\": 20"))
        again["run.json"] = first["run.json"]
        #expect(T.stableReport(T.files(out)["run.json"]) == T.stableReport(first["run.json"]))
        #expect(again.filter { $0.key != "run.json" } == first.filter { $0.key != "run.json" })

        // One text file edited: only it is extracted again.
        let edited = dir.appendingPathComponent("in/text/0/doc-00000.txt")
        try Data((String(decoding: try Data(contentsOf: edited), as: UTF8.self) + "\n补充一句。").utf8).write(to: edited)
        let third = try T.run(args, directory: dir)
        #expect(third.stderr.contains("1 extracted, 19 unchanged"), "\(third.stderr)")
        // --force extracts everything.
        let forced = try T.run(args + ["--force"], directory: dir)
        #expect(forced.stderr.contains("20 extracted, 0 unchanged"), "\(forced.stderr)")
        // Other rules (another configuration) extract everything again.
        let rules = dir.appendingPathComponent("rules")
        try FileManager.default.copyItem(at: T.repository.appendingPathComponent("Rules"), to: rules)
        let extra = rules.appendingPathComponent("README-test.txt")
        try Data("x".utf8).write(to: extra)
        let otherRules = try T.run(args + ["--rules", rules.path], directory: dir)
        #expect(otherRules.stderr.contains("20 extracted, 0 unchanged"), "\(otherRules.stderr)")
    }

    @Test func killedRunResumedEqualsAnUninterruptedRun() throws {
        let dir = try T.scratch("resume")
        try Self.corpus(dir.appendingPathComponent("in"), count: 300)
        let reference = dir.appendingPathComponent("reference")
        let args = ["extract", "in", "--jobs", "2", "--quiet"]
        #expect(try T.run(args + ["--output", reference.path], directory: dir).status == 0)

        let out = dir.appendingPathComponent("killed")
        let p = T.process(args + ["--output", out.path], directory: dir)
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Kill it once some, but not all, documents are written.
        let deadline = Date().addingTimeInterval(120)
        var written = 0
        while Date() < deadline {
            written = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasSuffix(".dot") }.count
            if written >= 40 { break }
            usleep(20_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(written >= 40)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.jsonld").path))

        let resumed = try T.run(["extract", "--resume", "--output", out.path, "--quiet"], directory: dir)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains(" unchanged"))
        var a = T.files(reference), b = T.files(out)
        #expect(T.stableReport(a["run.json"]) == T.stableReport(b["run.json"]))
        a["run.json"] = nil
        b["run.json"] = nil
        #expect(a.count == 300 * 3 + 3)
        #expect(Set(a.keys) == Set(b.keys))
        for (name, data) in a where b[name] != data { Issue.record("\(name) differs after resume") }
        // Nothing half-written was left behind.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(hidden.isEmpty)
    }

    @Test func fragmentsThenMergeEqualTheDirectRun() throws {
        let dir = try T.scratch("fragments")
        try Self.corpus(dir.appendingPathComponent("in"), count: 40)
        let direct = dir.appendingPathComponent("direct")
        #expect(try T.run(["extract", "in", "--output", direct.path, "--quiet"], directory: dir).status == 0)
        let frags = try T.run(["extract", "in", "--format", "jsonl", "--output", "-", "--quiet"], directory: dir)
        #expect(frags.status == 0, "\(frags.stderr)")
        let lines = frags.stdout.split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == 40)
        // Fragments split in two files, merged in order.
        try Data(lines.prefix(15).joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: dir.appendingPathComponent("a.jsonl"))
        try Data(lines.dropFirst(15).joined(separator: [UInt8(ascii: "\n")]) + [UInt8(ascii: "\n")]).write(to: dir.appendingPathComponent("b.jsonl"))
        let merged = dir.appendingPathComponent("merged")
        let m = try T.run(["merge", "a.jsonl", "b.jsonl", "--output", merged.path, "--db", dir.appendingPathComponent("g.sqlite").path], directory: dir)
        #expect(m.status == 0, "\(m.stderr)")
        var a = T.files(direct), b = T.files(merged)
        a["run.json"] = nil
        b["run.json"] = nil
        #expect(a.count == 41 * 3)
        #expect(a == b)
        // The same through stdin JSONL.
        let feed = try Data(contentsOf: dir.appendingPathComponent("in/feed.jsonl"))
        let piped = try T.run(["extract", "-", "--stdin-format", "jsonl", "--format", "jsonl", "--output", "-", "--quiet"], stdin: feed, directory: dir)
        #expect(piped.status == 0)
        #expect(piped.stdout.split(separator: UInt8(ascii: "\n")).count == 20)
    }

    @Test func unsafeIdsWriteNothingOutsideTheOutput() throws {
        let dir = try T.scratch("unsafe")
        let work = dir.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let ids = ["../../x", "../../../y", "/etc/passwd", "/tmp/ng-escape-\(getpid())", "..", ".", "out/../../z", "~root", "a\\..\\..\\w"]
        let feed = T.jsonl(ids.enumerated().map { (id: $0.element, text: "北京市总工会召开座谈会，第\($0.offset)条。") })
        try feed.write(to: work.appendingPathComponent("feed.jsonl"))
        let before = Set(T.files(dir).keys)
        let r = try T.run(["extract", "feed.jsonl", "--output", "out", "--quiet"], directory: work)
        #expect(r.status == 0, "\(r.stderr)")
        // Everything new is in out/ (the run journal in out/.newsgraph/).
        let after = Set(T.files(dir).keys).subtracting(before).filter { !$0.hasPrefix("a/b/c/out/.newsgraph/") }
        #expect(!after.isEmpty)
        for path in after { #expect(path.hasPrefix("a/b/c/out/") && !path.dropFirst(10).contains("/"), "\(path)") }
        #expect(after.count == (ids.count + 1) * 3 + 1)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/ng-escape-\(getpid()).jsonld"))
        #expect(!FileManager.default.fileExists(atPath: "/etc/passwd.jsonld"))
    }

    @Test func inputsOfEveryKindThroughTheCLI() throws {
        let dir = try T.scratch("kinds")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let sentence = "北京市总工会党组书记王伟主持召开座谈会。"
        try Data(sentence.utf8).write(to: input.appendingPathComponent("plain.txt"))
        try Data(try InputKindsTests.gb18030(sentence)).write(to: input.appendingPathComponent("legacy.txt"))
        try Data([0xFF, 0xFE] + sentence.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }).write(to: input.appendingPathComponent("wide.txt"))
        try Data("<html><body><h1>标题</h1><p>\(sentence)</p><footer>版权</footer></body></html>".utf8).write(to: input.appendingPathComponent("page.html"))
        try Data("{\"id\": \"j1\", \"text\": \"\(sentence)\"}\nbroken\n".utf8).write(to: input.appendingPathComponent("feed.jsonl"))
        try Data("skipped".utf8).write(to: input.appendingPathComponent("notes.md"))
        let out = dir.appendingPathComponent("out")
        let r = try T.run(["extract", "in", "--output", out.path, "--format", "jsonld", "--quiet"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("feed.jsonl:2:1: invalid JSON"), "\(r.stderr)")
        let names = Set(T.files(out).keys)
        #expect(names == ["plain.jsonld", "legacy.jsonld", "wide.jsonld", "page.jsonld", "j1.jsonld", "graph.jsonld", "run.json"])
        let plain = T.files(out)["plain.jsonld"]!
        for other in ["legacy.jsonld", "wide.jsonld"] {
            let text = String(decoding: T.files(out)[other]!, as: UTF8.self)
            #expect(text.contains("王伟"), "\(other)")
            #expect(text.replacingOccurrences(of: other.replacingOccurrences(of: ".jsonld", with: ""), with: "plain")
                == String(decoding: plain, as: UTF8.self) || other == "wide.jsonld")
        }
        let report = String(decoding: T.files(out)["run.json"]!, as: UTF8.self)
        #expect(report.contains("\"line\": 2"))
        #expect(report.contains("\"failed\": 1"))
        // --encoding utf-8 refuses the GB18030 file, naming the byte offset.
        let forced = try T.run(["extract", "in/legacy.txt", "--output", out.path, "--encoding", "utf-8", "--quiet"], directory: dir)
        #expect(forced.status == 1)
        #expect(forced.stderr.contains("legacy.txt (byte 0): invalid UTF-8"), "\(forced.stderr)")
    }
}
