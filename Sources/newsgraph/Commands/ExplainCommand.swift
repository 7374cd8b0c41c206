import ArgumentParser
import NewsGraph

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every entity and relation of a document with its span and rule.",
        discussion: """
            A JSONL file's records are explained one after another, each under its name and line;
            --id picks one.

            Examples:
              newsgraph explain page.txt
              newsgraph explain page.txt --why-not 张明远
              newsgraph explain items.jsonl --id item-0042
            """)

    @Argument(help: ArgumentHelp("The document: a text, HTML or JSONL file (gzipped or not).", valueName: "file"))
    var file: String

    @Option(name: .customLong("why-not"), help: ArgumentHelp("Tell which rules came nearest to extracting this name.", valueName: "name"))
    var whyNot: String?

    @Option(help: ArgumentHelp("In a JSONL file, only the record with this id.", valueName: "id"))
    var id: String?

    @OptionGroup var rules: RulesOption

    func run() throws {
        let explainer = Explainer(pipeline: try rules.pipeline())
        let (report, failures) = explainer.report(file: file, id: id, whyNot: whyNot)
        if !report.isEmpty { print(report) }
        guard failures.isEmpty else {
            var err = StandardError()
            for failure in failures { print(failure, to: &err) }
            throw ExitCode(1)
        }
    }
}
