import Foundation
import NewsGraph
import NewsGraphJSONLD
import NewsGraphQuery
import NewsGraphStore
import Testing

/// Runs programs for the tests: python3 (the SPARQL check) and the built `newsgraph`.
enum Runner {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static var binary: String {
        let products = Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL.deletingLastPathComponent()
            ?? URL(fileURLWithPath: repoRoot + "/.build/debug")
        return products.appendingPathComponent("newsgraph").path
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Output {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Output(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func python(_ arguments: [String]) throws -> Output { try run("/usr/bin/env", ["python3"] + arguments) }

    static var hasRDFLib: Bool { (try? python(["-c", "import rdflib"]).status) == 0 }
}

@Suite struct SPARQLInteropTests {
    @Test(
        .enabled(
            if: Runner.isCI || Runner.hasRDFLib,
            "skipped: python3 with rdflib not found (CI=true makes this a failure)"))
    func sparqlWhoAttendedWhatMatchesQueryEngine() throws {
        let graph = merged(QueryFixture.graph(), QueryFixture.second())
        let dir = try QueryFixture.temporaryDirectory("sparql")
        let file = dir + "/graph.jsonld"
        try GraphFileWriter.write(graph: graph, name: "graph", format: .jsonld, to: file)

        let r = try Runner.python([Runner.repoRoot + "/Tests/interop/check_sparql_attended.py", file])
        try #require(r.status == 0, "\(r.stdout)\(r.stderr)")
        let sparql = Set(r.stdout.split(separator: "\n").map { line -> [String] in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return [f[0], f[1]]
        })

        // The engine, over the same file, person by person.
        let engine = QueryEngine(source: try MemoryGraphSource.load(jsonld: [file]))
        var ours = Set<[String]>()
        for person in graph.nodes where person.kind == .person {
            for row in try engine.attended(person.id.rawValue) {
                ours.insert([IRIText.node(row.person.id), IRIText.node(row.event.id)])
            }
        }
        #expect(ours.count == 8)
        #expect(sparql == ours)
        // And the names agree.
        #expect(r.stdout.contains("张良\t全市工会工作会议") && r.stdout.contains("孙丽\t走访慰问"))
    }
}

@Suite struct QueryCLITests {
    func jsonLD() throws -> String {
        let dir = try QueryFixture.temporaryDirectory("cli")
        try GraphFileWriter.write(graph: QueryFixture.graph(), name: "doc1", format: .jsonld, to: dir + "/doc1.jsonld")
        return dir
    }

    @Test func queryFromJSONLDAndStore() throws {
        let dir = try jsonLD()
        let r = try Runner.run(Runner.binary, ["query", "attended", "张良", "--jsonld", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("person  event"))
        #expect(r.stdout.contains("全市工会工作会议") && r.stdout.contains("李明、王芳"))

        let store = try GraphStore(path: dir + "/g.sqlite")
        try store.write(graph: QueryFixture.graph(), document: "doc1", contentHash: "h")
        let csv = try Runner.run(Runner.binary, ["query", "who", "主席", "--db", dir + "/g.sqlite", "--csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout == "person,title,organization\r\n李明,主席,朝阳区总工会\r\n王芳,主席,\r\n")
        let json = try Runner.run(Runner.binary, ["query", "path", "张良", "陈刚", "--db", dir + "/g.sqlite", "--json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"toID\": \"person:陈刚\""))
    }

    @Test func unknownNameSuggestsAndFails() throws {
        let r = try Runner.run(Runner.binary, ["query", "holds", "张亮", "--jsonld", try jsonLD()])
        #expect(r.status == 1)
        #expect(r.stderr.contains("unknown person \"张亮\"; did you mean: 张良"))
        #expect(r.stdout.isEmpty)
    }

    @Test func usageErrors() throws {
        let dir = try jsonLD()
        #expect(try Runner.run(Runner.binary, ["query", "holds", "张良"]).status == 2)  // no source
        #expect(try Runner.run(Runner.binary, ["query", "events", "--from", "March", "--jsonld", dir]).status == 2)
        #expect(try Runner.run(Runner.binary, ["query", "holds", "张良", "--jsonld", dir, "--json", "--csv"]).status == 2)
    }

    @Test func extractIntoStoreTwiceIsIdempotent() throws {
        let dir = try QueryFixture.temporaryDirectory("extract-db")
        let text = "本报讯（记者 王芳）3月5日，北京市总工会召开全市工会工作会议。市总工会党组书记张良出席会议并讲话。\n"
        try text.write(toFile: dir + "/news.txt", atomically: true, encoding: .utf8)
        let args = ["extract", dir + "/news.txt", "--output", dir + "/out", "--format", "jsonld", "--db", dir + "/g.sqlite"]
        let first = try Runner.run(Runner.binary, args)
        #expect(first.status == 0, "\(first.stderr)")
        let store = try GraphStore(path: dir + "/g.sqlite")
        let counts = try store.counts()
        #expect(counts.nodes > 0 && counts.documents == 1)
        #expect(try Runner.run(Runner.binary, args).status == 0)
        #expect(try store.counts() == counts)
        let doc = try #require(try store.documents().first)
        #expect(doc.name == "news" && doc.contentHash == ContentHash.of(text))
        // The store holds what the JSON-LD file holds.
        let file = try JSONLDReader.read(path: dir + "/out/news.jsonld")
        let stored = try store.graph()
        #expect(stored.nodes == file.nodes && stored.edges == file.edges)
    }
}
