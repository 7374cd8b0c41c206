import ArgumentParser
import Foundation
import NewsGraphQuery
import NewsGraphStore

/// Where `query` reads the graph (`--db` or `--jsonld`) and how it prints (`--json`, `--csv`).
struct QuerySourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A store written by `extract --db`.", valueName: "file.sqlite"))
    var db: String?

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("JSON-LD files or directories (every *.jsonld under them).", valueName: "file-or-dir"))
    var jsonld: [String] = []

    @Flag(name: .long, help: "Print a JSON array of objects.")
    var json = false

    @Flag(name: .long, help: "Print CSV (RFC 4180).")
    var csv = false

    func validate() throws {
        if (db == nil) == jsonld.isEmpty { throw ValidationError("give exactly one of --db FILE or --jsonld FILE_OR_DIR...") }
        if json && csv { throw ValidationError("--json and --csv exclude each other") }
    }

    var format: ResultFormatter.Format { json ? .json : csv ? .csv : .table }

    func engine() throws -> QueryEngine {
        if let db {
            if db != ":memory:" && !FileManager.default.fileExists(atPath: db) {
                throw ValidationError("--db \(db): no such file")
            }
            return QueryEngine(source: try GraphStore(path: db))
        }
        return QueryEngine(source: try MemoryGraphSource.load(jsonld: jsonld))
    }
}
