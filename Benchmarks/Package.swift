// swift-tools-version:6.1
// The benchmark suite: a package of its own so that the main package's build stays light.
// Run with `swift package benchmark` here, or `./run.sh` for every figure.
import PackageDescription
import class Foundation.ProcessInfo
import struct Foundation.URL

// SwiftPM names a path dependency after its folder (`wt-bench`, `main`, a CI clone's name…).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "NewsGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Corpus reading (xwlb JSONL, gzip), the synthetic corpus generator, stage timing.
        .target(
            name: "BenchSupport",
            dependencies: [.product(name: "NewsGraph", package: rootIdentity)]),
        // Writes a deterministic synthetic corpus (directory of documents or one JSONL).
        .executableTarget(name: "corpusgen", dependencies: ["BenchSupport"]),
        // Runs the pipeline over a corpus and prints MB/s per stage (scaling, jieba comparison).
        .executableTarget(
            name: "ngbench",
            dependencies: [
                "BenchSupport",
                .product(name: "NewsGraphStore", package: rootIdentity),
                .product(name: "NewsGraphQuery", package: rootIdentity),
            ]),
        // ordo-one benchmarks: wall clock, throughput, peak RSS, mallocs.
        .executableTarget(
            name: "NewsGraphBenchmarks",
            dependencies: [
                "BenchSupport",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/NewsGraphBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)
