// ngbench: runs NewsGraph over a corpus and prints MB/s per stage.
//
//   ngbench stages  (--xwlb | --jsonl FILE | --synthetic MB) [--limit-mb N] [--repeats K]
//       every stage timed alone over the whole corpus held in memory; best of K runs
//   ngbench stream  (--jsonl FILE | --dir DIR | --synthetic MB) [--merge] [--no-write]
//       the whole pipeline document by document, as `newsgraph extract` runs it, memory
//       flat; --merge also keeps the batch's merged graph, as BatchExtraction does
//   ngbench foundation (--xwlb | --jsonl FILE | --synthetic MB) [--limit-mb N] [--repeats K]
//       ingest, layout, the page's own graph and the three serializers streamed (issue 2's row)
//   ngbench extract (--xwlb | --jsonl FILE) [--limit-mb N] [--repeats K]
//       text → entities (ingest + layout + extraction), for the jieba comparison
//   ngbench compile [--repeats K]
//       rule compile time and layout word list load time
//   ngbench store [--edges N] [--db FILE]
//       a SQLite store of N generated edges: insert rate, attended/holds p50/p99
//
// Lines starting with `RESULT` are for scripts: key=value pairs.
import BenchSupport
import Foundation
import NewsGraph
import NewsGraphIngest
import NewsGraphSerialization

let args = Array(CommandLine.arguments.dropFirst())
let command = args.first ?? "help"
func option(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}
func flag(_ name: String) -> Bool { args.contains(name) }
func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
}
func log(_ message: String) { FileHandle.standardError.write(Data((message + "\n").utf8)) }

let limit = option("--limit-mb").flatMap(Double.init).map { Int($0 * 1_000_000) } ?? .max
let repeats = option("--repeats").flatMap(Int.init) ?? 3

/// The corpus the options name, in memory.
func loadCorpus() -> (String, [CorpusDocument]) {
    if flag("--xwlb") || option("--jsonl") != nil {
        let path = option("--jsonl") ?? Paths.xwlb
        guard FileManager.default.fileExists(atPath: path) else {
            print("SKIP corpus not found: \(path) (set NEWSGRAPH_XWLB or pass --jsonl)")
            exit(0)
        }
        do { return ((path as NSString).lastPathComponent, try JSONLCorpus.load(path: path, limitBytes: limit)) } catch {
            fail("\(error)")
        }
    }
    if let mb = option("--synthetic").flatMap(Double.init) {
        var gen = try! SyntheticCorpus()
        return ("synthetic \(mb) MB", gen.documents(bytes: Int(mb * 1_000_000)))
    }
    fail("name a corpus: --xwlb, --jsonl FILE or --synthetic MB")
}

