import Foundation
import NewsGraph
import NewsGraphGraphML
import NewsGraphJSONLD
import NewsGraphSerialization
import Testing

/// Runs the Python/shell checkers of Tests/interop on files the writers wrote.
///
/// A missing tool skips the test with a message, unless `CI=true`, where it fails.
enum Interop {
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let scripts = repoRoot + "/Tests/interop"
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func executable(_ name: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }

    static func pythonHas(_ modules: [String]) -> Bool {
        guard executable("python3") else { return false }
        return (try? run(["python3", "-c", "import " + modules.joined(separator: ", ")]).status) == 0
    }

    /// What is missing for a check, empty when it can run.
    static func missing(tools: [String], modules: [String] = []) -> [String] {
        var out = tools.filter { !executable($0) }
        if !modules.isEmpty, executable("python3") {
            out += modules.filter { !pythonHas([$0]) }.map { "python3 module \($0)" }
        }
        return out
    }

    /// Whether a test should run: the tools are there, or CI wants a failure if not.
    static func enabled(tools: [String], modules: [String] = []) -> Bool {
        isCI || missing(tools: tools, modules: modules).isEmpty
    }

    /// Records a failure (under CI) when something is missing; returns whether the check can run.
    static func require(tools: [String], modules: [String] = []) -> Bool {
        let m = missing(tools: tools, modules: modules)
        if !m.isEmpty { Issue.record("CI=true and missing: \(m.joined(separator: ", "))") }
        return m.isEmpty
    }

    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = arguments
        p.currentDirectoryURL = URL(fileURLWithPath: repoRoot)
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The summary the checkers compare a file with, from the in-memory graph.
    static func summary(_ g: Graph) throws -> Data {
        func mentions(_ list: [Provenance]) -> [[String: Any]] {
            list.map {
                [
                    "document": $0.document, "start": $0.span.start, "end": $0.span.end,
                    "sourceStart": $0.sourceSpan.start, "sourceEnd": $0.sourceSpan.end, "text": $0.text,
                    "rule": $0.rule,
                ]
            }
        }
        let nodes: [[String: Any]] = g.nodes.map { n in
            [
                "id": n.id.rawValue, "graphml_id": NMToken.encode(n.id.rawValue), "iri": IRIText.node(n.id),
                "type": n.kind.rawValue, "label": n.name.isEmpty ? n.id.rawValue : n.name, "name": n.name,
                "aliases": n.aliases,
                "rdf_types": JSONLDVocabulary.types(n.kind).map {
                    $0.hasPrefix("ng:") ? JSONLDVocabulary.ng + $0.dropFirst(3) : JSONLDVocabulary.schema + $0
                },
                "provenance": mentions(n.provenance),
            ]
        }
        let edges: [[String: Any]] = g.edges.map { e in
            [
                "id": e.id, "graphml_id": NMToken.encode(e.id), "iri": IRIText.edge(e.id),
                "source": e.source.rawValue, "target": e.target.rawValue,
                "source_graphml": NMToken.encode(e.source.rawValue),
                "target_graphml": NMToken.encode(e.target.rawValue),
                "source_iri": IRIText.node(e.source), "target_iri": IRIText.node(e.target),
                "type": e.kind.rawValue, "qualifier": e.qualifier, "label": GraphMLWriter.label(e),
                "provenance": mentions(e.provenance),
            ]
        }
        let pairs = Set(g.edges.filter { $0.kind == .attended }.map { [IRIText.node($0.source), IRIText.node($0.target)] })
        let object: [String: Any] = [
            "nodes": nodes, "edges": edges, "attendee_pairs": pairs.sorted { $0.lexicographicallyPrecedes($1) },
        ]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
    }

    /// Writes `format` and the summary into a fresh directory; returns (file, summary) paths.
    static func write(_ g: Graph, _ format: OutputFormat) throws -> (String, String) {
        let dir = try temporaryDirectory("interop-\(format.rawValue)")
        let file = dir + "/seed-page." + format.fileExtension
        try GraphFileWriter.write(graph: g, name: "seed-page", format: format, to: file)
        try summary(g).write(to: URL(fileURLWithPath: dir + "/expected.json"))
        return (file, dir + "/expected.json")
    }
}
