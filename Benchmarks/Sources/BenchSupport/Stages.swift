import Foundation
import NewsGraph
import NewsGraphAssembly
import NewsGraphExtraction
import NewsGraphIngest
import NewsGraphLayout
import NewsGraphResolution
import NewsGraphRules
import NewsGraphSerialization

#if canImport(Glibc)
import Glibc
#endif

/// Wall and CPU time of the calling process.
public struct Stopwatch {
    let wall0: Double
    let cpu0: Double
    public init() {
        wall0 = Self.now(CLOCK_MONOTONIC)
        cpu0 = Self.now(CLOCK_PROCESS_CPUTIME_ID)
    }
    public var wall: Double { Self.now(CLOCK_MONOTONIC) - wall0 }
    public var cpu: Double { Self.now(CLOCK_PROCESS_CPUTIME_ID) - cpu0 }
    static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Peak resident set size of this process so far, in MiB.
public func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB on Linux
}

public struct StageTiming: Sendable {
    public var stage: String
    public var bytes: Int
    public var wall: Double
    public var cpu: Double
    public var mbPerSecond: Double { Double(bytes) / 1e6 / wall }
    public var mbPerCPUSecond: Double { Double(bytes) / 1e6 / cpu }
}

/// The pipeline's stages, run one at a time over a whole corpus so that each is timed alone.
public struct StageBench {
    public let pipeline: Pipeline
    public let outputDirectory: String
    let null = ByteSink(fd: open("/dev/null", O_WRONLY), path: "/dev/null")

