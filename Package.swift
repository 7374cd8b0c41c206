// swift-tools-version:6.1
import PackageDescription

// One library target per pipeline stage; data flows one way:
// ingest → layout → matching/rules → extraction → resolution → assembly → serializers.
let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphStore", targets: ["NewsGraphStore"]),
        .library(name: "NewsGraphQuery", targets: ["NewsGraphQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CIconv"),
        .target(name: "NewsGraphCore"),
        .target(name: "NewsGraphIngest", dependencies: ["NewsGraphCore", "CZlib", "CIconv", "CLibXML2"]),
        .target(name: "NewsGraphLayout", dependencies: ["NewsGraphCore", "NewsGraphIngest"]),
        .target(name: "NewsGraphMatching"),
        .target(name: "NewsGraphRules", dependencies: ["NewsGraphCore", "NewsGraphMatching"]),
        .target(name: "NewsGraphExtraction", dependencies: ["NewsGraphCore", "NewsGraphLayout", "NewsGraphMatching", "NewsGraphRules"]),
        .target(name: "NewsGraphResolution", dependencies: ["NewsGraphCore", "NewsGraphLayout", "NewsGraphExtraction"]),
        .target(
            name: "NewsGraphAssembly",
            dependencies: ["NewsGraphCore", "NewsGraphLayout", "NewsGraphExtraction", "NewsGraphResolution"]),
        .target(name: "NewsGraphSerialization", dependencies: ["NewsGraphCore"]),
        .target(name: "NewsGraphJSONLD", dependencies: ["NewsGraphCore", "NewsGraphSerialization"]),
        .target(name: "NewsGraphGraphML", dependencies: ["NewsGraphCore", "NewsGraphSerialization", "CLibXML2"]),
        .target(name: "NewsGraphDOT", dependencies: ["NewsGraphCore", "NewsGraphSerialization"]),
        .target(name: "NewsGraphFragment", dependencies: ["NewsGraphCore", "NewsGraphSerialization"]),
        .target(name: "NewsGraphEval", dependencies: ["NewsGraphCore"]),
        .target(
            name: "NewsGraphStore",
            dependencies: [
                "NewsGraphCore", "NewsGraphSerialization", "NewsGraphJSONLD",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .target(name: "NewsGraphQuery", dependencies: ["NewsGraphCore", "NewsGraphStore", "NewsGraphJSONLD"]),
        .target(
            name: "NewsGraph",
            dependencies: [
                "NewsGraphCore", "NewsGraphIngest", "NewsGraphLayout", "NewsGraphMatching", "NewsGraphRules",
                "NewsGraphExtraction", "NewsGraphResolution", "NewsGraphAssembly", "NewsGraphEval",
                "NewsGraphSerialization", "NewsGraphJSONLD", "NewsGraphGraphML", "NewsGraphDOT",
                "NewsGraphStore", "NewsGraphFragment",
            ]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph", "NewsGraphStore", "NewsGraphQuery",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // libFuzzer targets (Fuzz/run.sh); a plain build makes a replay driver.
        .executableTarget(name: "NewsGraphFuzz", dependencies: ["NewsGraph"]),
        .testTarget(name: "NewsGraphCoreTests", dependencies: ["NewsGraphCore"]),
        .testTarget(name: "NewsGraphIngestTests", dependencies: ["NewsGraphIngest"]),
        .testTarget(name: "NewsGraphLayoutTests", dependencies: ["NewsGraphLayout", "NewsGraph"]),
        .testTarget(
            name: "NewsGraphSerializationTests",
            dependencies: ["NewsGraph", "NewsGraphJSONLD", "NewsGraphGraphML", "NewsGraphDOT"]),
        .testTarget(
            name: "NewsGraphCLITests", dependencies: ["NewsGraph", "newsgraph"],
            exclude: ["Snapshots", "Gold"]),
        .testTarget(name: "NewsGraphMatchingTests", dependencies: ["NewsGraphMatching"], exclude: ["Cases"]),
        .testTarget(name: "NewsGraphResolutionTests", dependencies: ["NewsGraphResolution", "NewsGraphCore"]),
        .testTarget(name: "NewsGraphRulesTests", dependencies: ["NewsGraphRules", "NewsGraphExtraction", "NewsGraph"]),
        .testTarget(name: "NewsGraphEvalTests", dependencies: ["NewsGraphEval", "NewsGraphCore"]),
        .testTarget(
            name: "NewsGraphStoreTests",
            dependencies: ["NewsGraph", "NewsGraphStore", "NewsGraphQuery", "NewsGraphJSONLD", "newsgraph"]),
        .testTarget(
            name: "NewsGraphBatchTests",
            dependencies: ["NewsGraph", "NewsGraphIngest", "NewsGraphFragment", "NewsGraphJSONLD", "newsgraph"]),
    ]
)
