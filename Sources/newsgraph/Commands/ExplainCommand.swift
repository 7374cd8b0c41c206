import ArgumentParser
import NewsGraph
import NewsGraphIngest

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show every entity and relation of a document with its span and rule.",
        discussion: """
            Examples:
              newsgraph explain page.txt
              newsgraph explain page.txt --why-not 张明远
            """)

    @Argument(help: ArgumentHelp("The document.", valueName: "file"))
    var file: String

    @Option(name: .customLong("why-not"), help: ArgumentHelp("Tell which rules came nearest to extracting this name.", valueName: "name"))
    var whyNot: String?

    @OptionGroup var rules: RulesOption

    func run() throws {
        let explainer = Explainer(pipeline: try rules.pipeline())
        let document: Document
        do {
            document = try DocumentLoader.load(InputItem(path: file, name: InputCollector.baseName(file)))
        } catch {
            var err = StandardError()
            print(error, to: &err)
            throw ExitCode(1)
        }
        print(whyNot.map { explainer.whyNot(document, name: $0) } ?? explainer.explain(document))
    }
}