    public init(rulesDirectory: String = Paths.rulesDirectory, outputDirectory: String? = nil) throws {
        pipeline = try Pipeline(rulesDirectory: rulesDirectory)
        self.outputDirectory = outputDirectory ?? Self.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: self.outputDirectory, withIntermediateDirectories: true)
    }

    public static func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "newsgraph-bench-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    public func removeOutput() { try? FileManager.default.removeItem(atPath: outputDirectory) }

    // The stages, each on the previous stage's output.
    public func ingestAndLayout(_ bytes: [UInt8], name: String) -> Page {
        let document = try! DocumentLoader.load(bytes: bytes, name: name, origin: name)
        return pipeline.layout.layout(document)
    }
    public func extract(_ page: Page) -> Extraction { pipeline.extractor.extract(page) }
    public func resolveAndAssemble(_ page: Page, _ extraction: Extraction) -> Graph {
        let names = pipeline.resolver.resolve(extraction, page: page)
        return pipeline.assembler.assemble(page, extraction, names)
    }
    /// Serializes into `null` (/dev/null): what a writer costs without the file system.
    public func stream(_ graph: Graph, name: String, format: OutputFormat) {
        try! GraphFileWriter.write(graph: graph, name: name, format: format, into: null)
    }
    public func write(_ graph: Graph, name: String, format: OutputFormat) {
        try! GraphFileWriter.write(
            graph: graph, name: name, format: format, to: outputDirectory + "/" + name + "." + format.fileExtension)
    }

    /// Every stage over `docs`, `repeats` times; the best (fastest wall clock) run of each stage.
    public func measure(_ docs: [CorpusDocument], repeats: Int, log: (String) -> Void = { _ in }) -> [StageTiming] {
        let bytes = docs.map { Array($0.text.utf8) }
        let total = bytes.reduce(0) { $0 + $1.count }
        let names = docs.indices.map { "d\($0)" }
        var best: [String: StageTiming] = [:]
        func keep(_ t: StageTiming) {
            if let b = best[t.stage], b.wall <= t.wall { return }
            best[t.stage] = t
        }
        for r in 0..<repeats {
            var sw = Stopwatch()
            var pages: [Page] = []
            pages.reserveCapacity(docs.count)
            for (i, b) in bytes.enumerated() { pages.append(ingestAndLayout(b, name: names[i])) }
            keep(StageTiming(stage: "ingest+layout", bytes: total, wall: sw.wall, cpu: sw.cpu))

            sw = Stopwatch()
            var extractions: [Extraction] = []
            extractions.reserveCapacity(docs.count)
            for p in pages { extractions.append(extract(p)) }
            keep(StageTiming(stage: "extraction", bytes: total, wall: sw.wall, cpu: sw.cpu))

            sw = Stopwatch()
            var graphs: [Graph] = []
            graphs.reserveCapacity(docs.count)
            for (p, e) in zip(pages, extractions) { graphs.append(resolveAndAssemble(p, e)) }
            keep(StageTiming(stage: "resolution+assembly", bytes: total, wall: sw.wall, cpu: sw.cpu))
            pages = []
            extractions = []

            for format in OutputFormat.allCases {
                sw = Stopwatch()
                for (i, g) in graphs.enumerated() { write(g, name: names[i], format: format) }
                keep(StageTiming(stage: "write " + format.rawValue, bytes: total, wall: sw.wall, cpu: sw.cpu))
                // The serializer alone: the same graphs into one stream, without a file per document.
                sw = Stopwatch()
                for (i, g) in graphs.enumerated() { stream(g, name: names[i], format: format) }
                try! null.flush()
                keep(StageTiming(stage: "stream " + format.rawValue, bytes: total, wall: sw.wall, cpu: sw.cpu))
            }
            graphs = []

            keep(foundation(bytes, names: names))

            // The whole pipeline document by document, as `newsgraph extract` runs it.
            sw = Stopwatch()
            for (i, b) in bytes.enumerated() {
                let document = try! DocumentLoader.load(bytes: b, name: names[i], origin: names[i])
                let result = pipeline.process(document)
                try! GraphFileWriter.write(
                    graph: result.graph, name: names[i], formats: OutputFormat.allCases, directory: outputDirectory)
            }
            keep(StageTiming(stage: "whole pipeline", bytes: total, wall: sw.wall, cpu: sw.cpu))
            log("  run \(r + 1)/\(repeats) done")
        }
        let order = [
            "ingest+layout", "extraction", "resolution+assembly", "write jsonld", "stream jsonld", "write graphml", "stream graphml",
            "write dot", "stream dot", "foundation, streamed", "whole pipeline",
        ]
        return order.compactMap { best[$0] }
    }

    /// The foundation alone: ingest, layout, the page's own graph (articles, headlines, bylines
    /// and credits; no rules) and the three serializers, streamed.
    public func foundation(_ bytes: [[UInt8]], names: [String]) -> StageTiming {
        let sw = Stopwatch()
        let noExtraction = Extraction(mentions: [], holds: [], aliases: [], events: [], annotations: [])
        for (i, b) in bytes.enumerated() {
            let graph = pipeline.assembler.assemble(ingestAndLayout(b, name: names[i]), noExtraction, ResolvedNames())
            try! GraphFileWriter.write(graph: graph, name: names[i], formats: OutputFormat.allCases, into: null)
        }
        try! null.flush()
        return StageTiming(stage: "foundation, streamed", bytes: bytes.reduce(0) { $0 + $1.count }, wall: sw.wall, cpu: sw.cpu)
    }

    /// Rule compile time (and the layout word lists' load time), best of `repeats`, in seconds.
    public static func compileTimes(rulesDirectory: String = Paths.rulesDirectory, repeats: Int = 5) throws -> (rules: Double, layout: Double) {
        var rules = Double.infinity, layout = Double.infinity
        for _ in 0..<repeats {
            var sw = Stopwatch()
            _ = try RuleCompiler(directory: rulesDirectory).compile()
            rules = min(rules, sw.wall)
            sw = Stopwatch()
            _ = try LayoutLexicon.load(rulesDirectory: rulesDirectory)
            layout = min(layout, sw.wall)
        }
        return (rules, layout)
    }
}

public func formatTable(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = [Int](repeating: 0, count: first.count)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    var out = ""
    for (n, r) in rows.enumerated() {
        out += "| " + r.enumerated().map { i, c in
            i == 0 ? c.padding(toLength: widths[i], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[i] - c.count) + c
        }.joined(separator: " | ") + " |\n"
        if n == 0 { out += "|" + widths.enumerated().map { i, w in i == 0 ? String(repeating: "-", count: w + 2) : String(repeating: "-", count: w + 1) + ":" }.joined(separator: "|") + "|\n" }
    }
    return out
}

public func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
