import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphIngest
import NewsGraphSerialization
import NewsGraphStore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract a typed graph from news documents.",
        discussion: """
            Writes OUT/NAME.<format> for every input document NAME, OUT/graph.<format> for the \
            whole run and OUT/run.json (counts, failures, timings). Directories are read recursively \
            (*.txt, *.html, *.jsonl, each also .gz; --include/--exclude to choose); `-` reads stdin. \
            A JSONL file holds one {"id": …, "text": …} document a line; its other fields are kept \
            as metadata (a `date` gives events their year). A document that cannot be read (missing, empty, binary, not text, a line over 1 MiB) \
            is reported with its file and byte offset and skipped; the exit status is then 1 \
            (2 for usage errors).

            A document unchanged since the last run into OUT (same name, same bytes, same rules \
            and options) is not extracted again; --force re-extracts everything. After an \
            interrupted run, --resume finishes it (with no inputs: the inputs of the last run). \
            SIGINT or SIGTERM stops a run cleanly: the documents in flight are finished, only \
            whole files are left, and the exit status is 130 or 143. When an output cannot be \
            written (a full disk) the run stops with status 1.

            With --format jsonl, each document's graph is one JSON line (docs/fragments.md) \
            written to --output FILE or - (stdout), in input order; `newsgraph merge` joins them.

            Examples:
              newsgraph extract Samples/ --output Output
              newsgraph extract page.txt --format graphml,dot --output /tmp/g
              cat page.txt | newsgraph extract - --output /tmp/g
              newsgraph extract Samples/ --output Output --db graph.sqlite
              newsgraph extract site/ --include '*.html' --exclude 'archive/**' --output /tmp/g
              newsgraph extract news.jsonl.gz --jobs 2 --output /tmp/g
              zcat news.jsonl.gz | newsgraph extract - --stdin-format jsonl --format jsonl --output - > frags.jsonl
              newsgraph extract --resume --output /tmp/g

            With --db, each document's graph also goes into the SQLite store FILE (created if
            needed): a document extracted again replaces its earlier rows, other documents stay.
            """)

    @Argument(help: ArgumentHelp("Files, directories or - for stdin.", valueName: "input"))
    var inputs: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("The output directory (with --format jsonl: a file, or - for stdout).", valueName: "dir"))
    var output = "Output"

    @Option(name: .long, help: ArgumentHelp("Formats, comma-separated: jsonld, graphml, dot; or jsonl alone (fragments).", valueName: "list"))
    var format = "jsonld,graphml,dot"

    @Option(
        name: .customLong("graphml-flavor"),
        help: ArgumentHelp(
            "plain: schema-valid GraphML; yed: also yFiles labels and shapes for yEd (not schema-valid).",
            valueName: "plain|yed"))
    var graphMLFlavor: GraphMLFlavor = .plain

    @Option(name: .long, help: ArgumentHelp("Also write each document's graph into this store.", valueName: "file.sqlite"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("In directories, read only files matching this glob (repeatable; * ** ? [..]).", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp("In directories, skip files matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Documents processed at once (default: every core).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("What stdin holds: text, jsonl or html.", valueName: "kind"))
    var stdinFormat = "text"

    @Option(name: .long, help: ArgumentHelp("The JSONL field holding the text.", valueName: "name"))
    var textField = "text"

    @Option(name: .long, help: ArgumentHelp("Input encoding: auto, utf-8, gb18030 or utf-16.", valueName: "name"))
    var encoding = "auto"

    @Flag(name: .long, help: "No progress bar.")
    var quiet = false

    @Flag(name: .long, help: "Finish an interrupted run (with no inputs: the last run's inputs and options).")
    var resume = false

    @Flag(name: .long, help: "Extract every document again, even unchanged ones.")
    var force = false

    @OptionGroup var rules: RulesOption

    func validate() throws {
        _ = try formats()
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard ["text", "jsonl", "html"].contains(stdinFormat) else { throw ValidationError("--stdin-format: text, jsonl or html") }
        guard TextEncoding(name: encoding) != nil else { throw ValidationError("--encoding: auto, utf-8, gb18030 or utf-16") }
        guard !inputs.isEmpty || resume else { throw ValidationError("no input (give files, directories or -)") }
        if isFragments && db != nil { throw ValidationError("--db does not go with --format jsonl (use newsgraph merge --db)") }
        if !isFragments && output == "-" { throw ValidationError("--output - needs --format jsonl") }
    }

    var isFragments: Bool { format.lowercased() == "jsonl" }

    func formats() throws -> [OutputFormat] {
        if isFragments { return [] }
        do { return try OutputFormat.parseList(format) } catch { throw ValidationError("--format: \(error)") }
    }

    func run() throws {
        var command = self
        if resume && !isFragments {
            let saved = RunArguments(directory: output)
            if inputs.isEmpty {
                guard let arguments = saved.load() else {
                    throw ValidationError("--resume: no earlier run recorded in \(output)")
                }
                command = try ExtractCommand.parse(arguments + ["--resume"])
            }
        }
        try command.extract()
    }

    func extract() throws {
        let store: GraphStore?
        do { store = try db.map { try GraphStore(path: $0) } } catch { throw ValidationError("--db: \(error)") }
        var options = BatchOptions()
        options.include = include
        options.exclude = exclude
        if let jobs { options.jobs = jobs }
        options.stdinKind = InputKind(rawValue: stdinFormat) ?? .text
        options.textField = textField
        options.encoding = TextEncoding(name: encoding) ?? .auto
        options.fragments = isFragments ? output : nil
        options.skipUnchanged = !force
        options.progress = !quiet && ProgressBar.stderrIsTerminal
        options.rulesVersion = RulesFingerprint.of(directory: rules.directory)
        options.graphMLFlavor = graphMLFlavor
        if !isFragments && !inputs.contains("-") {
            try? RunArguments(directory: output).save(CommandLine.arguments.dropFirst(2).filter { $0 != "--resume" })
        }
        options.stop = InterruptHandler.install()
        let batch = BatchExtraction(
            pipeline: try rules.pipeline(), outputDirectory: output, formats: try formats(), store: store, options: options)
        let report = batch.run(inputs)
        var err = StandardError()
        if isFragments {
            if !quiet || !report.failures.isEmpty {
                print("\(report.documents.count) fragment(s) → \(output)", to: &err)
            }
        } else {
            print(
                "\(report.documents.count) document(s) → \(output) (\(report.extracted) extracted, \(report.skipped) unchanged; "
                    + "\(report.merged.nodeCount) nodes, \(report.merged.edgeCount) edges)", to: &err)
        }
        if !report.failures.isEmpty {
            print("\(report.failures.count) failed:", to: &err)
            for f in report.failures { print("  \(f)", to: &err) }
        }
        if let stopped = report.stopped {
            let again = isFragments ? "run it again" : "`newsgraph extract --resume --output \(output)` finishes it"
            print("stopped (\(stopped)) before the end of the input; \(again)", to: &err)
            // 128 + the signal, as a shell reports a process the signal ended.
            if case .signal(let number) = stopped { throw ExitCode(128 + number) }
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { FileHandle.standardError.write(Data(string.utf8)) }
}

extension GraphMLFlavor: ExpressibleByArgument {}
