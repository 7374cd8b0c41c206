import Foundation
import Testing

/// What the world does to a running batch: signals, a full disk, symlink loops,
/// a 100 MB line in a JSONL feed. Every case leaves only whole files, and a
/// stopped run finished with `--resume` equals an uninterrupted one.
@Suite(.serialized) struct HostileRunTests {
    typealias T = BatchTestSupport

    /// Files of `dir` that a killed or failed writer could have left half-written.
    static func temporaryFiles(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".tmp") }
    }

    /// Every file in `out` but run.json is byte-identical to the reference's file of the same name.
    static func expectWholeFiles(_ out: URL, like reference: [String: Data]) {
        for (name, data) in T.files(out) where name != "run.json" {
            #expect(reference[name] == data, "\(name) is not the reference's")
        }
    }

    static func expectResumeEqualsReference(_ out: URL, _ reference: [String: Data], directory: URL) throws {
        let resumed = try T.run(["extract", "--resume", "--output", out.path, "--quiet"], directory: directory)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        var a = reference, b = T.files(out)
        #expect(T.stableReport(a["run.json"]) == T.stableReport(b["run.json"]))
        a["run.json"] = nil
        b["run.json"] = nil
        #expect(Set(a.keys) == Set(b.keys))
        for (name, data) in a where b[name] != data { Issue.record("\(name) differs after resume") }
    }

    @Test func sigintAndSigtermStopCleanlyAndResumeFinishes() throws {
        let dir = try T.scratch("signals")
        try BatchRunTests.corpus(dir.appendingPathComponent("in"), count: 300)
        let args = ["extract", "in", "--jobs", "2", "--quiet"]
        let referenceDir = dir.appendingPathComponent("reference")
        #expect(try T.run(args + ["--output", referenceDir.path], directory: dir).status == 0)
        let reference = T.files(referenceDir)

        for (signal, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            let out = dir.appendingPathComponent("out-\(name)")
            let p = T.process(args + ["--output", out.path], directory: dir)
            let err = Pipe()
            p.standardError = err
            try p.run()
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline {
                let written = ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter { $0.hasSuffix(".dot") }
                if written.count >= 40 { break }
                usleep(20_000)
            }
            kill(p.processIdentifier, signal)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            #expect(p.terminationReason == .exit, "\(name): the process handles the signal")
            #expect(p.terminationStatus == 128 + signal, "\(name): \(stderr)")
            #expect(stderr.contains("stopped (\(name))"), "\(stderr)")
            #expect(stderr.contains("--resume"))
            #expect(Self.temporaryFiles(out).isEmpty)
            // The merged graph of a stopped run would be partial: it is not written.
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.jsonld").path))
            let documents = T.files(out).keys.filter { $0.hasSuffix(".jsonld") }
            #expect(documents.count >= 40 && documents.count < 300, "\(name): \(documents.count) documents")
            Self.expectWholeFiles(out, like: reference)
            try Self.expectResumeEqualsReference(out, reference, directory: dir)
        }
    }

    /// A file-size limit (`ulimit -f`) makes writes fail mid-file, as a full disk does.
    @Test func aFailingDiskStopsTheRunWithAClearErrorAndNoPartialFile() throws {
        let dir = try T.scratch("disk")
        try BatchRunTests.corpus(dir.appendingPathComponent("in"), count: 40)
        let referenceDir = dir.appendingPathComponent("reference")
        #expect(try T.run(["extract", "in", "--output", referenceDir.path, "--quiet"], directory: dir).status == 0)
        let reference = T.files(referenceDir)
        // Room for every document's files, not for the merged graph's GraphML.
        let limitKB = 24
        #expect(reference["graph.graphml"]!.count > limitKB * 1024)
        #expect(reference.filter { $0.key.hasPrefix("doc-") }.allSatisfy { $0.value.count < limitKB * 1024 })

        func limited(_ arguments: [String]) throws -> T.Output {
            try T.run(
                ["-c", "ulimit -f \(limitKB); exec \"$0\" \"$@\"", T.binary.path] + arguments, directory: dir,
                executable: URL(fileURLWithPath: "/bin/bash"))
        }
        // The per-document files fit; the merged graph does not: reported, nothing partial left.
        let out = dir.appendingPathComponent("out")
        let r = try limited(["extract", "in", "--output", out.path, "--jobs", "2", "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/graph.") && r.stderr.contains("File too large"), "\(r.stderr)")
        #expect(Self.temporaryFiles(out).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.graphml").path))
        #expect(T.files(out).keys.filter { $0.hasPrefix("doc-") }.count == 40 * 3)
        Self.expectWholeFiles(out, like: reference)

        // A fragment file that cannot be finished is not left behind.
        let fragments = dir.appendingPathComponent("fragments.jsonl")
        let f = try limited(["extract", "in", "--format", "jsonl", "--output", fragments.path, "--quiet"])
        #expect(f.status == 1)
        #expect(f.stderr.contains("fragments.jsonl: write failed: File too large"), "\(f.stderr)")
        #expect(f.stderr.contains("1 failed"), "one failure, not one per document: \(f.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fragments.path))
        #expect(Self.temporaryFiles(dir).isEmpty)

        // Once there is room, the same output directory is finished by --resume.
        try Self.expectResumeEqualsReference(out, reference, directory: dir)
    }

    /// Fragments to a device that is full (ENOSPC), as stdout.
    @Test func aFullDeviceOnStdoutIsOneClearError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let dir = try T.scratch("devfull")
        try BatchRunTests.corpus(dir.appendingPathComponent("in"), count: 20)
        let p = T.process(["extract", "in", "--format", "jsonl", "--output", "-", "--quiet"], directory: dir)
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        p.standardError = err
        try p.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1)
        #expect(stderr.contains("-: write failed: No space left on device"), "\(stderr)")
        #expect(stderr.contains("1 failed"), "\(stderr)")
    }

    @Test func symlinkLoopsAreWalkedOnce() throws {
        let dir = try T.scratch("symlinks")
        let input = dir.appendingPathComponent("in")
        let a = input.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try Data("北京市总工会党组书记王伟主持召开座谈会。".utf8).write(to: a.appendingPathComponent("one.txt"))
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: a.appendingPathComponent("up").path, withDestinationPath: "..")  // in/a/up → in
        try fm.createSymbolicLink(atPath: a.appendingPathComponent("here").path, withDestinationPath: ".")
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("b").path, withDestinationPath: "a")
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("self").path, withDestinationPath: "self")
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("ping").path, withDestinationPath: "pong")
        try fm.createSymbolicLink(atPath: input.appendingPathComponent("pong").path, withDestinationPath: "ping")

        let out = dir.appendingPathComponent("out")
        let r = try T.run(["extract", "in", "--output", out.path, "--format", "jsonld", "--quiet"], directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Set(T.files(out).keys) == ["one.jsonld", "graph.jsonld", "run.json"])
        // Named on the command line, a link to itself is a clear error, not a hang.
        let direct = try T.run(["extract", "in/self", "--output", out.path, "--quiet"], directory: dir)
        #expect(direct.status == 1)
        #expect(direct.stderr.contains("in/self:"), "\(direct.stderr)")
    }

    @Test func aHundredMegabyteJSONLRecordIsReportedAndTheFeedGoesOn() throws {
        let dir = try T.scratch("hugeline")
        let feed = dir.appendingPathComponent("feed.jsonl")
        FileManager.default.createFile(atPath: feed.path, contents: nil)
        let handle = try FileHandle(forWritingTo: feed)
        try handle.write(contentsOf: Data("{\"id\": \"first\", \"text\": \"北京市总工会党组书记王伟主持召开座谈会。\"}\n{\"id\": \"huge\", \"text\": \"".utf8))
        let chunk = Data(String(repeating: "职工之家", count: 87_381).utf8)  // just under 1 MiB
        for _ in 0..<100 { try handle.write(contentsOf: chunk) }
        try handle.write(contentsOf: Data("\"}\n{\"id\": \"last\", \"text\": \"上海市妇联主席李芳出席表彰大会。\"}\n".utf8))
        try handle.close()

        let out = dir.appendingPathComponent("out")
        let r = try T.run(["extract", "feed.jsonl", "--output", out.path, "--format", "jsonld", "--quiet"], directory: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("feed.jsonl:2") && r.stderr.contains("a text line longer than"), "\(r.stderr)")
        #expect(r.stderr.contains("1 failed"), "\(r.stderr)")
        #expect(Set(T.files(out).keys) == ["first.jsonld", "last.jsonld", "graph.jsonld", "run.json"])
    }
}
