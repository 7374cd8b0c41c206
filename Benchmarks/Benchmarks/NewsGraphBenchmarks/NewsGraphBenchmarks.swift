// ordo-one benchmarks for NewsGraph's stages: `cd Benchmarks && swift package benchmark`.
//
// Each benchmark runs one stage over a whole corpus (one iteration = the whole corpus),
// its input prepared before `startMeasurement()`. Besides wall clock and the malloc and
// RSS metrics, a custom metric: `MB/s (x100)` of UTF-8 input text (mallocs per MB =
// mallocCountTotal / the corpus's MB, printed by run.sh).
//
// Corpora: a synthetic one (4 MB, seed 20240101, always there) and the real xwlb corpus
// (29 MB; skipped with a message when ../shared/corpus/volume/xwlb.jsonl.gz is absent —
// set NEWSGRAPH_XWLB to point elsewhere). NEWSGRAPH_BENCH_SYNTHETIC_MB changes the size.
import BenchSupport
import Benchmark
import Foundation
import NewsGraph
import NewsGraphExtraction
import NewsGraphIngest
import NewsGraphLayout
import NewsGraphRules
import NewsGraphSerialization

/// A corpus and each stage's output on it, computed once per process.
final class Prepared: @unchecked Sendable {
    let name: String
    let bench: StageBench
    let raws: [[UInt8]]
    let bytes: Int
    private(set) lazy var pages: [Page] = raws.enumerated().map { bench.ingestAndLayout($1, name: "d\($0)") }
    private(set) lazy var extractions: [Extraction] = pages.map(bench.extract)
    private(set) lazy var graphs: [Graph] = zip(pages, extractions).map(bench.resolveAndAssemble)

    init(name: String, docs: [CorpusDocument]) throws {
        self.name = name
        // One fixed folder, overwritten by every run (the suite has no hook at process exit).
        bench = try StageBench(outputDirectory: NSTemporaryDirectory() + "newsgraph-ordo-bench/" + name)
        raws = docs.map { Array($0.text.utf8) }
        bytes = raws.reduce(0) { $0 + $1.count }
    }
}

nonisolated(unsafe) var cache: [String: Prepared] = [:]

func prepared(_ corpus: String) throws -> Prepared? {
    if let p = cache[corpus] { return p }
    let p: Prepared
    if corpus == "xwlb" {
        guard FileManager.default.fileExists(atPath: Paths.xwlb) else { return nil }
        p = try Prepared(name: corpus, docs: JSONLCorpus.load(path: Paths.xwlb))
    } else {
        let mb = ProcessInfo.processInfo.environment["NEWSGRAPH_BENCH_SYNTHETIC_MB"].flatMap(Double.init) ?? 4
        var gen = try SyntheticCorpus()
        p = try Prepared(name: corpus, docs: gen.documents(bytes: Int(mb * 1_000_000)))
    }
    cache[corpus] = p
    return p
}

let mbPerSecond = BenchmarkMetric.custom("MB/s (x100)", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, mbPerSecond],
        warmupIterations: 0,
        maxDuration: .seconds(20),
        maxIterations: 3)

    let xwlbPresent = FileManager.default.fileExists(atPath: Paths.xwlb)
    if !xwlbPresent {
        print("NewsGraphBenchmarks: xwlb corpus not found at \(Paths.xwlb): its benchmarks are skipped (set NEWSGRAPH_XWLB)")
    }

    for corpus in ["synthetic", "xwlb"] {
        if corpus == "xwlb" && !xwlbPresent { continue }

        /// Measures `body` over the corpus; reports MB/s and mallocs/MB from it.
        func stage(_ name: String, _ body: @escaping (Prepared) throws -> Void, prepare: @escaping (Prepared) -> Void = { _ in }) {
            Benchmark("\(name) [\(corpus)]") { benchmark in
                guard let p = try prepared(corpus) else { return }
                prepare(p)
                let sw = Stopwatch()
                benchmark.startMeasurement()
                try body(p)
                benchmark.stopMeasurement()
                let seconds = sw.wall
                benchmark.measurement(mbPerSecond, Int(Double(p.bytes) / 1e6 / seconds * 100))
            }
        }

        stage("ingest+layout", { p in
            for (i, r) in p.raws.enumerated() { blackHole(p.bench.ingestAndLayout(r, name: "d\(i)")) }
        })
        stage("extraction", { p in
            for page in p.pages { blackHole(p.bench.extract(page)) }
        }, prepare: { _ = $0.pages })
        stage("resolution+assembly", { p in
            for (page, e) in zip(p.pages, p.extractions) { blackHole(p.bench.resolveAndAssemble(page, e)) }
        }, prepare: { _ = $0.extractions })
        for format in OutputFormat.allCases {
            stage("write \(format.rawValue)", { p in
                for (i, g) in p.graphs.enumerated() { p.bench.write(g, name: "d\(i)", format: format) }
            }, prepare: { _ = $0.graphs })
        }
        stage("whole pipeline", { p in
            for (i, r) in p.raws.enumerated() {
                let document = try DocumentLoader.load(bytes: r, name: "d\(i)", origin: "d\(i)")
                let result = p.bench.pipeline.process(document)
                try GraphFileWriter.write(
                    graph: result.graph, name: "d\(i)", formats: OutputFormat.allCases, directory: p.bench.outputDirectory)
            }
        })
    }

    Benchmark("rule compile", configuration: .init(maxDuration: .seconds(5), maxIterations: 10)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try RuleCompiler(directory: Paths.rulesDirectory).compile()) }
    }
}