switch command {
case "stages":
    let (name, docs) = loadCorpus()
    let bytes = textBytes(docs)
    log("\(name): \(docs.count) documents, \(fmt(Double(bytes) / 1e6, 2)) MB of text; \(repeats) runs")
    let bench = try StageBench()
    defer { bench.removeOutput() }
    let timings = bench.measure(docs, repeats: repeats, log: log)
    print("\(name): \(docs.count) documents, \(fmt(Double(bytes) / 1e6, 2)) MB of UTF-8 text, best of \(repeats) runs, 1 thread")
    var rows = [["stage", "seconds", "MB/s (wall)", "MB/s (CPU)"]]
    for t in timings { rows.append([t.stage, fmt(t.wall, 3), fmt(t.mbPerSecond), fmt(t.mbPerCPUSecond)]) }
    // Ingest+layout and the three writers of the full graphs, one file per document.
    let io = timings.filter { $0.stage == "ingest+layout" || $0.stage.hasPrefix("write ") }
    let ioWall = io.reduce(0) { $0 + $1.wall }, ioCPU = io.reduce(0) { $0 + $1.cpu }
    rows.append(["ingest+layout+3 writers (files)", fmt(ioWall, 3), fmt(Double(bytes) / 1e6 / ioWall), fmt(Double(bytes) / 1e6 / ioCPU)])
    print(formatTable(rows), terminator: "")
    print("peak RSS: \(fmt(peakRSSMiB())) MiB (whole corpus and every stage's output held in memory)")
    for t in timings {
        print("RESULT corpus=\(name.replacingOccurrences(of: " ", with: "_")) stage=\(t.stage.replacingOccurrences(of: " ", with: "_")) mbps=\(fmt(t.mbPerSecond, 2)) cpu_mbps=\(fmt(t.mbPerCPUSecond, 2))")
    }

case "foundation":
    let (name, docs) = loadCorpus()
    let bytes = docs.map { Array($0.text.utf8) }
    let names = docs.indices.map { "d\($0)" }
    let bench = try StageBench()
    defer { bench.removeOutput() }
    let best = (0..<repeats).map { _ in bench.foundation(bytes, names: names) }.min { $0.wall < $1.wall }!
    print("\(name): \(docs.count) documents, foundation, streamed: \(fmt(best.mbPerSecond)) MB/s wall, \(fmt(best.mbPerCPUSecond)) MB/s CPU (best of \(repeats))")
    print("RESULT corpus=\(name.replacingOccurrences(of: " ", with: "_")) stage=foundation mbps=\(fmt(best.mbPerSecond, 2)) cpu_mbps=\(fmt(best.mbPerCPUSecond, 2))")

case "stream":
    let bench = try StageBench()
    defer { bench.removeOutput() }
    let write = !flag("--no-write")
    let merge = flag("--merge")
    var merged = Graph()
    var bytes = 0, docs = 0
    var busy = 0.0  // pipeline time, without reading or generating the corpus
    // A new name per document, as a batch writes them: replacing an existing file by rename
    // makes ext4 (auto_da_alloc) flush its data first, ~3x slower. Each folder of 1,000
    // documents is removed once full, outside the timed part, so the temp folder stays small.
    var folder = ""
    func run(_ doc: CorpusDocument) {
        if docs % 1000 == 0 {
            if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
            folder = bench.outputDirectory + "/\(docs / 1000)"
            try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let sw = Stopwatch()
        let raw = Array(doc.text.utf8)
        let name = "d\(docs)"
        let document = try! DocumentLoader.load(bytes: raw, name: name, origin: doc.id)
        let result = bench.pipeline.process(document)
        if write {
            try! GraphFileWriter.write(graph: result.graph, name: name, formats: OutputFormat.allCases, directory: folder)
        }
        if merge { merged.merge(result.graph) }
        busy += sw.wall
        bytes += raw.count
        docs += 1
    }
    let total = Stopwatch()
    if let path = option("--jsonl") {
        try JSONLCorpus.forEach(path: path, limitBytes: limit, run)
    } else if let dir = option("--dir") {
        let (items, errors) = InputCollector.collect([dir])
        if let e = errors.first { fail("\(e)") }
        for item in items {
            guard let data = FileManager.default.contents(atPath: item.path) else { fail("cannot read \(item.path)") }
            run(CorpusDocument(id: item.name, text: String(decoding: data, as: UTF8.self)))
            if bytes >= limit { break }
        }
    } else if let mb = option("--synthetic").flatMap(Double.init) {
        var gen = try SyntheticCorpus()
        while Double(bytes) < mb * 1e6 { run(CorpusDocument(id: "syn", text: gen.nextDocument())) }
    } else {
        fail("name a corpus: --jsonl FILE, --dir DIR or --synthetic MB")
    }
    let mb = Double(bytes) / 1e6
    print("RESULT mb=\(fmt(mb, 2)) docs=\(docs) seconds=\(fmt(busy, 3)) total_seconds=\(fmt(total.wall, 3)) mbps=\(fmt(mb / busy, 2)) peak_rss_mib=\(fmt(peakRSSMiB(), 1)) merged_nodes=\(merged.nodes.count)")

case "extract":
    let (name, docs) = loadCorpus()
    let bench = try StageBench()
    defer { bench.removeOutput() }
    let raws = docs.map { Array($0.text.utf8) }
    let bytes = raws.reduce(0) { $0 + $1.count }
    var best = Double.infinity, bestCPU = Double.infinity
    var mentions = 0
    for _ in 0..<repeats {
        let sw = Stopwatch()
        var n = 0
        for (i, r) in raws.enumerated() {
            let page = bench.ingestAndLayout(r, name: "d\(i)")
            n += bench.extract(page).mentions.count
        }
        best = min(best, sw.wall)
        bestCPU = min(bestCPU, sw.cpu)
        mentions = n
    }
    let mb = Double(bytes) / 1e6
    print("\(name): \(docs.count) documents, \(fmt(mb, 2)) MB; ingest+layout+extraction best of \(repeats): \(fmt(best, 3)) s = \(fmt(mb / best)) MB/s (\(mentions) mentions)")
    print("RESULT docs=\(docs.count) mb=\(fmt(mb, 3)) seconds=\(fmt(best, 3)) mbps=\(fmt(mb / best, 3)) cpu_mbps=\(fmt(mb / bestCPU, 3)) mentions=\(mentions)")

case "compile":
    let (rules, layout) = try StageBench.compileTimes(repeats: repeats)
    print("rule compile (RuleCompiler.compile, Rules/zh + lexicons): \(fmt(rules * 1000)) ms, best of \(repeats)")
    print("layout word lists (LayoutLexicon.load): \(fmt(layout * 1000)) ms, best of \(repeats)")
    print("RESULT rule_compile_ms=\(fmt(rules * 1000)) layout_load_ms=\(fmt(layout * 1000))")

case "store":
    let edges = option("--edges").flatMap(Int.init) ?? 1_000_000
    do { try StoreBench.run(edges: edges, path: option("--db") ?? "/tmp/newsgraph-bench-store.sqlite") } catch { fail("\(error)") }

default:
    print("usage: ngbench stages|foundation|stream|extract|compile|store … (see the comment at the top of Sources/ngbench/main.swift)")
}
