import ArgumentParser
import NewsGraph
import NewsGraphEval

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against NAME.gold.json files (P/R/F1 per row).",
        discussion: """
            Runs the extraction on each NAME.txt beside the gold files, or reads the \
            NAME.jsonld files of an earlier run with --system.

            Examples:
              newsgraph eval ../shared/corpus/dev
              newsgraph eval ../shared/corpus/dev --verbose
              newsgraph eval ../shared/corpus/dev --system Output --json
              newsgraph eval ../shared/corpus/dev --floor eval-floor.txt
            """)

    @Argument(help: ArgumentHelp("The directory of NAME.gold.json (and NAME.txt) files.", valueName: "gold-dir"))
    var goldDirectory: String

    @Option(name: .long, help: ArgumentHelp("Score the NAME.jsonld files in this directory instead of running the extraction.", valueName: "dir"))
    var system: String?

    @Flag(name: .long, help: "List every miss and false positive (with the rule that produced it).")
    var verbose = false

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Fail (exit 1) when a row falls below this floor file.", valueName: "file"))
    var floor: String?

    @OptionGroup var rules: RulesOption

    func run() throws {
        let report = try Evaluation(goldDirectory: goldDirectory, systemDirectory: system).run { try rules.pipeline() }
        print(json ? report.json() : report.table())
        if verbose { print(report.verbose()) }
        if let floor {
            let violations = try Floor.load(path: floor).violations(in: report)
            if !violations.isEmpty {
                var err = StandardError()
                print("below the floor in \(floor):", to: &err)
                for v in violations { print("  \(v)", to: &err) }
                throw ExitCode(1)
            }
        }
    }
}
