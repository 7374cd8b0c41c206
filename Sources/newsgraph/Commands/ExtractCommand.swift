import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphSerialization
import NewsGraphStore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a typed graph from news documents.",
        discussion: """
            Writes OUT/NAME.<format> for every input document NAME and OUT/graph.<format> \
            for the whole run. Directories are read recursively (*.txt, *.text; hidden \
            entries skipped); `-` reads stdin. Each file is written atomically.
            A document that cannot be read (missing, empty, binary, not UTF-8, a line over \
            1 MiB) is reported with its file and byte offset and skipped; the others are \
            written. Exit status: 0 all read, 1 some failed, 2 usage error.

            Examples:
              newsgraph extract Samples/ --output Output
              newsgraph extract page.txt --format graphml,dot --output /tmp/g
              cat page.txt | newsgraph extract - --output /tmp/g
              newsgraph extract Samples/ --output Output --db graph.sqlite
              newsgraph extract Samples/ --output /tmp/yed --format graphml --graphml-flavor yed

            With --db, each document's graph also goes into the SQLite store FILE (created if
            needed): a document extracted again replaces its earlier rows, other documents stay.
            """)

    @Argument(help: ArgumentHelp("Files, directories or - for stdin.", valueName: "input"))
    var inputs: [String]

    @Option(name: [.short, .long], help: ArgumentHelp("The output directory.", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("Formats, comma-separated: jsonld, graphml, dot.", valueName: "list"))
    var format = "jsonld,graphml,dot"

    @Option(
        name: .customLong("graphml-flavor"),
        help: ArgumentHelp(
            "plain: schema-valid GraphML; yed: also yFiles labels and shapes for yEd (not schema-valid).",
            valueName: "plain|yed"))
    var graphMLFlavor: GraphMLFlavor = .plain

    @Option(name: .long, help: ArgumentHelp("Also write each document's graph into this store.", valueName: "file.sqlite"))
    var db: String?

    @OptionGroup var rules: RulesOption

    func validate() throws {
        _ = try formats()
    }

    func formats() throws -> [OutputFormat] {
        do { return try OutputFormat.parseList(format) } catch { throw ValidationError("--format: \(error)") }
    }

    func run() throws {
        let store: GraphStore?
        do { store = try db.map { try GraphStore(path: $0) } } catch { throw ValidationError("--db: \(error)") }
        let batch = BatchExtraction(
            pipeline: try rules.pipeline(), outputDirectory: output, formats: try formats(), store: store,
            graphMLFlavor: graphMLFlavor)
        let report = batch.run(inputs)
        var err = StandardError()
        print("\(report.documents.count) document(s) → \(output) (\(report.merged.nodeCount) nodes, \(report.merged.edgeCount) edges)", to: &err)
        if !report.failures.isEmpty {
            print("\(report.failures.count) failed:", to: &err)
            for f in report.failures { print("  \(f)", to: &err) }
            throw ExitCode(1)
        }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

extension GraphMLFlavor: ExpressibleByArgument {}
