import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphSerialization
import NewsGraphStore

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graph fragments (extract --format jsonl) into one graph.",
        discussion: """
            Reads the fragment files in the order given (each line one document's graph; .gz and - \
            for stdin too), applies cross-document identity in that order, and writes what \
            `extract` writes: OUT/NAME.<format> per document, OUT/graph.<format> and OUT/run.json. \
            Fragments must be in document order; a document seen twice is reported and skipped. \
            Memory holds the merged graph, never all fragments.

            Examples:
              newsgraph merge part-1.jsonl part-2.jsonl --output Output
              newsgraph merge frags.jsonl.gz --output /tmp/g --format jsonld --db graph.sqlite
            """)

    @Argument(help: ArgumentHelp("Fragment files (JSONL), in document order, or - for stdin.", valueName: "fragments"))
    var fragments: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("The output directory.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("Formats, comma-separated: jsonld, graphml, dot; none for only --db.", valueName: "list"))
    var format = "jsonld,graphml,dot"

    @Option(name: .long, help: ArgumentHelp("Also write each document's graph into this store.", valueName: "file.sqlite"))
    var db: String?

    @Flag(name: .long, help: "Write only the merged graph, not each document's.")
    var noDocuments = false

    func validate() throws { _ = try formats() }

    func formats() throws -> [OutputFormat] {
        if format == "none" { return [] }
        do { return try OutputFormat.parseList(format) } catch { throw ValidationError("--format: \(error)") }
    }

    func run() throws {
        let store: GraphStore?
        do { store = try db.map { try GraphStore(path: $0) } } catch { throw ValidationError("--db: \(error)") }
        let merge = FragmentMerge(outputDirectory: output, formats: try formats(), store: store, writeDocuments: !noDocuments)
        let report = merge.run(fragments)
        var err = StandardError()
        print("\(report.documents.count) fragment(s) merged → \(output) (\(report.merged.nodeCount) nodes, \(report.merged.edgeCount) edges)", to: &err)
        if !report.failures.isEmpty {
            print("\(report.failures.count) failed:", to: &err)
            for f in report.failures { print("  \(f)", to: &err) }
            throw ExitCode(1)
        }
    }
}
